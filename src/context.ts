import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets for one request: its own EntityManager fork and its own loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(orm: MikroORM): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em) };
}
