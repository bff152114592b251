import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';

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
    super.logQuery(context);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return super.isEnabled(namespace, context);
  }
}

export function ormOptions(clientUrl: string, opts: { logSql?: boolean; poolMax?: number } = {}): Options {
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
    pool: { min: 0, max: opts.poolMax ?? 10 },
    forceUtcTimezone: true,
    // Each request, seed run and test forks its own EntityManager; the global one is off limits.
    allowGlobalContext: false,
    // Schema comes from migrations only.
    ensureDatabase: false,
    discovery: { checkDuplicateTableNames: true },
  });
}

export async function openOrm(clientUrl: string, opts: { logSql?: boolean; poolMax?: number } = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, opts));
}

/** Applies the committed migrations that have not run yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
