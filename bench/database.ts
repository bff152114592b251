import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded';

/** A benchmark's own database, and how to get rid of it. */
export interface Database {
  url: string;
  where: string;
  cleanup: () => Promise<void>;
}

/** Runs one statement on its own connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function admin(url: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * A database of the benchmark's own: created on the server behind DATABASE_URL and dropped
 * afterwards, or, with DATABASE_URL unset, in an embedded PostgreSQL in a temporary folder that is
 * removed afterwards. `label` names it (parkcredit_bench_<label>_<pid>); each benchmark has its
 * own preferred port so two can run side by side.
 */
export async function provideDatabase(label: string, preferredPort: number): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  const name = `parkcredit_bench_${label}_${process.pid}`;
  if (serverUrl) {
    await admin(serverUrl, `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
    return {
      url: Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString(),
      where: `database ${name} on the server behind DATABASE_URL (dropped afterwards)`,
      cleanup: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parkcredit-bench-${label}-`));
  const pg = await startEmbeddedPostgres({ dataDir, preferredPort });
  await admin(pg.url('postgres'), `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  return {
    url: pg.url(name),
    where: `embedded PostgreSQL in ${dataDir} (removed afterwards)`,
    cleanup: async () => {
      await pg.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
