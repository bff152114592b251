import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';
import type { DatabaseLimits } from '../config';
import { requestFacts } from '../ops/request-context';

/**
 * Counts every SQL statement the ORM sends, so that tests can hold the N+1 line, and prints
 * them when LOG_SQL is on.
 */
export class CountingLogger extends DefaultLogger {
  static statements = 0;

  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    CountingLogger.statements++;
    const facts = requestFacts.getStore();
    if (facts) facts.sql++;
    super.logQuery(context);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return super.isEnabled(namespace, context);
  }
}

export interface OrmOpenOptions {
  logSql?: boolean;
  poolMax?: number;
  /**
   * Bounded waits for the server and the command line: every connection starts with a statement
   * timeout, a lock timeout and an idle-in-transaction timeout (PostgreSQL startup parameters),
   * and waiting for a pooled connection has its own, shorter timeout. Unset (tests, seeding, the
   * benchmark's bulk load): PostgreSQL's and knex's defaults.
   */
  limits?: DatabaseLimits;
}

/** The driver options that set the bounded waits on every connection. */
export function limitOptions(limits: DatabaseLimits): Options['driverOptions'] {
  return {
    acquireConnectionTimeout: limits.acquireTimeoutMs,
    connection: {
      statement_timeout: limits.statementTimeoutMs,
      lock_timeout: limits.lockTimeoutMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      connectionTimeoutMillis: limits.connectTimeoutMs,
      // The client's own bound, for a database that stops answering without closing the connection.
      query_timeout: limits.statementTimeoutMs + 5000,
      keepAlive: true,
    },
  };
}

export function ormOptions(clientUrl: string, opts: OrmOpenOptions = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    // Statements are always counted; they are printed only with LOG_SQL.
    debug: opts.logSql ? ['query', 'query-params'] : false,
    loggerFactory: (options) => new CountingLogger(options),
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/migrations',
      pathTs: 'src/migrations',
    },
    pool: { min: 0, max: opts.limits?.poolMax ?? opts.poolMax ?? 10 },
    ...(opts.limits ? { driverOptions: limitOptions(opts.limits) } : {}),
    forceUtcTimezone: true,
    // Each request, seed run and test forks its own EntityManager; the global one is off limits.
    allowGlobalContext: false,
    // Schema comes from migrations only.
    ensureDatabase: false,
    discovery: { checkDuplicateTableNames: true },
  });
}

export async function openOrm(clientUrl: string, opts: OrmOpenOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, opts));
}

/** Any number fixed for the project: the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_261_524_001;

/**
 * Applies the committed migrations that have not run yet. Replicas starting together take turns
 * (a PostgreSQL advisory lock, held on a connection of its own): the first migrates, the others
 * then find nothing left to do.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const lock = new Client({ connectionString: String(orm.config.get('clientUrl')) });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
  } finally {
    await lock.end().catch(() => undefined);
  }
}
