import { AppError, bi } from '../common/errors';

/**
 * Bounded waits and outages, told apart from bugs: a statement, lock or idle-in-transaction
 * timeout, no pooled connection in time, or no database at all. Each is answered as
 * SERVICE_UNAVAILABLE (HTTP 503, Retry-After), never INTERNAL_SERVER_ERROR.
 */
export type UnavailableKind = 'statement_timeout' | 'lock_timeout' | 'idle_in_transaction_timeout' | 'acquire_timeout' | 'write_slots' | 'database_unreachable';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Query read timeout|the database system is (starting up|shutting down)|terminating connection|server closed the connection|Client was closed/i;

/** The kind of unavailability behind an error (looking through its causes), or null for any other error. */
export function unavailableKind(error: unknown, depth = 0): UnavailableKind | null {
  if (!error || typeof error !== 'object' || depth > 6) return null;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; extensions?: { reason?: unknown }; cause?: unknown; previous?: unknown; originalError?: unknown; errors?: unknown };
  if (error instanceof AppError && error.extensions.code === 'SERVICE_UNAVAILABLE' && typeof error.extensions.reason === 'string' && error.extensions.reason in MESSAGES) return error.extensions.reason as UnavailableKind;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === '55P03') return 'lock_timeout';
  if (code === '57014') return 'statement_timeout';
  if (code === '25P03' || /idle-in-transaction timeout/i.test(message)) return 'idle_in_transaction_timeout';
  if (e.name === 'KnexTimeoutError' || /Timeout acquiring a connection/.test(message)) return 'acquire_timeout';
  if (CONNECTION_CODES.has(code) || CONNECTION_MESSAGES.test(message)) return 'database_unreachable';
  for (const inner of [e.cause, e.previous, e.originalError]) {
    const kind = unavailableKind(inner, depth + 1);
    if (kind) return kind;
  }
  if (Array.isArray(e.errors)) for (const inner of e.errors) {
    const kind = unavailableKind(inner, depth + 1);
    if (kind) return kind;
  }
  return null;
}

const MESSAGES: Record<UnavailableKind, { zh: string; en: string }> = {
  statement_timeout: bi('数据库处理超时,本次请求未作任何更改,请稍后重试', 'the database took too long; nothing was changed; try again shortly'),
  lock_timeout: bi('该记录正被其他操作占用,本次请求未作任何更改,请稍后重试', 'the record is held by another operation; nothing was changed; try again shortly'),
  idle_in_transaction_timeout: bi('事务等待超时已被中止,本次请求未作任何更改,请稍后重试', 'the transaction waited too long and was ended; nothing was changed; try again shortly'),
  acquire_timeout: bi('服务器繁忙(数据库连接已满),请稍后重试', 'the server is busy (every database connection is in use); try again shortly'),
  write_slots: bi('服务器繁忙(写入请求过多),请稍后重试', 'the server is busy (too many writes at once); try again shortly'),
  database_unreachable: bi('数据库暂时无法连接,请稍后重试', 'the database cannot be reached just now; try again shortly'),
};

export const RETRY_AFTER_SECONDS = 2;

/** SERVICE_UNAVAILABLE for that kind, with the shape WorkLimiter uses (HTTP 503, Retry-After). */
export function serviceUnavailable(kind: UnavailableKind): AppError {
  return new AppError('SERVICE_UNAVAILABLE', MESSAGES[kind], {
    reason: kind,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  });
}
