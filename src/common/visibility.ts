import { defaultFieldResolver, getNamedType, getNullableType, isListType, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { NotFoundError, type Noun } from './errors';

/**
 * Who may see a row of a type, wherever the type is reached: the one mechanism behind every
 * nested read (README, "Signing in"). Each module states the rules of its own types in its
 * `<module>.access.ts` (a query filter for its top-level lists and lookups, and a row rule for
 * rows reached through a parent); `guardScopedFields` applies the row rules to every field of
 * the built schema that returns such a type, root or nested, single or list, so a field added
 * later cannot forget them:
 *
 * - a list drops the rows the caller may not see;
 * - a nullable field answers null;
 * - a non-null field answers NOT_FOUND, as the top-level lookups do.
 *
 * Field rules (`fields`) guard single fields of a type whose rows are visible but whose figures
 * are not (a pool's balance): such a field answers null, and must be nullable.
 *
 * Rules are cheap: synchronous when the caller's role settles it, else one batched read per
 * request through the request's loaders (never a statement per row). Scalars and unscoped types
 * are not wrapped at all.
 */
export type RowRule<T = any> = (ctx: Context, row: T) => boolean | Promise<boolean>;

export interface TypeRules<T = any> {
  /** The GraphQL type name. */
  type: string;
  noun: Noun;
  /** Whether the caller may see this row. */
  row?: RowRule<T>;
  /** Fields of a visible row that only some callers may read: null for the others. */
  fields?: { names: readonly string[]; rule: RowRule<T> }[];
}

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as Promise<unknown>)?.then === 'function';

/**
 * Rows a resolver hands to the caller on its own authority, for this request only: the account
 * that just signed in (login answers before the caller has a token).
 */
const vouched = new WeakMap<Context, WeakSet<object>>();
export function vouch(ctx: Context, ...rows: (object | null | undefined)[]): void {
  let set = vouched.get(ctx);
  if (!set) vouched.set(ctx, (set = new WeakSet()));
  for (const r of rows) if (r) set.add(r);
}
const isVouched = (ctx: Context, row: object) => vouched.get(ctx)?.has(row) ?? false;

/** Rows the caller may see, in order. */
function filterRows(ctx: Context, rows: unknown[], rule: RowRule): unknown[] | Promise<unknown[]> {
  let pending = false;
  const verdicts = rows.map((r) => {
    if (r == null) return false;
    if (isVouched(ctx, r as object)) return true;
    const v = rule(ctx, r);
    if (isPromise(v)) pending = true;
    return v;
  });
  if (!pending) return rows.filter((_, i) => verdicts[i]);
  return Promise.all(verdicts).then((vs) => rows.filter((_, i) => vs[i]));
}

function vetted(ctx: Context, value: unknown, rules: TypeRules, list: boolean, nullable: boolean): unknown {
  if (value == null) return value;
  const rule = rules.row!;
  if (list) return filterRows(ctx, value as unknown[], rule);
  const decide = (ok: boolean) => {
    if (ok) return value;
    if (nullable) return null;
    throw new NotFoundError(rules.noun, String((value as { id?: unknown }).id ?? ''));
  };
  if (isVouched(ctx, value as object)) return value;
  const v = rule(ctx, value);
  return isPromise(v) ? v.then(decide) : decide(v);
}

/** Per request, one of each: memoised on the request's context. */
export function perRequest<T>(make: (ctx: Context) => T): (ctx: Context) => T {
  const made = new WeakMap<Context, T>();
  return (ctx) => {
    let v = made.get(ctx);
    if (v === undefined) made.set(ctx, (v = make(ctx)));
    return v;
  };
}

/** Applies every type's rules to every field of the schema that returns that type (see above). */
export function guardScopedFields(schema: GraphQLSchema, all: readonly TypeRules[]): void {
  const byType = new Map<string, TypeRules>();
  for (const r of all) {
    if (byType.has(r.type)) throw new Error(`access rules for ${r.type} are stated twice`);
    if (!isObjectType(schema.getType(r.type))) throw new Error(`access rules name ${r.type}, which is not an object type of the schema`);
    byType.set(r.type, r);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const own = byType.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const guards = own?.fields?.filter((g) => g.names.includes(field.name)) ?? [];
      const returned = byType.get(getNamedType(field.type).name);
      const rowRules = returned?.row ? returned : null;
      if (!guards.length && !rowRules) continue;
      if (guards.length && isNonNullType(field.type)) throw new Error(`${type.name}.${field.name} is guarded by a field rule, so it must be nullable`);
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const list = isListType(getNullableType(field.type));
      const nullable = !isNonNullType(field.type);
      const resolveVetted: GraphQLFieldResolver<unknown, Context> = rowRules
        ? (src, args, ctx, info) => {
            const out = resolve(src, args, ctx, info);
            return isPromise(out) ? out.then((v) => vetted(ctx, v, rowRules, list, nullable)) : vetted(ctx, out, rowRules, list, nullable);
          }
        : resolve;
      field.resolve = guards.length
        ? (src, args, ctx, info) => {
            const checks = guards.map((g) => g.rule(ctx, src));
            const go = (oks: boolean[]) => (oks.every(Boolean) ? resolveVetted(src, args, ctx, info) : null);
            return checks.some(isPromise) ? Promise.all(checks).then(go) : go(checks as boolean[]);
          }
        : resolveVetted;
    }
  }
}
