import { TestApp } from './helpers/app';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { addIp, addQualification, allMatches, matchOf, monthsFromToday } from './helpers/matching';
import { contribute, createPool, enrolledLoan, poolWithProduct } from './helpers/pools';
import {
  DeclareLoanDefaultDocument,
  MatchProductsDocument,
  UpdateIpAssetDocument,
  UpdateProductDocument,
  ChangeRiskPoolStatusDocument,
  WithdrawProductDocument,
} from './generated/operations';
import type { MatchProductsQueryVariables } from './generated/operations';
import { PublishProductDocument } from './generated/operations';
import type { CreateFirmInput, CreateProductInput } from './generated/schema';
import { todayInZone } from '../src/common/dates';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const problemCodes = (error: { extensions?: Record<string, unknown> }) => (error.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);
const codes = (verdicts: { criterion: string; code: string; passed: boolean }[]) => verdicts.map((v) => `${v.criterion}:${v.code}`);

/** A credit product with every firm criterion set, and a firm meeting each of them, in force today. */
const STRICT: Partial<CreateProductInput> = {
  name: '科创信用贷(条件齐全)',
  minAmount: '100000.00',
  maxAmount: '5000000.00',
  minTermMonths: 6,
  maxTermMonths: 36,
  collateralKinds: ['REAL_ESTATE', 'GUARANTOR'],
  eligibility: {
    chains: ['EQUIPMENT_MANUFACTURING', 'POWER_ELECTRONICS'],
    sizeClasses: ['SMALL', 'MICRO'],
    requiredQualifications: ['HIGH_TECH_ENTERPRISE'],
    minYearsOperating: 3,
    minAnnualRevenue: '10000000.00',
    minTaxGrade: 'B',
    ipRequired: true,
  },
};

const GOOD_FIRM: Partial<CreateFirmInput> = { chain: 'EQUIPMENT_MANUFACTURING', sizeClass: 'SMALL', foundedOn: monthsFromToday(-60), annualRevenue: '15000000.00', taxCreditGrade: 'A' };

