import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SignJWT, jwtVerify } from 'jose';
import { isUuid } from '../../common/base.entity';
import { Role } from './auth.types';

/** How signed tokens are made and checked. The algorithm is pinned: a token naming another is refused. */
export interface TokenSettings {
  secret: Uint8Array;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export const ALGORITHM = 'HS256';
export const ISSUER = 'parkcredit';
export const AUDIENCE = 'parkcredit-api';
export const API_TOKEN_PREFIX = 'pc_';

export const JWT_SECRET_NAME = 'jwt-signing-secret';

/**
 * The signing secret. JWT_SECRET when set (checked in src/config.ts). Else, with DATABASE_URL
 * set, one kept in the database (table app_secret): the first replica to start generates it and
 * every other reads the same, so replicas accept each other's tokens. Else (the embedded default,
 * one process) one generated on first start and kept in the data folder (mode 600), so tokens
 * survive restarts.
 */
export async function loadSecret(source: { jwtSecret: string | null; databaseUrl: string | null; dataDir: string }, em: EntityManager | null): Promise<Uint8Array> {
  if (source.jwtSecret) return new TextEncoder().encode(source.jwtSecret);
  if (source.databaseUrl && em) {
    const conn = em.getConnection();
    await conn.execute(`INSERT INTO app_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`, [JWT_SECRET_NAME, randomBytes(48).toString('base64url')]);
    const [row] = await conn.execute<{ value: string }[]>(`SELECT value FROM app_secret WHERE name = ?`, [JWT_SECRET_NAME]);
    return new TextEncoder().encode(row.value);
  }
  const file = path.join(source.dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(source.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(fs.readFileSync(file, 'utf8').trim());
}

/** What a signed token says about its user: enough to authorise without reading the database. */
export interface TokenClaims {
  sub: string;
  /** Issued at, seconds since the epoch (set when signing). */
  iat?: number;
  name: string;
  role: Role;
  bank: string | null;
  firm: string | null;
  /**
   * The account's token version when the token was issued. Changing the password (or disabling
   * the account) raises the version, which refuses every token issued before, even one issued
   * in the same second (`iat` has one-second resolution, so it cannot tell them apart).
   */
  ver: number;
}

export async function signAccessToken(s: TokenSettings, claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const { sub: userId, ...rest } = claims;
  const token = await new SignJWT({ ...rest })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(s.issuer)
    .setAudience(s.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + s.ttlSeconds)
    .sign(s.secret);
  return { token, expiresAt: new Date((now + s.ttlSeconds) * 1000) };
}

/** The claims of a valid, unexpired token of ours, or null. */
export async function verifyAccessToken(s: TokenSettings, token: string): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, s.secret, {
      algorithms: [ALGORITHM],
      issuer: s.issuer,
      audience: s.audience,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    return claimsOf(payload as Record<string, unknown>);
  } catch {
    return null;
  }
}

const isOrgId = (v: unknown): v is string | null => v === null || (typeof v === 'string' && isUuid(v));

/**
 * The claims, if every one is well formed, else null (refused as UNAUTHENTICATED). A token signed
 * with our secret is still checked field by field: a malformed one must never reach a query.
 */
export function claimsOf(p: Record<string, unknown>): TokenClaims | null {
  const { sub, name, role, bank = null, firm = null, iat, ver } = p;
  if (typeof sub !== 'string' || !isUuid(sub)) return null;
  if (typeof name !== 'string' || name.length === 0 || name.length > 60) return null;
  if (typeof role !== 'string' || !Object.values(Role).includes(role as Role)) return null;
  if (!isOrgId(bank) || !isOrgId(firm)) return null;
  // A bank's staff carry their bank and no firm, a firm's staff their firm, the office neither.
  if ((role === Role.BANK) !== (bank !== null) || (role === Role.FIRM) !== (firm !== null)) return null;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return null;
  if (typeof ver !== 'number' || !Number.isSafeInteger(ver) || ver < 0) return null;
  return { sub, iat, name, role: role as Role, bank, firm, ver };
}

export const newApiToken = (): string => API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
export const hashApiToken = (token: string): string => createHash('sha256').update(token).digest('hex');
