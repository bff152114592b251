import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UnavailableKind } from './unavailable';

/** What a pool reports about itself (knex's tarn pool). */
export interface PoolView {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * The process's Prometheus metrics (GET /metrics): requests by operation and outcome, latency,
 * SQL statements per request, the database pool, timeouts, and Node's own process metrics.
 * One registry per process; pools and write gates register while their server runs.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const pools = new Set<PoolView>();
const gates = new Set<{ running: () => number; waiting: () => number }>();

export const requests = new Counter({
  name: 'parkcredit_graphql_requests_total',
  help: 'GraphQL requests by operation name, operation type and outcome code (OK or the first error code)',
  labelNames: ['operation', 'type', 'code'] as const,
  registers: [registry],
});

export const duration = new Histogram({
  name: 'parkcredit_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL request to sending its answer',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
  registers: [registry],
});

export const sqlPerRequest = new Histogram({
  name: 'parkcredit_sql_statements_per_request',
  help: 'SQL statements sent while serving one GraphQL request',
  labelNames: ['operation', 'type'] as const,
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100],
  registers: [registry],
});

export const timeouts = new Counter({
  name: 'parkcredit_db_unavailable_total',
  help: 'Requests answered SERVICE_UNAVAILABLE by cause: statement_timeout, lock_timeout, idle_in_transaction_timeout, acquire_timeout, write_slots, database_unreachable',
  labelNames: ['reason'] as const,
  registers: [registry],
});

for (const reason of ['statement_timeout', 'lock_timeout', 'idle_in_transaction_timeout', 'acquire_timeout', 'write_slots', 'database_unreachable'] satisfies UnavailableKind[]) timeouts.inc({ reason }, 0);

const sum = (f: (p: PoolView) => number) => [...pools].reduce((n, p) => n + f(p), 0);

new Gauge({
  name: 'parkcredit_db_pool_connections',
  help: 'Database pool connections: max (the pool size), used (in use), free (open and idle), pending_acquires (requests waiting for one), pending_creates (being opened)',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.set({ state: 'max' }, sum((p) => p.max));
    this.set({ state: 'used' }, sum((p) => p.numUsed()));
    this.set({ state: 'free' }, sum((p) => p.numFree()));
    this.set({ state: 'pending_acquires' }, sum((p) => p.numPendingAcquires()));
    this.set({ state: 'pending_creates' }, sum((p) => p.numPendingCreates()));
  },
});

new Gauge({
  name: 'parkcredit_write_slots',
  help: 'Writes holding a slot (running) and waiting for one (waiting); slots are the pool size less the connections reserved for reads',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.set({ state: 'running' }, [...gates].reduce((n, g) => n + g.running(), 0));
    this.set({ state: 'waiting' }, [...gates].reduce((n, g) => n + g.waiting(), 0));
  },
});

export function watchPool(pool: PoolView): () => void {
  pools.add(pool);
  return () => pools.delete(pool);
}

export function watchGate(gate: { running: () => number; waiting: () => number }): () => void {
  gates.add(gate);
  return () => gates.delete(gate);
}

/** Operation names come from callers: past this many distinct ones, the rest are counted as "other". */
const MAX_OPERATION_LABELS = 300;
const seen = new Set<string>();
export function operationLabel(name: string | null | undefined): string {
  const label = name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : name ? 'other' : 'anonymous';
  if (seen.has(label)) return label;
  if (seen.size >= MAX_OPERATION_LABELS) return 'other';
  seen.add(label);
  return label;
}
