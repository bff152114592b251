import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError, bi } from './errors';
import { isUuid, type BaseEntity } from './base.entity';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `每页条数,默认${DEFAULT_PAGE},最多${MAX_PAGE} / Page size, default ${DEFAULT_PAGE}, at most ${MAX_PAGE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: '从此游标之后开始 / Start after this cursor (an edge cursor or pageInfo.endCursor)' })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /** Counted only when asked for: a COUNT(*) costs as much as the page. */
  totalCount: () => Promise<number>;
}

/** The Relay connection shape for one node type: edges { node cursor } pageInfo totalCount. */
export function Connection<T extends object>(Node: ClassType<T>) {
  @ObjectType(`${Node.name}Edge`)
  class Edge {
    @Field(() => Node) node!: T;
    @Field() cursor!: string;
  }

    @ObjectType(`${Node.name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    counter!: () => Promise<number>;

    @Field(() => Int, { description: '符合条件的总数 / How many match the filter, over all pages' })
    totalCount(): Promise<number> {
      return this.counter();
    }
  }
  return ConnectionType;
}

export function toConnection<C extends object, T>(Type: ClassType<C>, page: Page<T>): C {
  return Object.assign(new Type(), { edges: page.edges, pageInfo: page.pageInfo, counter: page.totalCount });
}

/** The page size asked for: DEFAULT_PAGE when left out, else 1 to MAX_PAGE. */
export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw BadInputError.one('first', 'OUT_OF_RANGE', bi(`每页条数须在1到${MAX_PAGE}之间`, `first must be from 1 to ${MAX_PAGE}`));
  }
  return first;
}

const invalidCursor = () =>
  BadInputError.one('after', 'INVALID_CURSOR', bi('分页游标无效,请使用上一页返回的 endCursor', 'invalid cursor: pass the endCursor of the previous page'));

/** An opaque cursor holding a sort key: a position in a list, or the values a keyset page starts after. */
export const encodeCursor = (key: readonly (string | number)[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * A cursor whose sort key the caller must not read (matchFirms: a firm's score and credit code,
 * for firms outside a bank's scope): sealed with AES-256-GCM under a key derived from the token
 * secret, which every replica shares, so any replica opens it and nobody can read or forge it.
 */
const cursorKey = (secret: Uint8Array) => createHash('sha256').update('parkcredit:cursor:').update(secret).digest();

export function sealCursor(key: readonly (string | number)[], secret: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cursorKey(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(key), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openCursor(cursor: string, types: readonly ('string' | 'number')[], secret: Uint8Array): (string | number)[] {
  let plain: string;
  try {
    const raw = Buffer.from(cursor, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', cursorKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw invalidCursor();
  }
  return decodeCursor(Buffer.from(plain).toString('base64url'), types);
}

/** The sort key inside a cursor, checked against the types expected; a bad cursor is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, types: readonly ('string' | 'number')[]): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== types.length || key.some((v, i) => typeof v !== types[i] || (typeof v === 'number' && !Number.isSafeInteger(v)))) {
    throw invalidCursor();
  }
  return key as (string | number)[];
}

/**
 * One page of a list already in memory and in its order (a ranking computed for this request):
 * the cursor is the position, so a page costs nothing more than the list. `node` makes the page's
 * nodes from the list's items, so that only the items shown become nodes.
 */
export function pageOfList<T, N = T>(items: readonly T[], args: PageArgs, node: (item: T, index: number) => N = (item) => item as unknown as N): Page<N> {
  const first = pageSize(args);
  const start = args.after ? (decodeCursor(args.after, ['number'])[0] as number) + 1 : 0;
  if (start < 0) throw invalidCursor();
  const edges = items.slice(start, start + first).map((item, i) => ({ node: node(item, start + i), cursor: encodeCursor([start + i]) }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: async () => items.length,
  };
}

const encode = (createdAt: Date, id: string): string => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');

function decode(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    // Only what encode() writes: an ISO instant within PostgreSQL's range and a row's UUID, so a
    // forged cursor is a bad input, never a failing SQL statement.
    if (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(at)) throw new Error('bad cursor');
    const date = new Date(at);
    if (typeof id !== 'string' || !isUuid(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return [date, id];
  } catch {
    throw BadInputError.one('after', 'INVALID_CURSOR', bi('分页游标无效,请使用上一页返回的 endCursor', 'invalid cursor: pass the endCursor of the previous page'));
  }
}

/**
 * Keyset pagination in (createdAt, id) order: stable under inserts, and each page costs the
 * same however deep it is (no OFFSET).
 */
export async function paginate<T extends BaseEntity<any>>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const first = pageSize(args);
  let pageWhere = where;
  if (args.after) {
    const [at, id] = decode(args.after);
    const after = { $or: [{ createdAt: { $gt: at } }, { createdAt: at, id: { $gt: id } }] };
    pageWhere = { $and: [where, after] } as FilterQuery<T>;
  }
  const rows = await em.find(entity, pageWhere, {
    orderBy: { createdAt: 'asc', id: 'asc' } as any,
    limit: first + 1,
  });
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encode(node.createdAt, node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: () => em.count(entity, where),
  };
}

/**
 * Whether the query asks for a field directly under the one being resolved (through fragments
 * too): a connection resolver can then start its COUNT(*) at once, beside the page, rather than after it.
 */
export function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
