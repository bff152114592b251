import { Client as Pg } from 'pg';
import { Client } from './helpers/app';
import type { TestApp } from './helpers/app';
import { OwnDatabase, eventually, post, runScript, startServerProcess, tempDir, type ServerProcess } from './helpers/processes';
import { poolWithProduct, today, key } from './helpers/pools';

/**
 * Faults, for real: one server process (the compiled entry point) on a PostgreSQL this file
 * owns and stops. Short bounds so that the test is quick: lock 1.5 s, pool acquire 2.5 s,
 * statement 5 s, 10 connections with 2 kept for reads.
 */
const LIMITS = {
  DB_POOL_MAX: '10',
  DB_POOL_RESERVED_FOR_READS: '2',
  DB_LOCK_TIMEOUT_MS: '1500',
  DB_ACQUIRE_TIMEOUT_MS: '2500',
  DB_STATEMENT_TIMEOUT_MS: '5000',
  DB_CONNECT_TIMEOUT_MS: '1000',
};
const PASSWORD = 'a-long-enough-password';

let db: OwnDatabase;
let server: ServerProcess;
let token: string;
let office: Client;

beforeAll(async () => {
  db = await OwnDatabase.start();
  const env = { DATABASE_URL: db.url(), PARKCREDIT_DATA_DIR: tempDir('parkcredit-ops-'), SEED_ON_EMPTY: 'false', JWT_SECRET: undefined, ...LIMITS };
  server = await startServerProcess(env);
  const made = await runScript('src/cli/create-user.js', ['--username', 'office', '--name', '金融办'], { ...env, PARKCREDIT_PASSWORD: PASSWORD });
  expect(made.code).toBe(0);
  const login = await post(server.url, `mutation { login(username: "office", password: "${PASSWORD}") { token } }`);
  token = login.body.data.login.token;
  office = new Client(server.url, token);
}, 120_000);

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
  await db?.destroy();
});

const ME = '{ me { id } }';
const LPR = '{ lprRates(tenor: ONE_YEAR) { rate } }';

