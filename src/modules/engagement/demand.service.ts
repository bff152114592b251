import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { formatMoney } from '../../common/decimal';
import { BadInputError, ConflictError, InvalidStateError, NotFoundError, RuleError, bi } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, clean, type Check } from '../../common/validation';
import { findOr404, inTransaction } from '../../common/write';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { FirmQualification } from '../firm/firm-qualification.entity';
import { IpAsset } from '../ip-asset/ip-asset.entity';
import { evaluateEligibility } from '../product/eligibility';
import { Loan } from '../loan/loan.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { CollateralKind, ProductStatus } from '../product/product.enums';
import { DemandAddressee } from './demand-addressee.entity';
import { assertNotBefore, pastOrToday } from './engagement.checks';
import { AddresseeStatus, DEMAND_STATUS_LABELS, DEMAND_TRANSITIONS, DemandSource, DemandStatus, OfferDecision } from './engagement.enums';
import type {
  DeclineDemandAtBankInput,
  DeclineDemandInput,
  DemandFilter,
  FileDemandInput,
  GrantCreditInput,
  MakeOfferInput,
  RecommendDemandInput,
  RecordDemandDisbursedInput,
  RouteDemandInput,
} from './engagement.inputs';
import { EventFirm } from './event-participant.entity';
import { FinancingDemand } from './financing-demand.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';
import { Offer } from './offer.entity';
import { Pairing } from './pairing.entity';
import { addressTo, nextFittingProduct } from './routing';
import { ServiceVisit } from './service-visit.entity';
import { isFinance } from '../auth/access';
import { ownLoanScope } from '../loan/loan.access';
import type { Actor } from '../auth/auth.types';
import { assertActsForFirm, assertAnswersFor, assertOwnBank, demandScope } from './engagement.access';

const MAX_BANKS_PER_REQUEST = 20;
const DEMAND_FILED = { zh: '需求登记日', en: 'the day the demand was filed' };
const ADDRESSED = { zh: '推送给该行的日期', en: 'the day the demand reached the bank' };

function assertTransition(demand: FinancingDemand, to: DemandStatus): void {
  if (!DEMAND_TRANSITIONS[demand.status].includes(to)) {
    const from = DEMAND_STATUS_LABELS[demand.status];
    const next = DEMAND_STATUS_LABELS[to];
    throw new InvalidStateError(bi(`融资需求当前为"${from.zh}",不能变为"${next.zh}"`, `the demand is ${from.en} and cannot become ${next.en}`), { status: demand.status, requested: to });
  }
}

function checkCollateral(c: Check, kinds: CollateralKind[] | undefined): void {
  if (!kinds) return;
  c.when(kinds.includes(CollateralKind.NONE) && kinds.length > 1, 'collateralOffered', 'NONE_WITH_OTHERS', bi('"无担保"(NONE)不能与其他担保方式同时选择', 'NONE cannot be combined with other forms of security'));
  c.when(new Set(kinds).size !== kinds.length, 'collateralOffered', 'DUPLICATE', bi('担保方式有重复', 'a form of security is listed twice'));
}

/** Product of a bank, published: the only kind a demand can be addressed or answered under. */
async function productOfBank(tx: EntityManager, productId: string, bank: Bank, field: string): Promise<LoanProduct> {
  const product = await findOr404(tx, LoanProduct, productId, NOUN.product);
  if (product.bank.id !== bank.id) {
    throw BadInputError.one(field, 'PRODUCT_OF_OTHER_BANK', bi('产品不属于该银行', 'the product belongs to another bank'));
  }
  if (product.status !== ProductStatus.PUBLISHED) {
    throw new InvalidStateError(bi('只能依据已发布的产品', 'only a published product can be used'), { productStatus: product.status });
  }
  return product;
}

