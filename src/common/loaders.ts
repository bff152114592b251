import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

/**
 * DataLoader builders. A resolver that follows a relation asks a loader, never the database:
 * one statement per relation per request, however many parent rows there are.
 */
export function loadById<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

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
