import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { labelOf } from '../../common/labels';
import { isUuid } from '../../common/base.entity';
import { addMonths, todayInZone } from '../../common/dates';
import { Dec, formatMoney, formatPercent } from '../../common/decimal';
import { BadInputError, ConflictError, InvalidStateError, NotFoundError, RuleError, bi } from '../../common/errors';
import { idempotent } from '../../common/idempotency';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, clean } from '../../common/validation';
import { findOr404, inTransaction } from '../../common/write';
import { Firm } from '../firm/firm.entity';
import { ownProductScope } from '../product/product.access';
import { claimScope, loanScope, ownLoanScope } from './loan.access';
import type { Actor } from '../auth/auth.types';
import { FirmQualification } from '../firm/firm-qualification.entity';
import { IpAsset } from '../ip-asset/ip-asset.entity';
import { evaluateEligibility } from '../product/eligibility';
import { LoanProduct } from '../product/loan-product.entity';
import { ProductStatus, RateKind } from '../product/product.enums';
import { badLoanRatioOf, headroomOf } from '../pool/pool-figures';
import { figuresOf, lockPool } from '../pool/pool.service';
import { LedgerKind, PoolStatus } from '../pool/pool.enums';
import { PoolLedgerEntry } from '../pool/pool-ledger-entry.entity';
import { CompensationClaim } from './compensation-claim.entity';
import { ClaimStatus, CoverageStatus, LOAN_STATUS_LABELS, LOAN_TRANSITIONS, LoanStatus } from './loan.enums';
import { Loan } from './loan.entity';
import type { ClaimFilter, EnrolLoanInput, FileClaimInput, LoanFilter, LoanStatusChangeInput, PayClaimInput, RecordLoanInput, RecordRecoveryInput, RecordRepaymentInput } from './loan.inputs';
import { LprRate } from './lpr-rate.entity';
import { PoolCoverage } from './pool-coverage.entity';
import { Repayment } from './repayment.entity';


function assertTransition(loan: Loan, to: LoanStatus): void {
  if (!LOAN_TRANSITIONS[loan.status].includes(to)) {
    const from = LOAN_STATUS_LABELS[loan.status];
    const next = LOAN_STATUS_LABELS[to];
    throw new InvalidStateError(bi(`贷款当前为"${from.zh}",不能变为"${next.zh}"`, `the loan is ${from.en} and cannot become ${next.en}`), { status: loan.status, requested: to });
  }
}

function assertDateNotBefore(field: string, date: string, earliest: string, what: { zh: string; en: string }): void {
  const l = labelOf(field);
  if (date < earliest) throw BadInputError.one(field, 'TOO_EARLY', bi(`${l.zh}(${date})不能早于${what.zh}(${earliest})`, `the ${l.en} (${date}) cannot be before ${what.en} (${earliest})`));
}

function assertNotFuture(field: string, date: string): void {
  const l = labelOf(field);
  if (date > todayInZone()) throw BadInputError.one(field, 'IN_FUTURE', bi(`${l.zh}(${date})不能晚于今天`, `the ${l.en} (${date}) cannot be in the future`));
}

/** The LPR in force on a date: the latest published on or before it. */
export async function lprOn(em: EntityManager, tenor: LoanProduct['lprTenor'], date: string): Promise<LprRate | null> {
  if (!tenor) return null;
  return em.findOne(LprRate, { tenor, effectiveOn: { $lte: date } }, { orderBy: { effectiveOn: 'desc' } });
}

const lockLoan = (tx: EntityManager, id: string, scope: object = {}) => findOr404(tx, Loan, id, NOUN.loan, { lock: true, scope });
const coverageOf = (tx: EntityManager, loan: Loan) => tx.findOne(PoolCoverage, { loan });

