import { Client } from 'pg';
import type { Config } from '../config';
import { runningEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';

export const EMBEDDED_DATABASE_NAME = 'parkcredit';

/** Creates a database on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/**
 * The database to use: DATABASE_URL when set (nothing is started), else the embedded
 * PostgreSQL with its data under the data folder.
 */
export async function provideDatabase(config: Config, log: (line: string) => void, opts: { attach?: boolean; ownSignals?: boolean } = {}): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  // The command line beside a running `npm start`: use the database it runs (it stays running).
  const running = opts.attach ? runningEmbeddedPostgres(config.dataDir) : null;
  if (running) {
    log(`using the embedded PostgreSQL already running on this data folder (pid ${running.pid}, port ${running.port})`);
    return { url: running.url(EMBEDDED_DATABASE_NAME), embedded: null };
  }
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${config.dataDir})`);
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, preferredPort: config.embeddedPgPort, log: config.logSql ? log : undefined, ownSignals: opts.ownSignals });
  await ensureDatabase(embedded.url('postgres'), EMBEDDED_DATABASE_NAME);
  return { url: embedded.url(EMBEDDED_DATABASE_NAME), embedded };
}
