import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
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
 *
 * The walk is linear in the document's size: each fragment's cost is computed once, on its own
 * type condition, and reused at every spread. (Expanding every spread anew, as this rule once
 * did, is exponential: 21 fragments each spreading the next twice held the server's one thread
 * for seconds.) A spread that reaches a fragment still being computed is a cycle, which
 * graphql-js's own NoFragmentCycles rule refuses; it counts 0 here so the walk ends.
 *
 * Why not graphql-query-complexity: it too expands every spread anew and bounds the damage by
 * throwing once it has visited 10,000 nodes, a refusal for a document that may well be cheap,
 * and an exception out of validation rather than a validation error.
 */
const PLAIN_LIST_SIZE = 10;

/**
 * The page a `first` may ask for. Anything but a literal within 1..MAX_PAGE counts as the largest
 * page: a negative or zero `first` (refused when the field runs) must not make a field cost less
 * than nothing, or it would pay for other fields; a field under @skip is counted all the same.
 */
function firstArg(value: ValueNode | undefined): number {
  if (!value) return DEFAULT_PAGE;
  if (value.kind === Kind.INT) {
    const n = Number.parseInt(value.value, 10);
    return n >= 1 && n <= MAX_PAGE ? n : MAX_PAGE;
  }
  return MAX_PAGE;
}

/** Saturates instead of growing without bound (a cost far above any limit is just "too much"). */
const CEILING = Number.MAX_SAFE_INTEGER / 4;
const capped = (n: number) => (n > CEILING ? CEILING : n);

export function documentCost(schema: GraphQLSchema, fragments: ReadonlyMap<string, FragmentDefinitionNode>) {
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const frag = fragments.get(name);
    if (!frag || inProgress.has(name)) return 0;
    const type = schema.getType(frag.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    inProgress.add(name);
    const cost = selectionCost(frag.selectionSet, type);
    inProgress.delete(name);
    memo.set(name, cost);
    return cost;
  };

  const selectionCost = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType): number => {
    if (!set) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[sel.name.value] : undefined;
        if (!def) continue;
        const named = getNamedType(def.type);
        const child = isCompositeType(named) ? selectionCost(sel.selectionSet, named) : 0;
        let multiplier = 1;
        if (def.args.some((a) => a.name === 'first')) multiplier = firstArg(sel.arguments?.find((a) => a.name.value === 'first')?.value);
        else if (isListType(getNullableType(def.type))) multiplier = parent.name.endsWith('Connection') ? 1 : PLAIN_LIST_SIZE;
        total = capped(total + 1 + capped(multiplier * child));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (cond && isCompositeType(cond)) total = capped(total + selectionCost(sel.selectionSet, cond));
      } else {
        total = capped(total + fragmentCost(sel.name.value));
      }
    }
    return total;
  };

  return selectionCost;
}

export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const costOf = documentCost(schema, fragments);

    return {
      OperationDefinition(node) {
        const root = node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        if (!root) return;
        const cost = costOf(node.selectionSet, root);
        if (cost > maxCost) {
          const shown = cost >= CEILING ? `>${maxCost}` : String(cost);
          context.reportError(
            new GraphQLError(`查询过大(估算成本${shown},上限${maxCost}),请减少嵌套列表或每页条数 / query too large (estimated cost ${shown}, limit ${maxCost}): fewer nested lists or a smaller first`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: cost >= CEILING ? null : cost, maxCost },
            }),
          );
        }
      },
    };
  };
}
