import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './errors';
import { log } from '../ops/log';
import { currentRequestId } from '../ops/request-context';
import { serviceUnavailable, unavailableKind } from '../ops/unavailable';

/** Codes that GraphQL itself or Apollo give to a request a person got wrong: shown as they are. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place errors are shaped for the caller: the project's own errors and GraphQL's
 * request errors go through; anything else is logged whole and answered with a generic
 * INTERNAL_SERVER_ERROR, so no stack trace or SQL ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const shaped = shapeError(formatted, error);
  // Every error names its request, so a person's report leads to the log line.
  const requestId = currentRequestId();
  return requestId ? { ...shaped, extensions: { ...shaped.extensions, requestId } } : shaped;
}

function shapeError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // A bounded wait or an outage (timeouts, no pooled connection, no database): SERVICE_UNAVAILABLE, not a bug.
  const unavailable = original instanceof AppError ? null : unavailableKind(original);
  if (unavailable) original = serviceUnavailable(unavailable);
  if (original instanceof AppError) {
    // `http` sets the response's status and headers (Apollo reads it from the error); it is not for the body.
    const { http: _http, ...extensions } = original.extensions;
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log.error({ requestId: currentRequestId(), err: original }, 'internal error');
  return {
    message: '服务器内部错误,请稍后重试 / Internal server error; please try again later',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