/** The locked demand and the addressee row of one bank on it, which must still be awaiting its answer. */
async function awaitingAddressee(tx: EntityManager, demandId: string, bankId: string): Promise<{ demand: FinancingDemand; addressee: DemandAddressee }> {
  const demand = await findOr404(tx, FinancingDemand, demandId, NOUN.demand, { lock: true });
  if (!isUuid(bankId)) throw new NotFoundError(NOUN.bank, bankId);
  const addressee = await tx.findOne(DemandAddressee, { demand, bank: bankId });
  if (!addressee) {
    await findOr404(tx, Bank, bankId, NOUN.bank);
    throw new InvalidStateError(bi('该需求未推送给这家银行', 'the demand was not addressed to this bank'));
  }
  if (addressee.status !== AddresseeStatus.AWAITING) {
    throw new InvalidStateError(
      addressee.status === AddresseeStatus.WITHDRAWN
        ? bi('需求已在他处授信或已终止,该行无需再答复', 'the demand was granted elsewhere or closed; this bank need not answer')
        : bi('该行已答复过此需求', 'this bank has already answered the demand'),
      { addresseeStatus: addressee.status },
    );
  }
  return { demand, addressee };
}

/** Banks that have not answered need no longer answer once the demand is granted or closed. */
async function withdrawAwaiting(tx: EntityManager, demand: FinancingDemand, on: string): Promise<void> {
  for (const a of await tx.find(DemandAddressee, { demand, status: AddresseeStatus.AWAITING })) {
    a.status = AddresseeStatus.WITHDRAWN;
    a.withdrawnOn = on > a.addressedOn ? on : a.addressedOn;
  }
}

/** Routes a demand on from one addressee to the next fitting bank; null when none fits. */
async function routeOn(tx: EntityManager, demand: FinancingDemand, from: DemandAddressee, on: string): Promise<DemandAddressee | null> {
  if (await tx.findOne(DemandAddressee, { routedFrom: from })) {
    throw new ConflictError(bi('已从该行转推过一次', 'the demand was already routed on from this bank'));
  }
  const product = await nextFittingProduct(tx, demand, on);
  if (!product) return null;
  const bank = await tx.findOneOrFail(Bank, product.bank.id);
  return addressTo(tx, demand, bank, product, on, from);
}

/**
 * A firm's application under one product (the console's "apply"): the demand goes straight to the
 * product's bank, as recommendDemand would address it, once the demand fits the product's ranges
 * and the firm meets its criteria today. A product that is not published does not exist to a firm.
 */
async function applyUnder(tx: EntityManager, actor: Actor | null, demand: FinancingDemand, productId: string): Promise<void> {
  const product = await findOr404(tx, LoanProduct, productId, NOUN.product);
  if (product.status !== ProductStatus.PUBLISHED) {
    if (!isFinance(actor)) throw new NotFoundError(NOUN.product, productId);
    throw new InvalidStateError(bi('只能申请已发布的产品', 'only a published product can be applied for'), { productStatus: product.status });
  }
  const c = check();
  c.when(demand.amount.lt(product.minAmount) || demand.amount.gt(product.maxAmount), 'amount', 'OUTSIDE_PRODUCT_RANGE',
    bi(`金额须在该产品额度范围内(${formatMoney(product.minAmount)}至${formatMoney(product.maxAmount)}元)`, `the amount must lie within the product's range (${formatMoney(product.minAmount)} to ${formatMoney(product.maxAmount)} yuan)`));
  c.when(demand.termMonths < product.minTermMonths || demand.termMonths > product.maxTermMonths, 'termMonths', 'OUTSIDE_PRODUCT_RANGE',
    bi(`期限须在该产品期限范围内(${product.minTermMonths}至${product.maxTermMonths}个月)`, `the term must lie within the product's range (${product.minTermMonths} to ${product.maxTermMonths} months)`));
  c.done();
  const firm = await tx.findOneOrFail(Firm, demand.firm.id);
  const failed = evaluateEligibility({ firm, qualifications: await tx.find(FirmQualification, { firm }), ipAssets: await tx.find(IpAsset, { firm }) }, product, demand.filedOn).filter((v) => !v.passed);
  if (failed.length) {
    throw new RuleError('NOT_ELIGIBLE', bi(`企业不符合产品准入条件:${failed.map((v) => v.message.zh).join(';')}`, `the firm does not meet the product's criteria: ${failed.map((v) => v.message.en).join('; ')}`), {
      failed: failed.map((v) => ({ criterion: v.criterion, code: v.code })),
    });
  }
  addressTo(tx, demand, await tx.findOneOrFail(Bank, product.bank.id), product, demand.filedOn);
  demand.status = DemandStatus.RECOMMENDED;
  demand.recommendedOn = demand.filedOn;
}

