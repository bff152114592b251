import { addMonths, todayInZone, wholeYearsBetween } from '../src/common/dates';
import { Dec, ZERO } from '../src/common/decimal';
import { Bank } from '../src/modules/bank/bank.entity';
import { Firm } from '../src/modules/firm/firm.entity';
import { FirmQualification } from '../src/modules/firm/firm-qualification.entity';
import { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../src/modules/firm/firm.enums';
import { IpAsset, IpKind } from '../src/modules/ip-asset/ip-asset.entity';
import { PoolStatus } from '../src/modules/pool/pool.enums';
import { computeFirmCovered } from '../src/modules/pool/pool-figures';
import { RiskPool } from '../src/modules/pool/risk-pool.entity';
import { PRODUCT_LEVEL_CRITERIA, evaluateEligibility, foundingCutoff } from '../src/modules/product/eligibility';
import { Eligibility } from '../src/modules/product/eligibility.embeddable';
import { LoanProduct } from '../src/modules/product/loan-product.entity';
import { CollateralKind, LprTenor, ProductCategory, ProductStatus, RateKind } from '../src/modules/product/product.enums';
import { BankKind } from '../src/modules/bank/bank.enums';
import { TestApp } from './helpers/app';
import { createFirm, creditCode } from './helpers/factories';
import { enrolledLoan, poolWithProduct } from './helpers/pools';
import { MatchFirmsDocument, ChangeRiskPoolStatusDocument, type MatchProductsQueryVariables } from './generated/operations';
import { allMatches } from './helpers/matching';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => next() < p);
  return { next, pick, some };
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the founding cutoff used in SQL agrees with wholeYearsBetween', () => {
  it.each([
    ['2020-02-29', '2021-02-28'],
    ['2020-02-28', '2021-02-28'],
    ['2023-03-01', '2024-02-29'],
    ['2019-06-01', '2022-05-31'],
    ['2019-06-01', '2022-06-01'],
    ['2022-12-31', '2025-12-31'],
  ])('founded %s, judged on %s', (founded, today) => {
    // A firm has N whole years exactly when it was founded on or before the cutoff for N.
    for (const years of [0, 1, 2, 3, 4]) {
      const cutoff = foundingCutoff(today, years);
      expect(founded <= cutoff).toBe(wholeYearsBetween(founded, today) >= years);
      expect(wholeYearsBetween(cutoff, today)).toBeGreaterThanOrEqual(years);
      expect(wholeYearsBetween(addDays(cutoff, 1), today)).toBeLessThan(years);
    }
  });
});

/**
 * A random world with boundaries in it: firms exactly N years old or a day either side, revenue a
 * fen either side of a threshold, qualifications ending today or starting tomorrow, IP expiring
 * today, covered loans leaving exactly a product's minimum under a per-firm cap, pools that are
 * empty or suspended. The same seed builds the same world.
 */
