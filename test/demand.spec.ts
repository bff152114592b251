import { addDays, todayInZone } from '../src/common/dates';
import { TestApp } from './helpers/app';
import { Role } from '../src/modules/auth/auth.types';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { bankWithPresident, bankWithProduct, daysAgo, demandInput, fileDemand, pairing, recommend, visit } from './helpers/engagement';
import { recordLoan } from './helpers/pools';
import {
  AddFirmQualificationDocument,
  ApplyForProductDocument,
  BankResponseStatsDocument,
  DeclineDemandAtBankDocument,
  DeclineDemandDocument,
  FileDemandDocument,
  FinancingDemandDocument,
  FinancingDemandsDocument,
  FirmJourneyDocument,
  GrantCreditDocument,
  LoanDocument,
  MakeOfferDocument,
  OverdueDemandsDocument,
  RecommendDemandDocument,
  RecordDemandDisbursedDocument,
  RouteDemandDocument,
  ServiceVisitDocument,
  UpdateProductDocument,
} from './generated/operations';
import type { DemandStatus } from './generated/schema';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const today = () => todayInZone();
const inDays = (n: number) => addDays(todayInZone(), n);

const offer = (demandId: string, bankId: string, over: object = {}) => ({
  input: { demandId, bankId, amount: '3000000.00', annualRate: '0.0420', termMonths: 12, conditions: '法定代表人连带担保', validUntil: inDays(30), answeredOn: daysAgo(35), ...over },
});
const decline = (demandId: string, bankId: string, over: object = {}) => ({ input: { demandId, bankId, reason: '暂不符合本行授信政策', answeredOn: daysAgo(35), ...over } });

/**
 * A demand brought to a state by the legal path: filed, addressed to bank A (under its product)
 * and bank B (no product), offered by A, granted on A's offer, disbursed by A.
 */
async function demandIn(state: DemandStatus) {
  const a = await bankWithProduct(app);
  const b = await createBank(app);
  const firm = await createFirm(app);
  const demand = await fileDemand(app, firm.id);
  const ctx = { a, b, firm, demand, offerId: '', loanId: '' };
  if (state === 'FILED') return ctx;
  await recommend(app, demand.id, [{ bankId: a.bank.id, productId: a.product.id }, { bankId: b.id }]);
  if (state === 'RECOMMENDED') return ctx;
  ctx.offerId = (await app.ok(MakeOfferDocument, offer(demand.id, a.bank.id))).makeOffer.id;
  if (state === 'IN_TALKS') return ctx;
  if (state === 'DECLINED') {
    await app.ok(DeclineDemandDocument, { input: { demandId: demand.id, reason: '企业另寻融资渠道' } });
    return ctx;
  }
  await app.ok(GrantCreditDocument, { input: { offerId: ctx.offerId } });
  if (state === 'CREDIT_GRANTED') return ctx;
  ctx.loanId = (await recordLoan(app, a.product.id, firm.id, '3000000.00')).id;
  await app.ok(RecordDemandDisbursedDocument, { input: { demandId: demand.id, loanId: ctx.loanId } });
  return ctx;
}

const read = async (id: string) => (await app.ok(FinancingDemandDocument, { id })).financingDemand;

