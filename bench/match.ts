/**
 * npm run bench:match
 *
 * Builds a deterministic synthetic data set (100,000 firms, 5,000 products, their qualifications,
 * IP, three risk pools with covered loans) in a PostgreSQL database of its own, starts the API on
 * 127.0.0.1, calls matchProducts and matchFirms over HTTP a bounded number of times, one after
 * another, and prints p50 / p95 / max latency and the SQL statements each call issued.
 *
 * With DATABASE_URL unset it starts an embedded PostgreSQL in a temporary folder and removes it
 * afterwards; with DATABASE_URL set it creates its own database on that server and drops it.
 * The data set depends only on the day it is built (dates are relative to today in China).
 * A benchmark, not a test: it asserts nothing about time.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { todayInZone } from '../src/common/dates';
import { provideDatabase } from './database';
import { CountingLogger, migrate, openOrm } from '../src/db/orm';
import { creditCodeProblem } from '../src/modules/firm/credit-code';
import { startServer } from '../src/server';
import { randomBytes } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { AuthService } from '../src/modules/auth/auth.service';
import { Role } from '../src/modules/auth/auth.types';
import { AUDIENCE, ISSUER, signAccessToken } from '../src/modules/auth/tokens';

/** The benchmark calls as the finance office, the way the office's own tools would. */
let bearer = '';

const FIRMS = 100_000;
const PRODUCTS = 5_000;
const BANKS = 30;
const LOANS = 600;
/** Requests measured, after the warm-up ones. */
const RUNS = { matchProducts: 300, matchFirms: 100, nearMisses: 60, warmUp: 20 };

const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The data set, set-based: every row comes from generate_series, its "random" choices from a hash
 * of a salt and the row number, its id from md5 of its kind and number, so two runs build the same
 * rows, ids included.
 */
