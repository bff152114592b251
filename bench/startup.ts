/**
 * `npm run bench:startup`: from the command to the first answer. Seeds an embedded database in a
 * temporary folder once, then runs `npm start` (on the already-built checkout) three times and
 * measures from spawning it to the first answered GraphQL request, then SIGTERM to exit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkcredit-bench-start-'));
fs.chmodSync(dataDir, 0o755);

async function once(command: string, args: string[]): Promise<{ readyMs: number; answerMs: number; stopMs: number; compiled: boolean }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', PARKCREDIT_DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54379' };
  delete env.DATABASE_URL;
  const started = Date.now();
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  let url: string | null = null;
  for (let i = 0; i < 1200 && !url; i++) {
    url = /GraphQL API ready at (http:\/\/[^\s"]+)/.exec(out)?.[1] ?? null;
    if (!url) await new Promise((r) => setTimeout(r, 25));
  }
  if (!url) throw new Error(`not ready after 30 s:\n${out}`);
  const readyMs = Date.now() - started;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lprRates(tenor: ONE_YEAR) { rate } }' }) });
  if (res.status !== 200) throw new Error(`answered ${res.status}`);
  const answerMs = Date.now() - started;
  const stopAt = Date.now();
  // npm start runs node as its child: signal the server itself, as a process manager would (npm passes it on too).
  const serverPid = /"pid":(\d+)/.exec(out)?.[1];
  process.kill(serverPid ? Number(serverPid) : child.pid!, 'SIGTERM');
  await exited;
  return { readyMs, answerMs, stopMs: Date.now() - stopAt, compiled: out.includes('compiling') };
}

async function main(): Promise<void> {
  console.log('first start (creates and seeds the embedded database; not timed)...');
  await once(process.execPath, ['dist/src/index.js']);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await once('npm', ['start', '--silent']));
  console.log('\n| run | `npm start` to "ready" | to the first answer | SIGTERM to exit | compiled? |');
  console.log('|---|---|---|---|---|');
  runs.forEach((r, i) => console.log(`| ${i + 1} | ${(r.readyMs / 1000).toFixed(2)} s | ${(r.answerMs / 1000).toFixed(2)} s | ${(r.stopMs / 1000).toFixed(2)} s | ${r.compiled ? 'yes' : 'no'} |`));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