describe('matchProducts judges each criterion on its own', () => {
  let strictId: string;
  beforeAll(async () => {
    const bank = await createBank(app);
    strictId = (await createProduct(app, bank.id, STRICT, true)).id;
  });

  /** A firm meeting every criterion but the ones `spoil` changes. */
  async function firm(spoil: { firm?: Partial<CreateFirmInput>; qualification?: 'none' | [string, string]; ip?: 'none' | 'expired' | 'unpaid' } = {}) {
    const f = await createFirm(app, { ...GOOD_FIRM, ...spoil.firm });
    if (spoil.qualification !== 'none') await addQualification(app, f.id, 'HIGH_TECH_ENTERPRISE', ...(spoil.qualification ?? []));
    if (spoil.ip !== 'none') {
      await addIp(app, f.id, null, spoil.ip === 'expired' ? { expiresOn: monthsFromToday(-1) } : spoil.ip === 'unpaid' ? { annualFeePaid: false } : {});
    }
    return f;
  }

  const ASK = { amount: '1000000.00', termMonths: 12, collateral: ['REAL_ESTATE' as const] };

  it('passes a firm that meets everything, with one verdict per criterion, each explained in both languages', async () => {
    const f = await firm();
    const m = (await matchOf(app, { firmId: f.id, ...ASK }, strictId))!;
    expect(m.eligible).toBe(true);
    expect(codes(m.criteria)).toEqual([
      'PRODUCT_STATUS:PRODUCT_STATUS_OK',
      'PRODUCT_VALIDITY:PRODUCT_VALIDITY_OK',
      'CHAIN:CHAIN_OK',
      'SIZE_CLASS:SIZE_CLASS_OK',
      'QUALIFICATION:QUALIFICATION_OK',
      'YEARS_OPERATING:YEARS_OPERATING_OK',
      'REVENUE:REVENUE_OK',
      'TAX_GRADE:TAX_GRADE_OK',
      'IP_REQUIRED:IP_REQUIRED_OK',
      'AMOUNT:AMOUNT_OK',
      'TERM:TERM_OK',
      'COLLATERAL:COLLATERAL_OK',
    ]);
    expect(m.criteria.find((c) => c.criterion === 'QUALIFICATION')).toMatchObject({ subject: 'HIGH_TECH_ENTERPRISE', messageZh: `高新技术企业资格有效至${monthsFromToday(24)}` });
    expect(m.criteria.find((c) => c.criterion === 'AMOUNT')).toMatchObject({
      messageZh: '申请金额1000000.00元在产品额度100000.00–5000000.00元之内',
      messageEn: 'the amount of 1000000.00 yuan is within the product\'s range of 100000.00–5000000.00',
    });
    expect(m.maxBorrowable).toBe('5000000.00');
    expect(m.limits).toEqual([{ kind: 'PRODUCT_MAX', amount: '5000000.00', binding: true }]);
    // Without an amount, term or collateral, those three are not judged.
    const bare = (await matchOf(app, { firmId: f.id }, strictId))!;
    expect(bare.eligible).toBe(true);
    expect(codes(bare.criteria)).not.toEqual(expect.arrayContaining(['AMOUNT:AMOUNT_OK']));
    expect(bare.criteria).toHaveLength(9);
  });

  it.each([
    ['an industrial chain not served', { firm: { chain: 'PHARMA_CHEMICALS' } }, {}, 'CHAIN:CHAIN_NOT_SERVED'],
    ['a size class not served', { firm: { sizeClass: 'MEDIUM' } }, {}, 'SIZE_CLASS:SIZE_CLASS_NOT_SERVED'],
    ['too few years in operation', { firm: { foundedOn: monthsFromToday(-30) } }, {}, 'YEARS_OPERATING:TOO_YOUNG'],
    ['revenue a fen short', { firm: { annualRevenue: '9999999.99' } }, {}, 'REVENUE:REVENUE_TOO_LOW'],
    ['a tax credit grade below B', { firm: { taxCreditGrade: 'M' } }, {}, 'TAX_GRADE:TAX_GRADE_TOO_LOW'],
    ['no qualification', { qualification: 'none' }, {}, 'QUALIFICATION:QUALIFICATION_MISSING'],
    ['a qualification that takes effect next month', { qualification: [monthsFromToday(1), monthsFromToday(37)] }, {}, 'QUALIFICATION:QUALIFICATION_NOT_YET_VALID'],
    ['no IP at all', { ip: 'none' }, {}, 'IP_REQUIRED:NO_IP_IN_FORCE'],
    ['only expired IP', { ip: 'expired' }, {}, 'IP_REQUIRED:NO_IP_IN_FORCE'],
    ['only IP with unpaid fees', { ip: 'unpaid' }, {}, 'IP_REQUIRED:NO_IP_IN_FORCE'],
    ['an amount below the minimum', {}, { amount: '99999.99' }, 'AMOUNT:AMOUNT_BELOW_MIN'],
    ['an amount above the maximum', {}, { amount: '5000000.01' }, 'AMOUNT:AMOUNT_ABOVE_MAX'],
    ['a term too short', {}, { termMonths: 5 }, 'TERM:TERM_TOO_SHORT'],
    ['a term too long', {}, { termMonths: 37 }, 'TERM:TERM_TOO_LONG'],
    ['security the product does not take', {}, { collateral: ['EQUIPMENT'] }, 'COLLATERAL:COLLATERAL_NOT_ACCEPTED'],
    ['no security to offer', {}, { collateral: [] }, 'COLLATERAL:COLLATERAL_NOT_ACCEPTED'],
  ] as const)('fails on %s, and on nothing else', async (_why, spoil, ask, expected) => {
    const f = await firm(spoil as never);
    const m = (await matchOf(app, { firmId: f.id, ...ASK, ...(ask as Partial<MatchProductsQueryVariables>) }, strictId))!;
    expect(m.eligible).toBe(false);
    expect(codes(m.failed)).toEqual([expected]);
    expect(m.maxBorrowable).toBeNull();
    expect(m.failed[0].messageZh).not.toBe('');
    expect(m.failed[0].messageEn).not.toBe('');
  });

  it('says when and which qualification expired, in Chinese and in English', async () => {
    const f = await firm({ qualification: ['2021-04-01', '2024-03-31'] });
    const m = (await matchOf(app, { firmId: f.id }, strictId))!;
    expect(m.failed).toEqual([
      {
        criterion: 'QUALIFICATION',
        subject: 'HIGH_TECH_ENTERPRISE',
        passed: false,
        code: 'QUALIFICATION_EXPIRED',
        messageZh: '高新技术企业资格已于2024-03-31过期',
        messageEn: 'high-tech enterprise qualification expired on 2024-03-31',
      },
    ]);
  });

  it('lists only published products offered today: not drafts, not ones yet to start, not ones that have ended', async () => {
    const bank = await createBank(app);
    const offered = await createProduct(app, bank.id, {}, true);
    const draft = await createProduct(app, bank.id, {});
    const later = await createProduct(app, bank.id, { validFrom: monthsFromToday(1) }, true);
    const ended = await createProduct(app, bank.id, {}, true);
    await app.ok(UpdateProductDocument, { id: ended.id, input: { validFrom: monthsFromToday(-12), validUntil: monthsFromToday(-1) } });
    const f = await firm();
    const { report, eligible, ineligible } = await allMatches(app, { firmId: f.id });
    const ids = [...eligible, ...ineligible].map((m) => m.product.id);
    expect(ids).toContain(offered.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(ended.id);
    expect(report.productCount).toBe(ids.length);
    expect(report.eligibleCount).toBe(eligible.length);
    expect(report.asOf).toBe(todayInZone());
    expect(eligible.every((m) => m.criteria.some((c) => c.criterion === 'PRODUCT_VALIDITY' && c.passed))).toBe(true);
  });
});

describe('IP pledges: the most a firm can borrow is its pledgeable IP times the loan-to-value', () => {
  let ipProductId: string;
  beforeAll(async () => {
    const bank = await createBank(app);
    ipProductId = (
      await createProduct(
        app,
        bank.id,
        { name: '知识产权质押贷(测试)', category: 'IP_PLEDGE', collateralKinds: ['IP'], loanToValue: '0.5', minAmount: '500000.00', maxAmount: '30000000.00', eligibility: { ipRequired: true } },
        true,
      )
    ).id;
  });

  it('counts only IP in force, unpledged, fees paid and appraised; pledged, expired, unpaid and unappraised IP adds nothing', async () => {
    const f = await createFirm(app);
    await addIp(app, f.id, '1000000.00');
    const pledged = await addIp(app, f.id, '2000000.00', { pledged: true });
    await addIp(app, f.id, '4000000.00', { expiresOn: monthsFromToday(-1) });
    await addIp(app, f.id, '8000000.00', { annualFeePaid: false });
    await addIp(app, f.id, null);
    const m = (await matchOf(app, { firmId: f.id }, ipProductId))!;
    expect(m.eligible).toBe(true);
    expect(m.maxBorrowable).toBe('500000.00');
    expect(m.limits).toEqual([
      { kind: 'PRODUCT_MAX', amount: '30000000.00', binding: false },
      { kind: 'IP_PLEDGE_VALUE', amount: '500000.00', binding: true },
    ]);
    expect(m.criteria.find((c) => c.criterion === 'IP_PLEDGE_VALUE')).toMatchObject({
      passed: true,
      messageZh: '可质押知识产权1项,评估值合计1000000.00元(不计已质押1项、已过期1项、欠缴年费1项、未评估1项),按质押率50%可贷500000.00元',
      messageEn: '1 pledgeable IP asset(s) appraised at 1000000.00 yuan (not counting 1 pledged, 1 expired, 1 with fees unpaid, 1 not appraised); at a loan-to-value of 50%, up to 500000.00 yuan',
    });

    // Released from its pledge, the second patent counts: (1,000,000 + 2,000,000) x 0.5.
    await app.ok(UpdateIpAssetDocument, { id: pledged.id, input: { pledged: false } });
    expect((await matchOf(app, { firmId: f.id }, ipProductId))!.maxBorrowable).toBe('1500000.00');
  });

  it('refuses when the pledgeable value cannot reach the minimum, or the amount asked for', async () => {
    const small = await createFirm(app);
    await addIp(app, small.id, '999999.99');
    const m = (await matchOf(app, { firmId: small.id }, ipProductId))!;
    // 999,999.99 x 0.5 = 499,999.995, rounded down to the fen: a pledge never covers more than it is worth.
    expect(codes(m.failed)).toEqual(['IP_PLEDGE_VALUE:IP_PLEDGE_VALUE_TOO_LOW']);
    expect(m.limits.find((l) => l.kind === 'IP_PLEDGE_VALUE')!.amount).toBe('499999.99');

    const none = await createFirm(app);
    await addIp(app, none.id, '5000000.00', { pledged: true });
    expect((await matchOf(app, { firmId: none.id }, ipProductId))!.failed).toEqual([
      expect.objectContaining({
        code: 'NO_PLEDGEABLE_IP',
        messageZh: '没有可质押的知识产权(须未过期、年费已缴、未质押且经评估);现有已质押1项',
        messageEn: 'no IP that can be pledged (unexpired, fees paid, not pledged, appraised); the firm has 1 pledged',
      }),
    ]);

    const rich = await createFirm(app);
    await addIp(app, rich.id, '3000000.00');
    expect((await matchOf(app, { firmId: rich.id, amount: '1500000.00' }, ipProductId))!.eligible).toBe(true);
    const over = (await matchOf(app, { firmId: rich.id, amount: '1500000.01' }, ipProductId))!;
    expect(codes(over.failed)).toEqual(['IP_PLEDGE_VALUE:IP_PLEDGE_VALUE_TOO_LOW']);
    expect(over.failed[0].messageEn).toContain('short of 1500000.01');
  });
});

describe('pool-backed products: headroom and the per-firm cap', () => {
  it('a pool with no headroom makes its products ineligible; money in the pool opens them, up to the headroom', async () => {
    const { pool, product } = await poolWithProduct(app);
    const f = await createFirm(app);
    let m = (await matchOf(app, { firmId: f.id }, product.id))!;
    expect(m.failed).toEqual([expect.objectContaining({ criterion: 'POOL', code: 'POOL_NO_HEADROOM', messageZh: '产品挂钩的资金池已无剩余额度' })]);

    // 100,000 x leverage 10 = 1,000,000 of headroom.
    await contribute(app, pool.id, '100000.00');
    m = (await matchOf(app, { firmId: f.id }, product.id))!;
    expect(m.eligible).toBe(true);
    expect(m.maxBorrowable).toBe('1000000.00');
    expect(m.limits).toEqual([
      { kind: 'PRODUCT_MAX', amount: '10000000.00', binding: false },
      { kind: 'POOL_FIRM_CAP', amount: '10000000.00', binding: false },
      { kind: 'POOL_HEADROOM', amount: '1000000.00', binding: true },
    ]);
    expect(codes((await matchOf(app, { firmId: f.id, amount: '1000000.01' }, product.id))!.failed)).toEqual(['POOL:POOL_NO_HEADROOM']);

    // Another firm's covered loan uses up all but 50,000: less than the product's smallest loan.
    await enrolledLoan(app, product.id, '950000.00');
    m = (await matchOf(app, { firmId: f.id }, product.id))!;
    expect(m.failed).toEqual([
      expect.objectContaining({ code: 'POOL_NO_HEADROOM', messageZh: '资金池剩余额度50000.00元,不足100000.00元', messageEn: 'the pool\'s headroom of 50000.00 yuan is short of 100000.00' }),
    ]);
  });

  it('a suspended pool, or one stopped by its bad-loan ratio, takes no new loans', async () => {
    const { pool, product } = await poolWithProduct(app, { balance: '1000000.00', pool: { stopRatio: '0.5', warningRatio: '0.1' } });
    const f = await createFirm(app);
    expect((await matchOf(app, { firmId: f.id }, product.id))!.eligible).toBe(true);

    const { loan } = await enrolledLoan(app, product.id, '1000000.00');
    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: loan.id, on: todayInZone(), note: '逾期90天' } });
    expect(codes((await matchOf(app, { firmId: f.id }, product.id))!.failed)).toEqual(['POOL:POOL_STOPPED']);

    const other = await poolWithProduct(app, { balance: '1000000.00' });
    await app.ok(ChangeRiskPoolStatusDocument, { id: other.pool.id, status: 'SUSPENDED', reason: '暂停新增' });
    expect(codes((await matchOf(app, { firmId: f.id }, other.product.id))!.failed)).toEqual(['POOL:POOL_NOT_ACTIVE']);
    void pool;
  });

  it('what a firm already has covered in the pool counts against its per-firm cap', async () => {
    const { product } = await poolWithProduct(app, { balance: '10000000.00', pool: { perFirmCap: '1000000.00' } });
    const fresh = await createFirm(app);
    const m = (await matchOf(app, { firmId: fresh.id }, product.id))!;
    expect(m.maxBorrowable).toBe('1000000.00');
    expect(m.limits.find((l) => l.binding)!.kind).toBe('POOL_FIRM_CAP');

    const { firm: borrower } = await enrolledLoan(app, product.id, '950000.00');
    const full = (await matchOf(app, { firmId: borrower.id }, product.id))!;
    expect(full.failed).toEqual([
      expect.objectContaining({
        criterion: 'POOL_FIRM_CAP',
        code: 'PER_FIRM_CAP_REACHED',
        messageZh: '单户上限1000000.00元,企业在保余额950000.00元,尚余50000.00元,不足100000.00元',
      }),
    ]);
  });
});

