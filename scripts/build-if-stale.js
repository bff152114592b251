#!/usr/bin/env node
/**
 * Compiles (tsc -p tsconfig.build.json) only when dist/ is missing or older than the sources:
 * `npm start` on a checkout that is already built starts at once, and a fresh clone still builds.
 * Stale means: any file under src/ or seeds/, a tsconfig, package.json or package-lock.json is
 * newer than dist/.build-stamp. `--force` always compiles.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const name of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

const inputs = ['src', 'seeds', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'].map((p) => path.join(root, p));
const sourceTime = Math.max(...inputs.map(newest));
let stampTime = 0;
try {
  stampTime = fs.statSync(stamp).mtimeMs;
} catch {
  stampTime = 0;
}

if (process.argv.includes('--force') || stampTime < sourceTime) {
  const started = Date.now();
  process.stderr.write('[parkcredit] compiling (dist/ is missing or older than the sources)...\n');
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  // The stamp carries the time the sources had when compiling began: an edit made during the build still counts as newer.
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
  // (Rounded up: file times are kept to the microsecond or coarser, and must not fall below it.)
  const t = (Math.ceil(sourceTime) + 1) / 1000;
  fs.utimesSync(stamp, t, t);
  process.stderr.write(`[parkcredit] compiled in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
