import { parse } from 'graphql';
import { addDays, todayInZone } from '../src/common/dates';
import { Role } from '../src/modules/auth/auth.types';
import { Client, TestApp } from './helpers/app';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { bankWithProduct, daysAgo, fileDemand, recommend } from './helpers/engagement';
import { addIp, addQualification } from './helpers/matching';
import { contribute, poolWithProduct, recordLoan } from './helpers/pools';

/**
 * The four leaks of issue 11 part 2, each through a nested field whose top-level query guarded it.
 * test/access-paths.spec.ts walks every path; these pin down the cases named in the issue.
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const ask = async (client: Client, text: string, variables?: Record<string, unknown>) => client.request(parse(text) as never, variables as never) as Promise<{ data?: any; errors?: any[] }>;
const ok = async (client: Client, text: string, variables?: Record<string, unknown>) => client.ok(parse(text) as never, variables as never) as Promise<any>;

it('a bank sees only its own addressing of a demand it shares with another bank, not the other\'s status or date', async () => {
  const a = await bankWithProduct(app);
  const b = await bankWithProduct(app);
  const firm = await createFirm(app);
  const demand = await fileDemand(app, firm.id);
  await recommend(app, demand.id, [{ bankId: a.bank.id }, { bankId: b.bank.id }], daysAgo(5));
  await ok(app.office, `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`, {
    input: { demandId: demand.id, bankId: b.bank.id, amount: '1000000.00', annualRate: '0.0420', termMonths: 12, validUntil: addDays(todayInZone(), 30), answeredOn: daysAgo(1) },
  });
  const bankA = (await app.signIn(Role.BANK, { bankId: a.bank.id })).client;
  const firmClient = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
  const q = `query($id: ID!) { financingDemand(id: $id) { addressees { bank { id } status addressedOn answer { id } } offers { id } } }`;

  const seenByA = (await ok(bankA, q, { id: demand.id })).financingDemand;
  expect(seenByA.addressees).toEqual([{ bank: { id: a.bank.id }, status: 'AWAITING', addressedOn: daysAgo(5), answer: null }]);
  expect(seenByA.offers).toEqual([]);
  // The firm and the office see both banks' rows.
  for (const c of [firmClient, app.office]) {
    const seen = (await ok(c, q, { id: demand.id })).financingDemand;
    expect(seen.addressees.map((r: { bank: { id: string }; status: string }) => [r.bank.id, r.status]).sort()).toEqual([[a.bank.id, 'AWAITING'], [b.bank.id, 'OFFERED']].sort());
  }
  // The same through the firm's list of demands, and through A's overdue list.
  const listed = (await ok(bankA, `{ financingDemands { edges { node { addressees { bank { id } } } } } }`)).financingDemands.edges;
  expect(listed.flatMap((e: { node: { addressees: { bank: { id: string } }[] } }) => e.node.addressees.map((r) => r.bank.id))).toEqual([a.bank.id]);
});

it('a demand filed at an event does not show the event to the bank it went to or to the firm', async () => {
  const a = await bankWithProduct(app);
  const other = await createBank(app);
  const [x, y] = [await createFirm(app), await createFirm(app)];
  const { createMatchmakingEvent: event } = await ok(app.office, `mutation($input: CreateMatchmakingEventInput!) { createMatchmakingEvent(input: $input) { id } }`, {
    input: { name: '金融入园惠企', kind: 'FINANCE_INTO_PARK', heldOn: daysAgo(30), place: '管委会', organizer: '产发局', bankIds: [a.bank.id, other.id], firmIds: [x.id, y.id] },
  });
  for (const [firmId, bankId] of [[x.id, a.bank.id], [y.id, other.id]]) {
    await ok(app.office, `mutation($input: RecordEventSigningInput!) { recordEventSigning(input: $input) { id } }`, { input: { eventId: event.id, firmId, bankId, amount: '2000000.00' } });
  }
  const demand = await fileDemand(app, x.id, { source: 'EVENT', eventId: event.id, filedOn: daysAgo(20) });
  await recommend(app, demand.id, [{ bankId: a.bank.id }], daysAgo(10));
  const bankA = (await app.signIn(Role.BANK, { bankId: a.bank.id })).client;
  const firmX = (await app.signIn(Role.FIRM, { firmId: x.id })).client;
  const q = `query($id: ID!) { financingDemand(id: $id) { id source event { id signedTotal banks { id } signings { amount } } } }`;

  for (const c of [bankA, firmX]) {
    const r = await ask(c, q, { id: demand.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.financingDemand).toEqual({ id: demand.id, source: 'EVENT', event: null });
  }
  expect((await ok(app.office, q, { id: demand.id })).financingDemand.event).toMatchObject({ id: event.id, signedTotal: '4000000.00' });
  // Nor through the firm's own signing: it sees its signing, not the event behind it.
  const journey = (await ok(firmX, `query($id: ID!) { firmJourney(firmId: $id) { eventSignings { amount event { id signedTotal } } } }`, { id: x.id })).firmJourney;
  expect(journey.eventSignings).toEqual([{ amount: '2000000.00', event: null }]);
});

it('matchFirms shows a bank only the public card and the verdicts of firms outside its scope, never their figures', async () => {
  const { bank, product: published } = await bankWithProduct(app, { eligibility: { minAnnualRevenue: '1000000.00' } });
  const draft = await createProduct(app, bank.id, {});
  const stranger = await createFirm(app, { annualRevenue: '12345678.91', rdSpend: '876543.21', knowledgeValueScore: 77 });
  await addQualification(app, stranger.id, 'HIGH_TECH_ENTERPRISE');
  await addIp(app, stranger.id, '4321000.00');
  const borrower = await createFirm(app, { annualRevenue: '23456789.01' });
  await recordLoan(app, published.id, borrower.id, '500000.00');
  const teller = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
  const node = `rank score eligible maxBorrowable failedCount limits { kind amount } card { name chain sizeClass }
    firm { id creditCode annualRevenue rdSpend knowledgeValueScore ipAssets { appraisedValue } qualifications { certificateNo } } criteria { code messageZh messageEn }`;
  const q = `query($id: ID!) { matchFirms(productId: $id) { firms(first: 100) { edges { node { ${node} } } } nearMisses(first: 100) { edges { node { ${node} } } } } }`;

  // Even a draft with no criteria: every firm fits, and each outside the bank's scope shows only its card.
  for (const productId of [draft.id, published.id]) {
    const r = await ask(teller, q, { id: productId });
    expect(r.errors).toBeUndefined();
    const nodes = [...r.data.matchFirms.firms.edges, ...r.data.matchFirms.nearMisses.edges].map((e: { node: any }) => e.node);
    const mine = nodes.find((n: any) => n.firm?.id === borrower.id);
    expect(mine).toMatchObject({ card: { name: expect.any(String) }, maxBorrowable: '5000000.00', firm: { annualRevenue: '23456789.01' } });
    expect(mine.score).toEqual(expect.any(Number));
    const strangers = nodes.filter((n: any) => n.firm?.id !== borrower.id);
    expect(strangers.length).toBeGreaterThan(0);
    const card = strangers.find((n: any) => n.card.name === stranger.name);
    expect(card).toMatchObject({ card: { name: stranger.name, chain: 'EQUIPMENT_MANUFACTURING', sizeClass: 'SMALL' }, firm: null, score: null, maxBorrowable: null, limits: [] });
    expect(card.criteria.length).toBeGreaterThan(0);
    for (const n of strangers) expect(n).toMatchObject({ firm: null, score: null, maxBorrowable: null, limits: [] });
    // The verdicts name no figure of the firm's: not its revenue, nor its founding date.
    const text = JSON.stringify(strangers);
    for (const figure of ['12345678.91', '12,345,678.91', stranger.creditCode, '876543.21', '4321000', stranger.foundedOn]) expect(text).not.toContain(figure);
  }
  // The finance office sees every firm in full.
  const office = (await ok(app.office, q, { id: published.id })).matchFirms.firms.edges.map((e: { node: any }) => e.node);
  expect(office.find((n: any) => n.firm?.id === stranger.id)).toMatchObject({ firm: { annualRevenue: '12345678.91' }, maxBorrowable: '5000000.00' });
  expect(office.find((n: any) => n.firm?.id === stranger.id).criteria.find((c: { code: string }) => c.code === 'REVENUE_OK').messageZh).toContain('12345678.91');
});

it('a pool\'s published terms are public wherever it is reached; its figures only for the office and its partner banks', async () => {
  const { bank, pool, product } = await poolWithProduct(app, { balance: '10000000.00' });
  const partner = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
  const outsider = (await app.signIn(Role.BANK, { bankId: (await createBank(app)).id })).client;
  const firm = (await app.signIn(Role.FIRM, { firmId: (await createFirm(app)).id })).client;
  const fields = `id leverageCap poolShare perFirmCap status partnerBanks { id } balance headroom leverageUsed firmsServed badLoanRatio lentInYear(year: 2022) { amount }`;
  const terms = { id: pool.id, leverageCap: '10', poolShare: '0.5', perFirmCap: '10000000.00', status: 'ACTIVE', partnerBanks: [{ id: bank.id }] };
  const hidden = { balance: null, headroom: null, leverageUsed: null, firmsServed: null, badLoanRatio: null, lentInYear: null };
  const paths = [
    (c: Client) => ok(c, `query($id: ID!) { product(id: $id) { riskPool { ${fields} } } }`, { id: product.id }).then((d) => d.product.riskPool),
    (c: Client) => ok(c, `query($id: ID!) { riskPool(id: $id) { ${fields} } }`, { id: pool.id }).then((d) => d.riskPool),
    (c: Client) => ok(c, `{ riskPools(first: 100) { edges { node { ${fields} } } } }`).then((d) => d.riskPools.edges.map((e: { node: { id: string } }) => e.node).find((p: { id: string }) => p.id === pool.id)),
  ];
  for (const path of paths) {
    // Anonymous and a signed-in non-partner bank get the same answer: the same rule everywhere.
    for (const c of [app.anonymous, outsider, firm]) expect(await path(c)).toEqual({ ...terms, ...hidden });
    for (const c of [partner, app.office]) expect(await path(c)).toMatchObject({ ...terms, balance: '10000000.00', headroom: '100000000.00' });
  }
  // The ledger is the office's only.
  expect((await ok(partner, `query($id: ID!) { riskPool(id: $id) { ledger { totalCount } } }`, { id: pool.id })).riskPool.ledger).toBeNull();
  expect((await ok(app.office, `query($id: ID!) { riskPool(id: $id) { ledger { totalCount } } }`, { id: pool.id })).riskPool.ledger.totalCount).toBe(1);
});

it('matchProducts tells a firm whether a product\'s pool takes its loan, never the pool\'s headroom; the office sees the figure', async () => {
  const { pool, product } = await poolWithProduct(app);
  await contribute(app, pool.id, '123456.00');
  const firm = await createFirm(app);
  const own = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
  const query = `query($firmId: ID!) { matchProducts(firmId: $firmId) {
    eligible(first: 100) { edges { node { product { id } maxBorrowable limits { kind amount } criteria { criterion code messageZh messageEn } } } }
    ineligible(first: 100) { edges { node { product { id } limits { kind amount } criteria { criterion code messageZh messageEn } } } } } }`;
  const find = (data: any) => [...data.matchProducts.eligible.edges, ...data.matchProducts.ineligible.edges].map((e: any) => e.node).find((n: any) => n.product.id === product.id);

  // 123,456 × leverage 10 = 1,234,560 of headroom.
  const asOffice = find(await ok(app.office, query, { firmId: firm.id }));
  expect(asOffice.limits).toContainEqual({ kind: 'POOL_HEADROOM', amount: '1234560.00' });
  expect(asOffice.criteria.find((c: any) => c.criterion === 'POOL').messageZh).toContain('1234560.00');

  const asFirm = find(await ok(own, query, { firmId: firm.id }));
  expect(asFirm.maxBorrowable).toBe('1234560.00'); // the firm's own ceiling still honours the pool
  expect(asFirm.limits.map((l: any) => l.kind)).not.toContain('POOL_HEADROOM');
  const poolVerdict = asFirm.criteria.find((c: any) => c.criterion === 'POOL');
  expect(poolVerdict).toEqual({ criterion: 'POOL', code: 'POOL_OK', messageZh: '资金池运行中,可承保该金额', messageEn: 'the pool is active and can cover this amount' });
  expect(JSON.stringify(asFirm.criteria)).not.toMatch(/1234560|123456/);
});

it('matchFirms cursors are sealed: they carry no firm\'s score or credit code, still page on, and a forged one is BAD_USER_INPUT', async () => {
  const { bank } = await bankWithProduct(app);
  const draft = await createProduct(app, bank.id, {});
  const strangers = await Promise.all([0, 1, 2].map(() => createFirm(app)));
  const teller = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
  const q = `query($id: ID!, $after: String) { matchFirms(productId: $id) { firms(first: 2, after: $after) { edges { cursor node { rank card { name } } } pageInfo { endCursor hasNextPage } } } }`;
  const page1 = (await ok(teller, q, { id: draft.id })).matchFirms.firms;
  const decoded = page1.edges.map((e: { cursor: string }) => Buffer.from(e.cursor, 'base64url').toString('latin1')).join(' ');
  for (const f of strangers) expect(decoded).not.toContain(f.creditCode);
  expect(decoded).not.toMatch(/^\[\d+,/);
  const page2 = (await ok(teller, q, { id: draft.id, after: page1.pageInfo.endCursor })).matchFirms.firms;
  expect(page2.edges[0].node.rank).toBe(3);
  const forged = Buffer.from(JSON.stringify([1000, strangers[0].creditCode, 0])).toString('base64url');
  const r = await ask(teller, q, { id: draft.id, after: forged });
  expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

it('a forged keyset cursor is BAD_USER_INPUT, never a failing statement', async () => {
  for (const key of [['2024-01-01T00:00:00Z', 'x'], ['-100000-01-01T00:00:00Z', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'], ['+275760-09-13T00:00:00Z', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'], [1, 2]]) {
    const after = Buffer.from(JSON.stringify(key)).toString('base64url');
    const r = await ask(app.anonymous, `query($after: String) { banks(after: $after) { totalCount } }`, { after });
    expect([JSON.stringify(key), r.errors?.[0].extensions?.code]).toEqual([JSON.stringify(key), 'BAD_USER_INPUT']);
  }
});