export const DemandService = {
  get: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, FinancingDemand, id, NOUN.demand, { scope: demandScope(em, actor) }),

  list(em: EntityManager, actor: Actor | null, filter: DemandFilter = {}, page: PageArgs) {
    const where: FilterQuery<FinancingDemand> = {};
    if (filter.firmId != null) {
      if (!isUuid(filter.firmId)) throw new NotFoundError(NOUN.firm, filter.firmId);
      where.firm = filter.firmId;
    }
    if (filter.bankId != null) {
      if (!isUuid(filter.bankId)) throw new NotFoundError(NOUN.bank, filter.bankId);
      where.id = { $in: em.createQueryBuilder(DemandAddressee, 'a').select('a.demand_id').where({ bank: filter.bankId }).getKnexQuery() } as never;
    }
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (filter.sources?.length) where.source = { $in: filter.sources };
    return paginate(em, FinancingDemand, { $and: [where, demandScope(em, actor)] } as FilterQuery<FinancingDemand>, page);
  },

  /** A demand filed online, or recorded at a visit or an event (which must be the firm's). */
  async file(em: EntityManager, actor: Actor | null, input: FileDemandInput): Promise<FinancingDemand> {
    assertActsForFirm(actor, input.firmId);
    const c = check();
    c.positive('amount', input.amount);
    c.int('termMonths', input.termMonths, 1, 360);
    c.text('purpose', input.purpose, { max: 2000, required: true });
    c.text('collateralNote', input.collateralNote, { max: 1000 });
    checkCollateral(c, input.collateralOffered);
    const filedOn = pastOrToday(c, 'filedOn', input.filedOn);
    const mismatch = (field: string, zh: string, en: string) => c.add(field, 'SOURCE_MISMATCH', bi(zh, en));
    if (input.source === DemandSource.VISIT && !input.visitId) mismatch('visitId', '来源为走访时须填写visitId', 'a demand from a VISIT needs visitId');
    if (input.source === DemandSource.EVENT && !input.eventId) mismatch('eventId', '来源为对接活动时须填写eventId', 'a demand from an EVENT needs eventId');
    if (input.source !== DemandSource.VISIT && input.visitId) mismatch('visitId', '只有来源为走访的需求才填写visitId', 'visitId is only for a demand from a VISIT');
    if (input.source !== DemandSource.EVENT && input.eventId) mismatch('eventId', '只有来源为对接活动的需求才填写eventId', 'eventId is only for a demand from an EVENT');
    c.done();
    return inTransaction(em, async (tx) => {
      const firm = await findOr404(tx, Firm, input.firmId, NOUN.firm);
      const demand = new FinancingDemand({ firm, amount: input.amount, termMonths: input.termMonths, purpose: clean(input.purpose)!, source: input.source, filedOn });
      demand.collateralOffered = input.collateralOffered ?? [];
      demand.collateralNote = clean(input.collateralNote);
      if (input.visitId) {
        const visit = await findOr404(tx, ServiceVisit, input.visitId, NOUN.visit);
        const pairing = await tx.findOneOrFail(Pairing, visit.pairing.id);
        if (pairing.firm.id !== firm.id) {
          // A firm does not learn of visits to other firms: to it, such a visit does not exist.
          if (!isFinance(actor)) throw new NotFoundError(NOUN.visit, input.visitId);
          throw BadInputError.one('visitId', 'VISIT_OF_OTHER_FIRM', bi('该走访记录属于另一家企业', 'the visit was to another firm'));
        }
        const earlier = await tx.findOne(FinancingDemand, { visit });
        if (earlier) throw new ConflictError(bi('该走访已登记过融资需求', 'a demand was already recorded for this visit'), { existingId: earlier.id });
        assertNotBefore('filedOn', filedOn, visit.visitedOn, { zh: '走访日期', en: 'the visit' });
        demand.visit = visit;
      }
      if (input.eventId) {
        const event = await findOr404(tx, MatchmakingEvent, input.eventId, NOUN.event);
        if (!(await tx.findOne(EventFirm, { event, firm }))) {
          // Events are the office's to read: a firm learns only of the events it attended.
          if (!isFinance(actor)) throw new NotFoundError(NOUN.event, input.eventId);
          throw BadInputError.one('eventId', 'FIRM_NOT_AT_EVENT', bi('该企业未登记为此活动的到场企业', 'the firm is not listed as present at the event'));
        }
        assertNotBefore('filedOn', filedOn, event.heldOn, { zh: '活动日期', en: 'the event' });
        demand.event = event;
      }
      tx.persist(demand);
      if (input.productId) await applyUnder(tx, actor, demand, input.productId);
      return demand;
    });
  },

  /**
   * Addresses the demand to banks (FILED -> RECOMMENDED; a RECOMMENDED demand may be sent to more).
   * Each bank's deadline runs from `on`: the named product's promised days, else 30.
   */
  async recommend(em: EntityManager, input: RecommendDemandInput): Promise<FinancingDemand> {
    const c = check();
    const on = pastOrToday(c, 'on', input.on);
    c.when(input.banks.length === 0, 'banks', 'REQUIRED', bi('至少推送一家银行', 'name at least one bank'));
    c.when(input.banks.length > MAX_BANKS_PER_REQUEST, 'banks', 'TOO_MANY', bi(`一次最多推送${MAX_BANKS_PER_REQUEST}家银行`, `at most ${MAX_BANKS_PER_REQUEST} banks at once`));
    c.when(new Set(input.banks.map((b) => b.bankId)).size !== input.banks.length, 'banks', 'DUPLICATE', bi('同一家银行列了两次', 'a bank is listed twice'));
    c.done();
    return inTransaction(em, async (tx) => {
      const demand = await findOr404(tx, FinancingDemand, input.demandId, NOUN.demand, { lock: true });
      if (demand.status !== DemandStatus.RECOMMENDED) assertTransition(demand, DemandStatus.RECOMMENDED);
      assertNotBefore('on', on, demand.filedOn, DEMAND_FILED);
      for (const [i, target] of input.banks.entries()) {
        const bank = await findOr404(tx, Bank, target.bankId, NOUN.bank);
        const product = target.productId ? await productOfBank(tx, target.productId, bank, `banks[${i}].productId`) : null;
        if (await tx.findOne(DemandAddressee, { demand, bank })) {
          throw new ConflictError(bi(`该需求已推送给${bank.shortName}`, `the demand was already addressed to ${bank.shortName}`), { bankId: bank.id });
        }
        addressTo(tx, demand, bank, product, on);
      }
      if (demand.status === DemandStatus.FILED) demand.status = DemandStatus.RECOMMENDED;
      // The day the demand first reached a bank, even when a later request is back-dated.
      if (demand.recommendedOn == null || on < demand.recommendedOn) demand.recommendedOn = on;
      return demand;
    });
  },

  /** A bank's offer. The first offer puts the demand in talks (RECOMMENDED -> IN_TALKS). */
  async makeOffer(em: EntityManager, actor: Actor | null, input: MakeOfferInput): Promise<Offer> {
    assertAnswersFor(actor, input.bankId);
    const c = check();
    const answeredOn = pastOrToday(c, 'answeredOn', input.answeredOn);
    c.positive('amount', input.amount);
    c.int('termMonths', input.termMonths, 1, 360);
    c.text('conditions', input.conditions, { max: 2000 });
    c.ordered('answeredOn', 'validUntil', answeredOn, input.validUntil);
    c.done();
    return inTransaction(em, async (tx) => {
      // A demand not addressed to the caller's bank is, for that bank, a demand that does not exist.
      await findOr404(tx, FinancingDemand, input.demandId, NOUN.demand, { scope: demandScope(tx, actor) });
      const { demand, addressee } = await awaitingAddressee(tx, input.demandId, input.bankId);
      if (demand.status !== DemandStatus.IN_TALKS) assertTransition(demand, DemandStatus.IN_TALKS);
      assertNotBefore('answeredOn', answeredOn, addressee.addressedOn, ADDRESSED);
      const bank = await tx.findOneOrFail(Bank, addressee.bank.id);
      const offer = new Offer(addressee, OfferDecision.OFFERED, answeredOn);
      offer.product = input.productId ? await productOfBank(tx, input.productId, bank, 'productId') : addressee.product;
      offer.amount = input.amount;
      offer.annualRate = input.annualRate;
      offer.termMonths = input.termMonths;
      offer.conditions = clean(input.conditions);
      offer.validUntil = input.validUntil;
      tx.persist(offer);
      addressee.status = AddresseeStatus.OFFERED;
      addressee.answeredOn = answeredOn;
      if (demand.status === DemandStatus.RECOMMENDED) demand.status = DemandStatus.IN_TALKS;
      // In talks since the first offer, even when a later-recorded offer carries an earlier date.
      if (demand.talksStartedOn == null || answeredOn < demand.talksStartedOn) demand.talksStartedOn = answeredOn;
      return offer;
    });
  },

  /**
   * A bank's "no", with its reason. While no bank has offered (RECOMMENDED), the demand is routed
   * on to the next fitting bank in the same transaction, unless `routeToNext` is false; when no
   * other bank fits, the decline stands alone (Offer.routedTo is null).
   */
  async declineAtBank(em: EntityManager, actor: Actor | null, input: DeclineDemandAtBankInput): Promise<Offer> {
    assertAnswersFor(actor, input.bankId);
    const c = check();
    const answeredOn = pastOrToday(c, 'answeredOn', input.answeredOn);
    c.text('reason', input.reason, { max: 1000, required: true });
    c.done();
    return inTransaction(em, async (tx) => {
      // A demand not addressed to the caller's bank is, for that bank, a demand that does not exist.
      await findOr404(tx, FinancingDemand, input.demandId, NOUN.demand, { scope: demandScope(tx, actor) });
      const { demand, addressee } = await awaitingAddressee(tx, input.demandId, input.bankId);
      assertNotBefore('answeredOn', answeredOn, addressee.addressedOn, ADDRESSED);
      const offer = new Offer(addressee, OfferDecision.DECLINED, answeredOn);
      offer.declineReason = clean(input.reason);
      tx.persist(offer);
      addressee.status = AddresseeStatus.DECLINED;
      addressee.answeredOn = answeredOn;
      // A bank that had let its deadline pass may already have been routed on from (routeDemand).
      const routedAlready = await tx.findOne(DemandAddressee, { routedFrom: addressee });
      if (input.routeToNext !== false && demand.status === DemandStatus.RECOMMENDED && !routedAlready) await routeOn(tx, demand, addressee, answeredOn);
      return offer;
    });
  },

  /**
   * Routes a demand on from a bank that declined or let its deadline pass unanswered, by the same
   * rule as after a decline. NO_FITTING_BANK when no other bank's product fits.
   */
  async route(em: EntityManager, input: RouteDemandInput): Promise<DemandAddressee> {
    const c = check();
    const on = pastOrToday(c, 'on', input.on);
    c.done();
    return inTransaction(em, async (tx) => {
      const demand = await findOr404(tx, FinancingDemand, input.demandId, NOUN.demand, { lock: true });
      if (demand.status !== DemandStatus.RECOMMENDED && demand.status !== DemandStatus.IN_TALKS) {
        const label = DEMAND_STATUS_LABELS[demand.status];
        throw new InvalidStateError(bi(`融资需求当前为"${label.zh}",不能再转推`, `the demand is ${label.en} and cannot be routed on`), { status: demand.status });
      }
      if (!isUuid(input.fromBankId)) throw new NotFoundError(NOUN.bank, input.fromBankId);
      const from = await tx.findOne(DemandAddressee, { demand, bank: input.fromBankId });
      if (!from) {
        await findOr404(tx, Bank, input.fromBankId, NOUN.bank);
        throw new InvalidStateError(bi('该需求未推送给这家银行', 'the demand was not addressed to this bank'));
      }
      const lapsed = from.status === AddresseeStatus.AWAITING && from.dueOn < on;
      if (from.status !== AddresseeStatus.DECLINED && !lapsed) {
        throw new InvalidStateError(bi('只能从已拒绝或已超期未答复的银行转推', 'a demand is routed on only from a bank that declined or let its deadline pass'), { addresseeStatus: from.status, dueOn: from.dueOn });
      }
      assertNotBefore('on', on, from.answeredOn ?? from.addressedOn, ADDRESSED);
      const next = await routeOn(tx, demand, from, on);
      if (!next) {
        throw new RuleError('NO_FITTING_BANK', bi('没有其他银行的已发布产品适合该企业和该需求', 'no other bank has a published product that fits this firm and demand'));
      }
      return next;
    });
  },

  /** Credit granted on one offer (IN_TALKS -> CREDIT_GRANTED); banks yet to answer need not. */
  async grantCredit(em: EntityManager, actor: Actor | null, input: GrantCreditInput): Promise<FinancingDemand> {
    const c = check();
    const on = pastOrToday(c, 'on', input.on);
    c.done();
    return inTransaction(em, async (tx) => {
      // An answer never changes once given; the demand is what is locked.
      const offer = await findOr404(tx, Offer, input.offerId, NOUN.offer);
      assertOwnBank(actor, offer.bank.id, NOUN.offer, input.offerId);
      const demand = await findOr404(tx, FinancingDemand, offer.demand.id, NOUN.demand, { lock: true });
      if (offer.decision !== OfferDecision.OFFERED) throw new InvalidStateError(bi('银行已拒绝,不能据此授信', 'the bank declined; no credit can be granted on a decline'));
      assertTransition(demand, DemandStatus.CREDIT_GRANTED);
      assertNotBefore('on', on, offer.answeredOn, { zh: '报价日期', en: 'the offer' });
      if (on > offer.validUntil!) {
        throw new InvalidStateError(bi(`报价已于${offer.validUntil}过期`, `the offer lapsed on ${offer.validUntil}`), { validUntil: offer.validUntil });
      }
      demand.status = DemandStatus.CREDIT_GRANTED;
      demand.grantedOffer = offer;
      demand.creditGrantedOn = on;
      await withdrawAwaiting(tx, demand, on);
      return demand;
    });
  },

  /** The loan the granting bank disbursed to the firm (CREDIT_GRANTED -> DISBURSED). */
  async recordDisbursed(em: EntityManager, actor: Actor | null, input: RecordDemandDisbursedInput): Promise<FinancingDemand> {
    return inTransaction(em, async (tx) => {
      const demand = await findOr404(tx, FinancingDemand, input.demandId, NOUN.demand, { lock: true, scope: demandScope(tx, actor) });
      const loan = await findOr404(tx, Loan, input.loanId, NOUN.loan, { scope: ownLoanScope(actor) });
      assertTransition(demand, DemandStatus.DISBURSED);
      const offer = await tx.findOneOrFail(Offer, demand.grantedOffer!.id);
      assertOwnBank(actor, offer.bank.id, NOUN.demand, input.demandId);
      if (loan.firm.id !== demand.firm.id) throw BadInputError.one('loanId', 'LOAN_OF_OTHER_FIRM', bi('该贷款发放给了另一家企业', 'the loan went to another firm'));
      if (loan.bank.id !== offer.bank.id) throw BadInputError.one('loanId', 'LOAN_OF_OTHER_BANK', bi('该贷款不是授信银行发放的', 'the loan was not made by the bank that granted the credit'));
      assertNotBefore('loanId', loan.disbursedOn, demand.filedOn, DEMAND_FILED);
      const other = await tx.findOne(FinancingDemand, { loan });
      if (other) throw new ConflictError(bi('该贷款已关联另一笔融资需求', 'the loan already meets another demand'), { existingId: other.id });
      demand.status = DemandStatus.DISBURSED;
      demand.loan = loan;
      demand.disbursedOn = loan.disbursedOn;
      return demand;
    });
  },

  /** The demand ends without financing, with a reason (from any open state). */
  async decline(em: EntityManager, actor: Actor | null, input: DeclineDemandInput): Promise<FinancingDemand> {
    const c = check();
    const on = pastOrToday(c, 'on', input.on);
    c.text('reason', input.reason, { max: 1000, required: true });
    c.done();
    return inTransaction(em, async (tx) => {
      const demand = await findOr404(tx, FinancingDemand, input.demandId, NOUN.demand, { lock: true, scope: demandScope(tx, actor) });
      assertActsForFirm(actor, demand.firm.id);
      assertTransition(demand, DemandStatus.DECLINED);
      assertNotBefore('on', on, demand.filedOn, DEMAND_FILED);
      demand.status = DemandStatus.DECLINED;
      demand.declinedOn = on;
      demand.declineReason = clean(input.reason);
      await withdrawAwaiting(tx, demand, on);
      return demand;
    });
  },
};
