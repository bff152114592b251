import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, bi } from './errors';
import { IdempotencyRecord } from './idempotency.entity';
import { check } from './validation';
import { inTransaction } from './write';
import { auditScope, skipAudit } from '../modules/audit/audit';

const KEY = /^[A-Za-z0-9._:\-]{8,100}$/;

/** Stable JSON: keys sorted, decimals as their strings, so equal input hashes equally. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (typeof (value as { toFixed?: unknown }).toFixed === 'function' && typeof (value as { isFinite?: unknown }).isFinite === 'function') {
    return JSON.stringify(String(value));
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * Runs a money-moving write once per idempotency key, in one transaction. Concurrent requests
 * with the same key queue on an advisory lock; the first does the work and records its result;
 * the rest find the record and get the same result back. The same key with different input is a
 * CONFLICT.
 */
export async function idempotent<T extends { id: string }>(
  em: EntityManager,
  operation: string,
  key: string,
  input: unknown,
  work: (tx: EntityManager) => Promise<T>,
  reload: (tx: EntityManager, id: string) => Promise<T>,
): Promise<T> {
  const c = check();
  c.when(!KEY.test(key ?? ''), 'idempotencyKey', 'INVALID_KEY', bi('幂等键须为8到100位字母、数字或 ._:- ,每笔业务一个', 'idempotencyKey must be 8 to 100 letters, digits or ._:- , one per business operation'));
  c.done();
  // The caller is part of the request: another account reusing a key gets a CONFLICT, never the first caller's result.
  const caller = auditScope.getStore()?.actor?.userId ?? 'system';
  const requestHash = createHash('sha256').update(`${operation}\n${caller}\n${canonical(input)}`).digest('hex');
  return inTransaction(em, async (tx) => {
    await tx.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
    const seen = await tx.findOne(IdempotencyRecord, { key });
    if (seen) {
      if (seen.operation !== operation || seen.requestHash !== requestHash) {
        throw new ConflictError(bi('该幂等键已用于另一笔不同的请求', 'this idempotency key was already used for a different request'), { idempotencyKey: key });
      }
      skipAudit();
      return reload(tx, seen.resultId);
    }
    const result = await work(tx);
    await tx.flush();
    tx.persist(new IdempotencyRecord(key, operation, requestHash, result.id));
    return result;
  });
}