export function loadSql(today: string): string {
  const d = `'${today}'::date`;
  return `
-- A uniform number in [0, 1) that depends only on the salt and the row number (float8 throughout, so
-- that PostgreSQL inlines it: about 0.4 microseconds a call).
CREATE FUNCTION pg_temp.r(salt text, i int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (hashtext(salt || ':' || i::text)::float8 + 2147483648) / 4294967296.0::float8 $$;
CREATE FUNCTION pg_temp.pick(xs text[], x double precision) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT xs[1 + floor(x * array_length(xs, 1))::int] $$;
-- GB 32100-2015 check character, as src/modules/firm/credit-code.ts computes it.
CREATE FUNCTION pg_temp.check_char(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(a, ((31 - sum((strpos(a, substr(body, k::int, 1)) - 1) * w) % 31) % 31 + 1)::int, 1)
    FROM (SELECT '0123456789ABCDEFGHJKLMNPQRTUWXY'::text AS a) alphabet,
         unnest(ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]) WITH ORDINALITY AS t(w, k)
   GROUP BY a $$;

INSERT INTO bank (id, created_at, updated_at, name, short_name, kind, source_note)
SELECT md5('bank:' || i)::uuid, timestamptz '2026-01-01' + i * interval '1 ms', now(), '合成银行' || i || '常德分行', '合成银行' || i,
       pg_temp.pick(ARRAY['LARGE_STATE_OWNED','JOINT_STOCK','CITY_COMMERCIAL','RURAL_COMMERCIAL'], pg_temp.r('bank', i)), '基准测试合成数据 / Synthetic benchmark data'
  FROM generate_series(1, ${BANKS}) i;

INSERT INTO risk_pool (id, created_at, updated_at, name, kind, leverage_cap, pool_share, per_firm_cap, warning_ratio, stop_ratio, status, source_note)
VALUES (md5('pool:1')::uuid, now(), now(), '合成科技担保贷资金池', 'TECH_GUARANTEE', 10, 0.5, 10000000, 0.03, 0.5, 'ACTIVE', '基准测试合成数据'),
       (md5('pool:2')::uuid, now(), now(), '合成知识价值信用贷资金池', 'KNOWLEDGE_VALUE', 10, 0.5, 5000000, 0.03, 0.5, 'ACTIVE', '基准测试合成数据'),
       (md5('pool:3')::uuid, now(), now(), '合成知识产权质押资金池', 'IP_PLEDGE', 10, 0.8, 10000000, 0.03, 0.5, 'ACTIVE', '基准测试合成数据');
INSERT INTO risk_pool_partner (pool_id, bank_id) SELECT md5('pool:' || p)::uuid, md5('bank:' || b)::uuid FROM generate_series(1, 3) p, generate_series(1, ${BANKS}) b;
INSERT INTO pool_ledger_entry (id, created_at, updated_at, pool_id, kind, amount, signed_amount, entry_date, voucher_ref, recorded_by)
SELECT md5('ledger:' || p)::uuid, now(), now(), md5('pool:' || p)::uuid, 'CONTRIBUTION', a, a, ${d} - 365, '合成-' || p, '基准测试'
  FROM (VALUES (1, 20000000), (2, 10000000), (3, 30000000)) v(p, a);

INSERT INTO firm (id, created_at, updated_at, credit_code, name, chain, size_class, founded_on, employees, annual_revenue, rd_spend,
                  tax_credit_grade, knowledge_value_score, is_fictional, source_note)
SELECT md5('firm:' || i)::uuid, timestamptz '2026-01-01' + i * interval '1 ms', now(),
       body || pg_temp.check_char(body), '合成企业' || i || '有限公司',
       pg_temp.pick(ARRAY['EQUIPMENT_MANUFACTURING','PHARMA_CHEMICALS','LIGHT_INDUSTRY_FOOD','POWER_ELECTRONICS','OTHER'], pg_temp.r('chain', i)),
       CASE WHEN pg_temp.r('size', i) < 0.05 THEN 'LARGE' WHEN pg_temp.r('size', i) < 0.25 THEN 'MEDIUM' WHEN pg_temp.r('size', i) < 0.70 THEN 'SMALL' ELSE 'MICRO' END,
       ${d} - 30 - floor(pg_temp.r('founded', i) * 7300)::int,
       5 + floor(pg_temp.r('staff', i) * 500)::int,
       revenue, round(revenue * 0.05, 2),
       CASE WHEN pg_temp.r('tax', i) < 0.35 THEN 'A' WHEN pg_temp.r('tax', i) < 0.70 THEN 'B' WHEN pg_temp.r('tax', i) < 0.85 THEN 'M' WHEN pg_temp.r('tax', i) < 0.95 THEN 'C' ELSE 'D' END,
       CASE WHEN pg_temp.r('kv', i) < 0.6 THEN NULL ELSE 40 + floor(pg_temp.r('kvs', i) * 61)::int END,
       true, '基准测试合成数据 / Synthetic benchmark data'
  FROM (SELECT i, '91430700' || lpad(i::text, 9, '0') AS body, round((100000 * power(10, pg_temp.r('revenue', i) * 3.5))::numeric, 2) AS revenue
          FROM generate_series(1, ${FIRMS}) i) f;

-- Up to two qualifications a firm, of different kinds: three in four valid today, the rest expired or not yet in force.
INSERT INTO firm_qualification (id, created_at, updated_at, firm_id, kind, valid_from, valid_until)
SELECT md5('qual:' || i || ':' || q)::uuid, now(), now(), md5('firm:' || i)::uuid,
       (ARRAY['HIGH_TECH_ENTERPRISE','TECH_SME','SPECIALIZED_SME','LITTLE_GIANT'])[1 + (floor(pg_temp.r('qk', i) * 4)::int + q - 1) % 4],
       CASE WHEN v < 0.75 THEN ${d} - floor(v * 1000)::int WHEN v < 0.9 THEN ${d} - 1100 - floor(v * 700)::int ELSE ${d} + 1 + floor(v * 300)::int END,
       CASE WHEN v < 0.75 THEN ${d} + 30 + floor(v * 1000)::int WHEN v < 0.9 THEN ${d} - 1 - floor(v * 700)::int ELSE ${d} + 1100 + floor(v * 300)::int END
  FROM generate_series(1, ${FIRMS}) i, generate_series(1, 2) q, LATERAL (SELECT pg_temp.r('qv' || q, i) AS v) x
 WHERE pg_temp.r('q' || q, i) < 0.45;

-- Up to three IP assets a firm: most in force, some expired, unpaid, pledged or not appraised.
INSERT INTO ip_asset (id, created_at, updated_at, firm_id, kind, number, title, expires_on, annual_fee_paid, appraised_value, appraiser, appraised_on, pledged)
SELECT md5('ip:' || i || ':' || k)::uuid, now(), now(), md5('firm:' || i)::uuid,
       pg_temp.pick(ARRAY['INVENTION_PATENT','UTILITY_MODEL','DESIGN_PATENT','TRADEMARK','SOFTWARE_COPYRIGHT'], pg_temp.r('ipk' || k, i)),
       'ZL' || i || '-' || k, '合成知识产权' || i || '-' || k,
       CASE WHEN pg_temp.r('ipe' || k, i) < 0.9 THEN ${d} + 30 + floor(pg_temp.r('ipx' || k, i) * 3650)::int ELSE ${d} - 1 - floor(pg_temp.r('ipx' || k, i) * 700)::int END,
       pg_temp.r('ipf' || k, i) < 0.9,
       CASE WHEN appraised THEN round((200000 + pg_temp.r('ipv' || k, i) * 4800000)::numeric, 2) END,
       CASE WHEN appraised THEN '合成评估有限公司' END,
       CASE WHEN appraised THEN ${d} - 30 END,
       pg_temp.r('ipp' || k, i) < 0.2
  FROM generate_series(1, ${FIRMS}) i
  CROSS JOIN LATERAL generate_series(1, floor(pg_temp.r('ipn', i) * 5)::int - 1) k
  CROSS JOIN LATERAL (SELECT pg_temp.r('ipa' || k, i) < 0.7 AS appraised) a;

INSERT INTO loan_product (id, created_at, updated_at, bank_id, name, category, min_amount, max_amount, min_term_months, max_term_months,
                          rate_kind, min_rate, max_rate, lpr_tenor, min_spread_bps, max_spread_bps, collateral_kinds,
                          elig_chains, elig_size_classes, elig_required_qualifications, elig_min_years_operating, elig_min_annual_revenue,
                          elig_min_tax_grade, elig_ip_required, loan_to_value, risk_pool_id, promised_response_days, status,
                          valid_from, valid_until, published_at, source_note)
SELECT md5('product:' || i)::uuid, timestamptz '2026-01-01' + i * interval '1 ms', now(), md5('bank:' || (1 + i % ${BANKS}))::uuid,
       '合成产品' || i, category, min_amount, min_amount * (5 + floor(pg_temp.r('max', i) * 46)::int),
       min_term, greatest(min_term, (ARRAY[12, 24, 36, 60])[1 + floor(pg_temp.r('tmax', i) * 4)::int]),
       CASE WHEN fixed THEN 'FIXED' ELSE 'LPR_SPREAD' END,
       CASE WHEN fixed THEN rate END, CASE WHEN fixed THEN rate + 0.01 END,
       CASE WHEN NOT fixed THEN pg_temp.pick(ARRAY['ONE_YEAR','FIVE_YEAR'], pg_temp.r('tenor', i)) END,
       CASE WHEN NOT fixed THEN spread END, CASE WHEN NOT fixed THEN spread + 100 END,
       CASE category WHEN 'CREDIT' THEN '{NONE}' WHEN 'TAX_CREDIT' THEN '{NONE}' WHEN 'TECH_GUARANTEE' THEN '{GUARANTEE_COMPANY}'
                     WHEN 'KNOWLEDGE_VALUE' THEN '{NONE}' WHEN 'IP_PLEDGE' THEN '{IP}' WHEN 'GUARANTEED' THEN '{GUARANTOR,GUARANTEE_COMPANY}'
                     WHEN 'MORTGAGE' THEN '{REAL_ESTATE,EQUIPMENT}' ELSE '{RECEIVABLES}' END::text[],
       CASE WHEN pg_temp.r('ec', i) < 0.5 THEN '{}'::text[]
            WHEN pg_temp.r('ec', i) < 0.8 THEN ARRAY[pg_temp.pick(ARRAY['EQUIPMENT_MANUFACTURING','PHARMA_CHEMICALS','LIGHT_INDUSTRY_FOOD','POWER_ELECTRONICS'], pg_temp.r('ec1', i))]
            ELSE '{EQUIPMENT_MANUFACTURING,POWER_ELECTRONICS}'::text[] END,
       CASE WHEN pg_temp.r('es', i) < 0.5 THEN '{}' WHEN pg_temp.r('es', i) < 0.8 THEN '{SMALL,MICRO}' ELSE '{MEDIUM,SMALL,MICRO}' END::text[],
       CASE WHEN pg_temp.r('eq', i) < 0.7 THEN '{}'::text[]
            WHEN pg_temp.r('eq', i) < 0.95 THEN ARRAY[pg_temp.pick(ARRAY['HIGH_TECH_ENTERPRISE','TECH_SME','SPECIALIZED_SME','LITTLE_GIANT'], pg_temp.r('eq1', i))]
            ELSE '{HIGH_TECH_ENTERPRISE,TECH_SME}'::text[] END,
       (ARRAY[NULL, 1, 2, 3, 5])[1 + floor(pg_temp.r('ey', i) * 5)::int],
       (ARRAY[NULL, 1000000, 5000000, 10000000, 50000000])[1 + floor(pg_temp.r('er', i) * 5)::int],
       (ARRAY[NULL, 'A', 'B', 'M'])[1 + floor(pg_temp.r('et', i) * 4)::int],
       category IN ('IP_PLEDGE', 'KNOWLEDGE_VALUE') OR pg_temp.r('ei', i) < 0.15,
       CASE WHEN category = 'IP_PLEDGE' THEN 0.3 + 0.05 * floor(pg_temp.r('ltv', i) * 5) END,
       CASE category WHEN 'TECH_GUARANTEE' THEN md5('pool:1')::uuid WHEN 'KNOWLEDGE_VALUE' THEN md5('pool:2')::uuid
                     WHEN 'IP_PLEDGE' THEN CASE WHEN pg_temp.r('ipool', i) < 0.5 THEN md5('pool:3')::uuid END END,
       1 + floor(pg_temp.r('days', i) * 20)::int,
       status,
       CASE WHEN pg_temp.r('valid', i) < 0.93 THEN ${d} - 400 ELSE ${d} + 30 END,
       CASE WHEN pg_temp.r('valid', i) < 0.85 THEN ${d} + 400 + floor(pg_temp.r('vu', i) * 1100)::int
            WHEN pg_temp.r('valid', i) < 0.93 THEN ${d} - 10 ELSE ${d} + 800 END,
       CASE WHEN status = 'PUBLISHED' THEN now() END,
       '基准测试合成数据 / Synthetic benchmark data'
  FROM (SELECT i,
               CASE WHEN c < 0.40 THEN 'CREDIT' WHEN c < 0.50 THEN 'TECH_GUARANTEE' WHEN c < 0.60 THEN 'KNOWLEDGE_VALUE' WHEN c < 0.75 THEN 'IP_PLEDGE'
                    WHEN c < 0.85 THEN 'GUARANTEED' WHEN c < 0.93 THEN 'MORTGAGE' WHEN c < 0.97 THEN 'SUPPLY_CHAIN' ELSE 'TAX_CREDIT' END AS category,
               (ARRAY[100000, 300000, 500000, 1000000])[1 + floor(pg_temp.r('min', i) * 4)::int]::numeric AS min_amount,
               (ARRAY[1, 3, 6, 12])[1 + floor(pg_temp.r('tmin', i) * 4)::int] AS min_term,
               pg_temp.r('fixed', i) < 0.6 AS fixed,
               round((0.03 + pg_temp.r('rate', i) * 0.04)::numeric, 4) AS rate,
               -20 + floor(pg_temp.r('spread', i) * 170)::int AS spread,
               CASE WHEN pg_temp.r('status', i) < 0.85 THEN 'PUBLISHED' WHEN pg_temp.r('status', i) < 0.95 THEN 'DRAFT' ELSE 'WITHDRAWN' END AS status
          FROM generate_series(1, ${PRODUCTS}) i, LATERAL (SELECT pg_temp.r('category', i) AS c) x) p;

-- Covered loans under the pool-backed products, so that headroom and per-firm caps are in play.
INSERT INTO loan (id, created_at, updated_at, firm_id, product_id, bank_id, contract_no, principal, annual_rate, term_months,
                  disbursed_on, matures_on, status, outstanding_principal, interest_paid)
SELECT md5('loan:' || i)::uuid, now(), now(), md5('firm:' || (1 + (i * 7919) % ${FIRMS}))::uuid, p.id, p.bank_id, 'HT-BENCH-' || i,
       amount, 0.045, 12, ${d} - 100, ${d} + 265, 'ACTIVE', amount, 0
  FROM generate_series(1, ${LOANS}) i
  CROSS JOIN LATERAL (SELECT round((100000 + pg_temp.r('loan', i) * 500000)::numeric, 2) AS amount) a
  JOIN (SELECT id, bank_id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM loan_product WHERE risk_pool_id IS NOT NULL) p
    ON p.n = 1 + i % p.total;
INSERT INTO pool_coverage (id, created_at, updated_at, loan_id, pool_id, covered_principal, pool_share, status, enrolled_on)
SELECT md5('cover:' || l.id)::uuid, now(), now(), l.id, p.risk_pool_id, l.principal, 0.5, 'ACTIVE', l.disbursed_on
  FROM loan l JOIN loan_product p ON p.id = l.product_id;
`;
}

