import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { duration, operationLabel, requests, sqlPerRequest, timeouts } from './metrics';
import { requestFacts } from './request-context';
import { RETRY_AFTER_SECONDS, unavailableKind } from './unavailable';
import type { WriteGate } from './write-gate';

const RELEASE = Symbol('write-slot');

/**
 * Per request: holds a write slot for a mutation (src/ops/write-gate.ts), answers any bounded
 * wait or outage with HTTP 503 and Retry-After, and records what the log line and the metrics
 * report (operation, caller, outcome code, SQL statements, latency).
 */
export function observePlugin(gate: WriteGate): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      const facts = requestFacts.getStore();
      let type = 'unknown';
      let operation = 'anonymous';
      return {
        async didResolveOperation(rc) {
          type = rc.operation?.operation ?? 'unknown';
          operation = operationLabel(rc.operationName);
          if (facts) {
            facts.operation = rc.operationName ?? null;
            facts.operationType = type;
          }
          if (type === 'mutation') (rc.contextValue as unknown as Record<symbol, unknown>)[RELEASE] = await gate.enter();
        },
        async willSendResponse(rc) {
          ((rc.contextValue as unknown as Record<symbol, (() => void) | undefined>)[RELEASE])?.();
          const unavailable = rc.errors?.map((e) => unavailableKind(e)).find((k) => k) ?? null;
          if (unavailable) {
            rc.response.http.status = 503;
            rc.response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            timeouts.inc({ reason: unavailable });
          }
          const body = rc.response.body;
          const formatted: readonly GraphQLFormattedError[] | undefined = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = formatted?.length ? String(formatted[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
          const actor = rc.contextValue?.actor ?? null;
          if (facts) {
            facts.code = code;
            facts.role = actor?.role ?? 'ANONYMOUS';
            facts.userId = actor?.userId ?? null;
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          requests.inc({ operation, type, code });
          duration.observe({ operation, type }, seconds);
          if (facts) sqlPerRequest.observe({ operation, type }, facts.sql);
        },
      };
    },
  };
}
