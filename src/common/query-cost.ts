import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE, MAX_PAGE } from './pagination';

/**
 * Refuses a query whose estimated size is too large, before anything runs. Each field costs 1
 * plus its children, multiplied for lists by how many items they may return: a paginated
 * field by its `first` (a variable counts as the largest page, absent as the default page), the
 * edges of a connection by 1 (already counted), any other list by an assumed 10.
 */
const PLAIN_LIST_SIZE = 10;

function firstArg(value: ValueNode | undefined): number {
  if (!value) return DEFAULT_PAGE;
  if (value.kind === Kind.INT) return Math.min(Number.parseInt(value.value, 10), MAX_PAGE);
  return MAX_PAGE;
}

export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

    const costOf = (set: SelectionSetNode | undefined, parent: GraphQLObjectType, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const def: GraphQLField<unknown, unknown> | undefined = parent.getFields()[sel.name.value];
          if (!def) continue;
          const named = getNamedType(def.type);
          const child = isObjectType(named) ? costOf(sel.selectionSet, named, seen) : isInterfaceType(named) ? 1 : 0;
          let multiplier = 1;
          const first = sel.arguments?.find((a) => a.name.value === 'first');
          if (def.args.some((a) => a.name === 'first')) multiplier = firstArg(first?.value);
          else if (isListType(getNullableType(def.type))) multiplier = parent.name.endsWith('Connection') ? 1 : PLAIN_LIST_SIZE;
          total += 1 + multiplier * child;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          total += costOf(sel.selectionSet, parent, seen);
        } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          if (frag) total += costOf(frag.selectionSet, parent, new Set([...seen, sel.name.value]));
        }
      }
      return total;
    };

    return {
      OperationDefinition(node) {
        const schema = context.getSchema();
        const root = node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        if (!root) return;
        const cost = costOf(node.selectionSet, root, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`查询过大(估算成本${cost},上限${maxCost}),请减少嵌套列表或每页条数 / query too large (estimated cost ${cost}, limit ${maxCost}): fewer nested lists or a smaller first`, {
              nodes: [node],
              extensions: { cost, maxCost },
            }),
          );
        }
      },
    };
  };
}
