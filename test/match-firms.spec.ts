import { TestApp } from './helpers/app';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { addIp, addQualification, monthsFromToday } from './helpers/matching';
import { enrolledLoan, poolWithProduct } from './helpers/pools';
import { MatchFirmsDocument, type MatchFirmsQuery, type MatchFirmsQueryVariables } from './generated/operations';
import type { CreateFirmInput, CreateProductInput } from './generated/schema';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

type Report = MatchFirmsQuery['matchFirms'];
type FirmNode = Report['firms']['edges'][number]['node'];
type NearNode = Report['nearMisses']['edges'][number]['node'];

/** Both lists read to the end. */
async function allFirms(vars: MatchFirmsQueryVariables): Promise<{ report: Report; firms: FirmNode[]; near: NearNode[] }> {
  const firms: FirmNode[] = [];
  const near: NearNode[] = [];
  let report: Report | undefined;
  let after: string | null | undefined;
  let nearAfter: string | null | undefined;
  while (after !== null || nearAfter !== null) {
    const { matchFirms } = await app.ok(MatchFirmsDocument, { ...vars, first: 100, after: after ?? undefined, nearFirst: 100, nearAfter: nearAfter ?? undefined });
    report ??= matchFirms;
    if (after !== null) {
      firms.push(...matchFirms.firms.edges.map((e) => e.node));
      after = matchFirms.firms.pageInfo.hasNextPage ? matchFirms.firms.pageInfo.endCursor : null;
    }
    if (nearAfter !== null) {
      near.push(...matchFirms.nearMisses.edges.map((e) => e.node));
      nearAfter = matchFirms.nearMisses.pageInfo.hasNextPage ? matchFirms.nearMisses.pageInfo.endCursor : null;
    }
  }
  return { report: report!, firms, near };
}

const codes = (verdicts: { criterion: string; code: string }[]) => verdicts.map((v) => `${v.criterion}:${v.code}`);

