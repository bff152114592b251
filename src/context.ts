import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from './modules/auth/auth.types';
import { confirmActor, readCredential, resolveApiToken, type Credential } from './modules/auth/authenticate';
import type { TokenSettings } from './modules/auth/tokens';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets for one request: its own EntityManager fork, loaders and caller. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  /**
   * The caller, or null when anonymous. A signed token's caller is known from the start; an API
   * token's once confirm() has looked it up (before any resolver runs: see server.ts).
   */
  readonly actor: Actor | null;
  /**
   * Resolves once the caller's account is confirmed active: the one statement that looks up the
   * account (or the API token), run once per request after the document passed every limit.
   */
  confirm: () => Promise<void>;
  auth: TokenSettings;
  ip: string | null;
}

/**
 * Apollo shallow-copies the context for each operation (keeping its prototype), so the caller
 * found by confirm(), and the confirmation itself, live in an object the copies share.
 */
class RequestContext implements Context {
  constructor(
    readonly em: EntityManager,
    readonly loaders: Loaders,
    readonly auth: TokenSettings,
    readonly ip: string | null,
    private readonly caller: { actor: Actor | null; credential: Credential; confirmed?: Promise<void> },
  ) {}

  get actor(): Actor | null {
    return this.caller.actor;
  }

  confirm(): Promise<void> {
    const { caller, em } = this;
    return (caller.confirmed ??= (async () => {
      if (caller.credential?.kind === 'api-token') caller.actor = await resolveApiToken(em, caller.credential.token);
      else if (caller.actor) await confirmActor(em, caller.actor);
    })());
  }
}

export async function createContext(orm: MikroORM, auth: TokenSettings, req: { headers: Record<string, string | string[] | undefined>; ip?: string }): Promise<Context> {
  const em = orm.em.fork();
  const header = req.headers.authorization;
  // No SQL here: Apollo builds the context before it parses and validates the document.
  const credential = await readCredential(Array.isArray(header) ? header[0] : header, auth);
  const actor = credential?.kind === 'jwt' ? credential.actor : null;
  return new RequestContext(em, createLoaders(em), auth, req.ip ?? null, { actor, credential });
}