export const MATCH_PRODUCTS = `query BenchMatchProducts($firmId: ID!, $amount: Money, $termMonths: Int) {
  matchProducts(firmId: $firmId, amount: $amount, termMonths: $termMonths) {
    asOf productCount eligibleCount
    eligible(first: 20) { totalCount edges { node { rank score maxBorrowable lowestRate limits { kind amount binding }
      product { id name bank { shortName } } criteria { criterion subject code passed messageZh messageEn } } } }
    ineligible(first: 10) { totalCount edges { node { rank failedCount product { id name } failed { criterion subject code messageZh messageEn } } } }
    lacks { criterion subject code products onlyLack messageZh messageEn }
  }
}`;

const MATCH_FIRMS = `query BenchMatchFirms($productId: ID!) {
  matchFirms(productId: $productId) {
    open productCriteria { code passed }
    firms(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { rank score maxBorrowable firm { id name creditCode } } } }
  }
}`;

const NEAR_MISSES = `query BenchNearMisses($productId: ID!) {
  matchFirms(productId: $productId) {
    nearMisses(first: 50) { totalCount edges { node { rank score firm { id name } failed { criterion code messageZh } } } }
  }
}`;

interface Sample {
  ms: number;
  statements: number;
}

async function post(url: string, query: string, variables: object): Promise<Sample & { data: any }> {
  const before = CountingLogger.statements;
  const start = process.hrtime.bigint();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (body.errors?.length) throw new Error(`the benchmark query failed: ${JSON.stringify(body.errors)}`);
  return { ms, statements: CountingLogger.statements - before, data: body.data };
}

