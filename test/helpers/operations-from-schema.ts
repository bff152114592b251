import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A valid value of an input type: the smallest thing GraphQL will accept, so a call reaches its access rule. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  if (isScalarType(type)) {
    const byName: Record<string, unknown> = { ID: randomUUID(), String: 'x', Int: 1, Boolean: false, Money: '1.00', Rate: '0.1', Decimal: '1', LocalDate: '2022-01-01', DateTimeISO: '2022-01-01T00:00:00Z' };
    if (!(type.name in byName)) throw new Error(`no sample for scalar ${type.name}`);
    return byName[type.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

export interface GeneratedOperation {
  name: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/** One operation per query and mutation of the schema, with its required arguments filled in. */
export function operationsOf(schema: GraphQLSchema): GeneratedOperation[] {
  const out: GeneratedOperation[] = [];
  for (const [kind, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
      const required = field.args.filter((a) => isNonNullType(a.type));
      const decl = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      const text = `${kind} Op${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
      out.push({ name: field.name, document: parse(text), variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])) });
    }
  }
  return out;
}
