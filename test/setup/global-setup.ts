import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { migrate, openOrm } from '../../src/db/orm';
import { buildForTests } from './build';
import { TEST_ENV, admin, quoteIdent, urlFor } from './test-db';

/**
 * One real PostgreSQL for the run: the server behind DATABASE_URL (CI uses the machine's
 * service), else an embedded one in a temporary folder. The committed migrations are applied
 * once to a template database; each test file then copies it (CREATE DATABASE … TEMPLATE),
 * which takes milliseconds, and works on its own copy.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL?.trim();
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkcredit-test-'));
    embedded = await startEmbeddedPostgres({ dataDir, preferredPort: 54339 });
    adminUrl = embedded.url('postgres');
  }
  const prefix = `pc_test_${process.pid}_`;
  const template = `${prefix}template`;
  await admin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)}`);
    await c.query(`CREATE DATABASE ${quoteIdent(template)} ENCODING 'UTF8' TEMPLATE template0`);
  });
  const orm = await openOrm(urlFor(adminUrl, template));
  await migrate(orm);
  await orm.close(true);
  // MikroORM keeps entity metadata on globalThis; left here, the test files' own realm would
  // pick up this realm's Maps and fail ("Map.prototype.set called on incompatible receiver").
  for (const key of Object.keys(globalThis)) if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];

  // The server compiled once, for the tests that spawn real server processes.
  const build = path.join(__dirname, '..', '..', '.test-build', String(process.pid));
  buildForTests(build);
  process.env[TEST_ENV.build] = build;

  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.prefix] = prefix;
  (globalThis as any).__parkcredit = { embedded, dataDir, adminUrl, prefix, build };
}
