import DataLoader from 'dataloader';
import { wrap, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/postgresql';

/**
 * DataLoader builders. A resolver that follows a relation asks a loader, never the database:
 * one statement per relation per request, however many parent rows there are.
 */

/**
 * Rows by id. Those already loaded in full by this request's EntityManager (its identity map,
 * which lives as long as the request) are answered from there, as `em.findOne` by id would;
 * the rest in one statement. `populate` loads to-one relations in the same statement (a join).
 */
export function loadById<T extends { id: string }>(em: EntityManager, entity: EntityName<T>, opts: { populate?: string[] } = {}): DataLoader<string, T | null> {
  // The identity-map check below looks one level deep.
  if (opts.populate?.some((rel) => rel.includes('.'))) throw new Error('loadById: populate takes direct to-one relations only');
  const uow = em.getUnitOfWork();
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      const held = uow.getById<T>(entity as never, id as never);
      if (held && wrap(held, true).isInitialized() && (opts.populate ?? []).every((rel) => isLoaded((held as Record<string, unknown>)[rel]))) byId.set(id, held);
      else missing.push(id);
    }
    if (missing.length) {
      const rows = await em.find(entity, { id: { $in: missing } } as unknown as FilterQuery<T>, { populate: opts.populate as never });
      for (const r of rows) byId.set(r.id, r);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A to-one relation that is empty or loaded in full. */
const isLoaded = (related: unknown): boolean => related == null || wrap(related as object, true).isInitialized();

/** All children of each parent id, by a foreign key, in the given order. */
export function loadChildren<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  fk: string,
  orderBy: Record<string, 'asc' | 'desc'>,
  opts: { where?: FilterQuery<T>; populate?: string[] } = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const where = { [fk]: { $in: [...parentIds] }, ...(opts.where as object) } as FilterQuery<T>;
    const rows = await em.find(entity, where, { orderBy: orderBy as any, populate: opts.populate as any });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const parent = (row as any)[fk];
      groups.get(typeof parent === 'string' ? parent : parent.id)?.push(row);
    }
    return parentIds.map((id) => groups.get(id)!);
  });
}
