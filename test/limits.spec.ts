import { GraphQLSchema, parse, validate } from 'graphql';
import { costLimitRule } from '../src/common/query-cost';
import { CountingLogger } from '../src/db/orm';
import { Role } from '../src/modules/auth/auth.types';
import { getSchema } from '../src/schema';
import { TestApp } from './helpers/app';
import { createBank } from './helpers/factories';
import { CreateApiTokenDocument } from './generated/operations';

/**
 * Issue 11, part 1: no document within the body limit may hold the server's one thread. Each
 * of these hung for seconds to hours before the cost rule computed each fragment's cost once;
 * jest's timeout (set short here) is what fails them, not a timing assertion.
 */
const doubling = (n: number, leaf = '__typename') => {
  let doc = 'query Doubling { ...F0 }\n';
  for (let i = 0; i < n; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${n} on Query { ${leaf} }`;
};

let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await TestApp.start();
  schema = await getSchema();
});
afterAll(() => app.close());

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const before = CountingLogger.statements;
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: res.status, json, statements: CountingLogger.statements - before };
};

describe('the cost rule costs time linear in the document', () => {
  it('refuses 30 fragments each spreading the next twice (2^30 paths), anonymous or signed in, before any SQL', async () => {
    const doc = doubling(30);
    expect(Buffer.byteLength(doc)).toBeLessThan(1500);
    const anonymous = await post({ query: doc });
    expect(anonymous.status).toBe(400);
    expect(anonymous.json.data).toBeUndefined();
    expect(anonymous.json.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(anonymous.statements).toBe(0);

    // With an API token: it is looked up only once the document has passed every limit.
    const bank = await createBank(app);
    const staff = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
    const { createApiToken } = await staff.ok(CreateApiTokenDocument, { input: { name: '接口', expiresInDays: 30 } });
    for (const token of [createApiToken.token, staff.token!]) {
      const signedIn = await post({ query: doc }, { authorization: `Bearer ${token}` });
      expect(signedIn.status).toBe(400);
      expect(signedIn.statements).toBe(0);
    }
    // The server still answers at once afterwards.
    expect((await post({ query: '{ __typename }' })).json).toEqual({ data: { __typename: 'Query' } });
  }, 15_000);

  it('counts a fragment as often as it is spread, from one computation per fragment', () => {
    const errorsOf = (doc: string) => validate(schema, parse(doc), [costLimitRule(50_000)]).map((e) => e.extensions);
    // banks without `first` is a page of DEFAULT_PAGE (20): 1 + 20 × totalCount (1) = 21; each level doubles it.
    expect(errorsOf(doubling(0, 'banks { totalCount }'))).toEqual([]);
    expect(errorsOf(doubling(11, 'banks { totalCount }'))).toEqual([]); // 2^11 × 21 = 43,008
    expect(errorsOf(doubling(12, 'banks { totalCount }'))).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', cost: 86_016, maxCost: 50_000 }]);
    // 200 levels: a cost past any number is "too much", still found in one pass.
    expect(errorsOf(doubling(200, 'banks { totalCount }'))).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', cost: null, maxCost: 50_000 }]);
    // The same fields written out and as a fragment cost the same.
    const inline = '{ banks(first: 5) { edges { node { id branches { id officers { id } } } } } }';
    const viaFragment = '{ banks(first: 5) { edges { node { ...B } } } } fragment B on Bank { id branches { ...Br } } fragment Br on BankBranch { id officers { id } }';
    const strict = (doc: string) => validate(schema, parse(doc), [costLimitRule(1)])[0]?.extensions?.cost;
    expect(strict(viaFragment)).toBe(strict(inline));
    // A negative first (skipped, so it would never run) cannot pay for the rest of the document.
    const wide = Array.from({ length: 14 }, (_, i) => `a${i}: banks(first: 100) { edges { node { branches { officers { id } } products { contacts { id } } } } }`).join(' ');
    expect(errorsOf(`{ ${wide} }`)[0]?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorsOf(`{ ${wide} n: banks(first: -2147483648) @skip(if: true) { edges { node { id } } } }`)[0]?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorsOf(`{ ${wide} n: banks(first: 0) { edges { node { id } } } }`)[0]?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // A cycle (refused by graphql-js's NoFragmentCycles) still ends.
    expect(() => validate(schema, parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A banks { totalCount } }'), [costLimitRule(1)])).not.toThrow();
  });
});
