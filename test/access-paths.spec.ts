import { getNamedType, isObjectType, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { addDays, todayInZone } from '../src/common/dates';
import { getSchema } from '../src/schema';
import { Role } from '../src/modules/auth/auth.types';
import { Client, TestApp } from './helpers/app';
import { createFirm, createProduct } from './helpers/factories';
import { bankWithPresident, daysAgo, pairing, recommend, visit } from './helpers/engagement';
import { addIp, addQualification } from './helpers/matching';
import { contribute, createPool, key, recordLoan } from './helpers/pools';
import { accessPaths, leavesOf, reachableTypes, selectionOf, type AccessPath, type Hop } from './helpers/access-paths';

/**
 * Access by path: every way a scoped object can be reached from a root query, found by walking
 * the built schema (up to MAX_HOPS nested fields), is called as each caller who might see too
 * much: anonymous, two banks, two firms. Whatever comes back at the end of a path must be
 * something that caller may see (the rules in README, "Signing in", restated below per type);
 * a pool's figures are null for any caller but the office and its partner banks. The office is
 * not asked: it sees everything.
 *
 * test/access-matrix.json says who may call each operation; this says what comes back through
 * each nested field. A new type, a new root query with required arguments, or a nested field
 * with required arguments that this test does not know how to feed fails it, so a new path
 * cannot go untested.
 */
const MAX_HOPS = Number(process.env.ACCESS_PATHS_MAX_HOPS ?? 3);

/** Types whose rows belong to someone: each has an id and a rule below. */
const SCOPED = [
  'Firm', 'FirmQualification', 'IpAsset', 'Loan', 'Repayment', 'PoolCoverage', 'CompensationClaim', 'RiskPool', 'PoolLedgerEntry',
  'FinancingDemand', 'DemandAddressee', 'Offer', 'Pairing', 'ServiceVisit', 'MatchmakingEvent', 'EventSigning', 'User', 'AuditEvent', 'ApiToken',
] as const;
type Scoped = (typeof SCOPED)[number];

/** Types that are public, or views whose content is judged by the scoped types inside them. */
const OPEN = new Set([
  'Bank', 'BankBranch', 'BankOfficer', 'LoanProduct', 'Eligibility', 'LprRate', 'PageInfo', 'FirmMatchReport', 'FirmMatch', 'FirmCard',
  'ProductMatchReport', 'ProductMatch', 'CriterionVerdict', 'BorrowingLimit', 'ProductScoreParts', 'FirmLack', 'FinanceOverview', 'PoolOverview',
  'LendingFigures', 'PoolYearFigures', 'BankResponseStats', 'FirmJourney', 'JourneyStep', 'LoginResult', 'NewApiToken', 'Query', 'Mutation',
]);
const isPlumbing = (name: string) => name.endsWith('Connection') || name.endsWith('Edge');

/** A pool's published terms: anyone may read them. Every other field of RiskPool is a figure. */
const POOL_TERMS = new Set(['id', 'name', 'kind', 'description', 'leverageCap', 'poolShare', 'perFirmCap', 'warningRatio', 'stopRatio', 'status', 'establishedOn', 'sourceNote', 'partnerBanks', 'createdAt', 'updatedAt']);

/** Required arguments of nested fields. */
const NESTED_ARGS: Record<string, string> = { 'RiskPool.lentInYear': 'year: 2022' };

const CALLERS = ['anonymous', 'bankA', 'bankB', 'firmX', 'firmY'] as const;
type Caller = (typeof CALLERS)[number];

let app: TestApp;
let schema: GraphQLSchema;
let clients: Record<Caller, Client>;
/** What each caller may see, per type: ids. */
let visible: Record<Caller, Record<Scoped, Set<string>>>;
/** Pools whose figures each caller may read. */
let poolFigures: Record<Caller, Set<string>>;
/** Arguments for each root query: one call per entry. */
let rootArgs: Record<string, string[]>;

const gql = async <T = any>(client: Client, text: string, variables?: Record<string, unknown>): Promise<T> => client.ok(parse(text) as never, variables as never) as Promise<T>;

beforeAll(async () => {
  app = await TestApp.start();
  schema = await getSchema();
  const office = app.office;
  const A = await bankWithPresident(app);
  const B = await bankWithPresident(app);
  const [X, Y, Z] = [await createFirm(app), await createFirm(app), await createFirm(app)];
  const qx = await addQualification(app, X.id, 'HIGH_TECH_ENTERPRISE');
  const qy = await addQualification(app, Y.id, 'HIGH_TECH_ENTERPRISE');
  const ipx = await addIp(app, X.id, '2000000.00');
  const ipy = await addIp(app, Y.id, '3000000.00');

  // Pool P: bank A partners; pool Q: bank B. Each bank lends under its own pool-backed product.
  const P = await createPool(app, [A.bank.id]);
  const Q = await createPool(app, [B.bank.id]);
  await contribute(app, P.id, '10000000.00');
  await contribute(app, Q.id, '10000000.00');
  const pool = { category: 'TECH_GUARANTEE' as const, collateralKinds: ['GUARANTEE_COMPANY' as const] };
  const pA = await createProduct(app, A.bank.id, { ...pool, riskPoolId: P.id }, true);
  const pB = await createProduct(app, B.bank.id, { ...pool, riskPoolId: Q.id }, true);
  const draftA = await createProduct(app, A.bank.id, {});

  // Event E: both banks and firms X, Y present; X signs with A, Y with B.
  const { createMatchmakingEvent: E } = await gql(office, `mutation($input: CreateMatchmakingEventInput!) { createMatchmakingEvent(input: $input) { id } }`, {
    input: { name: '金融入园惠企', kind: 'FINANCE_INTO_PARK', heldOn: daysAgo(30), place: '管委会', organizer: '产发局', bankIds: [A.bank.id, B.bank.id], firmIds: [X.id, Y.id] },
  });
  const sign = async (firmId: string, bankId: string) =>
    (await gql(office, `mutation($input: RecordEventSigningInput!) { recordEventSigning(input: $input) { id } }`, { input: { eventId: E.id, firmId, bankId, amount: '1000000.00' } })).recordEventSigning.id as string;
  const sx = await sign(X.id, A.bank.id);
  const sy = await sign(Y.id, B.bank.id);

  // Loans: A lends to X (covered by P, repaid in part, defaulted, claimed); B lends to Y (covered by Q).
  const LX = await recordLoan(app, pA.id, X.id, '1000000.00');
  const LY = await recordLoan(app, pB.id, Y.id, '1000000.00');
  const enrol = async (loanId: string) => (await gql(office, `mutation($input: EnrolLoanInput!) { enrolLoan(input: $input) { id } }`, { input: { loanId, idempotencyKey: key() } })).enrolLoan.id as string;
  const covX = await enrol(LX.id);
  const covY = await enrol(LY.id);
  // A second, healthy covered loan keeps P's bad-loan ratio below its stop line, so the claim can be filed.
  const LX2 = await recordLoan(app, pA.id, X.id, '5000000.00');
  const covX2 = await enrol(LX2.id);
  const repay = async (loanId: string) =>
    (await gql(office, `mutation($input: RecordRepaymentInput!) { recordRepayment(input: $input) { id } }`, { input: { loanId, paidOn: todayInZone(), principal: '100000.00', interest: '1000.00', recordedBy: '柜员', idempotencyKey: key() } })).recordRepayment.id as string;
  const rx = await repay(LX.id);
  const ry = await repay(LY.id);
  for (const m of ['markLoanOverdue', 'declareLoanDefault']) {
    await gql(office, `mutation($input: LoanStatusChangeInput!) { ${m}(input: $input) { id } }`, { input: { loanId: LX.id, on: todayInZone() } });
  }
  const { fileClaim: CX } = await gql(office, `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: { loanId: LX.id, filedOn: todayInZone(), idempotencyKey: key() } });
  await gql(office, `mutation($input: LinkEventLoanInput!) { linkEventLoan(input: $input) { id } }`, { input: { signingId: sx, loanId: LX.id } });

  // Demand DX: firm X, from A's visit, addressed to A and B; A offers, B declines; credit granted on A's offer and met by LX.
  const AX = await pairing(app, A.president.id, X.id);
  const VX = await visit(app, AX.id);
  const file = async (input: Record<string, unknown>) =>
    (await gql(office, `mutation($input: FileDemandInput!) { fileDemand(input: $input) { id } }`, { input: { amount: '1000000.00', termMonths: 12, purpose: '流动资金', filedOn: daysAgo(20), ...input } })).fileDemand.id as string;
  const DX = await file({ firmId: X.id, source: 'VISIT', visitId: VX.id });
  await recommend(app, DX, [{ bankId: A.bank.id }, { bankId: B.bank.id }], daysAgo(10));
  const { makeOffer: OA } = await gql(office, `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`, {
    input: { demandId: DX, bankId: A.bank.id, amount: '1000000.00', annualRate: '0.0420', termMonths: 12, validUntil: addDays(todayInZone(), 30), answeredOn: daysAgo(5) },
  });
  const { declineDemandAtBank: OB } = await gql(office, `mutation($input: DeclineDemandAtBankInput!) { declineDemandAtBank(input: $input) { id } }`, {
    input: { demandId: DX, bankId: B.bank.id, reason: '额度已满', answeredOn: daysAgo(4), routeToNext: false },
  });
  await gql(office, `mutation($input: GrantCreditInput!) { grantCredit(input: $input) { id } }`, { input: { offerId: OA.id, on: daysAgo(1) } });
  await gql(office, `mutation($input: RecordDemandDisbursedInput!) { recordDemandDisbursed(input: $input) { id } }`, { input: { demandId: DX, loanId: LX.id } });
  // Demand DY: firm Y, filed at event E, addressed to B; B has not answered.
  const DY = await file({ firmId: Y.id, source: 'EVENT', eventId: E.id });
  await recommend(app, DY, [{ bankId: B.bank.id }], daysAgo(10));

  const rows = async (demandId: string) =>
    (await gql(office, `query($id: ID!) { financingDemand(id: $id) { addressees { id bank { id } } offers { id bank { id } } } }`, { id: demandId })).financingDemand as {
      addressees: { id: string; bank: { id: string } }[];
      offers: { id: string; bank: { id: string } }[];
    };
  const rx_ = await rows(DX);
  const ry_ = await rows(DY);
  const byBank = (list: { id: string; bank: { id: string } }[], bankId: string) => list.filter((r) => r.bank.id === bankId).map((r) => r.id);

  const users: Record<string, { client: Client; userId: string }> = {
    bankA: await app.signIn(Role.BANK, { bankId: A.bank.id }),
    bankB: await app.signIn(Role.BANK, { bankId: B.bank.id }),
    firmX: await app.signIn(Role.FIRM, { firmId: X.id }),
    firmY: await app.signIn(Role.FIRM, { firmId: Y.id }),
  };
  clients = { anonymous: app.anonymous, bankA: users.bankA.client, bankB: users.bankB.client, firmX: users.firmX.client, firmY: users.firmY.client };

  const none = (): Record<Scoped, Set<string>> => Object.fromEntries(SCOPED.map((t) => [t, new Set<string>()])) as Record<Scoped, Set<string>>;
  const allPools = [P.id, Q.id];
  const sees = (over: Partial<Record<Scoped, string[]>>): Record<Scoped, Set<string>> => {
    const v = none();
    for (const [t, ids] of Object.entries(over)) v[t as Scoped] = new Set(ids);
    v.RiskPool = new Set(allPools);
    return v;
  };
  visible = {
    anonymous: sees({}),
    // A lent to X, is paired with X and got DX: X is its; its own loan, claim, addressing, offer, pairing and visit.
    bankA: sees({
      Firm: [X.id], FirmQualification: [qx.id], IpAsset: [ipx.id], Loan: [LX.id, LX2.id], Repayment: [rx], PoolCoverage: [covX, covX2], CompensationClaim: [CX.id],
      FinancingDemand: [DX], DemandAddressee: byBank(rx_.addressees, A.bank.id), Offer: byBank(rx_.offers, A.bank.id), Pairing: [AX.id], ServiceVisit: [VX.id],
      User: [users.bankA.userId],
    }),
    // B lent to Y and got DX and DY: X and Y are its to see, but not A's loan, answer, pairing or visit.
    bankB: sees({
      Firm: [X.id, Y.id], FirmQualification: [qx.id, qy.id], IpAsset: [ipx.id, ipy.id], Loan: [LY.id], Repayment: [ry], PoolCoverage: [covY],
      FinancingDemand: [DX, DY], DemandAddressee: [...byBank(rx_.addressees, B.bank.id), ...byBank(ry_.addressees, B.bank.id)], Offer: byBank(rx_.offers, B.bank.id),
      User: [users.bankB.userId],
    }),
    firmX: sees({
      Firm: [X.id], FirmQualification: [qx.id], IpAsset: [ipx.id], Loan: [LX.id, LX2.id], Repayment: [rx], PoolCoverage: [covX, covX2],
      FinancingDemand: [DX], DemandAddressee: rx_.addressees.map((r) => r.id), Offer: rx_.offers.map((r) => r.id), Pairing: [AX.id], ServiceVisit: [VX.id],
      EventSigning: [sx], User: [users.firmX.userId],
    }),
    firmY: sees({
      Firm: [Y.id], FirmQualification: [qy.id], IpAsset: [ipy.id], Loan: [LY.id], Repayment: [ry], PoolCoverage: [covY],
      FinancingDemand: [DY], DemandAddressee: ry_.addressees.map((r) => r.id), Offer: ry_.offers.map((r) => r.id), EventSigning: [sy], User: [users.firmY.userId],
    }),
  };
  poolFigures = { anonymous: new Set(), bankA: new Set([P.id]), bankB: new Set([Q.id]), firmX: new Set(), firmY: new Set() };
  void OB;
  void Z;

  const ids = (...list: string[]) => list.map((id) => `id: "${id}"`);
  const creditCodes = (await gql(office, `{ firms(first: 100) { edges { node { id creditCode } } } }`)).firms.edges.map((e: { node: { creditCode: string } }) => `creditCode: "${e.node.creditCode}"`);
  rootArgs = {
    bank: ids(A.bank.id, B.bank.id),
    bankBranch: ids(A.branch.id, B.branch.id),
    bankOfficer: ids(A.president.id, B.president.id),
    firm: ids(X.id, Y.id, Z.id),
    firmByCreditCode: creditCodes,
    ipAsset: ids(ipx.id, ipy.id),
    product: ids(pA.id, pB.id, draftA.id),
    loan: ids(LX.id, LY.id),
    compensationClaim: ids(CX.id),
    riskPool: ids(P.id, Q.id),
    financeOverview: ['year: 2022', `year: ${todayInZone().slice(0, 4)}`],
    financingDemand: ids(DX, DY),
    matchmakingEvent: ids(E.id),
    pairing: ids(AX.id),
    serviceVisit: ids(VX.id),
    firmJourney: [X.id, Y.id, Z.id].map((id) => `firmId: "${id}"`),
    matchProducts: [X.id, Y.id, Z.id].map((id) => `firmId: "${id}"`),
    matchFirms: [pA.id, pB.id, draftA.id].map((id) => `productId: "${id}"`),
    overdueDemands: [`asOf: "${addDays(todayInZone(), 60)}"`],
    overdueFollowUps: [`asOf: "${addDays(todayInZone(), 60)}"`],
  };
}, 120000);
afterAll(() => app.close());

/** The selection at the end of a path: the id, and for a pool every figure. */
function leafSelection(leaf: string): string {
  if (leaf !== 'RiskPool') return '__typename id';
  const type = schema.getType('RiskPool') as GraphQLObjectType;
  const figures = Object.values(type.getFields()).filter((f) => !POOL_TERMS.has(f.name));
  return ['__typename', 'id', ...figures.map((f) => {
    const args = NESTED_ARGS[`RiskPool.${f.name}`];
    const named = getNamedType(f.type);
    const connection = isObjectType(named) && named.name.endsWith('Connection');
    const sub = isObjectType(named) ? (connection ? ' { totalCount }' : ` { ${Object.keys(named.getFields())[0]} }`) : '';
    const all = [args, connection ? 'first: 1' : ''].filter(Boolean).join(', ');
    return `${f.name}${all ? `(${all})` : ''}${sub}`;
  })].join(' ');
}

const figureNames = () => Object.keys((schema.getType('RiskPool') as GraphQLObjectType).getFields()).filter((f) => !POOL_TERMS.has(f));

function argsOf(hop: Hop, rootArg: string): string {
  // Lists are asked for a short page: the fixture is small, and the endpoint's cost limit counts page sizes.
  if (hop.parent === 'Query') return [rootArg, hop.type.endsWith('Connection') ? 'first: 10' : ''].filter(Boolean).join(', ');
  if (!hop.required.length) return hop.type.endsWith('Connection') ? 'first: 10' : '';
  const known = NESTED_ARGS[`${hop.parent}.${hop.field}`];
  if (!known) throw new Error(`${hop.parent}.${hop.field} takes required arguments (${hop.required.join(', ')}): add them to NESTED_ARGS`);
  return known;
}

const describePath = (p: AccessPath) => p.hops.map((h) => h.field).join('.');

it('knows every object type the schema can return: scoped (with a rule here) or open', async () => {
  const unknown = [...reachableTypes(schema)].filter((t) => !(SCOPED as readonly string[]).includes(t) && !OPEN.has(t) && !isPlumbing(t));
  expect(unknown).toEqual([]);
  for (const t of SCOPED) expect(Object.keys((schema.getType(t) as GraphQLObjectType).getFields())).toContain('id');
});

it('returns nothing of another\'s through any path, top-level or nested', async () => {
  const paths = accessPaths(schema, new Set(SCOPED), MAX_HOPS);
  expect(paths.length).toBeGreaterThan(MAX_HOPS >= 3 ? 300 : 10);
  const roots = new Set(paths.map((p) => p.root));
  const unfed = [...roots].filter((r) => schema.getQueryType()!.getFields()[r].args.some((a) => String(a.type).endsWith('!')) && !rootArgs[r]);
  expect(unfed).toEqual([]);

  const leaks = new Set<string>();
  const problems = new Set<string>();
  const check = (caller: Caller, path: AccessPath, data: unknown) => {
    for (const leaf of leavesOf(data, path)) {
      const id = String(leaf.id);
      const type = String(leaf.__typename) as Scoped;
      if (!visible[caller][type]?.has(id)) leaks.add(`${caller}: ${describePath(path)} -> ${type}`);
      else if (type === 'RiskPool' && !poolFigures[caller].has(id)) {
        const shown = figureNames().filter((f) => leaf[f] != null && !(Array.isArray(leaf[f]) && !(leaf[f] as unknown[]).length));
        if (shown.length) leaks.add(`${caller}: ${describePath(path)} -> RiskPool figures (${shown.join(', ')})`);
      }
    }
  };
  const byRoot = new Map<string, AccessPath[]>();
  for (const p of paths) byRoot.set(p.root, [...(byRoot.get(p.root) ?? []), p]);

  for (const [root, list] of byRoot) {
    for (const rootArg of rootArgs[root] ?? ['']) {
      for (const caller of CALLERS) {
        for (const path of list) {
          const text = `query { ${selectionOf(schema, path, (h) => argsOf(h, rootArg), leafSelection(path.leaf))} }`;
          const result = await clients[caller].request(parse(text) as never);
          for (const e of result.errors ?? []) {
            const code = String(e.extensions?.code);
            // Refusals are fine; anything else means the path could not be asked as meant.
            if (!['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(code)) problems.add(`${caller}: ${describePath(path)}(${rootArg}): ${code} ${e.message}`);
          }
          if (result.data) check(caller, path, result.data);
        }
      }
    }
  }
  expect([...problems]).toEqual([]);
  expect([...leaks].sort()).toEqual([]);
}, 600000);

void randomUUID;
