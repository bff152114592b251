import fs from 'node:fs';
import path from 'node:path';

/**
 * Configuration, read once from the environment and checked before anything starts.
 * A bad value stops start-up with a message that names the variable.
 */
export interface Config {
  /** postgres://… ; unset means: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  port: number;
  host: string;
  /** Where the embedded PostgreSQL keeps its data (survives restarts). */
  dataDir: string;
  /** Preferred port of the embedded PostgreSQL; a free one is taken if it is busy. */
  embeddedPgPort: number;
  /** Load the seed data set when the database has no banks yet. */
  seedOnEmpty: boolean;
  /** Print every SQL statement. */
  logSql: boolean;
  production: boolean;
  /** How long a signed access token lasts. */
  tokenTtlSeconds: number;
  /** Serve GraphiQL at /explorer and for browsers at /graphql: on unless production; EXPLORER=on|off overrides. */
  explorer: boolean;
}

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

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || +raw < min || +raw > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return +raw;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name} must be on or off; got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL; got "${databaseUrl}"`);
  }
  return {
    databaseUrl,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: path.resolve(env.PARKCREDIT_DATA_DIR?.trim() || path.join(projectRoot(), '.data')),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    logSql: bool(env, 'LOG_SQL', false),
    production: env.NODE_ENV === 'production',
    tokenTtlSeconds: int(env, 'TOKEN_TTL_MINUTES', 240, 5, 24 * 60) * 60,
    explorer: onOff(env, 'EXPLORER', env.NODE_ENV !== 'production'),
  };
}