describe('matching agrees with evaluateEligibility on a random world', () => {
  const today = todayInZone();
  const products: LoanProduct[] = [];
  const pools: { id: string }[] = [];
  let firmIds: string[] = [];

  beforeAll(async () => {
    const r = random(20261125);
    const em = app.orm.em.fork();

    // Per-firm cap 1,000,000 in every pool. In the first, firms with cover already: 100,000 left (a
    // product's smallest minimum: the boundary), 500,000 left, nothing left. The second is empty; the third suspended.
    const open = await poolWithProduct(app, { balance: '10000000.00', pool: { perFirmCap: '1000000.00' } });
    for (const principal of ['900000.00', '500000.00', '1000000.00']) await enrolledLoan(app, open.product.id, principal);
    const empty = await poolWithProduct(app, { pool: { perFirmCap: '1000000.00' } });
    const suspended = await poolWithProduct(app, { balance: '10000000.00', pool: { perFirmCap: '1000000.00' } });
    await app.ok(ChangeRiskPoolStatusDocument, { id: suspended.pool.id, status: 'SUSPENDED', reason: '暂停新增' });
    pools.push(open.pool, empty.pool, suspended.pool);
    await createFirm(app);

    const bank = new Bank('随机测试银行', '随机银行', BankKind.CITY_COMMERCIAL);
    em.persist(bank);
    const chains = Object.values(IndustrialChain);
    const sizes = Object.values(SizeClass);
    const grades = Object.values(TaxCreditGrade);
    const kinds = Object.values(QualificationKind);
    for (let i = 0; i < 150; i++) {
      const firm = new Firm({
        creditCode: creditCode(),
        name: `随机企业${i}`,
        chain: r.pick(chains),
        sizeClass: r.pick(sizes),
        foundedOn: addDays(addMonths(today, -12 * r.pick([1, 3, 5])), r.pick([-1, 0, 1])),
        employees: 50,
        annualRevenue: new Dec(r.pick(['500000.00', '9999999.99', '10000000.00', '10000000.01', '60000000.00'])),
        rdSpend: new Dec('100000.00'),
        taxCreditGrade: r.pick(grades),
      });
      em.persist(firm);
      for (const kind of r.some(kinds, 0.4)) {
        const [from, until] = r.pick([
          [addMonths(today, -36), addDays(today, -1)],
          [addMonths(today, -36), today],
          [today, addMonths(today, 36)],
          [addDays(today, 1), addMonths(today, 36)],
          [addMonths(today, -12), addMonths(today, 24)],
        ]);
        em.persist(new FirmQualification(firm, kind, from, until));
      }
      const ips = Math.floor(r.next() * 4);
      for (let k = 0; k < ips; k++) {
        const ip = new IpAsset(firm, IpKind.INVENTION_PATENT, `R${i}-${k}-${r.next().toString(36).slice(2, 8)}`, '随机专利', r.pick([addDays(today, -1), today, addMonths(today, 60)]));
        ip.annualFeePaid = r.next() < 0.8;
        ip.pledged = r.next() < 0.3;
        const value = r.pick([null, '400000.00', '999999.99', '1000000.00', '2500000.00']);
        if (value) Object.assign(ip, { appraisedValue: new Dec(value), appraiser: '评估机构', appraisedOn: today });
        em.persist(ip);
      }
    }

    for (let i = 0; i < 40; i++) {
      const ipPledge = r.next() < 0.3;
      const pooled = !ipPledge && r.next() < 0.4;
      const p = new LoanProduct({
        bank,
        name: `随机产品${i}`,
        category: ipPledge ? ProductCategory.IP_PLEDGE : pooled ? ProductCategory.TECH_GUARANTEE : ProductCategory.CREDIT,
        minAmount: new Dec(r.pick(['100000.00', '500000.00', '1000000.00'])),
        maxAmount: new Dec(r.pick(['1000000.00', '5000000.00'])),
        minTermMonths: r.pick([1, 6, 12]),
        maxTermMonths: r.pick([12, 36]),
        rateKind: r.next() < 0.5 ? RateKind.FIXED : RateKind.LPR_SPREAD,
      });
      const fixed = p.rateKind === RateKind.FIXED;
      Object.assign(p, {
        minRate: fixed ? new Dec(r.pick(['0.0285', '0.04', '0.0812'])) : null,
        maxRate: fixed ? new Dec('0.09') : null,
        lprTenor: fixed ? null : r.pick([LprTenor.ONE_YEAR, LprTenor.FIVE_YEAR]),
        minSpreadBps: fixed ? null : r.pick([-30, 0, 75]),
        maxSpreadBps: fixed ? null : 100,
        promisedResponseDays: r.pick([1, 7, 30]),
        status: ProductStatus.PUBLISHED,
        collateralKinds: ipPledge
          ? [CollateralKind.IP]
          : r.pick([[CollateralKind.NONE], [], [CollateralKind.REAL_ESTATE, CollateralKind.GUARANTOR], [CollateralKind.RECEIVABLES]]),
        loanToValue: ipPledge ? new Dec(r.pick(['0.3', '0.5'])) : null,
        riskPool: pooled ? em.getReference(RiskPool, r.pick(pools).id) : null,
        eligibility: Object.assign(new Eligibility(), {
          chains: r.some(chains, 0.3),
          sizeClasses: r.some(sizes, 0.4),
          requiredQualifications: r.some(kinds, 0.2),
          minYearsOperating: r.pick([null, 1, 3, 5]),
          minAnnualRevenue: r.pick([null, new Dec('10000000.00')]),
          minTaxGrade: r.pick([null, TaxCreditGrade.A, TaxCreditGrade.B, TaxCreditGrade.M]),
          ipRequired: r.next() < 0.3,
        }),
      });
      products.push(p);
      em.persist(p);
    }
    await em.flush();
    firmIds = (await app.orm.em.fork().find(Firm, {}, { orderBy: { creditCode: 'asc' } })).map((f) => f.id);
  });

  it('matchFirms (firmCriteriaSql) lists the firms evaluateEligibility passes, and the near misses it fails once', async () => {
    const read = app.orm.em.fork();
    const firms = await read.find(Firm, {});
    const quals = await read.find(FirmQualification, {});
    const ipAssets = await read.find(IpAsset, {});
    const covered = await computeFirmCovered(read, firms.map((f) => f.id));
    const standing = { status: PoolStatus.ACTIVE, perFirmCap: new Dec('1000000.00'), headroom: ZERO, badLoanRatio: ZERO, stopRatio: new Dec(1) };
    let eligibleSeen = 0;
    let nearSeen = 0;
    for (const p of products) {
      const expected = { eligible: [] as string[], near: [] as string[] };
      for (const f of firms) {
        const facts = { firm: f, qualifications: quals.filter((q) => q.firm.id === f.id), ipAssets: ipAssets.filter((a) => a.firm!.id === f.id) };
        const lending = { loan: {}, pool: p.riskPool ? standing : null, firmCovered: (p.riskPool && covered.get(f.id)!.get(p.riskPool.id)) || ZERO };
        const failed = evaluateEligibility(facts, p, today, lending).filter((v) => !v.passed && !PRODUCT_LEVEL_CRITERIA.has(v.criterion)).length;
        if (failed === 0) expected.eligible.push(f.id);
        if (failed === 1) expected.near.push(f.id);
      }
      const { matchFirms } = await app.ok(MatchFirmsDocument, { productId: p.id, first: 100, nearFirst: 100 });
      expect(matchFirms.firms.totalCount).toBe(expected.eligible.length);
      expect(matchFirms.nearMisses.totalCount).toBe(expected.near.length);
      if (expected.eligible.length <= 100) expect(matchFirms.firms.edges.map((e) => e.node.firm!.id).sort()).toEqual(expected.eligible.sort());
      if (expected.near.length <= 100) expect(matchFirms.nearMisses.edges.map((e) => e.node.firm!.id).sort()).toEqual(expected.near.sort());
      expect(matchFirms.firms.edges.every((e) => e.node.eligible)).toBe(true);
      expect(matchFirms.nearMisses.edges.every((e) => e.node.failed.length === 1)).toBe(true);
      eligibleSeen += expected.eligible.length;
      nearSeen += expected.near.length;
    }
    // Not a vacuous comparison: both kinds of answer occur.
    expect(eligibleSeen).toBeGreaterThan(100);
    expect(nearSeen).toBeGreaterThan(100);
  });

  it('matchProducts ranks by the verdicts and limits it shows: fit, failures, the most a firm can borrow, what it lacks', async () => {
    const asks: Partial<MatchProductsQueryVariables>[] = [
      {},
      { amount: '100000.00' },
      { amount: '500000.00', termMonths: 12 },
      { amount: '1000000.00', termMonths: 36, collateral: ['REAL_ESTATE'] },
      { amount: '4999999.99', termMonths: 48 },
      { termMonths: 1, collateral: [] },
      { collateral: ['IP', 'GUARANTOR'] },
    ];
    const r = random(7);
    const seen = { eligible: 0, ineligible: 0, failures: new Set<string>() };
    for (const firmId of firmIds.slice(0, 80)) {
      const ask = r.pick(asks);
      const { report, eligible, ineligible } = await allMatches(app, { firmId, ...ask });
      expect(report.productCount).toBe(eligible.length + ineligible.length);
      const lacks = new Map<string, { products: number; onlyLack: number }>();
      for (const m of [...eligible, ...ineligible]) {
        // eligible, failedCount and maxBorrowable come from the ranking pass; criteria and limits are worked out again for the page.
        const failed = m.criteria.filter((c) => !c.passed);
        expect([m.product.id, m.failedCount]).toEqual([m.product.id, failed.length]);
        expect(m.eligible).toBe(failed.length === 0);
        const smallest = m.limits.reduce((a, l) => (new Dec(l.amount).lt(a) ? new Dec(l.amount) : a), new Dec(m.limits[0].amount));
        if (m.eligible) expect([m.product.id, m.maxBorrowable]).toEqual([m.product.id, smallest.toFixed(2)]);
        for (const f of failed) {
          seen.failures.add(f.code);
          if (f.criterion === 'POOL') continue;
          const k = `${f.criterion}|${f.subject ?? ''}|${f.code}`;
          const g = lacks.get(k) ?? { products: 0, onlyLack: 0 };
          g.products++;
          if (failed.length === 1) g.onlyLack++;
          lacks.set(k, g);
        }
      }
      // The lacks are summed while ranking: they must match the failures shown, product by product.
      expect(Object.fromEntries(report.lacks.map((l) => [`${l.criterion}|${l.subject ?? ''}|${l.code}`, { products: l.products, onlyLack: l.onlyLack }]))).toEqual(Object.fromEntries(lacks));
      expect(report.lacks.every((l) => l.messageZh && l.messageEn)).toBe(true);
      seen.eligible += eligible.length;
      seen.ineligible += ineligible.length;
    }
    expect(seen.eligible).toBeGreaterThan(50);
    expect(seen.ineligible).toBeGreaterThan(1000);
    // Every way of failing occurred at least once.
    expect([...seen.failures].sort()).toEqual(
      [
        'CHAIN_NOT_SERVED', 'SIZE_CLASS_NOT_SERVED', 'QUALIFICATION_MISSING', 'QUALIFICATION_EXPIRED', 'QUALIFICATION_NOT_YET_VALID', 'TOO_YOUNG',
        'REVENUE_TOO_LOW', 'TAX_GRADE_TOO_LOW', 'NO_IP_IN_FORCE', 'AMOUNT_BELOW_MIN', 'AMOUNT_ABOVE_MAX', 'TERM_TOO_SHORT', 'TERM_TOO_LONG',
        'COLLATERAL_NOT_ACCEPTED', 'NO_PLEDGEABLE_IP', 'IP_PLEDGE_VALUE_TOO_LOW', 'POOL_NO_HEADROOM', 'POOL_NOT_ACTIVE', 'PER_FIRM_CAP_REACHED',
      ].sort(),
    );
  });
});
