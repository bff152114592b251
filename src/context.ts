import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from './modules/auth/auth.types';
import { authenticate, confirmActor } from './modules/auth/authenticate';
import type { TokenSettings } from './modules/auth/tokens';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets for one request: its own EntityManager fork, loaders and caller. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  /** The caller, or null when anonymous. */
  actor: Actor | null;
  /** Resolves once the caller's account is confirmed active (one query per request, on first use). */
  confirm: () => Promise<void>;
  auth: TokenSettings;
  ip: string | null;
}

export async function createContext(orm: MikroORM, auth: TokenSettings, req: { headers: Record<string, string | string[] | undefined>; ip?: string }): Promise<Context> {
  const em = orm.em.fork();
  const header = req.headers.authorization;
  const actor = await authenticate(em, Array.isArray(header) ? header[0] : header, auth);
  let confirmed: Promise<void> | undefined;
  return {
    em,
    loaders: createLoaders(em),
    actor,
    confirm: () => (confirmed ??= actor ? confirmActor(em, actor) : Promise.resolve()),
    auth,
    ip: req.ip ?? null,
  };
}