export const LoanService = {
  get: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, Loan, id, NOUN.loan, { scope: loanScope(actor) }),
  getClaim: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, CompensationClaim, id, NOUN.claim, { scope: claimScope(actor) }),

  list(em: EntityManager, actor: Actor | null, filter: LoanFilter = {}, page: PageArgs) {
    const where: FilterQuery<Loan> = {};
    for (const [key, noun, field] of [['bankId', NOUN.bank, 'bank'], ['firmId', NOUN.firm, 'firm'], ['productId', NOUN.product, 'product']] as const) {
      const id = filter[key];
      if (id == null) continue;
      if (!isUuid(id)) throw new NotFoundError(noun, id);
      (where as Record<string, unknown>)[field] = id;
    }
    if (filter.poolId != null) {
      if (!isUuid(filter.poolId)) throw new NotFoundError(NOUN.pool, filter.poolId);
      where.id = { $in: em.createQueryBuilder(PoolCoverage, 'c').select('c.loan_id').where({ pool: filter.poolId }).getKnexQuery() } as never;
    }
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (filter.disbursedFrom || filter.disbursedTo) {
      where.disbursedOn = { ...(filter.disbursedFrom ? { $gte: filter.disbursedFrom } : {}), ...(filter.disbursedTo ? { $lte: filter.disbursedTo } : {}) };
    }
    return paginate(em, Loan, { $and: [where, loanScope(actor)] } as FilterQuery<Loan>, page);
  },

  listClaims(em: EntityManager, actor: Actor | null, filter: ClaimFilter = {}, page: PageArgs) {
    const where: FilterQuery<CompensationClaim> = {};
    if (filter.poolId != null) {
      if (!isUuid(filter.poolId)) throw new NotFoundError(NOUN.pool, filter.poolId);
      where.pool = filter.poolId;
    }
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    return paginate(em, CompensationClaim, { $and: [where, claimScope(actor)] } as FilterQuery<CompensationClaim>, page);
  },

  /** A loan prime rate as published; one per tenor and day. */
  async recordLpr(em: EntityManager, tenor: LprRate['tenor'], effectiveOn: string, rate: Dec): Promise<LprRate> {
    const c = check();
    c.when(!rate.gt(0) || rate.gte('0.2'), 'rate', 'OUT_OF_RANGE', bi('LPR利率须大于0且低于20%(如3.45%写作 "0.0345")', 'an LPR must be above 0 and below 20 % (write 3.45 % as "0.0345")'));
    c.when(effectiveOn > todayInZone(), 'effectiveOn', 'IN_FUTURE', bi('LPR生效日不能晚于今天', 'the LPR effective date cannot be in the future'));
    c.done();
    return inTransaction(em, async (tx) => {
      if (await tx.findOne(LprRate, { tenor, effectiveOn })) throw new ConflictError(bi(`${effectiveOn}的该期限LPR已登记`, `an LPR of that tenor is already recorded for ${effectiveOn}`));
      const row = new LprRate(tenor, effectiveOn, rate);
      tx.persist(row);
      return row;
    });
  },

  /** A bank records a loan it disbursed under one of its published products. */
  recordLoan(em: EntityManager, actor: Actor | null, input: RecordLoanInput): Promise<Loan> {
    const c = check();
    c.text('contractNo', input.contractNo, { max: 60, required: true });
    c.positive('principal', input.principal);
    c.int('termMonths', input.termMonths, 1, 360);
    c.when(input.disbursedOn > todayInZone(), 'disbursedOn', 'IN_FUTURE', bi(`放款日(${input.disbursedOn})不能晚于今天`, `the disbursement date (${input.disbursedOn}) cannot be in the future`));
    c.done();
    return idempotent(em, 'recordLoan', input.idempotencyKey, input, async (tx) => {
      // A bank records loans under its own products only; any firm may be its borrower.
      const product = await findOr404(tx, LoanProduct, input.productId, NOUN.product, { scope: ownProductScope(actor) });
      const firm = await findOr404(tx, Firm, input.firmId, NOUN.firm);
      if (product.status !== ProductStatus.PUBLISHED) {
        throw new InvalidStateError(bi('只能在已发布的产品下放款', 'loans can only be recorded under a published product'), { status: product.status });
      }
      const v = check();
      v.when(input.principal.lt(product.minAmount) || input.principal.gt(product.maxAmount), 'principal', 'OUTSIDE_PRODUCT_RANGE',
        bi(`本金须在产品额度${formatMoney(product.minAmount)}至${formatMoney(product.maxAmount)}元之间`, `principal must lie within the product's range of ${formatMoney(product.minAmount)} to ${formatMoney(product.maxAmount)} yuan`));
      v.when(input.termMonths < product.minTermMonths || input.termMonths > product.maxTermMonths, 'termMonths', 'OUTSIDE_PRODUCT_RANGE',
        bi(`期限须在产品期限${product.minTermMonths}至${product.maxTermMonths}个月之间`, `the term must lie within the product's ${product.minTermMonths} to ${product.maxTermMonths} months`));
      v.when(product.validFrom != null && input.disbursedOn < product.validFrom, 'disbursedOn', 'OUTSIDE_PRODUCT_VALIDITY',
        bi(`放款日早于产品有效期起始日${product.validFrom}`, `the disbursement date is before the product was offered (${product.validFrom})`));
      v.when(product.validUntil != null && input.disbursedOn > product.validUntil, 'disbursedOn', 'OUTSIDE_PRODUCT_VALIDITY',
        bi(`放款日晚于产品有效期截止日${product.validUntil}`, `the disbursement date is after the product stopped (${product.validUntil})`));
      let minRate = product.minRate;
      let maxRate = product.maxRate;
      if (product.rateKind === RateKind.LPR_SPREAD) {
        const lpr = await lprOn(tx, product.lprTenor, input.disbursedOn);
        if (!lpr) throw BadInputError.one('disbursedOn', 'NO_LPR', bi(`没有${input.disbursedOn}适用的LPR记录`, `no LPR on record for ${input.disbursedOn}`));
        minRate = lpr.rate.plus(new Dec(product.minSpreadBps!).div(10000));
        maxRate = lpr.rate.plus(new Dec(product.maxSpreadBps!).div(10000));
      }
      v.when(input.annualRate.lt(minRate!) || input.annualRate.gt(maxRate!), 'annualRate', 'OUTSIDE_PRODUCT_RANGE',
        bi(`年利率须在产品利率${formatPercent(minRate!)}至${formatPercent(maxRate!)}之间`, `the annual rate must lie within the product's ${formatPercent(minRate!)} to ${formatPercent(maxRate!)}`));
      v.done();
      const contractNo = clean(input.contractNo)!;
      if (await tx.findOne(Loan, { bank: product.bank, contractNo })) {
        throw new ConflictError(bi(`本行已登记合同编号为${contractNo}的贷款`, `the bank already recorded a loan with contract number ${contractNo}`));
      }
      const loan = new Loan({ firm, product, bank: product.bank, contractNo, principal: input.principal, annualRate: input.annualRate, termMonths: input.termMonths, disbursedOn: input.disbursedOn, maturesOn: addMonths(input.disbursedOn, input.termMonths) });
      tx.persist(loan);
      return loan;
    }, (tx, id) => tx.findOneOrFail(Loan, id));
  },

  /** Principal and interest repaid; never more principal than is outstanding. Repaid in full releases the cover. */
  recordRepayment(em: EntityManager, actor: Actor | null, input: RecordRepaymentInput): Promise<Repayment> {
    const c = check();
    c.text('recordedBy', input.recordedBy, { max: 50, required: true });
    c.when(!input.principal.gt(0) && !input.interest.gt(0), 'principal', 'NOTHING_PAID', bi('本金和利息不能同时为0', 'principal and interest cannot both be zero'));
    c.done();
    assertNotFuture('paidOn', input.paidOn);
    return idempotent(em, 'recordRepayment', input.idempotencyKey, input, async (tx) => {
      const loan = await lockLoan(tx, input.loanId, ownLoanScope(actor));
      assertDateNotBefore('paidOn', input.paidOn, loan.disbursedOn, { zh: '放款日', en: 'the disbursement date' });
      if (![LoanStatus.ACTIVE, LoanStatus.OVERDUE, LoanStatus.DEFAULTED].includes(loan.status)) {
        const label = LOAN_STATUS_LABELS[loan.status];
        throw new InvalidStateError(
          bi(`贷款当前为"${label.zh}",不能登记还款${loan.status === LoanStatus.COMPENSATED ? '(代偿后的回收请登记为追偿)' : ''}`, `the loan is ${label.en}; no repayment can be recorded${loan.status === LoanStatus.COMPENSATED ? ' (after compensation, record a recovery on the claim)' : ''}`),
          { status: loan.status },
        );
      }
      if (input.principal.gt(loan.outstandingPrincipal)) {
        throw new RuleError('OVER_REPAYMENT', bi(`归还本金${formatMoney(input.principal)}元超过未偿本金${formatMoney(loan.outstandingPrincipal)}元`, `principal of ${formatMoney(input.principal)} yuan exceeds the outstanding ${formatMoney(loan.outstandingPrincipal)} yuan`), {
          outstandingPrincipal: formatMoney(loan.outstandingPrincipal),
        });
      }
      // Interest beyond any lawful rate is a typing mistake (a misplaced decimal point, yuan for
      // fen), not a payment: one repayment's interest at most the principal, all of it at most
      // five times the principal (more than 15 years at the legal ceiling of four times the LPR).
      if (input.interest.gt(loan.principal) || loan.interestPaid.plus(input.interest).gt(loan.principal.times(5))) {
        throw BadInputError.one('interest', 'INTEREST_IMPLAUSIBLE', bi(
          `利息${formatMoney(input.interest)}元不合常理:单次利息不能超过贷款本金${formatMoney(loan.principal)}元,累计利息不能超过本金的5倍,请核对金额`,
          `interest of ${formatMoney(input.interest)} yuan is implausible: one repayment's interest cannot exceed the principal of ${formatMoney(loan.principal)} yuan, nor all interest five times the principal; check the amount`,
        ));
      }
      const repayment = new Repayment(loan, input.paidOn, input.principal, input.interest, clean(input.recordedBy)!);
      tx.persist(repayment);
      loan.outstandingPrincipal = loan.outstandingPrincipal.minus(input.principal);
      loan.interestPaid = loan.interestPaid.plus(input.interest);
      if (loan.outstandingPrincipal.isZero()) {
        loan.status = LoanStatus.REPAID;
        loan.closedOn = input.paidOn;
        const coverage = await coverageOf(tx, loan);
        if (coverage?.status === CoverageStatus.ACTIVE) {
          coverage.status = CoverageStatus.RELEASED;
          coverage.releasedOn = input.paidOn;
        }
        const pending = await tx.find(CompensationClaim, { loan, status: { $in: [ClaimStatus.FILED, ClaimStatus.APPROVED] } });
        for (const claim of pending) {
          claim.status = ClaimStatus.REJECTED;
          claim.decidedOn = input.paidOn;
          claim.rejectionReason = '借款人已结清贷款 / The borrower repaid the loan in full';
        }
      }
      return repayment;
    }, (tx, id) => tx.findOneOrFail(Repayment, id));
  },

  async changeStatus(em: EntityManager, actor: Actor | null, to: LoanStatus.OVERDUE | LoanStatus.ACTIVE | LoanStatus.DEFAULTED | LoanStatus.WRITTEN_OFF, input: LoanStatusChangeInput): Promise<Loan> {
    const c = check();
    c.text('note', input.note, { max: 500 });
    c.done();
    assertNotFuture('on', input.on);
    return inTransaction(em, async (tx) => {
      const loan = await lockLoan(tx, input.loanId, ownLoanScope(actor));
      assertTransition(loan, to);
      assertDateNotBefore('on', input.on, loan.disbursedOn, { zh: '放款日', en: 'the disbursement date' });
      if (to === LoanStatus.WRITTEN_OFF) {
        const claim = await tx.findOne(CompensationClaim, { loan, status: { $in: [ClaimStatus.FILED, ClaimStatus.APPROVED] } });
        if (claim) throw new InvalidStateError(bi('代偿申请尚未办结,不能核销', 'a compensation claim is still open; the loan cannot be written off yet'));
        loan.closedOn = input.on;
        // Written off without a claim, the loan no longer uses the pool's headroom.
        const coverage = await coverageOf(tx, loan);
        if (coverage?.status === CoverageStatus.ACTIVE) {
          coverage.status = CoverageStatus.RELEASED;
          coverage.releasedOn = input.on;
        }
      }
      if (to === LoanStatus.DEFAULTED) loan.defaultedOn = input.on;
      loan.status = to;
      loan.statusNote = clean(input.note);
      return loan;
    });
  },

  /**
   * Enrols a loan in the pool its product draws on. The pool row is locked first, so enrolments
   * in one pool run one at a time and the headroom they check is the headroom they use.
   */
  enrol(em: EntityManager, actor: Actor | null, input: EnrolLoanInput): Promise<PoolCoverage> {
    const enrolledOn = input.enrolledOn ?? todayInZone();
    assertNotFuture('enrolledOn', enrolledOn);
    return idempotent(em, 'enrolLoan', input.idempotencyKey, { ...input, enrolledOn }, async (tx) => {
      if (!isUuid(input.loanId)) throw new NotFoundError(NOUN.loan, input.loanId);
      const unlocked = await tx.findOne(Loan, { $and: [{ id: input.loanId }, ownLoanScope(actor)] }, { populate: ['product'] });
      if (!unlocked) throw new NotFoundError(NOUN.loan, input.loanId);
      const product = unlocked.product;
      if (!product.riskPool) {
        throw new InvalidStateError(bi('该贷款的产品不挂钩风险补偿资金池', 'the loan\'s product does not draw on a risk pool'));
      }
      const pool = await lockPool(tx, product.riskPool.id);
      const loan = await lockLoan(tx, input.loanId);
      if (await coverageOf(tx, loan)) throw new ConflictError(bi('该贷款已入池', 'the loan is already enrolled in a pool'), { loanId: loan.id });
      if (loan.status !== LoanStatus.ACTIVE) {
        throw new InvalidStateError(bi(`只有正常贷款可以入池,该贷款为"${LOAN_STATUS_LABELS[loan.status].zh}"`, `only a performing loan can be enrolled; this one is ${LOAN_STATUS_LABELS[loan.status].en}`));
      }
      assertDateNotBefore('enrolledOn', enrolledOn, loan.disbursedOn, { zh: '放款日', en: 'the disbursement date' });
      if (pool.status !== PoolStatus.ACTIVE) {
        throw new RuleError('POOL_NOT_ACTIVE', bi('资金池未在运行,不能新增入池贷款', 'the pool is not active and takes no new loans'), { poolStatus: pool.status });
      }
      const figures = await figuresOf(tx, pool);
      const ratio = badLoanRatioOf(figures);
      if (ratio.gte(pool.stopRatio)) {
        throw new RuleError('POOL_STOPPED', bi(`资金池不良率${formatPercent(ratio)}已达暂停线${formatPercent(pool.stopRatio)},暂停新增`, `the pool's bad-loan ratio of ${formatPercent(ratio)} has reached its stop ratio of ${formatPercent(pool.stopRatio)}; no new loans`));
      }
      const firm = await tx.findOneOrFail(Firm, loan.firm.id);
      const verdicts = evaluateEligibility(
        { firm, qualifications: await tx.find(FirmQualification, { firm }), ipAssets: await tx.find(IpAsset, { firm }) },
        product,
        enrolledOn,
      ).filter((v) => !v.passed && !v.criterion.startsWith('PRODUCT_'));
      if (verdicts.length) {
        throw new RuleError('NOT_ELIGIBLE', bi(`企业不符合产品准入条件:${verdicts.map((v) => v.message.zh).join(';')}`, `the firm does not meet the product's criteria: ${verdicts.map((v) => v.message.en).join('; ')}`), {
          failed: verdicts.map((v) => ({ criterion: v.criterion, code: v.code })),
        });
      }
      const amount = loan.outstandingPrincipal;
      const [{ firm_covered }] = await tx.getConnection().execute<{ firm_covered: string | null }[]>(
        `SELECT sum(l.outstanding_principal)::text AS firm_covered FROM pool_coverage c JOIN loan l ON l.id = c.loan_id
          WHERE c.pool_id = ? AND c.status = 'ACTIVE' AND l.firm_id = ?`,
        [pool.id, firm.id],
        'all',
        tx.getTransactionContext(),
      );
      const firmAfter = new Dec(firm_covered ?? 0).plus(amount);
      if (firmAfter.gt(pool.perFirmCap)) {
        throw new RuleError('PER_FIRM_CAP_EXCEEDED', bi(`该企业在保余额将达${formatMoney(firmAfter)}元,超过单户上限${formatMoney(pool.perFirmCap)}元`, `the firm's covered outstanding would reach ${formatMoney(firmAfter)} yuan, above the per-firm cap of ${formatMoney(pool.perFirmCap)}`), {
          perFirmCap: formatMoney(pool.perFirmCap),
        });
      }
      const headroom = headroomOf(figures, pool.leverageCap);
      if (amount.gt(headroom)) {
        throw new RuleError('CAPACITY_EXCEEDED', bi(`资金池剩余额度${formatMoney(headroom.lt(0) ? new Dec(0) : headroom)}元,不足以覆盖${formatMoney(amount)}元`, `the pool's headroom of ${formatMoney(headroom.lt(0) ? new Dec(0) : headroom)} yuan cannot cover ${formatMoney(amount)} yuan`), {
          headroom: formatMoney(headroom),
        });
      }
      const coverage = new PoolCoverage(loan, pool, amount, pool.poolShare, enrolledOn);
      tx.persist(coverage);
      return coverage;
    }, (tx, id) => tx.findOneOrFail(PoolCoverage, id));
  },

  fileClaim(em: EntityManager, actor: Actor | null, input: FileClaimInput): Promise<CompensationClaim> {
    assertNotFuture('filedOn', input.filedOn);
    return idempotent(em, 'fileClaim', input.idempotencyKey, input, async (tx) => {
      if (!isUuid(input.loanId)) throw new NotFoundError(NOUN.loan, input.loanId);
      await findOr404(tx, Loan, input.loanId, NOUN.loan, { scope: ownLoanScope(actor) });
      const coverage = await tx.findOne(PoolCoverage, { loan: input.loanId });
      if (!coverage) {
        throw new InvalidStateError(bi('该贷款未入池,不能申请代偿', 'the loan is not covered by a pool; no claim can be filed'));
      }
      const pool = await lockPool(tx, coverage.pool.id);
      const loan = await lockLoan(tx, input.loanId);
      if (loan.status !== LoanStatus.DEFAULTED) {
        throw new InvalidStateError(bi(`只有已违约的贷款可以申请代偿,该贷款为"${LOAN_STATUS_LABELS[loan.status].zh}"`, `only a defaulted loan can be claimed; this one is ${LOAN_STATUS_LABELS[loan.status].en}`));
      }
      if (coverage.status !== CoverageStatus.ACTIVE) throw new InvalidStateError(bi('该贷款的入池保障已不在保', 'the loan\'s cover is no longer active'));
      if (await tx.findOne(CompensationClaim, { coverage })) throw new ConflictError(bi('该贷款已有代偿申请', 'a claim was already filed for this loan'));
      assertDateNotBefore('filedOn', input.filedOn, loan.defaultedOn ?? loan.disbursedOn, { zh: '违约日', en: 'the default date' });
      const ratio = badLoanRatioOf(await figuresOf(tx, pool));
      if (ratio.gte(pool.stopRatio)) {
        throw new RuleError('POOL_STOPPED', bi(`资金池不良率${formatPercent(ratio)}已达暂停线${formatPercent(pool.stopRatio)},暂停受理代偿`, `the pool's bad-loan ratio of ${formatPercent(ratio)} has reached its stop ratio of ${formatPercent(pool.stopRatio)}; claims are refused`));
      }
      const claim = new CompensationClaim(coverage, loan, pool, loan.outstandingPrincipal, coverage.poolShare, input.filedOn);
      tx.persist(claim);
      return claim;
    }, (tx, id) => tx.findOneOrFail(CompensationClaim, id));
  },

  async decideClaim(em: EntityManager, claimId: string, approve: boolean, reason?: string): Promise<CompensationClaim> {
    if (!approve) {
      const c = check();
      c.text('reason', reason, { max: 500, required: true });
      c.done();
    }
    return inTransaction(em, async (tx) => {
      const claim = await findOr404(tx, CompensationClaim, claimId, NOUN.claim, { lock: true });
      if (claim.status !== ClaimStatus.FILED) throw new InvalidStateError(bi('只有已提交的代偿申请可以审核', 'only a filed claim can be approved or rejected'), { status: claim.status });
      claim.status = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
      claim.decidedOn = todayInZone();
      if (!approve) claim.rejectionReason = clean(reason);
      return claim;
    });
  },

  /** Pays an approved claim from the pool: never below a zero balance. */
  payClaim(em: EntityManager, input: PayClaimInput): Promise<CompensationClaim> {
    const c = check();
    c.text('voucherRef', input.voucherRef, { max: 60, required: true });
    c.text('recordedBy', input.recordedBy, { max: 50, required: true });
    c.done();
    assertNotFuture('paidOn', input.paidOn);
    return idempotent(em, 'payClaim', input.idempotencyKey, input, async (tx) => {
      if (!isUuid(input.claimId)) throw new NotFoundError(NOUN.claim, input.claimId);
      const unlocked = await tx.findOne(CompensationClaim, input.claimId);
      if (!unlocked) throw new NotFoundError(NOUN.claim, input.claimId);
      const pool = await lockPool(tx, unlocked.pool.id);
      const claim = await findOr404(tx, CompensationClaim, input.claimId, NOUN.claim, { lock: true });
      if (claim.status !== ClaimStatus.APPROVED) throw new InvalidStateError(bi('只有审核通过的代偿申请可以拨付', 'only an approved claim can be paid'), { status: claim.status });
      const figures = await figuresOf(tx, pool);
      if (claim.amountClaimed.gt(figures.balance)) {
        throw new RuleError('INSUFFICIENT_BALANCE', bi(`资金池余额${formatMoney(figures.balance)}元,不足以代偿${formatMoney(claim.amountClaimed)}元`, `the pool's balance of ${formatMoney(figures.balance)} yuan cannot pay ${formatMoney(claim.amountClaimed)} yuan`), {
          balance: formatMoney(figures.balance),
        });
      }
      const loan = await lockLoan(tx, claim.loan.id);
      const entry = new PoolLedgerEntry({ pool, kind: LedgerKind.COMPENSATION, amount: claim.amountClaimed, signedAmount: claim.amountClaimed.negated(), entryDate: input.paidOn, voucherRef: clean(input.voucherRef)!, recordedBy: clean(input.recordedBy)! });
      entry.loan = loan;
      entry.claim = claim;
      tx.persist(entry);
      claim.status = ClaimStatus.PAID;
      claim.paidOn = input.paidOn;
      const coverage = await tx.findOneOrFail(PoolCoverage, claim.coverage.id);
      coverage.status = CoverageStatus.CLAIMED;
      assertTransition(loan, LoanStatus.COMPENSATED);
      loan.status = LoanStatus.COMPENSATED;
      return claim;
    }, (tx, id) => tx.findOneOrFail(CompensationClaim, id));
  },

  /** Money recovered from the borrower after compensation: the pool gets back its frozen share. */
  recordRecovery(em: EntityManager, input: RecordRecoveryInput): Promise<CompensationClaim> {
    const c = check();
    c.positive('amountRecovered', input.amountRecovered);
    c.text('voucherRef', input.voucherRef, { max: 60, required: true });
    c.text('recordedBy', input.recordedBy, { max: 50, required: true });
    c.done();
    assertNotFuture('recoveredOn', input.recoveredOn);
    return idempotent(em, 'recordRecovery', input.idempotencyKey, input, async (tx) => {
      if (!isUuid(input.claimId)) throw new NotFoundError(NOUN.claim, input.claimId);
      const unlocked = await tx.findOne(CompensationClaim, input.claimId);
      if (!unlocked) throw new NotFoundError(NOUN.claim, input.claimId);
      const pool = await lockPool(tx, unlocked.pool.id);
      const claim = await findOr404(tx, CompensationClaim, input.claimId, NOUN.claim, { lock: true });
      if (claim.status !== ClaimStatus.PAID) throw new InvalidStateError(bi('只有已拨付的代偿才有追偿返还', 'recoveries are recorded only on a paid claim'), { status: claim.status });
      const loan = await lockLoan(tx, claim.loan.id);
      if (input.amountRecovered.gt(loan.outstandingPrincipal)) {
        throw new RuleError('OVER_REPAYMENT', bi(`追回本金${formatMoney(input.amountRecovered)}元超过未偿本金${formatMoney(loan.outstandingPrincipal)}元`, `the recovery of ${formatMoney(input.amountRecovered)} yuan exceeds the outstanding ${formatMoney(loan.outstandingPrincipal)} yuan`));
      }
      const toPool = input.amountRecovered.times(claim.poolShare).toDecimalPlaces(2);
      const entry = new PoolLedgerEntry({ pool, kind: LedgerKind.RECOVERY, amount: toPool, signedAmount: toPool, entryDate: input.recoveredOn, voucherRef: clean(input.voucherRef)!, recordedBy: clean(input.recordedBy)! });
      entry.loan = loan;
      entry.claim = claim;
      entry.memo = `追回本金${formatMoney(input.amountRecovered)}元,按${claim.poolShare.toFixed()}返还资金池 / ${formatMoney(input.amountRecovered)} yuan recovered; the pool's share returned`;
      if (toPool.gt(0)) tx.persist(entry);
      claim.recoveredTotal = claim.recoveredTotal.plus(input.amountRecovered);
      claim.returnedToPool = claim.returnedToPool.plus(toPool);
      loan.outstandingPrincipal = loan.outstandingPrincipal.minus(input.amountRecovered);
      if (loan.outstandingPrincipal.isZero() && loan.status === LoanStatus.COMPENSATED) {
        loan.status = LoanStatus.REPAID;
        loan.closedOn = input.recoveredOn;
      }
      return claim;
    }, (tx, id) => tx.findOneOrFail(CompensationClaim, id));
  },
};
