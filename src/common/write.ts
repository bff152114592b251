import {
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
  CheckConstraintViolationException,
  NotNullConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { AppError, BadInputError, ConflictError, NotFoundError, bi } from './errors';
import { isUuid } from './base.entity';
import { recordAudit } from '../modules/audit/audit';

/**
 * Runs one write as one transaction: it happens whole or not at all. The database's own
 * refusals (a unique key taken by a concurrent write, a check constraint) become the same
 * errors the service's own checks give, never an internal error.
 */
export async function inTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      const result = await work(tx);
      recordAudit(tx, result);
      return result;
    });
  } catch (e) {
    throw translateDbError(e);
  }
}

export function translateDbError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof UniqueConstraintViolationException) {
    return new ConflictError(bi('该记录已存在(唯一性冲突),请勿重复提交', 'this record already exists (a unique value is taken)'), {
      constraint: (e as any).constraint ?? undefined,
    });
  }
  if (e instanceof ForeignKeyConstraintViolationException) {
    return new ConflictError(bi('关联的记录不存在或仍被引用', 'a related record does not exist or is still referred to'));
  }
  if (e instanceof CheckConstraintViolationException || e instanceof NotNullConstraintViolationException) {
    return BadInputError.one('input', 'CONSTRAINT', bi('输入不符合数据约束', 'the input breaks a data rule'));
  }
  return e;
}

/** Copies the fields a patch names (undefined = leave as is, null = clear) onto a target. */
export function applyPatch<T extends object>(target: T, patch: object, fields: readonly (keyof T & string)[]): void {
  for (const f of fields) {
    const v = (patch as Record<string, unknown>)[f];
    if (v !== undefined) (target as Record<string, unknown>)[f] = v;
  }
}

/** Loads one row by id or fails with NOT_FOUND (a malformed id is just as unknown). */
export async function findOr404<T extends object>(
  em: EntityManager,
  entity: new (...args: any[]) => T,
  id: string,
  noun: { zh: string; en: string },
  opts: { lock?: boolean; scope?: object } = {},
): Promise<T> {
  if (!isUuid(id)) throw new NotFoundError(noun, id);
  // Out of the caller's scope is answered exactly as "does not exist".
  const where = opts.scope ? { $and: [{ id }, opts.scope] } : { id };
  const row = await em.findOne(entity, where as any, opts.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!row) throw new NotFoundError(noun, id);
  return row;
}
