import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the real entry point as `npm start` would, with no DATABASE_URL: the newcomer's path. */
function start(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', PARKCREDIT_DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54349' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /GraphQL API ready at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => reject(new Error(`exited with ${code} before serving:\n${out}`)));
  });
}

async function gql(url: string, query: string): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return res.json();
}

describe('start-up on a machine with no database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkcredit-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL, migrates, seeds, serves, stops cleanly on SIGTERM, and keeps its data', async () => {
    const first = await start(dataDir);
    expect(first.url).toMatch(/^http:\/\/localhost:\d+\/graphql$|^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(first.output()).toContain('loaded the seed data set');
    const body = await gql(first.url, '{ products(first: 1) { totalCount } banks { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.products.totalCount).toBeGreaterThanOrEqual(30);
    expect(body.data.banks.totalCount).toBeGreaterThan(5);
    await gql(first.url, 'mutation { createBank(input: { name: "重启检验银行", shortName: "重启", kind: VILLAGE_BANK }) { id } }');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await start(dataDir);
    expect(second.output()).not.toContain('loaded the seed data set');
    const again = await gql(second.url, '{ banks(filter: { search: "重启检验" }) { totalCount } }');
    expect(again.data.banks.totalCount).toBe(1);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 120000);
});
