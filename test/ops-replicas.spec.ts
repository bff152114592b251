import http from 'node:http';
import { Client } from './helpers/app';
import type { TestApp } from './helpers/app';
import { createFirm } from './helpers/factories';
import { OwnDatabase, post, runScript, startServerProcess, tempDir, type ServerProcess } from './helpers/processes';
import { key, poolWithProduct, recordLoan } from './helpers/pools';

/**
 * Two replicas, as behind a load balancer: two server processes with separate data folders on
 * one PostgreSQL (of this file's own), DATABASE_URL set and JWT_SECRET unset.
 */
const PASSWORD = 'a-long-enough-password';
let db: OwnDatabase;
let a: ServerProcess;
let b: ServerProcess;

// The lock timeout is raised for the capacity race: 50 enrolments queue on one pool's row lock.
const env = () => ({ DATABASE_URL: db.url(), PARKCREDIT_DATA_DIR: tempDir('parkcredit-replica-'), SEED_ON_EMPTY: 'false', JWT_SECRET: undefined, DB_LOCK_TIMEOUT_MS: '20000', DB_ACQUIRE_TIMEOUT_MS: '20000', DB_STATEMENT_TIMEOUT_MS: '30000' });

beforeAll(async () => {
  db = await OwnDatabase.start();
  [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
  const made = await runScript('src/cli/create-user.js', ['--username', 'office', '--name', '金融办'], { ...env(), PARKCREDIT_PASSWORD: PASSWORD });
  expect(made.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.destroy();
});

const login = async (server: ServerProcess) => (await post(server.url, `mutation { login(username: "office", password: "${PASSWORD}") { token } }`)).body.data.login.token as string;

describe('replicas share one secret', () => {
  it('a token from either replica is accepted by the other', async () => {
    const [fromA, fromB] = await Promise.all([login(a), login(b)]);
    for (const [server, token] of [[b, fromA], [a, fromB]] as const) {
      const me = await post(server.url, '{ me { username } }', { token });
      expect(me.body).toEqual({ data: { me: { username: 'office' } } });
    }
  });

  it('the 50-to-10 capacity race split across the two replicas still gives exactly 10', async () => {
    const office = new Client(a.url, await login(a));
    const app = office as unknown as TestApp;
    const { pool, product } = await poolWithProduct(app, { balance: '1000000.00', pool: { perFirmCap: '100000000.00' } });
    const firms = await Promise.all([0, 1, 2, 3, 4].map(() => createFirm(app)));
    const loans = [];
    for (let i = 0; i < 50; i++) loans.push(await recordLoan(app, product.id, firms[i % 5].id, '1000000.00'));
    const token = office.token!;
    const results = await Promise.all(
      loans.map((loan, i) => post((i % 2 ? b : a).url, 'mutation($input: EnrolLoanInput!) { enrolLoan(input: $input) { coveredPrincipal } }', { token, variables: { input: { loanId: loan.id, idempotencyKey: key() } }, timeoutMs: 60_000 })),
    );
    const ok = results.filter((r) => !r.body.errors);
    expect(ok).toHaveLength(10);
    expect(results.filter((r) => r.body.errors).map((r) => r.body.errors[0].extensions.code)).toEqual(Array(40).fill('CAPACITY_EXCEEDED'));
    const figures = await post(b.url, `{ riskPool(id: "${pool.id}") { coveredOutstanding headroom } }`, { token });
    expect(figures.body.data.riskPool).toEqual({ coveredOutstanding: '10000000.00', headroom: '0.00' });
  }, 120_000);
});

/** One request on a connection of its own; resolves once the connection is open and the request written. */
function sendOnOwnConnection(url: string, body: string): { written: Promise<void>; answer: Promise<{ status: number; text: string } | { error: string }> } {
  let written!: () => void;
  const writtenP = new Promise<void>((r) => (written = r));
  const answer = new Promise<{ status: number; text: string } | { error: string }>((resolve) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 30_000 }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('socket', (socket) => {
      const go = () => req.end(body, () => written());
      if (socket.connecting) socket.once('connect', go);
      else go();
    });
  });
  return { written: writtenP, answer };
}

describe('drain', () => {
  it('SIGTERM with 50 requests in flight: all 50 are answered, then the process exits 0', async () => {
    const body = JSON.stringify({ query: '{ banks(first: 20) { totalCount edges { node { name } } } lprRates(tenor: ONE_YEAR) { rate } }' });
    const sent = Array.from({ length: 50 }, () => sendOnOwnConnection(a.url, body));
    await Promise.all(sent.map((s) => s.written));
    a.child.kill('SIGTERM');
    const answers = await Promise.all(sent.map((s) => s.answer));
    const failed = answers.filter((x) => !('status' in x) || x.status !== 200);
    expect(failed).toEqual([]);
    for (const x of answers) expect(JSON.parse((x as { text: string }).text).errors).toBeUndefined();
    expect(await a.exited).toBe(0);
    expect(a.output()).toContain('"msg":"stopped"');
    // The other replica still serves.
    expect((await post(b.url, '{ lprRates(tenor: ONE_YEAR) { rate } }')).status).toBe(200);
  }, 60_000);
});
