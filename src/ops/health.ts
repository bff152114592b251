import { Client } from 'pg';
import { maskUrl } from '../config';

export interface Readiness {
  ready: boolean;
  /** Why not, in both languages: for the operator and the load balancer's log. */
  reason?: string;
  database?: 'ok' | 'unreachable' | 'migrations_pending';
  pendingMigrations?: string[];
  tookMs: number;
}

/**
 * GET /readyz: the database answers SELECT 1 within `timeoutMs` on a connection of its own (a
 * pool taken by lock waiters does not make the replica look dead), and every committed migration
 * is applied. Draining replicas are not ready.
 */
export async function checkReadiness(opts: { url: string; timeoutMs: number; migrations: readonly string[]; draining: boolean }): Promise<Readiness> {
  const started = Date.now();
  const took = () => Date.now() - started;
  if (opts.draining) return { ready: false, reason: '正在停止(排空请求) / draining: the process is stopping', tookMs: took() };
  const client = new Client({ connectionString: opts.url, connectionTimeoutMillis: opts.timeoutMs, statement_timeout: opts.timeoutMs, query_timeout: opts.timeoutMs });
  client.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async () => {
      await client.connect();
      await client.query('SELECT 1');
      const table = await client.query(`SELECT to_regclass('mikro_orm_migrations') AS t`);
      const applied = table.rows[0].t ? new Set((await client.query<{ name: string }>('SELECT name FROM mikro_orm_migrations')).rows.map((r) => r.name.replace(/\.[jt]s$/, ''))) : new Set<string>();
      return opts.migrations.filter((m) => !applied.has(m));
    })();
    const pending = await Promise.race([
      work,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs))),
    ]);
    if (pending.length) return { ready: false, database: 'migrations_pending', pendingMigrations: pending, reason: `有${pending.length}个数据库迁移尚未执行 / ${pending.length} migration(s) not applied: ${pending.join(', ')}`, tookMs: took() };
    return { ready: true, database: 'ok', tookMs: took() };
  } catch (e) {
    const why = maskUrl(e instanceof Error ? e.message : String(e)) || 'no answer';
    return { ready: false, database: 'unreachable', reason: `数据库无应答 / the database does not answer: ${why}`, tookMs: took() };
  } finally {
    clearTimeout(timer);
    void client.end().catch(() => undefined);
  }
}
