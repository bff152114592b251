import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { built } from './helpers/processes';

const root = path.join(__dirname, '..');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the real entry point (compiled, as `npm start` runs it), with no DATABASE_URL: the newcomer's path. */
function start(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', PARKCREDIT_DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54349' };
  delete env.DATABASE_URL;
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, [built('src/index.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /GraphQL API ready at (http:\/\/[^\s"]+)/.exec(out);
      if (m) resolve({ child, url: m[1], output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => reject(new Error(`exited with ${code} before serving:\n${out}`)));
  });
}

async function gql(url: string, query: string, token?: string): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return res.json();
}

/** `npm run user:create`, run the way the README says, against the same data folder. */
function createUser(dataDir: string, username: string, password: string): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PARKCREDIT_DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54349', PARKCREDIT_PASSWORD: password };
  delete env.DATABASE_URL;
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, [built('src/cli/create-user.js'), '--username', username, '--name', '金融办管理员'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('start-up on a machine with no database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkcredit-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL, migrates, seeds, serves; an account made on the command line while it runs signs in and is in the audit trail; stops cleanly; signs in after a restart', async () => {
    const first = await start(dataDir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(first.output()).toContain('loaded the seed data set');
    // The published catalogue is open to anyone.
    const body = await gql(first.url, '{ products(first: 1) { totalCount } banks { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.products.totalCount).toBeGreaterThanOrEqual(30);
    expect(body.data.banks.totalCount).toBeGreaterThan(5);
    const anonymous = await gql(first.url, 'mutation { createBank(input: { name: "匿名银行", shortName: "匿名", kind: VILLAGE_BANK }) { id } }');
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // The README's order: the first account is made while `npm start` runs (its database is found from the data folder).
    const made = await createUser(dataDir, 'admin', 'a-long-enough-password');
    expect(made).toMatchObject({ code: 0 });
    expect(made.out).toContain('created FINANCE_OFFICE account "admin"');
    const early = await gql(first.url, 'mutation { login(username: "admin", password: "a-long-enough-password") { token } }');
    const audit = await gql(first.url, '{ auditEvents(first: 5) { edges { node { operation actorName input } } } }', early.data.login.token);
    const made_ = audit.data.auditEvents.edges.map((e: any) => e.node).find((n: any) => n.operation === 'createUser');
    expect(made_.input).toMatchObject({ input: { username: 'admin', role: 'FINANCE_OFFICE' }, via: 'command line (npm run user:create)' });
    expect(JSON.stringify(made_.input)).not.toContain('a-long-enough-password');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await start(dataDir);
    expect(second.output()).not.toContain('loaded the seed data set');
    const login = await gql(second.url, 'mutation { login(username: "admin", password: "a-long-enough-password") { token user { role } } }');
    expect(login.data.login.user.role).toBe('FINANCE_OFFICE');
    const created = await gql(second.url, 'mutation { createBank(input: { name: "重启检验银行", shortName: "重启", kind: VILLAGE_BANK }) { id } }', login.data.login.token);
    expect(created.errors).toBeUndefined();
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);

    // A port already taken: one line saying so, exit 1, and the embedded database it started is
    // stopped again (no postmaster.pid left), so the next start is not told it is "already running".
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PARKCREDIT_DATA_DIR: dataDir, EMBEDDED_PG_PORT: '54349' };
      delete env.DATABASE_URL;
      delete env.JEST_WORKER_ID;
      const child = spawn(process.execPath, [built('src/index.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(out).toContain(`port ${port} is already in use`);
      expect(out).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    const third = await start(dataDir);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 120000);
});