describe('health, metrics and request ids', () => {
  it('GET /healthz answers; GET /readyz checks the database and the migrations', async () => {
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok' });
  });

  it('a request id round-trips: from the header, to the error, to the log line', async () => {
    const id = `report-${Date.now()}`;
    const r = await post(server.url, 'query FindProduct { product(id: "00000000-0000-4000-8000-000000000000") { id } }', { headers: { 'x-request-id': id } });
    expect(r.headers.get('x-request-id')).toBe(id);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', requestId: id });
    await eventually(async () => server.lines().some((l) => l.requestId === id), { what: 'the log line', tries: 50 });
    const line = server.lines().find((l) => l.requestId === id)!;
    expect(line).toMatchObject({ operation: 'FindProduct', type: 'query', role: 'ANONYMOUS', code: 'NOT_FOUND', sql: expect.any(Number) });
    expect(line.responseTime).toEqual(expect.any(Number));
    // Without a header, an id is made up, sent back and named in the error.
    const made = await post(server.url, '{ product(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.body.errors[0].extensions.requestId).toBe(made.headers.get('x-request-id'));
    // The signed-in caller is named; the token itself is never logged.
    const me = await post(server.url, 'query Me { me { id } }', { token, headers: { 'x-request-id': `${id}-me` } });
    await eventually(async () => server.lines().some((l) => l.requestId === `${id}-me`), { what: 'the log line of me', tries: 50 });
    expect(server.lines().find((l) => l.requestId === `${id}-me`)).toMatchObject({ role: 'FINANCE_OFFICE', userId: me.body.data.me.id, code: 'OK' });
    expect(server.output()).not.toContain(token);
    expect(server.output()).not.toContain(PASSWORD);
    expect(server.output()).not.toContain('parkcredit-local');
  });

  it('GET /metrics counts a request, in Prometheus format', async () => {
    const count = async () => {
      const text = await (await fetch(`${server.base}/metrics`)).text();
      const m = /^parkcredit_graphql_requests_total\{operation="CountMe",type="query",code="OK"\} (\d+)$/m.exec(text);
      return { n: m ? Number(m[1]) : 0, text };
    };
    const before = await count();
    await post(server.url, 'query CountMe { lprRates(tenor: ONE_YEAR) { rate } }');
    const after = await count();
    expect(after.n).toBe(before.n + 1);
    for (const name of ['parkcredit_graphql_request_duration_seconds_bucket', 'parkcredit_sql_statements_per_request_bucket', 'parkcredit_db_pool_connections{state="used"}', 'parkcredit_db_pool_connections{state="pending_acquires"}', 'parkcredit_db_unavailable_total{reason="lock_timeout"}', 'process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds']) {
      expect(after.text).toContain(name);
    }
  });
});

describe('bounded waits', () => {
  it('a held row lock: 15 writes behind it answer SERVICE_UNAVAILABLE (503, Retry-After) within the bounds and write nothing, while unrelated reads still answer', async () => {
    const { pool } = await poolWithProduct(office as unknown as TestApp, { balance: '1000000.00' });
    // The server's database: the DATABASE_URL given, i.e. "postgres" on the owned server.
    const lock = new Pg({ connectionString: db.url() });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('SELECT id FROM risk_pool WHERE id = $1 FOR UPDATE', [pool.id]);
      const started = Date.now();
      const entry = (i: number) =>
        post(server.url, 'mutation($input: RecordPoolEntryInput!) { recordPoolEntry(input: $input) { id } }', {
          token,
          variables: { input: { poolId: pool.id, kind: 'CONTRIBUTION', amount: '100.00', entryDate: today(), voucherRef: `锁-${i}`, recordedBy: '金融办', idempotencyKey: key() } },
        });
      const writes = Promise.all(Array.from({ length: 15 }, (_, i) => entry(i)));
      await new Promise((r) => setTimeout(r, 300));
      // Unrelated reads, signed in and anonymous, answer at once while the writes wait.
      const [me, lpr] = await Promise.all([post(server.url, ME, { token }), post(server.url, LPR)]);
      expect(me.body.errors).toBeUndefined();
      expect(lpr.body.errors).toBeUndefined();
      expect(Math.max(me.ms, lpr.ms)).toBeLessThan(1500);

      const answers = await writes;
      const took = Date.now() - started;
      for (const a of answers) {
        expect(a.status).toBe(503);
        expect(a.headers.get('retry-after')).toBe('2');
        expect(a.body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
        expect(a.body.errors[0].message).toMatch(/请稍后重试 \/ .*try again/);
      }
      const reasons = new Set(answers.map((a) => a.body.errors[0].extensions.reason));
      expect([...reasons].every((r) => ['lock_timeout', 'write_slots'].includes(r))).toBe(true);
      // 8 write slots: 8 writes wait out the 1.5 s lock timeout, the other 7 follow: about 3 s, never a minute.
      expect(took).toBeLessThan(8000);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
    }
    // Nothing was written: the ledger holds the one contribution.
    const figures = await post(server.url, `{ riskPool(id: "${pool.id}") { balance ledger { totalCount } } }`, { token });
    expect(figures.body.data.riskPool).toEqual({ balance: '1000000.00', ledger: { totalCount: 1 } });
    const metrics = await (await fetch(`${server.base}/metrics`)).text();
    expect(Number(/^parkcredit_db_unavailable_total\{reason="lock_timeout"\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);
  }, 60_000);
});

describe('the database lost and back', () => {
  it('stopped mid-run: SERVICE_UNAVAILABLE (503) at once, /readyz 503; started again: answers and ready, with no restart', async () => {
    expect((await post(server.url, ME, { token })).body.data.me.id).toBeTruthy();
    await db.stop();
    try {
      for (const query of [ME, LPR]) {
        const a = await post(server.url, query, { token: query === ME ? token : null });
        expect(a.status).toBe(503);
        expect(a.headers.get('retry-after')).toBe('2');
        expect(a.body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect(a.ms).toBeLessThan(6000);
      }
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    } finally {
      await db.restart();
    }
    await eventually(async () => (await post(server.url, ME, { token })).body.data?.me?.id !== undefined, { what: 'answers again', tries: 50, everyMs: 200 });
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    expect(server.output()).not.toContain('INTERNAL_SERVER_ERROR');
  }, 60_000);

  it('at start-up an unreachable database is retried with backoff, one line a try, then the process exits with a one-line reason and no password', async () => {
    const r = await runScript('src/index.js', [], { DATABASE_URL: 'postgres://app:very-secret-pw@127.0.0.1:9/parkcredit', DB_STARTUP_WAIT_SECONDS: '2', DB_CONNECT_TIMEOUT_MS: '500', PORT: '0', HOST: '127.0.0.1', JWT_SECRET: undefined }, 30_000);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines.every((l) => l.startsWith('{'))).toBe(true);
    const tries = lines.map((l) => JSON.parse(l)).filter((l) => /does not answer \(try \d+/.test(l.msg));
    expect(tries.length).toBeGreaterThanOrEqual(2);
    const last = JSON.parse(lines[lines.length - 1]);
    expect(last.level).toBe(60);
    expect(last.msg).toMatch(/^could not start: the database at postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/parkcredit did not answer within 2 s/);
    expect(r.out).not.toContain('very-secret-pw');
    expect(r.out).not.toMatch(/\n\s+at /);
  }, 40_000);
});
