import { GraphQLError } from 'graphql';

/**
 * The project's own errors. Each carries a stable `extensions.code` and a message in Chinese
 * first, English beside it: the people who read them are Chinese bank staff, officials and firms.
 * The error formatter (src/common/format-error.ts) lets these through and masks everything else.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  // A request this API does not serve (a subscription): HTTP 400.
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  // Refusals under the rules of money (DESIGN.md), each named for what a person must know:
  | 'CAPACITY_EXCEEDED'
  | 'PER_FIRM_CAP_EXCEEDED'
  | 'INSUFFICIENT_BALANCE'
  | 'POOL_NOT_ACTIVE'
  | 'POOL_STOPPED'
  | 'NOT_ELIGIBLE'
  | 'OVER_REPAYMENT'
  | 'TOO_MANY_ATTEMPTS'
  // A demand that cannot be routed on: no other bank has a published product the firm fits.
  | 'NO_FITTING_BANK'
  // The server cannot take the request now (too much work queued); retry after `retryAfterSeconds`.
  | 'SERVICE_UNAVAILABLE'
  // A file upload refused whole (src/modules/spreadsheet): too large, or not an xlsx file.
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE';

/** A message a person can act on, in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** One problem with one input field. `field` is the input path, e.g. `amount.max`. */
export interface FieldProblem {
  field: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: Bilingual, extra: Record<string, unknown> = {}) {
    super(`${message.zh} / ${message.en}`, {
      extensions: { code, messageZh: message.zh, messageEn: message.en, ...extra },
    });
  }
}

export class BadInputError extends AppError {
  /** Problems listed at most; past it the answer says how many more (a request of 9,000 bad ids must not answer megabytes). */
  static readonly MAX_LISTED = 100;

  /** Every problem, also those past MAX_LISTED: for a caller that gathers several refusals into one. */
  readonly allProblems: FieldProblem[];

  constructor(problems: FieldProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? problems.length - 1 : 0;
    const listed = problems.slice(0, BadInputError.MAX_LISTED);
    const omitted = problems.length - listed.length;
    super(
      'BAD_USER_INPUT',
      bi(
        more ? `${first.messageZh}(另有${more}处输入错误)` : first.messageZh,
        more ? `${first.messageEn} (and ${more} more input problem${more > 1 ? 's' : ''})` : first.messageEn,
      ),
      omitted ? { problems: listed, problemsOmitted: omitted } : { problems: listed },
    );
    this.allProblems = problems;
  }

  static one(field: string, code: string, message: Bilingual): BadInputError {
    return new BadInputError([{ field, code, messageZh: message.zh, messageEn: message.en }]);
  }
}

/** What kind of thing was not found, as a person would call it. */
export interface Noun {
  zh: string;
  en: string;
}

export class NotFoundError extends AppError {
  constructor(what: Noun, id: string) {
    super('NOT_FOUND', bi(`未找到${what.zh}(ID:${id})`, `no ${what.en} with id ${id}`), { id });
  }
}

export class ConflictError extends AppError {
  constructor(message: Bilingual, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, extra);
  }
}

export class InvalidStateError extends AppError {
  constructor(message: Bilingual, extra: Record<string, unknown> = {}) {
    super('INVALID_STATE', message, extra);
  }
}

/** A write refused by a rule of money; the code says which rule. */
export class RuleError extends AppError {
  constructor(code: ErrorCode, message: Bilingual, extra: Record<string, unknown> = {}) {
    super(code, message, extra);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: Bilingual = bi('请先登录', 'sign in first'), extra: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, { http: { status: 401 }, ...extra });
  }
}

export class ForbiddenError extends AppError {
  constructor(message: Bilingual = bi('无权执行此操作', 'you may not do this'), extra: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, extra);
  }
}
