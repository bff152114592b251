import { Dec } from '../src/common/decimal';
import { lprOn } from '../src/modules/loan/loan.service';
import { Loan } from '../src/modules/loan/loan.entity';
import { Repayment } from '../src/modules/loan/repayment.entity';
import { RateKind } from '../src/modules/product/product.enums';
import { seedIfEmpty } from '../seeds/seed';
import { TestApp } from './helpers/app';
import { FinanceOverviewDocument, FinancingDemandsDocument, FirmsDocument, LoansDocument, MatchmakingEventsDocument, PairingsDocument, RiskPoolsDocument } from './generated/operations';

/**
 * The zone's published 2022 figures (../shared/seed/FACTS.md), read back through the API from
 * the seed data set, each compared with the exact value.
 */
let app: TestApp;
let overview: Awaited<ReturnType<typeof load>>;
const load = async () => (await app.ok(FinanceOverviewDocument, { year: 2022 })).financeOverview;
const pool = (kind: 'TECH_GUARANTEE' | 'KNOWLEDGE_VALUE') => overview.pools.find((p) => p.pool.kind === kind)!;

beforeAll(async () => {
  app = await TestApp.start();
  await seedIfEmpty(app.orm);
  overview = await load();
});
afterAll(() => app.close());

describe('financeOverview(year: 2022) reproduces the published figures', () => {
  it('is taken as of 2022-12-31', () => {
    expect(overview).toMatchObject({ year: 2022, asOf: '2022-12-31' });
  });
  it('F3: 30.03亿 of loans arranged for the zone\'s firms', () => {
    expect(overview.loansArranged.amount).toBe('3003000000.00');
  });
  it('F4: 700万 contributed to the Tech Guarantee Loan pool', () => {
    expect(pool('TECH_GUARANTEE').contributed).toBe('7000000.00');
  });
  it('F5: its balance is 320万', () => {
    expect(pool('TECH_GUARANTEE').balance).toBe('3200000.00');
  });
  it('F6: it serves 6 tech firms', () => {
    expect(pool('TECH_GUARANTEE').firmsServed).toBe(6);
  });
  it('F7: its guaranteed loans outstanding are 2369.6万, 7.405 times its balance', () => {
    expect(pool('TECH_GUARANTEE').coveredOutstanding).toBe('23696000.00');
    expect(pool('TECH_GUARANTEE').leverageUsed).toBe('7.405');
  });
  it('F8: 500万 contributed to the Knowledge Value Credit Loan pool', () => {
    expect(pool('KNOWLEDGE_VALUE').contributed).toBe('5000000.00');
  });
  it('F9: 28 firms got 6874.5万 under it in 2022', () => {
    expect(pool('KNOWLEDGE_VALUE').lentInYear).toEqual({ loans: 28, amount: '68745000.00', firms: 28 });
  });
  it('F10: 7332.5万 of IP-pledge loans, 大度新材 among the borrowers', async () => {
    expect(overview.ipPledge.amount).toBe('73325000.00');
    const { firms } = await app.ok(FirmsDocument, { filter: { search: '大度新材' } });
    const dadu = firms.edges[0].node;
    const { loans } = await app.ok(LoansDocument, { filter: { firmId: dadu.id, disbursedFrom: '2022-01-01', disbursedTo: '2022-12-31' } });
    expect(loans.totalCount).toBeGreaterThan(0);
  });
  it('the live pool figures agree with the 2022 report (nothing after 2022 is in the data set)', async () => {
    const { riskPools } = await app.ok(RiskPoolsDocument);
    const tg = riskPools.edges.find((e) => e.node.kind === 'TECH_GUARANTEE')!.node;
    expect(tg).toMatchObject({ contributed: '7000000.00', balance: '3200000.00', firmsServed: 6, coveredOutstanding: '23696000.00', leverageUsed: '7.405', capacity: '32000000.00', headroom: '8304000.00', badLoanRatio: '0' });
    const kv = riskPools.edges.find((e) => e.node.kind === 'KNOWLEDGE_VALUE')!.node;
    expect(kv.contributed).toBe('5000000.00');
    expect(new Dec(kv.coveredOutstanding!).lte(kv.capacity!)).toBe(true);
  });
});

