import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Every path from a root query field to an object of a scoped type, found by walking the built
 * schema (test/access-paths.spec.ts calls each one as callers who must not see the object).
 *
 * Connections (`XConnection { edges { node } }`) are walked through without counting as a hop.
 */
export interface Hop {
  /** The type the field is on. */
  parent: string;
  field: string;
  /** The named type it returns. */
  type: string;
  /** Required arguments (name -> GraphQL type), to be fed by the test. */
  required: string[];
}

export interface AccessPath {
  root: string;
  hops: Hop[];
  /** The scoped type the path ends at. */
  leaf: string;
}

const isConnection = (name: string) => name.endsWith('Connection');

/** Object types reachable from the root queries. */
export function reachableTypes(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (t: GraphQLObjectType) => {
    if (seen.has(t.name)) return;
    seen.add(t.name);
    for (const f of Object.values(t.getFields())) {
      const named = getNamedType(f.type);
      if (isObjectType(named)) visit(named);
    }
  };
  const q = schema.getQueryType();
  if (q) for (const f of Object.values(q.getFields())) {
    const named = getNamedType(f.type);
    if (isObjectType(named)) visit(named);
  }
  const m = schema.getMutationType();
  if (m) for (const f of Object.values(m.getFields())) {
    const named = getNamedType(f.type);
    if (isObjectType(named)) visit(named);
  }
  return seen;
}

/** The object type behind a field, through a connection's edges and node. */
function target(field: GraphQLField<unknown, unknown>): GraphQLObjectType | null {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return null;
  if (isConnection(named.name)) {
    const edge = getNamedType(named.getFields().edges.type) as GraphQLObjectType;
    return getNamedType(edge.getFields().node.type) as GraphQLObjectType;
  }
  return named;
}

/**
 * Paths of at most `maxHops` nested fields below a root query field that end at a scoped type;
 * a path never takes the same field twice.
 */
export function accessPaths(schema: GraphQLSchema, scoped: Set<string>, maxHops: number): AccessPath[] {
  const out: AccessPath[] = [];
  const walk = (root: string, type: GraphQLObjectType, hops: Hop[]) => {
    if (hops.length > maxHops) return;
    for (const field of Object.values(type.getFields())) {
      const next = target(field);
      if (!next) continue;
      if (hops.some((h) => h.parent === type.name && h.field === field.name)) continue;
      const hop: Hop = { parent: type.name, field: field.name, type: getNamedType(field.type).name, required: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) };
      const path = [...hops, hop];
      if (path.length > maxHops) continue;
      if (scoped.has(next.name)) out.push({ root, hops: path, leaf: next.name });
      walk(root, next, path);
    }
  };
  const q = schema.getQueryType()!;
  for (const field of Object.values(q.getFields())) {
    const next = target(field);
    if (!next) continue;
    const hop: Hop = { parent: 'Query', field: field.name, type: getNamedType(field.type).name, required: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) };
    if (scoped.has(next.name)) out.push({ root: field.name, hops: [hop], leaf: next.name });
    walk(field.name, next, [hop]);
  }
  return out;
}

/** `a(x: 1) { edges { node { b { ... } } } }`, the leaf's selection innermost. */
export function selectionOf(schema: GraphQLSchema, path: AccessPath, argsOf: (hop: Hop) => string, leaf: string): string {
  let inner = leaf;
  for (let i = path.hops.length - 1; i >= 0; i--) {
    const hop = path.hops[i];
    const args = argsOf(hop);
    const body = isConnection(hop.type) ? `edges { node { ${inner} } }` : inner;
    inner = `${hop.field}${args ? `(${args})` : ''} { ${body} }`;
  }
  return inner;
}

/** Every object at the end of the path in a response (lists flattened, nulls dropped). */
export function leavesOf(data: unknown, path: AccessPath): Record<string, unknown>[] {
  let level: unknown[] = [data];
  for (const hop of path.hops) {
    const next: unknown[] = [];
    for (const obj of level) {
      if (obj == null) continue;
      let v = (obj as Record<string, unknown>)[hop.field];
      if (v != null && isConnection(hop.type)) v = ((v as { edges: { node: unknown }[] }).edges ?? []).map((e) => e.node);
      if (Array.isArray(v)) next.push(...v);
      else next.push(v);
    }
    level = next.filter((x) => x != null);
  }
  return level as Record<string, unknown>[];
}

export const isList = (t: unknown) => isListType(isNonNullType(t as never) ? (t as { ofType: unknown }).ofType : t);
