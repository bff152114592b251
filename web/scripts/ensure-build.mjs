#!/usr/bin/env node
// Builds the console into web/dist unless the build there was made from exactly these sources.
// The stamp is a SHA-256 of every file under web/ (dist excluded) and of package-lock.json, so
// `npm start` builds a fresh clone once and an unchanged console never again.
// `--force` builds regardless; `--check` only says whether a build is needed (exit 1 if so).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(web);
const dist = path.join(web, 'dist');
const stampFile = path.join(dist, '.build-stamp');

function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(dir === web && e.name === 'dist') && e.name !== 'node_modules')
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

export function sourceStamp() {
  const hash = createHash('sha256');
  for (const f of [...files(web), path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

export function buildIsCurrent() {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim() === sourceStamp();
}

export function ensureBuild({ force = false, log = console.log } = {}) {
  if (!force && buildIsCurrent()) return false;
  const stamp = sourceStamp();
  const started = Date.now();
  log('[console] building web/ into web/dist (vite build)');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(web, 'vite.config.mjs'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stampFile, stamp + '\n');
  log(`[console] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--check')) {
    const current = buildIsCurrent();
    console.log(current ? '[console] web/dist is current' : '[console] web/dist is missing or stale');
    process.exit(current ? 0 : 1);
  }
  if (!ensureBuild({ force: process.argv.includes('--force') })) console.log('[console] web/dist is current: not rebuilt');
}
