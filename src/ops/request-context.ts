import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What is known about the HTTP request being served, wherever the code is: its id (for the log
 * line and every error's extensions.requestId), and what the request log line reports.
 */
export interface RequestFacts {
  id: string;
  operation: string | null;
  operationType: string | null;
  role: string | null;
  userId: string | null;
  /** OK, or the first error's code. */
  code: string | null;
  /** SQL statements sent while serving it (src/db/orm.ts counts them). */
  sql: number;
}

export const requestFacts = new AsyncLocalStorage<RequestFacts>();

export const currentRequestId = (): string | undefined => requestFacts.getStore()?.id;

/** Accepted from a caller's x-request-id: short and plain, so that it is safe in a log line and a header. */
export const REQUEST_ID_FORM = /^[A-Za-z0-9._:-]{1,128}$/;
