/**
 * npm run bench:limits
 *
 * How long the server takes to answer documents built to make validation work hard, each
 * within the body limit: the fragment chains that once held the server for seconds (issue 11),
 * a selection repeating one field as often as the token limit lets it (graphql-js's
 * OverlappingFieldsCanBeMerged is quadratic in repeated fields), many spreads of one fragment,
 * and, interleaved with them, `{ __typename }` as the baseline. Over HTTP to a real server on
 * 127.0.0.1 (a database of its own: embedded PostgreSQL unless DATABASE_URL is set), anonymous,
 * one request at a time, each made new by a comment (Apollo caches a validated document by its
 * hash). Prints p50 and max per document and whether it was refused.
 * A benchmark, not a test: it asserts nothing about time.
 */
import 'reflect-metadata';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { migrate, openOrm } from '../src/db/orm';
import { AUDIENCE, ISSUER } from '../src/modules/auth/tokens';
import { startServer } from '../src/server';
import { provideDatabase } from './database';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const doubling = (n: number) => {
  let doc = 'query D { ...F0 }\n';
  for (let i = 0; i < n; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${n} on Query { __typename }`;
};

const DOCUMENTS: Record<string, string> = {
  'baseline { __typename }': '{ __typename }',
  '21 doubling fragments': doubling(21),
  '30 doubling fragments': doubling(30),
  '60 doubling fragments': doubling(60),
  '390 repeats of banks { totalCount }': `{ ${'banks { totalCount } '.repeat(390)} }`,
  '180 repeats of a nested connection': `{ ${'banks { edges { node { id } } } '.repeat(180)} }`,
  '900 spreads of one fragment': `{ ${'...A '.repeat(900)} } fragment A on Query { banks { totalCount } }`,
  '2,000 tokens of one leaf': `{ banks { ${'totalCount '.repeat(1990)} } }`,
};

async function main(): Promise<void> {
  const db = await provideDatabase('limits', 54369);
  const orm = await openOrm(db.url, { poolMax: 4 });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await migrate(orm);
    server = await startServer(orm, { port: 0, host: '127.0.0.1', auth: { secret: randomBytes(32), issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 } });
    console.log(`database: ${db.where}; Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROUNDS} rounds, documents interleaved`);
    const samples = new Map<string, number[]>(Object.keys(DOCUMENTS).map((k) => [k, []]));
    const outcome = new Map<string, string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, query] of Object.entries(DOCUMENTS)) {
        const t = process.hrtime.bigint();
        // A comment makes each request a new document: Apollo keeps validated documents by their
        // hash, and an attacker would not send the same one twice.
        const unique = `${query}\n# ${round}`;
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: unique }) });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        samples.get(name)!.push(Number(process.hrtime.bigint() - t) / 1e6);
        outcome.set(name, `${res.status} ${body.errors?.[0]?.extensions?.code ?? 'answered'}`);
      }
    }
    console.log(`\n${'document'.padEnd(40)}${'bytes'.padStart(7)}${'p50 ms'.padStart(8)}${'max ms'.padStart(8)}   answer`);
    for (const [name, query] of Object.entries(DOCUMENTS)) {
      const ms = samples.get(name)!.sort((a, b) => a - b);
      console.log(`${name.padEnd(40)}${String(Buffer.byteLength(query)).padStart(7)}${ms[Math.floor(ms.length / 2)].toFixed(1).padStart(8)}${ms[ms.length - 1].toFixed(1).padStart(8)}   ${outcome.get(name)}`);
    }
  } finally {
    await server?.stop().catch(() => undefined);
    await orm.close(true).catch(() => undefined);
    await db.cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
