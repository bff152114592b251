import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError, bi } from '../../common/errors';
import { ApiToken } from './api-token.entity';
import { Role, type Actor } from './auth.types';
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

/**
 * The caller behind an Authorization header: none means anonymous; a bad one is refused for the
 * whole request (it never silently falls back to anonymous).
 */
export async function authenticate(em: EntityManager, header: string | undefined, settings: TokenSettings): Promise<Actor | null> {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw INVALID();
  const credential = m[1];
  if (credential.startsWith(API_TOKEN_PREFIX)) {
    const token = await em.findOne(ApiToken, { tokenHash: hashApiToken(credential) }, { populate: ['user'] });
    const now = new Date();
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.user.active) throw INVALID();
    // Recorded at most every five minutes: reading the API should not mean a write per request.
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 300_000) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    return actorOf(token.user, 'api-token');
  }
  // A signed token is checked without the database; that the account is still active is
  // confirmed once per request, on first use (confirmActor), so a refused request costs no SQL.
  const claims = await verifyAccessToken(settings, credential);
  if (!claims || !Object.values(Role).includes(claims.role as Role)) throw INVALID();
  return { userId: claims.sub, username: claims.name, role: claims.role as Role, bankId: claims.bank, firmId: claims.firm, via: 'jwt', issuedAt: claims.iat };
}

/** Confirms a token's account still exists, is active and has the role and organisation it claims. */
export async function confirmActor(em: EntityManager, actor: Actor): Promise<void> {
  if (actor.via === 'api-token') return;
  const user = await em.findOne(User, { id: actor.userId });
  if (!user || !user.active || user.role !== actor.role || (user.bank?.id ?? null) !== actor.bankId || (user.firm?.id ?? null) !== actor.firmId) throw INVALID();
  // A token issued before the last password change is refused (iat has one-second resolution).
  if (user.passwordChangedAt && (actor.issuedAt ?? 0) < Math.floor(user.passwordChangedAt.getTime() / 1000)) throw INVALID();
}
