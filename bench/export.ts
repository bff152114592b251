/**
 * npm run bench:export
 *
 * Loads the 2022 seed data set and 100,000 synthetic loans (set-based SQL) into a database of its
 * own, starts the API on 127.0.0.1, downloads /exports/loans.xlsx as the finance office over HTTP
 * and prints the time it took, the bytes, and the process's peak memory (RSS and V8 heap, sampled
 * every 20 ms, the server and the client being this one process) against its memory before.
 * Then it reads the file back with exceljs's streaming reader and counts the rows.
 *
 * With DATABASE_URL unset it starts an embedded PostgreSQL in a temporary folder and removes it
 * afterwards; with DATABASE_URL set it creates its own database on that server and drops it.
 * With BENCH_PROFILE=<folder> the export is CPU-profiled (export.cpuprofile in that folder).
 * A benchmark, not a test: it asserts nothing about time.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import ExcelJS from 'exceljs';
import { provideDatabase } from './database';
import { migrate, openOrm } from '../src/db/orm';
import { AuthService } from '../src/modules/auth/auth.service';
import { Role } from '../src/modules/auth/auth.types';
import { AUDIENCE, ISSUER, signAccessToken } from '../src/modules/auth/tokens';
import { startServer } from '../src/server';
import { seedIfEmpty } from '../seeds/seed';

const LOANS = Number(process.env.BENCH_LOANS ?? 100_000);
const log = (line: string) => process.stdout.write(`${line}\n`);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** 100,000 loans under the seed's published products to its firms, each its own contract, in 2024. */
const loansSql = (n: number) => `
WITH p AS (SELECT array_agg(id ORDER BY created_at, id) AS ids, array_agg(bank_id ORDER BY created_at, id) AS banks,
                  array_agg(min_amount ORDER BY created_at, id) AS amounts FROM loan_product WHERE status = 'PUBLISHED'),
     f AS (SELECT array_agg(id ORDER BY created_at, id) AS ids FROM firm)
INSERT INTO loan (id, created_at, updated_at, firm_id, product_id, bank_id, contract_no, principal, annual_rate, term_months,
                  disbursed_on, matures_on, status, outstanding_principal, interest_paid, source_note)
SELECT md5('bench-loan:' || i)::uuid, timestamptz '2024-01-01' + i * interval '1 ms', now(),
       f.ids[1 + i % array_length(f.ids, 1)], p.ids[1 + i % array_length(p.ids, 1)], p.banks[1 + i % array_length(p.ids, 1)],
       'BENCH-' || lpad(i::text, 7, '0'), p.amounts[1 + i % array_length(p.ids, 1)] + (i % 1000) * 1000.01,
       0.0345 + (i % 50) / 10000.0, 12, date '2024-01-01' + (i % 366), date '2025-01-01' + (i % 366), 'ACTIVE',
       p.amounts[1 + i % array_length(p.ids, 1)] + (i % 1000) * 1000.01, (i % 100) * 10.5, '基准测试合成数据 / Synthetic benchmark data'
  FROM generate_series(1, ${n}) i, p, f`;

async function main(): Promise<void> {
  const db = await provideDatabase('export', 54359);
  log(`bench:export — ${LOANS.toLocaleString('en')} synthetic loans in ${db.where}`);
  const orm = await openOrm(db.url, { poolMax: 5 });
  try {
    await migrate(orm);
    await seedIfEmpty(orm);
    const t0 = performance.now();
    await orm.em.getConnection().execute(loansSql(LOANS));
    await orm.em.getConnection().execute('ANALYZE loan');
    const total = Number((await orm.em.getConnection().execute<{ n: string }[]>('SELECT count(*)::text AS n FROM loan'))[0].n);
    log(`loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${total.toLocaleString('en')} loans in all (the seed's included)`);
    const auth = { secret: randomBytes(32), issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 };
    const office = await AuthService.createUser(orm.em.fork(), { username: 'bench-office', displayName: 'bench', password: randomBytes(12).toString('hex'), role: Role.FINANCE_OFFICE });
    const bearer = (await signAccessToken(auth, { sub: office.id, name: office.username, role: office.role, bank: null, firm: null, ver: office.tokenVersion })).token;
    const server = await startServer(orm, { port: 0, host: '127.0.0.1', auth });
    const file = path.join(os.tmpdir(), `parkcredit-bench-loans-${process.pid}.xlsx`);
    try {
      global.gc?.();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      // What is really held: the heap right after a full collection, every 2 s.
      let peakLive = before.heapUsed;
      let ticks = 0;
      const sampler = setInterval(() => {
        if (++ticks % 100 === 0 && global.gc) {
          global.gc();
          peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
        }
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }, 20);
      const profileDir = process.env.BENCH_PROFILE?.trim();
      const session = profileDir ? new Session() : null;
      if (session) {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      const cpu = process.cpuUsage();
      const start = performance.now();
      const res = await fetch(server.url.replace('/graphql', '/exports/loans.xlsx'), { headers: { authorization: `Bearer ${bearer}` } });
      if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
      let firstByte = 0;
      let bytes = 0;
      const out = fs.createWriteStream(file);
      for await (const chunk of Readable.fromWeb(res.body as never)) {
        if (!firstByte) firstByte = performance.now() - start;
        bytes += (chunk as Buffer).length;
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      await new Promise<void>((r) => out.end(() => r()));
      const seconds = (performance.now() - start) / 1000;
      clearInterval(sampler);
      const used = process.cpuUsage(cpu);
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        fs.mkdirSync(profileDir!, { recursive: true });
        fs.writeFileSync(path.join(profileDir!, 'export.cpuprofile'), JSON.stringify(profile));
        session.disconnect();
      }
      log(`GET /exports/loans.xlsx: ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en')} rows/s), first byte after ${firstByte.toFixed(0)} ms, ${mib(bytes)}`);
      log(`CPU: ${((used.user + used.system) / 1e6).toFixed(1)} s of this process (server and client) for the export; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} on ${os.cpus().length} cores`);
      log(`live heap after a full GC (every 2 s): at most ${mib(peakLive)} (${mib(before.heapUsed)} before)`);
      log(`memory: RSS ${mib(before.rss)} before, peak ${mib(peakRss)} (+${mib(peakRss - before.rss)}); V8 heap ${mib(before.heapUsed)} before, peak ${mib(peakHeap)} (+${mib(peakHeap - before.heapUsed)})`);
      // Read back with the streaming reader: every loan is a row.
      let rows = 0;
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
      for await (const ws of reader) for await (const _row of ws) rows += 1;
      log(`read back: ${rows.toLocaleString('en')} rows = ${total.toLocaleString('en')} loans + 5 header-block rows (4 written, 1 blank not stored) + column headers + total`);
    } finally {
      fs.rmSync(file, { force: true });
      await server.stop();
    }
  } finally {
    await orm.close(true);
    await db.cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
