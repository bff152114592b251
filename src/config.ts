import fs from 'node:fs';
import path from 'node:path';

/**
 * Configuration, read once from the environment and checked before anything starts: the one
 * place every variable is read and validated. A bad value stops start-up with one line that names
 * the variable (and never shows a password: DATABASE_URL is shown with its password masked).
 */
export interface Config {
  /** postgres://… ; unset means: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  port: number;
  host: string;
  /** Port of GET /metrics when it should not be on the public port; null: /metrics on `port`. */
  metricsPort: number | null;
  /** Where the embedded PostgreSQL keeps its data (survives restarts). */
  dataDir: string;
  /** Preferred port of the embedded PostgreSQL; a free one is taken if it is busy. */
  embeddedPgPort: number;
  /** Load the seed data set when the database has no banks yet. */
  seedOnEmpty: boolean;
  /** Print every SQL statement. */
  logSql: boolean;
  /** pino's level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  production: boolean;
  /** JWT_SECRET, or null: generated once and kept (in the database, or the embedded default's data folder). */
  jwtSecret: string | null;
  /** How long a signed access token lasts. */
  tokenTtlSeconds: number;
  db: DatabaseLimits;
  /** How long start-up keeps trying to reach the database before it gives up. */
  startupWaitSeconds: number;
  /** How long a drain on SIGTERM/SIGINT may take before the remaining connections are cut. */
  drainTimeoutMs: number;
  /** Serve GraphiQL at /explorer and for browsers at /graphql: on unless production; EXPLORER=on|off overrides. */
  explorer: boolean;
}

/** Bounded waits: every one of them ends in SERVICE_UNAVAILABLE (HTTP 503), never a hung request. */
export interface DatabaseLimits {
  poolMax: number;
  /** Connections kept for requests that do not write: writes may hold at most poolMax - this. */
  poolReservedForReads: number;
  /** Waiting for a pooled connection (and for a write slot). */
  acquireTimeoutMs: number;
  /** Opening a new connection to PostgreSQL. */
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DB_LIMITS: DatabaseLimits = {
  poolMax: 10,
  poolReservedForReads: 2,
  acquireTimeoutMs: 5000,
  connectTimeoutMs: 3000,
  statementTimeoutMs: 15000,
  lockTimeoutMs: 3000,
  idleInTransactionTimeoutMs: 15000,
};

/** The folder holding package.json, from src/ under ts or dist/src/ when compiled. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export class ConfigError extends Error {}

/** A postgres:// URL fit for a log line or an error: its password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]*@/i, '$1***@');
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || +raw < min || +raw > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return +raw;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name} must be on or off; got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl) {
    let ok = /^postgres(ql)?:\/\//.test(databaseUrl);
    try {
      new URL(databaseUrl);
    } catch {
      ok = false;
    }
    if (!ok) throw new ConfigError(`DATABASE_URL must be a postgres:// URL; got "${maskUrl(databaseUrl)}"`);
  }
  const jwtSecret = env.JWT_SECRET?.trim() || null;
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError(`JWT_SECRET must be at least 32 characters; got ${jwtSecret.length}`);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}"`);
  const port = int(env, 'PORT', 4000, 0, 65535);
  const metricsPort = env.METRICS_PORT?.trim() ? int(env, 'METRICS_PORT', 0, 0, 65535) : null;
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port) throw new ConfigError(`METRICS_PORT must differ from PORT (${port}); unset it to serve /metrics on PORT`);
  const d = DEFAULT_DB_LIMITS;
  const db: DatabaseLimits = {
    poolMax: int(env, 'DB_POOL_MAX', d.poolMax, 2, 500),
    poolReservedForReads: int(env, 'DB_POOL_RESERVED_FOR_READS', d.poolReservedForReads, 0, 499),
    acquireTimeoutMs: int(env, 'DB_ACQUIRE_TIMEOUT_MS', d.acquireTimeoutMs, 100, 600_000),
    connectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', d.connectTimeoutMs, 100, 600_000),
    statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', d.statementTimeoutMs, 100, 3_600_000),
    lockTimeoutMs: int(env, 'DB_LOCK_TIMEOUT_MS', d.lockTimeoutMs, 100, 3_600_000),
    idleInTransactionTimeoutMs: int(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', d.idleInTransactionTimeoutMs, 100, 3_600_000),
  };
  if (db.poolReservedForReads >= db.poolMax) throw new ConfigError(`DB_POOL_RESERVED_FOR_READS must be below DB_POOL_MAX (${db.poolMax}); got ${db.poolReservedForReads}`);
  if (db.acquireTimeoutMs >= db.statementTimeoutMs) throw new ConfigError(`DB_ACQUIRE_TIMEOUT_MS must be below DB_STATEMENT_TIMEOUT_MS (${db.statementTimeoutMs}); got ${db.acquireTimeoutMs}`);
  return {
    databaseUrl,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    metricsPort,
    dataDir: path.resolve(env.PARKCREDIT_DATA_DIR?.trim() || path.join(projectRoot(), '.data')),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    logSql: bool(env, 'LOG_SQL', false),
    logLevel,
    production: env.NODE_ENV === 'production',
    jwtSecret,
    tokenTtlSeconds: int(env, 'TOKEN_TTL_MINUTES', 240, 5, 24 * 60) * 60,
    db,
    startupWaitSeconds: int(env, 'DB_STARTUP_WAIT_SECONDS', 30, 0, 3600),
    drainTimeoutMs: int(env, 'DRAIN_TIMEOUT_MS', 15000, 100, 600_000),
    explorer: onOff(env, 'EXPLORER', env.NODE_ENV !== 'production'),
  };
}
