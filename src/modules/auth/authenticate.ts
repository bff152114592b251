import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError, bi } from '../../common/errors';
import { ApiToken } from './api-token.entity';
import type { Actor } from './auth.types';
import { API_TOKEN_PREFIX, hashApiToken, verifyAccessToken, type TokenSettings } from './tokens';
import { User } from './user.entity';

const INVALID = () => new UnauthenticatedError(bi('登录凭证无效或已过期,请重新登录', 'the credentials are invalid or expired; sign in again'));

const actorOf = (user: User, via: Actor['via']): Actor => ({
  userId: user.id,
  username: user.username,
  role: user.role,
  bankId: user.bank?.id ?? null,
  firmId: user.firm?.id ?? null,
  via,
});

/** What an Authorization header carries, before anything is looked up. */
export type Credential = { kind: 'jwt'; actor: Actor } | { kind: 'api-token'; token: string } | null;

/**
 * Reads the Authorization header without the database: none means anonymous; a signed token is
 * verified here (signature, algorithm, issuer, audience, expiry, every claim well formed); an
 * API token is only recognised, and looked up later (resolveApiToken), once the request has
 * passed every limit: a refused request costs no SQL. A bad header is refused for the whole
 * request; it never silently falls back to anonymous.
 */
export async function readCredential(header: string | undefined, settings: TokenSettings): Promise<Credential> {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw INVALID();
  const credential = m[1];
  if (credential.startsWith(API_TOKEN_PREFIX)) return { kind: 'api-token', token: credential };
  const claims = await verifyAccessToken(settings, credential);
  if (!claims) throw INVALID();
  return {
    kind: 'jwt',
    actor: { userId: claims.sub, username: claims.name, role: claims.role, bankId: claims.bank, firmId: claims.firm, via: 'jwt', tokenVersion: claims.ver },
  };
}

/** The account behind an API token, if the token is known, unrevoked, unexpired and its account active. */
export async function resolveApiToken(em: EntityManager, credential: string): Promise<Actor> {
  const token = await em.findOne(ApiToken, { tokenHash: hashApiToken(credential) }, { populate: ['user'] });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.user.active) throw INVALID();
  // Recorded at most every five minutes: reading the API should not mean a write per request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 300_000) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  return actorOf(token.user, 'api-token');
}

/**
 * Confirms a signed token's account still exists, is active, has the role and organisation it
 * claims, and has not changed its password (or been disabled) since the token was issued.
 */
export async function confirmActor(em: EntityManager, actor: Actor): Promise<void> {
  if (actor.via === 'api-token') return;
  const user = await em.findOne(User, { id: actor.userId });
  if (!user || !user.active || user.role !== actor.role || (user.bank?.id ?? null) !== actor.bankId || (user.firm?.id ?? null) !== actor.firmId) throw INVALID();
  if (user.tokenVersion !== actor.tokenVersion) throw INVALID();
}