describe('the status flow', () => {
  it('goes filed -> recommended -> in talks -> credit granted -> disbursed, each step dated; the disbursed demand points at its loan', async () => {
    const { a, b, firm, demand, loanId } = await demandIn('DISBURSED');
    expect(demand).toMatchObject({ status: 'FILED', filedOn: daysAgo(60), source: 'ONLINE' });
    const d = await read(demand.id);
    expect(d).toMatchObject({
      status: 'DISBURSED',
      filedOn: daysAgo(60),
      recommendedOn: daysAgo(40),
      talksStartedOn: daysAgo(35),
      creditGrantedOn: today(),
      disbursedOn: today(),
      firm: { id: firm.id },
      loan: { id: loanId, principal: '3000000.00' },
      grantedOffer: { id: d.offers[0].id },
    });
    // Bank B never answered: once credit was granted elsewhere it need not, and is not overdue.
    expect(d.addressees.map((x) => [x.bank.id, x.status, x.withdrawnOn])).toEqual([
      [a.bank.id, 'OFFERED', null],
      [b.id, 'WITHDRAWN', today()],
    ]);
    const { loan } = await app.ok(LoanDocument, { id: loanId });
    expect(loan).toMatchObject({ id: loanId });
    const { firmJourney } = await app.ok(FirmJourneyDocument, { firmId: firm.id });
    expect(firmJourney.loans).toEqual([expect.objectContaining({ id: loanId, financingDemand: { id: demand.id } })]);
  });

  it.each(['FILED', 'RECOMMENDED', 'IN_TALKS', 'CREDIT_GRANTED'] as const)('a demand in state %s can be declined with a reason; banks still to answer are released', async (state) => {
    const { demand } = await demandIn(state);
    const { declineDemand } = await app.ok(DeclineDemandDocument, { input: { demandId: demand.id, reason: '企业暂缓扩产,撤回需求' } });
    expect(declineDemand).toMatchObject({ status: 'DECLINED', declinedOn: today(), declineReason: '企业暂缓扩产,撤回需求' });
    expect(declineDemand.addressees.filter((x) => x.status === 'AWAITING')).toEqual([]);
  });

  it('refuses every illegal move with INVALID_STATE and changes nothing', async () => {
    const filed = await demandIn('FILED');
    const recommended = await demandIn('RECOMMENDED');
    const talks = await demandIn('IN_TALKS');
    const granted = await demandIn('CREDIT_GRANTED');
    const disbursed = await demandIn('DISBURSED');
    const declined = await demandIn('DECLINED');
    const spareLoan = (await recordLoan(app, granted.a.product.id, granted.firm.id, '3000000.00')).id;
    // A decline on a RECOMMENDED demand gives an offer-row to try granting on; it is not routed on.
    const declinedByA = (await app.ok(DeclineDemandAtBankDocument, decline(recommended.demand.id, recommended.a.bank.id, { routeToNext: false }))).declineDemandAtBank.id;

    const before = await app.snapshot();
    const attempts: [string, () => Promise<{ code: string; error: { message: string } }>][] = [
      ['FILED: a bank answers before the demand reached it', () => app.fails(MakeOfferDocument, offer(filed.demand.id, filed.a.bank.id))],
      ['FILED: disbursed', () => app.fails(RecordDemandDisbursedDocument, { input: { demandId: filed.demand.id, loanId: spareLoan } })],
      ['RECOMMENDED: granted on a decline', () => app.fails(GrantCreditDocument, { input: { offerId: declinedByA } })],
      ['RECOMMENDED: disbursed', () => app.fails(RecordDemandDisbursedDocument, { input: { demandId: recommended.demand.id, loanId: spareLoan } })],
      ['RECOMMENDED: the same bank answers twice', () => app.fails(MakeOfferDocument, offer(recommended.demand.id, recommended.a.bank.id))],
      ['IN_TALKS: recommended again', () => app.fails(RecommendDemandDocument, { input: { demandId: talks.demand.id, banks: [{ bankId: filed.b.id }] } })],
      ['IN_TALKS: disbursed before credit', () => app.fails(RecordDemandDisbursedDocument, { input: { demandId: talks.demand.id, loanId: spareLoan } })],
      ['CREDIT_GRANTED: recommended again', () => app.fails(RecommendDemandDocument, { input: { demandId: granted.demand.id, banks: [{ bankId: filed.b.id }] } })],
      ['CREDIT_GRANTED: a released bank offers', () => app.fails(MakeOfferDocument, offer(granted.demand.id, granted.b.id))],
      ['CREDIT_GRANTED: granted twice', () => app.fails(GrantCreditDocument, { input: { offerId: granted.offerId } })],
      ['DISBURSED: recommended', () => app.fails(RecommendDemandDocument, { input: { demandId: disbursed.demand.id, banks: [{ bankId: filed.b.id }] } })],
      ['DISBURSED: a released bank declines', () => app.fails(DeclineDemandAtBankDocument, decline(disbursed.demand.id, disbursed.b.id))],
      ['DISBURSED: granted again', () => app.fails(GrantCreditDocument, { input: { offerId: disbursed.offerId } })],
      ['DISBURSED: disbursed again', () => app.fails(RecordDemandDisbursedDocument, { input: { demandId: disbursed.demand.id, loanId: spareLoan } })],
      ['DISBURSED: declined', () => app.fails(DeclineDemandDocument, { input: { demandId: disbursed.demand.id, reason: 'x' } })],
      ['DECLINED: recommended', () => app.fails(RecommendDemandDocument, { input: { demandId: declined.demand.id, banks: [{ bankId: filed.b.id }] } })],
      ['DECLINED: a released bank offers', () => app.fails(MakeOfferDocument, offer(declined.demand.id, declined.b.id))],
      ['DECLINED: granted', () => app.fails(GrantCreditDocument, { input: { offerId: declined.offerId } })],
      ['DECLINED: disbursed', () => app.fails(RecordDemandDisbursedDocument, { input: { demandId: declined.demand.id, loanId: spareLoan } })],
      ['DECLINED: declined again', () => app.fails(DeclineDemandDocument, { input: { demandId: declined.demand.id, reason: 'x' } })],
      ['DECLINED: routed on', () => app.fails(RouteDemandDocument, { input: { demandId: declined.demand.id, fromBankId: declined.b.id } })],
    ];
    for (const [what, attempt] of attempts) {
      const { code } = await attempt();
      expect({ what, code }).toEqual({ what, code: 'INVALID_STATE' });
    }
    const named = await app.fails(RecommendDemandDocument, { input: { demandId: disbursed.demand.id, banks: [{ bankId: filed.b.id }] } });
    expect(named.error.message).toBe('融资需求当前为"已放款",不能变为"已推荐" / the demand is disbursed and cannot become recommended');
    expect(await app.snapshot()).toEqual(before);
    for (const [ctx, status] of [[filed, 'FILED'], [talks, 'IN_TALKS'], [granted, 'CREDIT_GRANTED'], [disbursed, 'DISBURSED'], [declined, 'DECLINED']] as const) {
      expect((await read(ctx.demand.id)).status).toBe(status);
    }
  });

  it('refuses credit on a lapsed offer, and a loan of another bank or firm, or one already meeting a demand', async () => {
    const { a, firm, demand } = await demandIn('RECOMMENDED');
    const { makeOffer } = await app.ok(MakeOfferDocument, offer(demand.id, a.bank.id, { answeredOn: daysAgo(30), validUntil: daysAgo(1) }));
    const before = await app.snapshot();
    const lapsed = await app.fails(GrantCreditDocument, { input: { offerId: makeOffer.id } });
    expect(lapsed.code).toBe('INVALID_STATE');
    expect(lapsed.error.message).toContain(`报价已于${daysAgo(1)}过期`);
    expect(await app.snapshot()).toEqual(before);
    await app.ok(GrantCreditDocument, { input: { offerId: makeOffer.id, on: daysAgo(2) } });

    const other = await bankWithProduct(app);
    const otherBanksLoan = await recordLoan(app, other.product.id, firm.id, '1000000.00');
    const otherFirmsLoan = await recordLoan(app, a.product.id, (await createFirm(app)).id, '1000000.00');
    const problem = async (loanId: string) => {
      const { code, error } = await app.fails(RecordDemandDisbursedDocument, { input: { demandId: demand.id, loanId } });
      return code === 'BAD_USER_INPUT' ? (error.extensions?.problems as { code: string }[])[0].code : code;
    };
    const snap = await app.snapshot();
    expect(await problem(otherBanksLoan.id)).toBe('LOAN_OF_OTHER_BANK');
    expect(await problem(otherFirmsLoan.id)).toBe('LOAN_OF_OTHER_FIRM');
    expect(await problem('00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(snap);
    // A's loan to the firm, but already meeting another demand of it.
    const loan = await recordLoan(app, a.product.id, firm.id, '3000000.00');
    const second = await fileDemand(app, firm.id);
    await recommend(app, second.id, [{ bankId: a.bank.id }]);
    const { makeOffer: o2 } = await app.ok(MakeOfferDocument, offer(second.id, a.bank.id));
    await app.ok(GrantCreditDocument, { input: { offerId: o2.id } });
    await app.ok(RecordDemandDisbursedDocument, { input: { demandId: second.id, loanId: loan.id } });
    expect(await problem(loan.id)).toBe('CONFLICT');
  });
});

describe('response deadlines', () => {
  it('run from the day addressed: the product\'s promised days, else 30 calendar days; frozen when addressed', async () => {
    const { bank: withProduct, product } = await bankWithProduct(app, { promisedResponseDays: 7 });
    const plain = await createBank(app);
    const demand = await fileDemand(app, undefined, { filedOn: '2024-02-01' });
    const d1 = await recommend(app, demand.id, [{ bankId: plain.id }], '2024-02-20');
    // 2024 is a leap year: 30 days after 20 February is 21 March.
    expect(d1.addressees).toEqual([expect.objectContaining({ bank: { id: plain.id }, product: null, addressedOn: '2024-02-20', responseDays: 30, deadlineBasis: 'DEFAULT', dueOn: '2024-03-21' })]);
    const d2 = await recommend(app, demand.id, [{ bankId: withProduct.id, productId: product.id }], '2024-12-28');
    expect(d2).toMatchObject({ status: 'RECOMMENDED', recommendedOn: '2024-02-20' });
    expect(d2.addressees[1]).toMatchObject({ bank: { id: withProduct.id }, product: { id: product.id }, responseDays: 7, deadlineBasis: 'PRODUCT', dueOn: '2025-01-04' });
    await app.ok(UpdateProductDocument, { id: product.id, input: { promisedResponseDays: 3 } });
    expect((await read(demand.id)).addressees[1]).toMatchObject({ responseDays: 7, dueOn: '2025-01-04' });
    // Answered on its last day is in time; the day after is late.
    const { makeOffer } = await app.ok(MakeOfferDocument, offer(demand.id, withProduct.id, { answeredOn: '2025-01-04', validUntil: '2025-02-01' }));
    expect(makeOffer.answeredInTime).toBe(true);
    const { declineDemandAtBank } = await app.ok(DeclineDemandAtBankDocument, decline(demand.id, plain.id, { answeredOn: '2024-03-22', routeToNext: false }));
    expect(declineDemandAtBank.answeredInTime).toBe(false);
  });

  it('an overdue demand is listed until the bank answers', async () => {
    const { bank } = await bankWithProduct(app);
    const late = await fileDemand(app);
    const fresh = await fileDemand(app);
    await recommend(app, late.id, [{ bankId: bank.id }], daysAgo(40));
    await recommend(app, fresh.id, [{ bankId: bank.id }], daysAgo(5));
    const overdue = async (asOf?: string) => (await app.ok(OverdueDemandsDocument, { bankId: bank.id, asOf })).overdueDemands;

    const now = await overdue();
    expect(now).toEqual([expect.objectContaining({ dueOn: daysAgo(10), daysLate: 10, overdue: true, status: 'AWAITING', demand: { id: late.id, status: 'RECOMMENDED' } })]);
    expect((await overdue(inDays(30))).map((x) => x.demand.id)).toEqual([late.id, fresh.id]);
    expect((await app.ok(OverdueDemandsDocument, {})).overdueDemands.map((x) => x.demand.id)).toContain(late.id);

    const { makeOffer } = await app.ok(MakeOfferDocument, offer(late.id, bank.id, { answeredOn: today() }));
    expect(makeOffer).toMatchObject({ answeredInTime: false, demand: { status: 'IN_TALKS' } });
    expect(await overdue()).toEqual([]);
    expect((await read(late.id)).addressees[0]).toMatchObject({ status: 'OFFERED', answeredOn: today(), overdue: false });
  });
});

describe('routing on after a decline', () => {
  // Demands of 77,700,000 for 24 months: only the products made here take that amount.
  const band = { minAmount: '70000000.00', maxAmount: '80000000.00', minTermMonths: 12, maxTermMonths: 36 };

  it('routes to the fitting bank that promises the fastest answer, then the next, until none fits', async () => {
    const firm = await createFirm(app);
    const first = await bankWithProduct(app, { ...band, promisedResponseDays: 15 });
    // Not candidates: the declining bank's other product, a draft, a product the firm is not
    // eligible for, one whose range does not take the amount, one that wants other security.
    await createProduct(app, first.bank.id, { ...band, promisedResponseDays: 1 }, true);
    await createProduct(app, (await createBank(app)).id, { ...band, promisedResponseDays: 1 });
    const techOnly = await bankWithProduct(app, { ...band, promisedResponseDays: 2, eligibility: { chains: [], sizeClasses: [], requiredQualifications: ['TECH_SME'], ipRequired: false } });
    await bankWithProduct(app, { ...band, maxAmount: '77000000.00', promisedResponseDays: 2 });
    await bankWithProduct(app, { ...band, collateralKinds: ['REAL_ESTATE'], promisedResponseDays: 2 });
    // Candidates, in routing order: 5 days (listed first), 5 days (listed later), 10 days.
    const faster = await bankWithProduct(app, { ...band, promisedResponseDays: 5, collateralKinds: ['IP', 'RECEIVABLES'] });
    const sameDays = await bankWithProduct(app, { ...band, promisedResponseDays: 5 });
    const slower = await bankWithProduct(app, { ...band, promisedResponseDays: 10 });

    const demand = await fileDemand(app, firm.id, { amount: '77700000.00', termMonths: 24, collateralOffered: ['RECEIVABLES'] });
    await recommend(app, demand.id, [{ bankId: first.bank.id, productId: first.product.id }], daysAgo(20));
    const no = async (bankId: string, answeredOn: string) => (await app.ok(DeclineDemandAtBankDocument, decline(demand.id, bankId, { answeredOn }))).declineDemandAtBank;

    const no1 = await no(first.bank.id, daysAgo(10));
    expect(no1).toMatchObject({ decision: 'DECLINED', declineReason: '暂不符合本行授信政策', demand: { status: 'RECOMMENDED' } });
    expect(no1.routedTo).toMatchObject({ bank: { id: faster.bank.id }, product: { id: faster.product.id }, addressedOn: daysAgo(10), responseDays: 5, deadlineBasis: 'PRODUCT', dueOn: daysAgo(5), status: 'AWAITING' });
    expect((await no(faster.bank.id, daysAgo(8))).routedTo?.bank.id).toBe(sameDays.bank.id);
    expect((await no(sameDays.bank.id, daysAgo(6))).routedTo).toMatchObject({ bank: { id: slower.bank.id }, dueOn: daysAgo(-4) });
    const last = await no(slower.bank.id, daysAgo(5));
    expect(last.routedTo).toBeNull();

    const d = await read(demand.id);
    expect(d.status).toBe('RECOMMENDED');
    expect(d.addressees.map((x) => [x.bank.id, x.status, x.routedFrom?.bank.id ?? null, x.routedTo?.bank.id ?? null])).toEqual([
      [first.bank.id, 'DECLINED', null, faster.bank.id],
      [faster.bank.id, 'DECLINED', first.bank.id, sameDays.bank.id],
      [sameDays.bank.id, 'DECLINED', faster.bank.id, slower.bank.id],
      [slower.bank.id, 'DECLINED', sameDays.bank.id, null],
    ]);

    // Asked again, with nothing that fits: NO_FITTING_BANK, nothing written.
    const before = await app.snapshot();
    const none = await app.fails(RouteDemandDocument, { input: { demandId: demand.id, fromBankId: slower.bank.id } });
    expect(none.code).toBe('NO_FITTING_BANK');
    expect(await app.snapshot()).toEqual(before);

    // Once the firm holds the qualification, the tech-only product fits, judged on the routing day.
    await app.ok(AddFirmQualificationDocument, { firmId: firm.id, input: { kind: 'TECH_SME', validFrom: daysAgo(1), validUntil: inDays(365) } });
    const { routeDemand } = await app.ok(RouteDemandDocument, { input: { demandId: demand.id, fromBankId: slower.bank.id } });
    expect(routeDemand).toMatchObject({ bank: { id: techOnly.bank.id }, routedFrom: { id: d.addressees[3].id }, addressedOn: today(), dueOn: inDays(2) });
    expect((await app.fails(RouteDemandDocument, { input: { demandId: demand.id, fromBankId: slower.bank.id } })).code).toBe('CONFLICT');
    // A bank still within its deadline is not passed over.
    expect((await app.fails(RouteDemandDocument, { input: { demandId: demand.id, fromBankId: techOnly.bank.id } })).code).toBe('INVALID_STATE');
  });

  it('routes on from a bank that let its deadline pass; that bank may still answer, late', async () => {
    const rescue = await bankWithProduct(app, { minAmount: '60000000.00', maxAmount: '65000000.00', promisedResponseDays: 3 });
    const silent = await createBank(app);
    const demand = await fileDemand(app, undefined, { amount: '62000000.00' });
    await recommend(app, demand.id, [{ bankId: silent.id }], daysAgo(40));
    const { routeDemand } = await app.ok(RouteDemandDocument, { input: { demandId: demand.id, fromBankId: silent.id } });
    expect(routeDemand).toMatchObject({ bank: { id: rescue.bank.id }, addressedOn: today(), dueOn: inDays(3) });
    // Its late "no" is recorded; the demand has already moved on, and is not routed twice.
    const late = await app.ok(DeclineDemandAtBankDocument, decline(demand.id, silent.id, { answeredOn: today() }));
    expect(late.declineDemandAtBank).toMatchObject({ answeredInTime: false, routedTo: { id: routeDemand.id }, demand: { status: 'RECOMMENDED' } });
    expect((await read(demand.id)).addressees).toHaveLength(2);
    const yes = await app.ok(MakeOfferDocument, offer(demand.id, rescue.bank.id, { amount: '62000000.00', answeredOn: today() }));
    expect(yes.makeOffer).toMatchObject({ answeredInTime: true, demand: { status: 'IN_TALKS' } });
  });
});

describe('a firm applies under a product', () => {
  it('files the demand and addresses it to the product\'s bank the same day, due within its promised days', async () => {
    const { bank, product } = await bankWithProduct(app, { promisedResponseDays: 5 });
    const firm = await createFirm(app);
    const owner = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
    const { fileDemand: demand } = await owner.ok(ApplyForProductDocument, { input: demandInput(firm.id, { filedOn: undefined, productId: product.id }) });
    expect(demand.status).toBe('RECOMMENDED');
    expect(demand.recommendedOn).toBe(today());
    expect(demand.addressees).toEqual([expect.objectContaining({ bank: { id: bank.id }, product: { id: product.id }, addressedOn: today(), responseDays: 5, deadlineBasis: 'PRODUCT', dueOn: inDays(5), status: 'AWAITING' })]);
  });

  it('refuses an amount or term outside the product\'s ranges beside their fields, a firm that does not qualify, and a draft as if it did not exist', async () => {
    const { bank, product } = await bankWithProduct(app, { minAmount: '100000.00', maxAmount: '5000000.00', minTermMonths: 6, maxTermMonths: 36 });
    const firm = await createFirm(app);
    const owner = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
    const strict = await createProduct(app, bank.id, { eligibility: { requiredQualifications: ['HIGH_TECH_ENTERPRISE'] } }, true);
    const draft = await createProduct(app, bank.id);
    const before = await app.snapshot();
    const outside = await owner.fails(ApplyForProductDocument, { input: demandInput(firm.id, { filedOn: undefined, productId: product.id, amount: '9000000.00', termMonths: 48 }) });
    expect(outside.code).toBe('BAD_USER_INPUT');
    expect((outside.error.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`)).toEqual(['amount:OUTSIDE_PRODUCT_RANGE', 'termMonths:OUTSIDE_PRODUCT_RANGE']);
    expect((await owner.fails(ApplyForProductDocument, { input: demandInput(firm.id, { filedOn: undefined, productId: strict.id }) })).code).toBe('NOT_ELIGIBLE');
    expect((await owner.fails(ApplyForProductDocument, { input: demandInput(firm.id, { filedOn: undefined, productId: draft.id }) })).code).toBe('NOT_FOUND');
    expect((await app.fails(ApplyForProductDocument, { input: demandInput(firm.id, { filedOn: undefined, productId: draft.id }) })).code).toBe('INVALID_STATE');
    expect(await app.snapshot()).toEqual(before);
  });
});

describe('the finance office\'s views', () => {
  it('each bank\'s share answered in time and median response days', async () => {
    const { bank: x, product } = await bankWithProduct(app, { promisedResponseDays: 7 });
    const y = await createBank(app);
    const demands = await Promise.all([0, 1, 2, 3, 4, 5, 6].map(() => fileDemand(app)));
    const [d1, d2, d3, d4, d5, d6, d7] = demands.map((d) => d.id);
    const underProduct = [{ bankId: x.id, productId: product.id }];
    await recommend(app, d1, underProduct, daysAgo(30)); // due daysAgo(23)
    await app.ok(MakeOfferDocument, offer(d1, x.id, { answeredOn: daysAgo(28) })); // 2 days, in time
    await recommend(app, d2, underProduct, daysAgo(30));
    await app.ok(DeclineDemandAtBankDocument, decline(d2, x.id, { answeredOn: daysAgo(21), routeToNext: false })); // 9 days, late
    await recommend(app, d3, [{ bankId: x.id }], daysAgo(40)); // due daysAgo(10), never answered
    await recommend(app, d4, underProduct, daysAgo(2)); // due in 5 days: not judged yet
    await recommend(app, d5, [{ bankId: y.id }], daysAgo(10));
    await app.ok(MakeOfferDocument, offer(d5, y.id, { answeredOn: daysAgo(6) })); // 4 days, in time
    await recommend(app, d6, [{ bankId: y.id }], daysAgo(5));
    await app.ok(DeclineDemandDocument, { input: { demandId: d6, reason: '企业已通过其他渠道融资' } }); // withdrawn before its due date: not judged
    await recommend(app, d7, [{ bankId: y.id }], daysAgo(40)); // due daysAgo(10)
    await app.ok(MakeOfferDocument, offer(d7, y.id, { answeredOn: daysAgo(10) })); // 30 days, on its last day: in time

    const { bankResponseStats } = await app.ok(BankResponseStatsDocument, { bankIds: [x.id, y.id] });
    const byBank = Object.fromEntries(bankResponseStats.map(({ bank, ...rest }) => [bank.id, rest]));
    expect(byBank[x.id]).toEqual({ addressed: 4, answered: 2, answeredInTime: 1, answeredLate: 1, unansweredPastDue: 1, awaiting: 2, shareInTime: '0.333333', medianResponseDays: 5.5 });
    expect(byBank[y.id]).toEqual({ addressed: 3, answered: 2, answeredInTime: 2, answeredLate: 0, unansweredPastDue: 0, awaiting: 0, shareInTime: '1', medianResponseDays: 17 });
    // Over demands addressed in the last week only: X has d4 alone, not yet due, so nothing to judge.
    const recent = (await app.ok(BankResponseStatsDocument, { bankIds: [x.id], from: daysAgo(7), to: today() })).bankResponseStats;
    expect(recent).toEqual([expect.objectContaining({ addressed: 1, awaiting: 1, shareInTime: null, medianResponseDays: null })]);
    expect((await app.fails(BankResponseStatsDocument, { from: today(), to: daysAgo(1) })).code).toBe('BAD_USER_INPUT');
  });

  it('follows a firm from its first visit to the money in its account', async () => {
    // Demands of 25,000,000: only the two products made here take that amount.
    const band = { minAmount: '20000000.00', maxAmount: '30000000.00' };
    const { bank: a, president } = await bankWithPresident(app);
    const aProduct = await createProduct(app, a.id, { ...band, promisedResponseDays: 7 }, true);
    const { bank: b, product: bProduct } = await bankWithProduct(app, { ...band, promisedResponseDays: 10 });
    const firm = await createFirm(app);
    const p = await pairing(app, president.id, firm.id, daysAgo(100));
    const v = await visit(app, p.id, daysAgo(50), daysAgo(45));
    const { fileDemand: demand } = await app.ok(FileDemandDocument, { input: demandInput(firm.id, { source: 'VISIT', visitId: v.id, amount: '25000000.00', filedOn: daysAgo(50) }) });
    await recommend(app, demand.id, [{ bankId: a.id, productId: aProduct.id }], daysAgo(40));
    const no = await app.ok(DeclineDemandAtBankDocument, decline(demand.id, a.id, { answeredOn: daysAgo(38) }));
    expect(no.declineDemandAtBank.routedTo?.bank.id).toBe(b.id);
    const { makeOffer } = await app.ok(MakeOfferDocument, offer(demand.id, b.id, { amount: '25000000.00', answeredOn: daysAgo(30) }));
    await app.ok(GrantCreditDocument, { input: { offerId: makeOffer.id, on: daysAgo(20) } });
    const loan = await recordLoan(app, bProduct.id, firm.id, '25000000.00');
    await app.ok(RecordDemandDisbursedDocument, { input: { demandId: demand.id, loanId: loan.id } });

    const { serviceVisit } = await app.ok(ServiceVisitDocument, { id: v.id });
    expect(serviceVisit).toMatchObject({ demand: { id: demand.id }, firm: { id: firm.id } });
    const { firmJourney: j } = await app.ok(FirmJourneyDocument, { firmId: firm.id });
    expect(j).toMatchObject({ amountSought: '25000000.00', amountLent: '25000000.00', pairings: [{ id: p.id }], visits: [{ id: v.id, demand: { id: demand.id } }] });
    expect(j.demands).toEqual([{ id: demand.id, status: 'DISBURSED', loan: { id: loan.id } }]);
    expect(j.offers.map((o) => o.decision)).toEqual(['DECLINED', 'OFFERED']);
    expect(j.steps.map((s) => [s.on, s.kind])).toEqual([
      [daysAgo(100), 'PAIRING_STARTED'],
      [daysAgo(50), 'VISIT'],
      [daysAgo(50), 'DEMAND_FILED'],
      [daysAgo(40), 'DEMAND_ADDRESSED'],
      [daysAgo(38), 'BANK_DECLINED'],
      [daysAgo(38), 'DEMAND_ADDRESSED'],
      [daysAgo(30), 'BANK_OFFERED'],
      [daysAgo(20), 'CREDIT_GRANTED'],
      [today(), 'LOAN_DISBURSED'],
    ]);
    expect(j.steps[5].summary).toMatch(/^转推至.*须于.*前答复 \/ routed on to .*, answer due by /);
    expect(j.steps[8]).toMatchObject({ subjectId: loan.id, summary: expect.stringContaining('放款25000000.00元') });
    expect((await app.fails(FirmJourneyDocument, { firmId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('lists demands with their banks and answers in a fixed number of statements, however many there are', async () => {
    const banks = await Promise.all([0, 1].map(() => bankWithProduct(app)));
    const firmWith = async (n: number) => {
      const firm = await createFirm(app);
      for (let i = 0; i < n; i++) {
        const d = await fileDemand(app, firm.id);
        await recommend(app, d.id, banks.map(({ bank, product }) => ({ bankId: bank.id, productId: product.id })));
        await app.ok(MakeOfferDocument, offer(d.id, banks[0].bank.id));
      }
      return firm.id;
    };
    const few = await firmWith(2);
    const many = await firmWith(6);
    const count = (firmId: string) => app.countStatements(() => app.ok(FinancingDemandsDocument, { filter: { firmId } }));
    const manyList = await app.ok(FinancingDemandsDocument, { filter: { firmId: many } });
    expect(manyList.financingDemands.totalCount).toBe(6);
    expect(manyList.financingDemands.edges[0].node.addressees.map((x) => x.answer?.decision ?? null)).toEqual(['OFFERED', null]);
    expect(await count(many)).toBe(await count(few));
    expect((await app.ok(FinancingDemandsDocument, { filter: { bankId: banks[1].bank.id } })).financingDemands.totalCount).toBe(8);
  });
});

describe('bad input', () => {
  it('is refused with a clear code and leaves no trace', async () => {
    const { bank, product } = await bankWithProduct(app);
    const draft = await createProduct(app, bank.id);
    const other = await bankWithProduct(app);
    const firm = await createFirm(app);
    const stranger = await createFirm(app);
    const { president } = await bankWithPresident(app);
    const v = await visit(app, (await pairing(app, president.id, stranger.id)).id);
    const demand = await fileDemand(app, firm.id);
    await recommend(app, demand.id, [{ bankId: bank.id, productId: product.id }]);
    const unknown = '00000000-0000-4000-8000-000000000000';

    const before = await app.snapshot();
    const problems = async (result: Promise<{ code: string; error: { extensions?: Record<string, unknown> } }>) => {
      const { code, error } = await result;
      return code === 'BAD_USER_INPUT' ? ((error.extensions?.problems as { field: string; code: string }[] | undefined) ?? []).map((p) => `${p.field}:${p.code}`) : code;
    };
    const file = (over: object) => problems(app.fails(FileDemandDocument, { input: demandInput(firm.id, over) }));
    expect(await file({ amount: '-1.00' })).toEqual(['amount:INVALID_MONEY']); // refused by the Money scalar itself, named like any other problem
    expect((await app.fails(FileDemandDocument, { input: demandInput(firm.id, { amount: '-1.00' }) })).code).toBe('BAD_USER_INPUT');
    expect(await file({ amount: '0.00', termMonths: 0, purpose: ' ' })).toEqual(['amount:NOT_POSITIVE', 'termMonths:OUT_OF_RANGE', 'purpose:REQUIRED']);
    expect(await file({ source: 'VISIT' })).toEqual(['visitId:SOURCE_MISMATCH']);
    expect(await file({ source: 'ONLINE', eventId: unknown })).toEqual(['eventId:SOURCE_MISMATCH']);
    expect(await file({ filedOn: inDays(1) })).toEqual(['filedOn:IN_FUTURE']);
    expect(await file({ collateralOffered: ['NONE', 'IP'] })).toEqual(['collateralOffered:NONE_WITH_OTHERS']);
    expect(await file({ source: 'VISIT', visitId: v.id })).toEqual(['visitId:VISIT_OF_OTHER_FIRM']);
    expect(await file({ source: 'VISIT', visitId: unknown })).toBe('NOT_FOUND');
    expect(await problems(app.fails(FileDemandDocument, { input: demandInput(unknown) }))).toBe('NOT_FOUND');
    expect(await problems(app.fails(FileDemandDocument, { input: demandInput('not-an-id') }))).toEqual(['firmId:INVALID_ID']);

    const rec = (banks: { bankId: string; productId?: string }[], on?: string) => problems(app.fails(RecommendDemandDocument, { input: { demandId: demand.id, banks, on } }));
    expect(await rec([])).toEqual(['banks:REQUIRED']);
    expect(await rec([{ bankId: other.bank.id }, { bankId: other.bank.id }])).toEqual(['banks:DUPLICATE']);
    expect(await rec([{ bankId: unknown }])).toBe('NOT_FOUND');
    expect(await rec([{ bankId: other.bank.id, productId: product.id }])).toEqual(['banks[0].productId:PRODUCT_OF_OTHER_BANK']);
    expect(await rec([{ bankId: bank.id, productId: draft.id }])).toBe('INVALID_STATE');
    expect(await rec([{ bankId: bank.id }])).toBe('CONFLICT');
    expect(await rec([{ bankId: other.bank.id }], daysAgo(61))).toEqual(['on:TOO_EARLY']);
    expect(await problems(app.fails(RecommendDemandDocument, { input: { demandId: unknown, banks: [{ bankId: bank.id }] } }))).toBe('NOT_FOUND');

    const answer = (over: object) => problems(app.fails(MakeOfferDocument, offer(demand.id, bank.id, over)));
    expect(await answer({ validUntil: daysAgo(36), amount: '0.00', termMonths: 400 })).toEqual(['amount:NOT_POSITIVE', 'termMonths:OUT_OF_RANGE', 'validUntil:RANGE_REVERSED']);
    expect(await answer({ answeredOn: daysAgo(41) })).toEqual(['answeredOn:TOO_EARLY']);
    expect(await answer({ annualRate: '3.85' })).toEqual(['annualRate:INVALID_RATE']);
    expect(await problems(app.fails(MakeOfferDocument, offer(demand.id, unknown)))).toBe('NOT_FOUND');
    expect(await problems(app.fails(MakeOfferDocument, offer(demand.id, other.bank.id)))).toBe('INVALID_STATE');
    expect(await problems(app.fails(DeclineDemandAtBankDocument, decline(demand.id, bank.id, { reason: '' })))).toEqual(['reason:REQUIRED']);
    expect(await problems(app.fails(GrantCreditDocument, { input: { offerId: unknown } }))).toBe('NOT_FOUND');
    expect(await problems(app.fails(DeclineDemandDocument, { input: { demandId: demand.id, reason: '  ' } }))).toEqual(['reason:REQUIRED']);
    expect(await app.snapshot()).toEqual(before);
  });
});
