import fs from 'node:fs';
import path from 'node:path';
import { transformFileSync } from '@swc/core';

/**
 * The server compiled once per test run, for the tests that spawn real server processes: swc
 * (the same transform jest uses) into .test-build/<pid>/, laid out like dist/ (src/ and seeds/),
 * so node resolves node_modules and package.json from the project. About a second, where tsc
 * takes 10 s or more and ts-node compiles again in every process.
 */
const root = path.join(__dirname, '..', '..');

function* tsFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(p);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield p;
  }
}

export function buildForTests(out: string): void {
  fs.rmSync(out, { recursive: true, force: true });
  for (const top of ['src', 'seeds']) {
    for (const file of tsFiles(path.join(root, top))) {
      const { code } = transformFileSync(file, {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      });
      const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, code);
    }
  }
}