describe('ranking', () => {
  /** Products open to anyone, differing only in price, size, security and speed. */
  async function handBuilt() {
    const bank = await createBank(app);
    const open = { eligibility: { chains: [], sizeClasses: [], requiredQualifications: [], ipRequired: false }, minAmount: '100000.00' };
    const make = (name: string, over: Partial<CreateProductInput>) => createProduct(app, bank.id, { ...open, name, ...over }, true);
    return {
      a: await make('排序A', { minRate: '0.0300', maxRate: '0.0400', collateralKinds: ['NONE'], maxAmount: '5000000.00', promisedResponseDays: 1 }),
      b: await make('排序B', { minRate: '0.0550', maxRate: '0.0700', collateralKinds: ['NONE'], maxAmount: '10000000.00', promisedResponseDays: 7 }),
      b2: await make('排序B2', { minRate: '0.0550', maxRate: '0.0700', collateralKinds: ['NONE'], maxAmount: '10000000.00', promisedResponseDays: 7 }),
      bigger: await make('排序B-大额', { minRate: '0.0550', maxRate: '0.0700', collateralKinds: ['NONE'], maxAmount: '20000000.00', promisedResponseDays: 7 }),
      c: await make('排序C', { rateKind: 'LPR_SPREAD', minRate: null, maxRate: null, lprTenor: 'ONE_YEAR', minSpreadBps: 0, maxSpreadBps: 100, collateralKinds: ['REAL_ESTATE'], maxAmount: '3000000.00', promisedResponseDays: 3 }),
      e: await make('排序E', { minRate: '0.0800', maxRate: '0.0800', collateralKinds: ['NONE'], maxAmount: '200000.00', promisedResponseDays: 30 }),
    };
  }

  it('orders a hand-built case by the documented score, ties by amount, then by id; asking for an amount changes the order', async () => {
    const p = await handBuilt();
    const f = await createFirm(app);
    const ours = new Set(Object.values(p).map((x) => x.id));
    const ranked = async (vars: object) => (await allMatches(app, { firmId: f.id, ...vars })).eligible.filter((m) => ours.has(m.product.id));

    const [bFirst, bSecond] = [p.b, p.b2].sort((x, y) => (x.id < y.id ? -1 : 1));
    let list = await ranked({});
    expect(list.map((m) => m.product.id)).toEqual([p.a.id, p.bigger.id, bFirst.id, bSecond.id, p.c.id, p.e.id]);
    // cost 400 x (8 % - rate) / 5 %; reach by the most it lends; security 200 unsecured; speed 100 - 5 a day after the first.
    expect(list.map((m) => m.scoreParts)).toEqual([
      { total: 950, cost: 400, reach: 250, security: 200, speed: 100 },
      { total: 770, cost: 200, reach: 300, security: 200, speed: 70 },
      { total: 770, cost: 200, reach: 300, security: 200, speed: 70 },
      { total: 770, cost: 200, reach: 300, security: 200, speed: 70 },
      // LPR 3.00 % (in force since 2025-05-20) + 0 bp; real estate the firm has not offered.
      { total: 690, cost: 400, reach: 200, security: 0, speed: 90 },
      { total: 250, cost: 0, reach: 50, security: 200, speed: 0 },
    ]);
    expect(list.find((m) => m.product.id === p.c.id)!.lowestRate).toBe('0.03');
    const ranks = list.map((m) => m.rank);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);

    // Asking for 150,000 against real estate: every product covers it (reach 300) and C's security is in hand.
    list = await ranked({ amount: '150000.00', collateral: ['REAL_ESTATE'] });
    expect(list.map((m) => [m.product.id, m.score])).toEqual([
      [p.a.id, 1000],
      [p.c.id, 890],
      [p.bigger.id, 770],
      [bFirst.id, 770],
      [bSecond.id, 770],
      [p.e.id, 500],
    ]);
  });

  it('puts the products a firm is nearest to first, and sums up what it lacks', async () => {
    const bank = await createBank(app);
    const one = await createProduct(app, bank.id, { name: '差一项', eligibility: { chains: [], sizeClasses: [], requiredQualifications: ['LITTLE_GIANT'], ipRequired: false } }, true);
    const two = await createProduct(app, bank.id, { name: '差两项', eligibility: { chains: [], sizeClasses: [], requiredQualifications: ['LITTLE_GIANT'], minAnnualRevenue: '900000000.00', ipRequired: false } }, true);
    const f = await createFirm(app, { annualRevenue: '15000000.00' });
    const { report, ineligible } = await allMatches(app, { firmId: f.id });
    const rankOf = (id: string) => ineligible.find((m) => m.product.id === id)!;
    expect(rankOf(one.id)).toMatchObject({ failedCount: 1, score: null, maxBorrowable: null });
    expect(rankOf(two.id).failedCount).toBe(2);
    expect(rankOf(one.id).rank).toBeLessThan(rankOf(two.id).rank);
    expect(ineligible.map((m) => m.failedCount)).toEqual([...ineligible.map((m) => m.failedCount)].sort((x, y) => x - y));
    expect(report.lacks.find((l) => l.subject === 'LITTLE_GIANT')).toEqual({
      criterion: 'QUALIFICATION',
      subject: 'LITTLE_GIANT',
      code: 'QUALIFICATION_MISSING',
      messageZh: '须具备专精特新"小巨人"资格',
      messageEn: 'requires the "little giant" SME qualification',
      products: 2,
      onlyLack: 1,
    });
    const onlyLacks = report.lacks.map((l) => l.onlyLack);
    expect(onlyLacks).toEqual([...onlyLacks].sort((x, y) => y - x));
  });

  it('pages through the ranking with cursors', async () => {
    await handBuilt();
    const f = await createFirm(app);
    const whole = (await allMatches(app, { firmId: f.id })).eligible.map((m) => m.product.id);
    const first = await app.ok(MatchProductsDocument, { firmId: f.id, first: 2, ineligibleFirst: 1 });
    expect(first.matchProducts.eligible.edges.map((e) => e.node.rank)).toEqual([1, 2]);
    expect(first.matchProducts.eligible.totalCount).toBe(whole.length);
    const next = await app.ok(MatchProductsDocument, { firmId: f.id, first: 3, after: first.matchProducts.eligible.pageInfo.endCursor, ineligibleFirst: 1 });
    expect(next.matchProducts.eligible.edges.map((e) => e.node.rank)).toEqual([3, 4, 5]);
    expect([...first.matchProducts.eligible.edges, ...next.matchProducts.eligible.edges].map((e) => e.node.product.id)).toEqual(whole.slice(0, 5));
  });
});

