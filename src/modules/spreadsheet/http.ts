import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AppError, ForbiddenError, UnauthenticatedError, bi, type ErrorCode } from '../../common/errors';
import { createContext, type Context } from '../../context';
import type { Role } from '../auth/auth.types';
import type { TokenSettings } from '../auth/tokens';

/** HTTP statuses for the codes these endpoints answer with; anything else is a 400. */
const STATUS: Partial<Record<ErrorCode | 'INTERNAL_SERVER_ERROR', number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export class TooLargeError extends AppError {
  constructor(message: ReturnType<typeof bi>, extra: Record<string, unknown> = {}) {
    super('PAYLOAD_TOO_LARGE', message, extra);
  }
}

export class NotXlsxError extends AppError {
  constructor(message = bi('上传的文件不是Excel工作簿(.xlsx)', 'the file is not an Excel workbook (.xlsx)'), extra: Record<string, unknown> = {}) {
    super('UNSUPPORTED_MEDIA_TYPE', message, extra);
  }
}

/**
 * Answers an error the way /graphql does: `{ errors: [{ message, extensions: { code, messageZh,
 * messageEn, problems? } }] }`, with the HTTP status its code calls for. Anything not ours is
 * logged and answered as INTERNAL_SERVER_ERROR, without a stack trace or SQL.
 */
export function sendError(res: Response, error: unknown): void {
  if (res.headersSent) {
    // Half a workbook is no workbook: the client sees the connection break, not a broken file.
    console.error('[parkcredit] spreadsheet failed after its answer began', error);
    res.destroy(error instanceof Error ? error : undefined);
    return;
  }
  let status: number;
  let body: unknown;
  if (error instanceof AppError) {
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
    status = STATUS[extensions.code as ErrorCode] ?? 400;
    body = { errors: [{ message: error.message, extensions }] };
  } else if (error instanceof GraphQLError && error.extensions?.code === 'BAD_USER_INPUT') {
    // A scalar's own refusal (Money, LocalDate) of a query parameter.
    status = 400;
    body = { errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] };
  } else {
    console.error('[parkcredit] internal error', error);
    status = 500;
    body = { errors: [{ message: '服务器内部错误,请稍后重试 / Internal server error; please try again later', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
  }
  res.status(status).setHeader('cache-control', 'no-store');
  res.json(body);
}

/**
 * The caller, exactly as /graphql finds it: the Authorization header read by createContext (a bad
 * Bearer token is refused, never taken as anonymous), then confirm() looks the account (or API
 * token) up. `roles` empty means anyone, anonymous included.
 */
export async function callerOf(orm: MikroORM, auth: TokenSettings, req: Request, roles: readonly Role[] = []): Promise<Context> {
  const ctx = await createContext(orm, auth, { headers: req.headers, ip: req.ip ?? req.socket.remoteAddress });
  await ctx.confirm();
  if (roles.length) {
    if (!ctx.actor) throw new UnauthenticatedError(bi('请先登录', 'sign in first'), { deniedBy: 'ROLE' });
    if (!roles.includes(ctx.actor.role)) throw new ForbiddenError(bi('您的角色无权执行此操作', 'your role may not do this'), { deniedBy: 'ROLE' });
  }
  return ctx;
}

/** Content-Disposition with the Chinese name (RFC 6266 / 5987) and an ASCII fallback. */
export function attachment(res: Response, zhName: string, asciiName: string): void {
  res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(zhName)}`);
  res.setHeader('cache-control', 'no-store');
}

/** Wraps an async handler so that every refusal is answered by sendError. */
export const handler =
  (fn: (req: Request, res: Response) => Promise<void>) =>
  (req: Request, res: Response): void => {
    fn(req, res).catch((e) => sendError(res, e));
  };