describe('the 2022 data set is consistent', () => {
  it('every loan lies within its product\'s amount, term, validity and rate range (LPR on the day, for LPR products)', async () => {
    const em = app.orm.em.fork();
    const loans = await em.find(Loan, {}, { populate: ['product'] });
    expect(loans.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const l of loans) {
      const p = l.product;
      if (l.principal.lt(p.minAmount) || l.principal.gt(p.maxAmount)) problems.push(`${l.contractNo}: principal`);
      if (l.termMonths < p.minTermMonths || l.termMonths > p.maxTermMonths) problems.push(`${l.contractNo}: term`);
      if ((p.validFrom && l.disbursedOn < p.validFrom) || (p.validUntil && l.disbursedOn > p.validUntil)) problems.push(`${l.contractNo}: validity`);
      let [lo, hi] = [p.minRate, p.maxRate];
      if (p.rateKind === RateKind.LPR_SPREAD) {
        const lpr = (await lprOn(em, p.lprTenor, l.disbursedOn))!.rate;
        [lo, hi] = [lpr.plus(new Dec(p.minSpreadBps!).div(10000)), lpr.plus(new Dec(p.maxSpreadBps!).div(10000))];
      }
      if (l.annualRate.lt(lo!) || l.annualRate.gt(hi!)) problems.push(`${l.contractNo}: rate ${l.annualRate}`);
    }
    expect(problems).toEqual([]);
  });

  it('every loan\'s outstanding principal equals its principal less its repayments', async () => {
    const em = app.orm.em.fork();
    const repaid = new Map<string, Dec>();
    for (const r of await em.find(Repayment, {})) repaid.set(r.loan.id, (repaid.get(r.loan.id) ?? new Dec(0)).plus(r.principal));
    for (const l of await em.find(Loan, {})) expect(l.outstandingPrincipal.toFixed(2)).toBe(l.principal.minus(repaid.get(l.id) ?? 0).toFixed(2));
  });

  it('every pool balance equals the sum of its ledger entries', async () => {
    const rows = await app.orm.em.getConnection().execute<{ pool_id: string; sum: string }[]>('SELECT pool_id, sum(signed_amount)::text AS sum FROM pool_ledger_entry GROUP BY pool_id');
    const { riskPools } = await app.ok(RiskPoolsDocument);
    expect(rows).toHaveLength(riskPools.totalCount);
    for (const r of rows) expect(riskPools.edges.find((e) => e.node.id === r.pool_id)!.node.balance).toBe(new Dec(r.sum).toFixed(2));
  });

  it('holds 2022\'s pairings, visits, demands and a 金融入园惠企 event whose signed and lent totals differ', async () => {
    const { matchmakingEvents } = await app.ok(MatchmakingEventsDocument, {});
    expect(matchmakingEvents.totalCount).toBe(1);
    const event = matchmakingEvents.edges[0].node;
    // Six tech firms signed and later borrowed; two signed and did not.
    expect(event.signings).toHaveLength(8);
    expect(new Dec(event.lentTotal).eq('23800000')).toBe(true);
    expect(new Dec(event.signedTotal).gt(event.lentTotal)).toBe(true);
    expect((await app.ok(PairingsDocument, {})).pairings.totalCount).toBe(9);
    const demands = (await app.ok(FinancingDemandsDocument, { first: 20 })).financingDemands;
    expect(demands.totalCount).toBe(7);
    expect(demands.edges.map((e) => e.node.status).sort()).toEqual([...Array(6).fill('DISBURSED'), 'DECLINED'].sort());
    // They are the year's own loans: nothing was added to F3.
    expect(overview.loansArranged.amount).toBe('3003000000.00');
  });

  it('refuses a year that has not begun or a nonsensical one', async () => {
    expect((await app.fails(FinanceOverviewDocument, { year: 3000 })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(FinanceOverviewDocument, { year: 1900 })).code).toBe('BAD_USER_INPUT');
  });
});