/** Nearest-rank percentile. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * With BENCH_PROFILE=<folder>, each measured phase (not its warm-up) is CPU-profiled in this process,
 * server included, into <folder>/<name>.cpuprofile (open it in Chrome DevTools or speedscope).
 */
const PROFILE_DIR = process.env.BENCH_PROFILE?.trim() || null;

async function measure(name: string, url: string, query: string, inputs: object[], runs: number): Promise<{ samples: Sample[]; last: any }> {
  for (let i = 0; i < RUNS.warmUp; i++) await post(url, query, inputs[i % inputs.length]);
  const session = PROFILE_DIR ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const samples: Sample[] = [];
  let last: any;
  for (let i = 0; i < runs; i++) {
    const s = await post(url, query, inputs[i % inputs.length]);
    samples.push({ ms: s.ms, statements: s.statements });
    last = s.data;
  }
  if (session && PROFILE_DIR) {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(PROFILE_DIR, { recursive: true });
    fs.writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
  return { samples, last };
}

function row(name: string, samples: Sample[], target: string): string {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const st = samples.map((s) => s.statements);
  const stmts = Math.min(...st) === Math.max(...st) ? String(st[0]) : `${Math.min(...st)}-${Math.max(...st)}`;
  const f = (x: number) => x.toFixed(1).padStart(7);
  return `${name.padEnd(36)}${String(samples.length).padStart(6)}${f(percentile(ms, 50))}${f(percentile(ms, 95))}${f(ms[ms.length - 1])}${stmts.padStart(7)}   ${target}`;
}

async function main(): Promise<void> {
  const today = todayInZone();
  const db = await provideDatabase('match', 54349);
  let stopServer: (() => Promise<void>) | undefined;
  let closeOrm: (() => Promise<void>) | undefined;
  let closeClient: (() => Promise<void>) | undefined;
  const cleanup = async () => {
    await closeClient?.().catch(() => undefined);
    await stopServer?.().catch(() => undefined);
    await closeOrm?.().catch(() => undefined);
    await db.cleanup();
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`database: ${db.where}`);
    const orm = await openOrm(db.url, { poolMax: 10 });
    closeOrm = () => orm.close(true);
    await migrate(orm);

    const client = new Client({ connectionString: db.url });
    client.on('error', () => undefined);
    await client.connect();
    closeClient = () => client.end();
    let t = Date.now();
    await client.query('BEGIN');
    await client.query(loadSql(today));
    await client.query('COMMIT');
    const loadMs = Date.now() - t;
    t = Date.now();
    await client.query('VACUUM ANALYZE');
    const vacuumMs = Date.now() - t;
    const counts = (
      await client.query<{ t: string; n: string }>(
        `SELECT 'firm' t, count(*)::text n FROM firm UNION ALL SELECT 'firm_qualification', count(*)::text FROM firm_qualification
         UNION ALL SELECT 'ip_asset', count(*)::text FROM ip_asset UNION ALL SELECT 'loan_product', count(*)::text FROM loan_product
         UNION ALL SELECT 'loan (covered)', count(*)::text FROM loan`,
      )
    ).rows;
    const { rows: sampleCodes } = await client.query<{ credit_code: string }>('SELECT credit_code FROM firm ORDER BY credit_code LIMIT 20');
    const bad = sampleCodes.find((r) => creditCodeProblem(r.credit_code));
    if (bad) throw new Error(`synthetic credit code ${bad.credit_code} fails the GB 32100 check`);
    const { rows: [{ server_version: version }] } = await client.query<{ server_version: string }>('SHOW server_version');
    // Firms spread over the whole set; products that are on offer today, for the bank's side.
    const { rows: firmRows } = await client.query<{ id: string }>(`SELECT id FROM firm ORDER BY credit_code`);
    const { rows: productRows } = await client.query<{ id: string }>(
      `SELECT id FROM loan_product WHERE status = 'PUBLISHED' AND valid_from <= $1::date AND valid_until >= $1::date ORDER BY id`,
      [today],
    );
    await client.end();
    closeClient = undefined;
    log(`data set: ${counts.map((c) => `${Number(c.n).toLocaleString('en')} ${c.t}`).join(', ')}; loaded in ${(loadMs / 1000).toFixed(1)} s, vacuum analyze ${(vacuumMs / 1000).toFixed(1)} s`);

    const auth = { secret: randomBytes(32), issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 };
    const office = await AuthService.createUser(orm.em.fork(), { username: 'bench-office', displayName: 'bench', password: randomBytes(12).toString('hex'), role: Role.FINANCE_OFFICE });
    bearer = (await signAccessToken(auth, { sub: office.id, name: office.username, role: office.role, bank: null, firm: null, ver: office.tokenVersion })).token;
    const server = await startServer(orm, { port: 0, host: '127.0.0.1', auth });
    stopServer = server.stop;
    const firms = Array.from({ length: 97 }, (_, k) => firmRows[(k * 1031) % firmRows.length].id);
    const askFor = firms.map((firmId, k) => (k % 2 ? { firmId, amount: `${(k % 10) * 100000 + 200000}.00`, termMonths: 12 } : { firmId }));
    const products = Array.from({ length: 53 }, (_, k) => ({ productId: productRows[(k * 37) % productRows.length].id }));

    // Other work on the machine shows in the figures: the load average says how busy it was.
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    log(`PostgreSQL ${version}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${load}; requests one at a time over HTTP to ${server.url}`);
    const mp = await measure('matchProducts', server.url, MATCH_PRODUCTS, askFor, RUNS.matchProducts);
    const mf = await measure('matchFirms', server.url, MATCH_FIRMS, products, RUNS.matchFirms);
    const nm = await measure('nearMisses', server.url, NEAR_MISSES, products, RUNS.nearMisses);

    log('');
    log(`${'query'.padEnd(36)}${'calls'.padStart(6)}${'p50 ms'.padStart(7)}${'p95 ms'.padStart(7)}${'max ms'.padStart(7)}${'SQL'.padStart(7)}   target`);
    log(row('matchProducts (20 + 10 shown)', mp.samples, 'p95 < 30 ms'));
    log(row('matchFirms (first 50 + total)', mf.samples, 'p95 < 200 ms'));
    log(row('matchFirms nearMisses (50 + total)', nm.samples, '(no target)'));
    const lastReport = mp.last.matchProducts;
    log('');
    log(`last matchProducts: ${lastReport.productCount} products judged, ${lastReport.eligibleCount} eligible; last matchFirms: ${mf.last.matchFirms.firms.totalCount} firms qualify; last near misses: ${nm.last.matchFirms.nearMisses.totalCount}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