describe('refuses bad arguments', () => {
  it('a non-positive amount, a term outside 1..360, an unknown firm, a bad cursor', async () => {
    const f = await createFirm(app);
    const zero = await app.fails(MatchProductsDocument, { firmId: f.id, amount: '0.00', termMonths: 361 });
    expect(zero.code).toBe('BAD_USER_INPUT');
    expect(problemCodes(zero.error)).toEqual(['amount:NOT_POSITIVE', 'termMonths:OUT_OF_RANGE']);
    expect(zero.error.message).toContain('金额须大于0');
    expect(problemCodes((await app.fails(MatchProductsDocument, { firmId: f.id, termMonths: 0 })).error)).toEqual(['termMonths:OUT_OF_RANGE']);
    expect((await app.fails(MatchProductsDocument, { firmId: f.id, amount: '-5.00' })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(MatchProductsDocument, { firmId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect((await app.fails(MatchProductsDocument, { firmId: 'not-a-firm' })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(MatchProductsDocument, { firmId: f.id, after: 'garbage' })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(MatchProductsDocument, { firmId: f.id, first: 101 })).code).toBe('BAD_USER_INPUT');
  });
});

describe('no N+1', () => {
  it('issues as many SQL statements for 40 more products, pool-backed and IP pledges among them, as before', async () => {
    const bank = await createBank(app);
    const pool = await createPool(app, [bank.id]);
    await contribute(app, pool.id, '1000000.00');
    await createProduct(app, bank.id, { category: 'TECH_GUARANTEE', collateralKinds: ['GUARANTEE_COMPANY'], riskPoolId: pool.id }, true);
    const f = await createFirm(app);
    await addQualification(app, f.id, 'TECH_SME');
    await addIp(app, f.id, '3000000.00');
    const ask = () => app.ok(MatchProductsDocument, { firmId: f.id, amount: '200000.00', termMonths: 12, first: 100, ineligibleFirst: 100 });
    const before = await app.countStatements(ask);

    for (let i = 0; i < 40; i++) {
      const b = i % 2 ? bank : await createBank(app);
      if (i % 4 === 0) {
        const p = await createPool(app, [b.id]);
        await contribute(app, p.id, '500000.00');
        await createProduct(app, b.id, { category: 'TECH_GUARANTEE', collateralKinds: ['GUARANTEE_COMPANY'], riskPoolId: p.id }, true);
      } else if (i % 4 === 1) {
        await createProduct(app, b.id, { category: 'IP_PLEDGE', collateralKinds: ['IP'], loanToValue: '0.4' }, true);
      } else {
        await createProduct(app, b.id, { eligibility: { chains: [], sizeClasses: [], requiredQualifications: ['TECH_SME'], ipRequired: true } }, true);
      }
    }
    let report: Awaited<ReturnType<typeof ask>> | undefined;
    const after = await app.countStatements(async () => (report = await ask()));
    expect(report!.matchProducts.productCount).toBeGreaterThanOrEqual(41);
    expect(report!.matchProducts.eligible.edges.length + report!.matchProducts.ineligible.edges.length).toBeGreaterThanOrEqual(41);
    expect(after).toBe(before);
    // The caller's account; the firm (its access check, and the report's firm, from the request's
    // identity map); one read for the catalogue version, the LPR, the pools and their figures, and
    // the firm's qualifications, IP and covered loans; the page's products with their banks.
    expect(after).toBe(4);
  });
});

describe('the catalogue snapshot', () => {
  it('sees a product change on the very next request, whether through the API or straight in the database', async () => {
    const bank = await createBank(app);
    const p = await createProduct(app, bank.id, { name: '快照测试贷', maxAmount: '2000000.00' }, true);
    const f = await createFirm(app);
    expect((await matchOf(app, { firmId: f.id }, p.id))!.maxBorrowable).toBe('2000000.00');

    await app.ok(UpdateProductDocument, { id: p.id, input: { maxAmount: '3000000.00' } });
    expect((await matchOf(app, { firmId: f.id }, p.id))!.maxBorrowable).toBe('3000000.00');

    // A change that bypasses the API is seen too: the version is kept by a trigger.
    await app.orm.em.getConnection().execute(`UPDATE loan_product SET elig_min_tax_grade = 'A' WHERE id = ?`, [p.id]);
    const f2 = await createFirm(app, { taxCreditGrade: 'B' });
    expect(codes((await matchOf(app, { firmId: f2.id }, p.id))!.failed)).toEqual(['TAX_GRADE:TAX_GRADE_TOO_LOW']);

    await app.ok(WithdrawProductDocument, { id: p.id, reason: '停止受理' });
    expect(await matchOf(app, { firmId: f.id }, p.id)).toBeUndefined();

    // Without its version row the catalogue is read afresh each time, rather than failing.
    const conn = app.orm.em.getConnection();
    await conn.execute('DELETE FROM catalogue_version');
    try {
      await app.ok(PublishProductDocument, { id: p.id });
      expect((await matchOf(app, { firmId: f.id }, p.id))!.eligible).toBe(true);
    } finally {
      await conn.execute('INSERT INTO catalogue_version (id, version) VALUES (1, 1000000)');
    }
  });
});