describe('matchFirms: the firms that fit a bank\'s product', () => {
  const PRODUCT: Partial<CreateProductInput> = {
    name: '电力电子科创贷',
    maxAmount: '5000000.00',
    eligibility: {
      chains: ['POWER_ELECTRONICS'],
      sizeClasses: ['SMALL', 'MICRO'],
      requiredQualifications: ['HIGH_TECH_ENTERPRISE'],
      minYearsOperating: 3,
      minAnnualRevenue: '10000000.00',
      minTaxGrade: 'B',
      ipRequired: true,
    },
  };
  const base: Partial<CreateFirmInput> = { chain: 'POWER_ELECTRONICS', sizeClass: 'SMALL', taxCreditGrade: 'A', annualRevenue: '15000000.00', foundedOn: monthsFromToday(-60) };

  async function firm(over: Partial<CreateFirmInput>, opts: { qualifications?: ('HIGH_TECH_ENTERPRISE' | 'TECH_SME')[]; expired?: boolean; ip?: 'expired' } = {}) {
    const f = await createFirm(app, { ...base, ...over });
    for (const kind of opts.qualifications ?? ['HIGH_TECH_ENTERPRISE']) {
      await (opts.expired ? addQualification(app, f.id, kind, '2021-04-01', '2024-03-31') : addQualification(app, f.id, kind));
    }
    await addIp(app, f.id, null, opts.ip === 'expired' ? { expiresOn: monthsFromToday(-1) } : {});
    return f;
  }

  let productId: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    const bank = await createBank(app);
    productId = (await createProduct(app, bank.id, PRODUCT, true)).id;
    ids = {
      // tax A 300 + revenue >= 1000万 150 + 5 years 125 + knowledge value 2 x 80 = 735 (qualifications do not count)
      best: (await firm({ knowledgeValueScore: 80 }, { qualifications: ['HIGH_TECH_ENTERPRISE', 'TECH_SME'] })).id,
      // tax B 200 + revenue >= 5000万 200 + 10 years 250 = 650
      second: (await firm({ taxCreditGrade: 'B', annualRevenue: '60000000.00', foundedOn: monthsFromToday(-121) })).id,
      // tax A 300 + 150 + 3 years 75 = 525, twice: the tie goes by credit code
      tieA: (await firm({ foundedOn: monthsFromToday(-36) })).id,
      tieB: (await firm({ foundedOn: monthsFromToday(-36) })).id,
      nearChain: (await firm({ chain: 'PHARMA_CHEMICALS' })).id,
      nearExpired: (await firm({}, { expired: true })).id,
      nearIp: (await firm({}, { ip: 'expired' })).id,
      farTwo: (await firm({ chain: 'OTHER', taxCreditGrade: 'C' })).id,
    };
  });

  it('lists the qualifying firms ranked by the documented score, ties by credit code, with the total', async () => {
    const { report, firms } = await allFirms({ productId });
    expect(report).toMatchObject({ open: true, product: { id: productId } });
    expect(codes(report.productCriteria)).toEqual(['PRODUCT_STATUS:PRODUCT_STATUS_OK', 'PRODUCT_VALIDITY:PRODUCT_VALIDITY_OK']);
    const [tie1, tie2] = [firms.find((f) => f.firm!.id === ids.tieA)!, firms.find((f) => f.firm!.id === ids.tieB)!].sort((a, b) => (a.firm!.creditCode < b.firm!.creditCode ? -1 : 1));
    expect(firms.map((f) => [f.firm!.id, f.score, f.rank])).toEqual([
      [ids.best, 735, 1],
      [ids.second, 650, 2],
      [tie1.firm!.id, 525, 3],
      [tie2.firm!.id, 525, 4],
    ]);
    expect(firms.every((f) => f.eligible && f.failedCount === 0 && f.maxBorrowable === '5000000.00')).toBe(true);
    // Each firm's verdicts are firm-level; the product's own are given once, above.
    expect(codes(firms[0].criteria)).toEqual([
      'CHAIN:CHAIN_OK',
      'SIZE_CLASS:SIZE_CLASS_OK',
      'QUALIFICATION:QUALIFICATION_OK',
      'YEARS_OPERATING:YEARS_OPERATING_OK',
      'REVENUE:REVENUE_OK',
      'TAX_GRADE:TAX_GRADE_OK',
      'IP_REQUIRED:IP_REQUIRED_OK',
    ]);
    const page = await app.ok(MatchFirmsDocument, { productId, first: 2 });
    expect(page.matchFirms.firms).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = await app.ok(MatchFirmsDocument, { productId, first: 2, after: page.matchFirms.firms.pageInfo.endCursor });
    expect(rest.matchFirms.firms.edges.map((e) => [e.node.firm!.id, e.node.rank])).toEqual([
      [tie1.firm!.id, 3],
      [tie2.firm!.id, 4],
    ]);
    expect(rest.matchFirms.firms.pageInfo.hasNextPage).toBe(false);
  });

  it('gives the near misses: firms failing exactly one criterion, with what they lack', async () => {
    const { near } = await allFirms({ productId });
    expect(near.map((n) => n.firm!.id).sort()).toEqual([ids.nearChain, ids.nearExpired, ids.nearIp].sort());
    const lack = (id: string) => codes(near.find((n) => n.firm!.id === id)!.failed);
    expect(lack(ids.nearChain)).toEqual(['CHAIN:CHAIN_NOT_SERVED']);
    expect(lack(ids.nearExpired)).toEqual(['QUALIFICATION:QUALIFICATION_EXPIRED']);
    expect(near.find((n) => n.firm!.id === ids.nearExpired)!.failed[0].messageZh).toBe('高新技术企业资格已于2024-03-31过期');
    expect(lack(ids.nearIp)).toEqual(['IP_REQUIRED:NO_IP_IN_FORCE']);
    expect(near.every((n) => !n.eligible && n.maxBorrowable === null)).toBe(true);
    expect(near.map((n) => n.score)).toEqual([...near.map((n) => n.score)].sort((a, b) => b! - a!));
  });

  it('reports a product that cannot lend today as not open, and still shows which firms would fit it', async () => {
    const bank = await createBank(app);
    const draft = await createProduct(app, bank.id, PRODUCT);
    const later = await createProduct(app, bank.id, { ...PRODUCT, validFrom: monthsFromToday(2) }, true);
    const d = await allFirms({ productId: draft.id });
    expect(d.report.open).toBe(false);
    expect(codes(d.report.productCriteria.filter((c) => !c.passed))).toEqual(['PRODUCT_STATUS:PRODUCT_NOT_PUBLISHED']);
    expect(d.firms).toHaveLength(4);
    const l = await allFirms({ productId: later.id });
    expect(l.report.productCriteria.filter((c) => !c.passed)).toEqual([
      expect.objectContaining({ criterion: 'PRODUCT_VALIDITY', code: 'PRODUCT_NOT_YET_VALID', messageEn: `the product is offered from ${monthsFromToday(2)}` }),
    ]);
  });

  it('judges pool-backed products on the per-firm cap, firm by firm, and the pool\'s headroom once', async () => {
    const { product } = await poolWithProduct(app, { balance: '10000000.00', pool: { perFirmCap: '1000000.00' }, product: { maxAmount: '3000000.00' } });
    const { firm: borrower } = await enrolledLoan(app, product.id, '950000.00', undefined, { name: '在保企业有限公司' });
    const fresh = await createFirm(app);
    const { report, firms, near } = await allFirms({ productId: product.id });
    expect(report.open).toBe(true);
    expect(codes(report.productCriteria)).toEqual(['PRODUCT_STATUS:PRODUCT_STATUS_OK', 'PRODUCT_VALIDITY:PRODUCT_VALIDITY_OK', 'POOL:POOL_OK']);
    const mine = firms.find((f) => f.firm!.id === fresh.id)!;
    expect(mine.maxBorrowable).toBe('1000000.00');
    expect(mine.limits).toEqual([
      { kind: 'PRODUCT_MAX', amount: '3000000.00', binding: false },
      { kind: 'POOL_FIRM_CAP', amount: '1000000.00', binding: true },
      { kind: 'POOL_HEADROOM', amount: '99050000.00', binding: false },
    ]);
    expect(firms.map((f) => f.firm!.id)).not.toContain(borrower.id);
    expect(codes(near.find((n) => n.firm!.id === borrower.id)!.failed)).toEqual(['POOL_FIRM_CAP:PER_FIRM_CAP_REACHED']);

    const empty = await poolWithProduct(app);
    const closed = await allFirms({ productId: empty.product.id });
    expect(closed.report.open).toBe(false);
    expect(codes(closed.report.productCriteria.filter((c) => !c.passed))).toEqual(['POOL:POOL_NO_HEADROOM']);
  });

  it('judges IP pledges on the firm\'s pledgeable IP times the loan-to-value', async () => {
    const bank = await createBank(app);
    const ipProduct = await createProduct(app, bank.id, { category: 'IP_PLEDGE', collateralKinds: ['IP'], loanToValue: '0.5', minAmount: '500000.00', maxAmount: '30000000.00' }, true);
    const rich = await createFirm(app);
    await addIp(app, rich.id, '2000000.00');
    await addIp(app, rich.id, '9000000.00', { pledged: true });
    const poor = await createFirm(app);
    await addIp(app, poor.id, '999999.99');
    const { firms, near } = await allFirms({ productId: ipProduct.id });
    expect(firms.map((f) => [f.firm!.id, f.maxBorrowable])).toEqual([[rich.id, '1000000.00']]);
    expect(codes(near.find((n) => n.firm!.id === poor.id)!.failed)).toEqual(['IP_PLEDGE_VALUE:IP_PLEDGE_VALUE_TOO_LOW']);
    // Every other firm has no pledgeable IP: one criterion short each.
    expect(near.filter((n) => n.firm!.id !== poor.id).every((n) => codes(n.failed)[0] === 'IP_PLEDGE_VALUE:NO_PLEDGEABLE_IP')).toBe(true);
  });

  it('refuses an unknown product, a bad cursor and a page size out of range', async () => {
    expect((await app.fails(MatchFirmsDocument, { productId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect((await app.fails(MatchFirmsDocument, { productId: 'nope' })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(MatchFirmsDocument, { productId, after: 'garbage' })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(MatchFirmsDocument, { productId, after: Buffer.from('[1,2,3]').toString('base64url') })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(MatchFirmsDocument, { productId, first: 0 })).code).toBe('BAD_USER_INPUT');
  });

  it('issues as many SQL statements for a page of 50 firms as for a page of 2', async () => {
    for (let i = 0; i < 50; i++) await firm({});
    const ask = (first: number) => app.ok(MatchFirmsDocument, { productId, first, nearFirst: first });
    let big: MatchFirmsQuery | undefined;
    const two = await app.countStatements(() => ask(2));
    const fifty = await app.countStatements(async () => (big = await ask(50)));
    expect(big!.matchFirms.firms.edges).toHaveLength(50);
    expect(fifty).toBe(two);
    // the caller's account; the product (access check, then load); per list: page, count, firms,
    // qualifications, IP (the two lists' loads share batches)
    expect(fifty).toBeLessThanOrEqual(13);
  });

  // A bank asking for another bank's product: test/engagement-access.spec.ts (matching).
});
