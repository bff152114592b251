import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/auth.types';
import { AuditEvent } from './audit-event.entity';

/** The mutation being served, carried to the transaction that writes its audit record. */
export interface AuditScope {
  operation: string;
  input: unknown;
  actor: Actor | null;
  ip: string | null;
  recorded: boolean;
}

export const auditScope = new AsyncLocalStorage<AuditScope>();

const SECRET_KEYS = /password|secret|token$/i;

/** The input as submitted, with secrets replaced and decimals as their strings. */
function redact(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redact);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' && !(value instanceof Date)) return (value as { toJSON: () => unknown }).toJSON();
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v)]));
}

/**
 * Adds the audit record of the current mutation to the transaction `tx`, once. Called by the
 * one-transaction write helper, so a write and its record commit or roll back together.
 */
export function recordAudit(tx: EntityManager, result: unknown): void {
  const scope = auditScope.getStore();
  if (!scope || scope.recorded) return;
  scope.recorded = true;
  const event = new AuditEvent(scope.operation, redact(scope.input) ?? {});
  event.actorId = scope.actor?.userId ?? null;
  event.actorName = scope.actor?.username ?? null;
  event.role = scope.actor?.role ?? null;
  event.ip = scope.ip;
  const r = result as { id?: unknown; constructor?: { name?: string } } | null;
  if (r && typeof r.id === 'string') {
    event.entityId = r.id;
    event.entityType = r.constructor?.name ?? null;
  }
  tx.persist(event);
}

/** A repeated idempotent request changes nothing, so it leaves no audit record. */
export function skipAudit(): void {
  const scope = auditScope.getStore();
  if (scope) scope.recorded = true;
}
