import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { printedSchema, SCHEMA_FILE } from '../src/schema';

const root = path.join(__dirname, '..');

describe('the schema is a contract', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema` after an API change)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('test/generated/ is what codegen makes of the committed schema and operations (run `npm run codegen`)', () => {
    // The codegen CLI is ESM inside; it runs in its own process, writing to a scratch folder.
    const scratch = `test/generated/.check-${process.pid}`;
    const config = fs
      .readFileSync(path.join(root, 'codegen.yml'), 'utf8')
      .replaceAll('test/generated/schema.ts:', `${scratch}/schema.ts:`)
      .replaceAll('test/generated/operations.ts:', `${scratch}/operations.ts:`)
      .replaceAll('./test/generated/schema', `./${scratch}/schema`);
    const configFile = path.join(root, `${scratch}.yml`);
    fs.writeFileSync(configFile, config);
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', configFile, '--silent'], { cwd: root, stdio: 'pipe' });
      for (const name of ['schema.ts', 'operations.ts']) {
        expect(fs.readFileSync(path.join(root, scratch, name), 'utf8')).toBe(fs.readFileSync(path.join(root, 'test/generated', name), 'utf8'));
      }
    } finally {
      fs.rmSync(path.join(root, scratch), { recursive: true, force: true });
      fs.rmSync(configFile, { force: true });
    }
  }, 60000);
});
