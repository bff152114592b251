import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Runs one statement as a named prepared statement. The ORM sends its statements with their
 * parameters written into the text, so PostgreSQL plans each one afresh; a prepared statement is
 * planned once per connection and its plan reused. For a hot statement whose text never changes
 * (matching's read plans in about 1.5 ms and runs in about 1). Parameters use `?` placeholders, as
 * with the ORM; the statement is logged and counted like every other (CountingLogger).
 */
export async function executePrepared<T>(em: EntityManager, name: string, sql: string, params: readonly Knex.RawBinding[]): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(sql, params).options({ name });
  const tx = em.getTransactionContext();
  if (tx) query.transacting(tx);
  const started = Date.now();
  const result = (await query) as { rows: T[] };
  em.config.getLogger().logQuery({ query: sql, params: [...params], took: Date.now() - started, results: result.rows.length, level: 'info' });
  return result.rows;
}
