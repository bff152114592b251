import { addMonths, wholeYearsBetween } from '../../common/dates';
import { Dec, ZERO, cmp, formatMoney, formatPercent } from '../../common/decimal';
import { bi, type Bilingual } from '../../common/errors';
import type { Firm } from '../firm/firm.entity';
import type { FirmQualification } from '../firm/firm-qualification.entity';
import { CHAIN_LABELS, QUALIFICATION_LABELS, QualificationKind, TAX_GRADE_ORDER, taxGradeAtLeast, type IndustrialChain, type SizeClass, type TaxCreditGrade } from '../firm/firm.enums';
import type { IpAsset } from '../ip-asset/ip-asset.entity';
import { PoolStatus } from '../pool/pool.enums';
import type { LoanProduct } from './loan-product.entity';
import { COLLATERAL_LABELS, CollateralKind, ProductStatus } from './product.enums';

/**
 * Whether a firm meets a product's eligibility criteria, one verdict per criterion, each with a
 * machine-readable code and a message in Chinese and English. Used wherever eligibility is
 * judged (pool enrolment, matching), so the rules live in one place.
 *
 * Two layers:
 *  - evaluateEligibility(facts, product, today): who the product is for (chain, size, qualifications,
 *    years, revenue, tax grade, IP), plus the product's own status and validity;
 *  - with a `lending` context, also whether a new loan fits now: the amount and term asked for, the
 *    security offered, the IP the firm can still pledge, and the risk pool's headroom and per-firm cap.
 *
 * The rules (`judge`) and the words (`explain`) are apart: judging reports each verdict as a
 * criterion, a pass or fail and a code, allocating nothing, so that matching can judge one firm
 * against thousands of products; the Chinese and English message of a verdict is written from its
 * code only when someone reads it.
 *
 * The firm-level criteria also exist as SQL conditions (firmCriteriaSql, below) so that many firms
 * can be judged at once in the database; test/eligibility.spec.ts checks that both forms agree.
 */
export enum Criterion {
  PRODUCT_STATUS = 'PRODUCT_STATUS',
  PRODUCT_VALIDITY = 'PRODUCT_VALIDITY',
  CHAIN = 'CHAIN',
  SIZE_CLASS = 'SIZE_CLASS',
  QUALIFICATION = 'QUALIFICATION',
  YEARS_OPERATING = 'YEARS_OPERATING',
  REVENUE = 'REVENUE',
  TAX_GRADE = 'TAX_GRADE',
  IP_REQUIRED = 'IP_REQUIRED',
  AMOUNT = 'AMOUNT',
  TERM = 'TERM',
  COLLATERAL = 'COLLATERAL',
  IP_PLEDGE_VALUE = 'IP_PLEDGE_VALUE',
  POOL = 'POOL',
  POOL_FIRM_CAP = 'POOL_FIRM_CAP',
}

/** Criteria about the product (or its pool) alone: the same verdict for every firm. */
export const PRODUCT_LEVEL_CRITERIA: ReadonlySet<Criterion> = new Set([Criterion.PRODUCT_STATUS, Criterion.PRODUCT_VALIDITY, Criterion.POOL]);

export interface Verdict {
  criterion: Criterion;
  /** What the criterion is about when a product has several of its kind: the qualification kind. */
  subject?: string;
  passed: boolean;
  code: string;
  message: Bilingual;
}

/** What the rules read of a firm, its qualifications and its IP: entities, or rows shaped like them. */
export type FirmProfile = Pick<Firm, 'chain' | 'sizeClass' | 'foundedOn' | 'annualRevenue' | 'taxCreditGrade'>;
export type QualificationFacts = Pick<FirmQualification, 'kind' | 'validFrom' | 'validUntil'>;
export type IpFacts = Pick<IpAsset, 'expiresOn' | 'annualFeePaid' | 'pledged' | 'appraisedValue'>;

export interface FirmFacts {
  firm: FirmProfile;
  qualifications: readonly QualificationFacts[];
  ipAssets: readonly IpFacts[];
}

/** What eligibility reads of a product: a LoanProduct, or a row shaped like one. */
export type ProductTerms = Pick<
  LoanProduct,
  'status' | 'validFrom' | 'validUntil' | 'eligibility' | 'minAmount' | 'maxAmount' | 'minTermMonths' | 'maxTermMonths' | 'collateralKinds' | 'loanToValue'
> & { riskPool: { id: string } | null };

/** A loan the firm is asking about; every part optional. */
export interface ProposedLoan {
  amount?: Dec | null;
  termMonths?: number | null;
  /** The forms of security the firm can offer; NONE is the same as offering nothing. */
  collateral?: readonly CollateralKind[] | null;
}

/** The state of the risk pool a product draws on, as far as a new loan is concerned. */
export interface PoolStanding {
  status: PoolStatus;
  perFirmCap: Dec;
  /** Capacity minus covered outstanding; negative when the pool is over its cap. */
  headroom: Dec;
  badLoanRatio: Dec;
  stopRatio: Dec;
}

/** What is needed to judge a new loan, beyond the firm and the product. */
export interface LendingContext {
  loan: ProposedLoan;
  /** The pool the product draws on (null when it draws on none). */
  pool: PoolStanding | null;
  /** The firm's covered outstanding principal in that pool. */
  firmCovered: Dec;
}

const SIZE_LABELS: Record<string, Bilingual> = {
  LARGE: bi('大型', 'large'),
  MEDIUM: bi('中型', 'medium'),
  SMALL: bi('小型', 'small'),
  MICRO: bi('微型', 'micro'),
};

/**
 * Receives each verdict as the rules reach it, in order: the criterion, whether it passed, its
 * code and, for qualifications, the kind it is about. Judging allocates nothing per verdict, so
 * that matching can judge one firm against thousands of products; words come from `explain`,
 * only for the verdicts a client reads.
 */
export type VerdictVisitor = (criterion: Criterion, passed: boolean, code: string, subject?: string) => void;

const OK_CODES = Object.fromEntries(Object.values(Criterion).map((c) => [c, `${c}_OK`])) as Record<Criterion, string>;

/** An IP asset that still stands: not expired on `today` and its fees paid. */
export const ipIsInForce = (a: IpFacts, today: string): boolean => a.expiresOn >= today && a.annualFeePaid;

/** The firm is `years` whole years old on `today` exactly when it was founded on or before this date. */
export const foundingCutoff = (today: string, years: number): string => addMonths(today, -12 * years);

/** Grades as good as `minimum` or better. */
export const gradesAtLeast = (minimum: TaxCreditGrade): TaxCreditGrade[] => TAX_GRADE_ORDER.slice(0, TAX_GRADE_ORDER.indexOf(minimum) + 1);

const atLeastZero = (d: Dec): Dec => (d.isNeg() ? ZERO : d);

/** Where the firm stands on one kind of qualification today, and the record that says so. */
interface QualificationStanding {
  code: string;
  /** The record valid today (passed), or the latest-ending one of its kind (not yet valid, expired). */
  record: QualificationFacts | null;
}

function qualificationStanding(qualifications: readonly QualificationFacts[], kind: QualificationKind, today: string): QualificationStanding {
  const held = qualifications.filter((q) => q.kind === kind);
  const valid = held.find((q) => q.validFrom <= today && today <= q.validUntil);
  if (valid) return { code: OK_CODES[Criterion.QUALIFICATION], record: valid };
  if (!held.length) return { code: 'QUALIFICATION_MISSING', record: null };
  const last = held.reduce((a, b) => (a.validUntil > b.validUntil ? a : b));
  return { code: last.validFrom > today ? 'QUALIFICATION_NOT_YET_VALID' : 'QUALIFICATION_EXPIRED', record: last };
}

/**
 * What a firm's facts say whatever the product: worked out once per facts and day, since matching
 * judges one firm against thousands of products. Facts are taken as they are when first judged.
 */
interface Derived {
  today: string;
  years: number;
  ipInForce: number;
  pledgeable: PledgeableIp;
  qualification: (kind: QualificationKind) => QualificationStanding;
  /** Pledgeable IP x a loan-to-value, remembered per loan-to-value object (a catalogue shares equal ones). */
  ipLoanValue: (loanToValue: Dec) => Dec;
  /** Whether the revenue reaches a minimum, remembered per minimum object. */
  revenueReaches: (minimum: Dec) => boolean;
  /** What is left of a pool's per-firm cap, given the firm's covered outstanding in it. */
  capLeft: (pool: PoolStanding, firmCovered: Dec) => Dec;
}

const derivedOf = new WeakMap<FirmFacts, Derived>();

function derived(facts: FirmFacts, today: string): Derived {
  let d = derivedOf.get(facts);
  if (d?.today === today) return d;
  const quals = new Map<QualificationKind, QualificationStanding>();
  const ipValues = new Map<Dec, Dec>();
  const revenue = new Map<Dec, boolean>();
  const capsLeft = new WeakMap<PoolStanding, { covered: Dec; left: Dec }>();
  const pledgeable = pledgeableIp(facts.ipAssets, today);
  d = {
    today,
    years: wholeYearsBetween(facts.firm.foundedOn, today),
    ipInForce: facts.ipAssets.reduce((n, a) => (ipIsInForce(a, today) ? n + 1 : n), 0),
    pledgeable,
    qualification: (kind) => {
      let s = quals.get(kind);
      if (!s) quals.set(kind, (s = qualificationStanding(facts.qualifications, kind, today)));
      return s;
    },
    ipLoanValue: (ltv) => {
      let v = ipValues.get(ltv);
      if (!v) ipValues.set(ltv, (v = ipLoanValue(pledgeable.value, ltv)));
      return v;
    },
    revenueReaches: (minimum) => {
      let r = revenue.get(minimum);
      if (r === undefined) revenue.set(minimum, (r = cmp(facts.firm.annualRevenue, minimum) >= 0));
      return r;
    },
    capLeft: (pool, covered) => {
      let c = capsLeft.get(pool);
      if (!c || c.covered !== covered) capsLeft.set(pool, (c = { covered, left: atLeastZero(pool.perFirmCap.minus(covered)) }));
      return c.left;
    },
  };
  derivedOf.set(facts, d);
  return d;
}

/** The criteria about the product alone: published, and offered today. */
function judgeProduct(product: Pick<ProductTerms, 'status' | 'validFrom' | 'validUntil'>, today: string, visit: VerdictVisitor): void {
  const published = product.status === ProductStatus.PUBLISHED;
  visit(Criterion.PRODUCT_STATUS, published, published ? OK_CODES.PRODUCT_STATUS : 'PRODUCT_NOT_PUBLISHED');
  if (product.validFrom && product.validFrom > today) visit(Criterion.PRODUCT_VALIDITY, false, 'PRODUCT_NOT_YET_VALID');
  else if (product.validUntil && product.validUntil < today) visit(Criterion.PRODUCT_VALIDITY, false, 'PRODUCT_EXPIRED');
  else visit(Criterion.PRODUCT_VALIDITY, true, OK_CODES.PRODUCT_VALIDITY);
}

/**
 * The rules, in one place: every criterion of the product judged for the firm, in a fixed order,
 * each reported to `visit`. With a `lending` context, also whether a new loan fits now.
 */
export function judge(facts: FirmFacts, product: ProductTerms, today: string, lending: LendingContext | undefined, visit: VerdictVisitor): void {
  const { firm } = facts;
  const e = product.eligibility;
  const d = derived(facts, today);
  judgeProduct(product, today, visit);
  const chainOk = e.chains.length === 0 || e.chains.includes(firm.chain);
  visit(Criterion.CHAIN, chainOk, chainOk ? OK_CODES.CHAIN : 'CHAIN_NOT_SERVED');
  const sizeOk = e.sizeClasses.length === 0 || e.sizeClasses.includes(firm.sizeClass);
  visit(Criterion.SIZE_CLASS, sizeOk, sizeOk ? OK_CODES.SIZE_CLASS : 'SIZE_CLASS_NOT_SERVED');
  for (const kind of e.requiredQualifications) {
    const { code } = d.qualification(kind);
    visit(Criterion.QUALIFICATION, code === OK_CODES.QUALIFICATION, code, kind);
  }
  if (e.minYearsOperating != null) {
    const ok = d.years >= e.minYearsOperating;
    visit(Criterion.YEARS_OPERATING, ok, ok ? OK_CODES.YEARS_OPERATING : 'TOO_YOUNG');
  }
  if (e.minAnnualRevenue != null) {
    const ok = d.revenueReaches(e.minAnnualRevenue);
    visit(Criterion.REVENUE, ok, ok ? OK_CODES.REVENUE : 'REVENUE_TOO_LOW');
  }
  if (e.minTaxGrade != null) {
    const ok = taxGradeAtLeast(firm.taxCreditGrade, e.minTaxGrade);
    visit(Criterion.TAX_GRADE, ok, ok ? OK_CODES.TAX_GRADE : 'TAX_GRADE_TOO_LOW');
  }
  if (e.ipRequired) visit(Criterion.IP_REQUIRED, d.ipInForce > 0, d.ipInForce > 0 ? OK_CODES.IP_REQUIRED : 'NO_IP_IN_FORCE');
  if (lending) judgeLending(d, product, lending, visit);
}

/** Whether the product takes none of the security forms: unsecured. */
const isUnsecured = (accepted: readonly CollateralKind[]): boolean => accepted.length === 0 || accepted.includes(CollateralKind.NONE);

/** Whether the firm offers a form of security the product accepts (NONE is offering nothing). */
function offersAccepted(offered: readonly CollateralKind[], accepted: readonly CollateralKind[]): boolean {
  for (const k of offered) if (k !== CollateralKind.NONE && accepted.includes(k)) return true;
  return false;
}

function judgeLending(d: Derived, product: ProductTerms, lending: LendingContext, visit: VerdictVisitor): void {
  const { loan, pool } = lending;
  const need = amountNeeded(product, loan);
  const amount = loan.amount;
  if (amount != null) {
    const low = cmp(amount, product.minAmount) < 0;
    const high = !low && cmp(amount, product.maxAmount) > 0;
    visit(Criterion.AMOUNT, !low && !high, low ? 'AMOUNT_BELOW_MIN' : high ? 'AMOUNT_ABOVE_MAX' : OK_CODES.AMOUNT);
  }
  const t = loan.termMonths;
  if (t != null) {
    const short = t < product.minTermMonths;
    const long = !short && t > product.maxTermMonths;
    visit(Criterion.TERM, !short && !long, short ? 'TERM_TOO_SHORT' : long ? 'TERM_TOO_LONG' : OK_CODES.TERM);
  }
  if (loan.collateral != null) {
    const ok = isUnsecured(product.collateralKinds) || offersAccepted(loan.collateral, product.collateralKinds);
    visit(Criterion.COLLATERAL, ok, ok ? OK_CODES.COLLATERAL : 'COLLATERAL_NOT_ACCEPTED');
  }
  const ltv = product.loanToValue;
  if (ltv != null) {
    if (d.pledgeable.count === 0) visit(Criterion.IP_PLEDGE_VALUE, false, 'NO_PLEDGEABLE_IP');
    else {
      const ok = cmp(d.ipLoanValue(ltv), need) >= 0;
      visit(Criterion.IP_PLEDGE_VALUE, ok, ok ? OK_CODES.IP_PLEDGE_VALUE : 'IP_PLEDGE_VALUE_TOO_LOW');
    }
  }
  if (product.riskPool) {
    if (!pool) throw new Error('judge: the product draws on a pool, but no pool standing was given');
    const code = poolCode(pool, need);
    visit(Criterion.POOL, code === OK_CODES.POOL, code);
    const ok = cmp(d.capLeft(pool, lending.firmCovered), need) >= 0;
    visit(Criterion.POOL_FIRM_CAP, ok, ok ? OK_CODES.POOL_FIRM_CAP : 'PER_FIRM_CAP_REACHED');
  }
}

/** Whether the risk pool can take a new loan of `need`: active, below its stop ratio, with headroom for it. */
function poolCode(pool: PoolStanding, need: Dec): string {
  if (pool.status !== PoolStatus.ACTIVE) return 'POOL_NOT_ACTIVE';
  if (cmp(pool.badLoanRatio, pool.stopRatio) >= 0) return 'POOL_STOPPED';
  if (cmp(atLeastZero(pool.headroom), need) < 0) return 'POOL_NO_HEADROOM';
  return OK_CODES.POOL;
}

/** What `explain` may need besides the code. */
interface Explaining {
  facts?: FirmFacts;
  product: Pick<ProductTerms, 'validFrom' | 'validUntil'> & Partial<ProductTerms>;
  today: string;
  lending?: LendingContext;
}

const names = <K extends string>(labels: Record<K, Bilingual>, ks: readonly K[], lang: 'zh' | 'en') => ks.map((k) => labels[k][lang]).join(lang === 'zh' ? '、' : ', ');

/** The words of one verdict, in Chinese and English, from its code and what it was judged on. */
function explain(criterion: Criterion, code: string, subject: string | undefined, x: Explaining): Bilingual {
  const { product, today } = x;
  const firm = x.facts?.firm;
  const p = product as ProductTerms;
  const e = p.eligibility;
  switch (code) {
    case OK_CODES.PRODUCT_STATUS:
      return bi('产品已发布', 'the product is published');
    case 'PRODUCT_NOT_PUBLISHED':
      return bi('产品未发布或已下架', 'the product is not published');
    case 'PRODUCT_NOT_YET_VALID':
      return bi(`产品自${product.validFrom}起受理`, `the product is offered from ${product.validFrom}`);
    case 'PRODUCT_EXPIRED':
      return bi(`产品已于${product.validUntil}停止受理`, `the product stopped on ${product.validUntil}`);
    case OK_CODES.PRODUCT_VALIDITY:
      return bi('产品在有效期内', 'the product is currently offered');
  }
  if (criterion === Criterion.POOL) return explainPool(code, x.lending!.pool!, amountNeeded(p, x.lending!.loan));
  const facts = x.facts!;
  const d = derived(facts, today);
  switch (code) {
    case OK_CODES.CHAIN: {
      const c = CHAIN_LABELS[firm!.chain];
      return bi(`产业链(${c.zh})符合`, `industrial chain (${c.en}) is served`);
    }
    case 'CHAIN_NOT_SERVED': {
      const c = CHAIN_LABELS[firm!.chain];
      return bi(`产品仅面向${names(CHAIN_LABELS, e.chains, 'zh')}产业链,企业属${c.zh}`, `the product serves only ${names(CHAIN_LABELS, e.chains, 'en')}; the firm is in ${c.en}`);
    }
    case OK_CODES.SIZE_CLASS: {
      const z = SIZE_LABELS[firm!.sizeClass];
      return bi(`企业规模(${z.zh})符合`, `size class (${z.en}) is served`);
    }
    case 'SIZE_CLASS_NOT_SERVED': {
      const z = SIZE_LABELS[firm!.sizeClass];
      return bi(`产品仅面向${names(SIZE_LABELS, e.sizeClasses, 'zh')}企业,企业为${z.zh}`, `the product serves only ${names(SIZE_LABELS, e.sizeClasses, 'en')} firms; the firm is ${z.en}`);
    }
  }
  if (criterion === Criterion.QUALIFICATION) {
    const kind = subject as QualificationKind;
    const label = QUALIFICATION_LABELS[kind];
    const r = d.qualification(kind).record;
    switch (code) {
      case OK_CODES.QUALIFICATION:
        return bi(`${label.zh}资格有效至${r!.validUntil}`, `${label.en} qualification valid until ${r!.validUntil}`);
      case 'QUALIFICATION_NOT_YET_VALID':
        return bi(`${label.zh}资格自${r!.validFrom}起生效`, `${label.en} qualification takes effect on ${r!.validFrom}`);
      case 'QUALIFICATION_EXPIRED':
        return bi(`${label.zh}资格已于${r!.validUntil}过期`, `${label.en} qualification expired on ${r!.validUntil}`);
      default:
        return bi(`须具备${label.zh}资格`, `requires the ${label.en} qualification`);
    }
  }
  switch (code) {
    case OK_CODES.YEARS_OPERATING:
      return bi(`已经营${d.years}年,满足${e.minYearsOperating}年要求`, `${d.years} years in operation, at least ${e.minYearsOperating} required`);
    case 'TOO_YOUNG':
      return bi(`须经营满${e.minYearsOperating}年,企业成立于${firm!.foundedOn}(${d.years}年)`, `needs ${e.minYearsOperating} years in operation; the firm was founded on ${firm!.foundedOn} (${d.years} years)`);
    case OK_CODES.REVENUE: {
      const [has, min] = [formatMoney(firm!.annualRevenue), formatMoney(e.minAnnualRevenue!)];
      return bi(`营业收入${has}元,满足最低${min}元`, `revenue ${has} yuan, at least ${min} required`);
    }
    case 'REVENUE_TOO_LOW': {
      const [has, min] = [formatMoney(firm!.annualRevenue), formatMoney(e.minAnnualRevenue!)];
      return bi(`营业收入须不低于${min}元,企业为${has}元`, `revenue must be at least ${min} yuan; the firm's is ${has}`);
    }
    case OK_CODES.TAX_GRADE:
      return bi(`纳税信用${firm!.taxCreditGrade}级,满足${e.minTaxGrade}级及以上`, `tax credit grade ${firm!.taxCreditGrade} meets ${e.minTaxGrade} or better`);
    case 'TAX_GRADE_TOO_LOW':
      return bi(`须纳税信用${e.minTaxGrade}级及以上,企业为${firm!.taxCreditGrade}级`, `needs tax credit grade ${e.minTaxGrade} or better; the firm's is ${firm!.taxCreditGrade}`);
    case OK_CODES.IP_REQUIRED:
      return bi(`拥有${d.ipInForce}项有效知识产权`, `owns ${d.ipInForce} IP asset(s) in force`);
    case 'NO_IP_IN_FORCE':
      return bi('须拥有有效知识产权(未过期且年费已缴)', 'requires IP in force (unexpired, fees paid)');
  }
  return explainLending(code, d, p, x.lending!);
}

function explainLending(code: string, d: Derived, product: ProductTerms, lending: LendingContext): Bilingual {
  const { loan } = lending;
  const need = amountNeeded(product, loan);
  const [min, max] = [formatMoney(product.minAmount), formatMoney(product.maxAmount)];
  const a = loan.amount != null ? formatMoney(loan.amount) : '';
  const t = loan.termMonths;
  switch (code) {
    case 'AMOUNT_BELOW_MIN':
      return bi(`申请金额${a}元低于产品最低额度${min}元`, `the amount of ${a} yuan is below the product's minimum of ${min}`);
    case 'AMOUNT_ABOVE_MAX':
      return bi(`申请金额${a}元超过产品最高额度${max}元`, `the amount of ${a} yuan is above the product's maximum of ${max}`);
    case OK_CODES.AMOUNT:
      return bi(`申请金额${a}元在产品额度${min}–${max}元之内`, `the amount of ${a} yuan is within the product's range of ${min}–${max}`);
    case 'TERM_TOO_SHORT':
      return bi(`期限${t}个月短于产品最短期限${product.minTermMonths}个月`, `a term of ${t} months is shorter than the product's minimum of ${product.minTermMonths}`);
    case 'TERM_TOO_LONG':
      return bi(`期限${t}个月超过产品最长期限${product.maxTermMonths}个月`, `a term of ${t} months is longer than the product's maximum of ${product.maxTermMonths}`);
    case OK_CODES.TERM:
      return bi(`期限${t}个月在产品期限${product.minTermMonths}–${product.maxTermMonths}个月之内`, `a term of ${t} months is within the product's ${product.minTermMonths}–${product.maxTermMonths} months`);
  }
  if (code === OK_CODES.COLLATERAL || code === 'COLLATERAL_NOT_ACCEPTED') {
    const accepted = product.collateralKinds;
    const offered = (loan.collateral ?? []).filter((k) => k !== CollateralKind.NONE);
    const usable = offered.filter((k) => accepted.includes(k));
    if (code === 'COLLATERAL_NOT_ACCEPTED') {
      return bi(
        `产品须提供以下担保之一:${names(COLLATERAL_LABELS, accepted, 'zh')};企业可提供:${offered.length ? names(COLLATERAL_LABELS, offered, 'zh') : '无'}`,
        `the product needs one of: ${names(COLLATERAL_LABELS, accepted, 'en')}; the firm can offer ${offered.length ? names(COLLATERAL_LABELS, offered, 'en') : 'none'}`,
      );
    }
    if (isUnsecured(accepted)) return bi('纯信用,无需担保', 'unsecured: no security needed');
    return bi(`企业可提供${names(COLLATERAL_LABELS, usable, 'zh')},产品接受`, `the firm can offer ${names(COLLATERAL_LABELS, usable, 'en')}, which the product accepts`);
  }
  if (code === OK_CODES.IP_PLEDGE_VALUE || code === 'IP_PLEDGE_VALUE_TOO_LOW' || code === 'NO_PLEDGEABLE_IP') {
    const ip = d.pledgeable;
    // The assets left out, each under its first reason: "已质押2项、未评估1项" / "2 pledged, 1 not appraised".
    const parts: [number, string, string][] = [
      [ip.pledged, '已质押', 'pledged'],
      [ip.expired, '已过期', 'expired'],
      [ip.feesUnpaid, '欠缴年费', 'with fees unpaid'],
      [ip.unappraised, '未评估', 'not appraised'],
    ];
    const some = parts.filter(([n]) => n > 0);
    const left = bi(some.map(([n, zh]) => `${zh}${n}项`).join('、'), some.map(([n, , en]) => `${n} ${en}`).join(', '));
    if (code === 'NO_PLEDGEABLE_IP') {
      return bi(
        `没有可质押的知识产权(须未过期、年费已缴、未质押且经评估)${left.zh ? `;现有${left.zh}` : ''}`,
        `no IP that can be pledged (unexpired, fees paid, not pledged, appraised)${left.en ? `; the firm has ${left.en}` : ''}`,
      );
    }
    const ltv = formatPercent(product.loanToValue!);
    const can = formatMoney(d.ipLoanValue(product.loanToValue!));
    const note = left.zh ? bi(`(不计${left.zh})`, ` (not counting ${left.en})`) : bi('', '');
    const head = bi(
      `可质押知识产权${ip.count}项,评估值合计${formatMoney(ip.value)}元${note.zh},按质押率${ltv}可贷${can}元`,
      `${ip.count} pledgeable IP asset(s) appraised at ${formatMoney(ip.value)} yuan${note.en}; at a loan-to-value of ${ltv}, up to ${can} yuan`,
    );
    return code === OK_CODES.IP_PLEDGE_VALUE ? head : bi(`${head.zh},不足${formatMoney(need)}元`, `${head.en}, short of ${formatMoney(need)}`);
  }
  // POOL_FIRM_CAP
  const pool = lending.pool!;
  const remaining = d.capLeft(pool, lending.firmCovered);
  const cap = bi(
    `单户上限${formatMoney(pool.perFirmCap)}元,企业在保余额${formatMoney(lending.firmCovered)}元,尚余${formatMoney(remaining)}元`,
    `per-firm cap ${formatMoney(pool.perFirmCap)} yuan, ${formatMoney(lending.firmCovered)} already covered, ${formatMoney(remaining)} left`,
  );
  return code === OK_CODES.POOL_FIRM_CAP ? cap : bi(`${cap.zh},不足${formatMoney(need)}元`, `${cap.en}, short of ${formatMoney(need)}`);
}

function explainPool(code: string, pool: PoolStanding, need: Dec): Bilingual {
  const room = atLeastZero(pool.headroom);
  switch (code) {
    case 'POOL_NOT_ACTIVE':
      return bi('产品挂钩的风险补偿资金池未在运行,暂停新增', 'the risk pool behind the product is not active and takes no new loans');
    case 'POOL_STOPPED':
      return bi(
        `资金池不良率${formatPercent(pool.badLoanRatio)}已达暂停线${formatPercent(pool.stopRatio)},暂停新增`,
        `the pool's bad-loan ratio of ${formatPercent(pool.badLoanRatio)} has reached its stop ratio of ${formatPercent(pool.stopRatio)}; no new loans`,
      );
    case 'POOL_NO_HEADROOM':
      return room.isZero()
        ? bi('产品挂钩的资金池已无剩余额度', 'the risk pool behind the product has no headroom left')
        : bi(`资金池剩余额度${formatMoney(room)}元,不足${formatMoney(need)}元`, `the pool's headroom of ${formatMoney(room)} yuan is short of ${formatMoney(need)}`);
    default:
      return bi(`资金池剩余额度${formatMoney(room)}元`, `the pool has ${formatMoney(room)} yuan of headroom`);
  }
}

/**
 * A verdict whose message is written only when read: matching judges thousands of products per
 * request and shows a few, and writing every message would cost more than the judging.
 */
class LazyVerdict implements Verdict {
  private said?: Bilingual;
  constructor(
    readonly criterion: Criterion,
    readonly passed: boolean,
    readonly code: string,
    private readonly say: () => Bilingual,
    readonly subject?: string,
  ) {}

  get message(): Bilingual {
    return (this.said ??= this.say());
  }
}

/** The criteria about the product alone: published, and offered today. */
export function productVerdicts(product: Pick<ProductTerms, 'status' | 'validFrom' | 'validUntil'>, today: string): Verdict[] {
  const out: Verdict[] = [];
  const on: Explaining = { product, today };
  judgeProduct(product, today, (criterion, passed, code) => out.push(new LazyVerdict(criterion, passed, code, () => explain(criterion, code, undefined, on))));
  return out;
}

/** Whether the risk pool behind a product can take a new loan of `need`. The same for every firm. */
export function poolVerdict(pool: PoolStanding, need: Dec): Verdict {
  const code = poolCode(pool, need);
  return new LazyVerdict(Criterion.POOL, code === OK_CODES.POOL, code, () => explainPool(code, pool, need));
}

/** Every verdict, in order, each with its words (written when first read). */
export function evaluateEligibility(facts: FirmFacts, product: ProductTerms, today: string, lending?: LendingContext): Verdict[] {
  const out: Verdict[] = [];
  const on: Explaining = { facts, product, today, lending };
  judge(facts, product, today, lending, (criterion, passed, code, subject) => out.push(new LazyVerdict(criterion, passed, code, () => explain(criterion, code, subject, on), subject)));
  return out;
}

/** The firm's IP that can still be pledged: in force (unexpired, fees paid), not pledged, appraised. */
export interface PledgeableIp {
  value: Dec;
  count: number;
  /** Assets left out, each under its first reason. */
  expired: number;
  feesUnpaid: number;
  pledged: number;
  unappraised: number;
}

export function pledgeableIp(ipAssets: readonly IpFacts[], today: string): PledgeableIp {
  const out: PledgeableIp = { value: ZERO, count: 0, expired: 0, feesUnpaid: 0, pledged: 0, unappraised: 0 };
  for (const a of ipAssets) {
    if (a.expiresOn < today) out.expired++;
    else if (!a.annualFeePaid) out.feesUnpaid++;
    else if (a.pledged) out.pledged++;
    else if (a.appraisedValue == null) out.unappraised++;
    else {
      out.count++;
      out.value = out.value.plus(a.appraisedValue);
    }
  }
  return out;
}

export enum LimitKind {
  PRODUCT_MAX = 'PRODUCT_MAX',
  IP_PLEDGE_VALUE = 'IP_PLEDGE_VALUE',
  POOL_FIRM_CAP = 'POOL_FIRM_CAP',
  POOL_HEADROOM = 'POOL_HEADROOM',
}

export interface Limit {
  kind: LimitKind;
  amount: Dec;
}

export interface BorrowingLimits {
  limits: Limit[];
  /** The smallest of the limits: the most this firm can borrow under the product now. */
  max: Dec;
}

/**
 * How much the firm could borrow under the product, limit by limit: the product's maximum; for
 * an IP pledge, the appraised value of its pledgeable IP times the loan-to-value (rounded down
 * to the fen); for a pool-backed product, what is left of the per-firm cap and the pool's headroom.
 */
export function borrowingLimits(facts: FirmFacts, product: ProductTerms, today: string, lending: Omit<LendingContext, 'loan'>): BorrowingLimits {
  const limits: Limit[] = [];
  let max = product.maxAmount;
  eachLimit(facts, product, today, lending, (kind, amount) => {
    limits.push({ kind, amount });
    if (cmp(amount, max) < 0) max = amount;
  });
  return { limits, max };
}

/** borrowingLimits(...).max, without building the list: matching ranks thousands of products by it. */
export function maxBorrowable(facts: FirmFacts, product: ProductTerms, today: string, lending: Omit<LendingContext, 'loan'>): Dec {
  let max = product.maxAmount;
  if (product.loanToValue == null && !(product.riskPool && lending.pool)) return max;
  const d = derived(facts, today);
  const lower = (amount: Dec) => {
    if (cmp(amount, max) < 0) max = amount;
  };
  if (product.loanToValue != null) lower(d.ipLoanValue(product.loanToValue));
  if (product.riskPool && lending.pool) {
    lower(d.capLeft(lending.pool, lending.firmCovered));
    lower(atLeastZero(lending.pool.headroom));
  }
  return max;
}

function eachLimit(facts: FirmFacts, product: ProductTerms, today: string, lending: Omit<LendingContext, 'loan'>, visit: (kind: LimitKind, amount: Dec) => void): void {
  visit(LimitKind.PRODUCT_MAX, product.maxAmount);
  if (product.loanToValue != null) visit(LimitKind.IP_PLEDGE_VALUE, derived(facts, today).ipLoanValue(product.loanToValue));
  if (product.riskPool && lending.pool) {
    visit(LimitKind.POOL_FIRM_CAP, derived(facts, today).capLeft(lending.pool, lending.firmCovered));
    visit(LimitKind.POOL_HEADROOM, atLeastZero(lending.pool.headroom));
  }
}

/** Appraised value x loan-to-value, rounded down to the fen: a loan never exceeds what the pledge covers. */
export const ipLoanValue = (appraised: Dec, loanToValue: Dec): Dec => appraised.times(loanToValue).toDecimalPlaces(2, Dec.ROUND_DOWN);

/**
 * The amount the other limits are judged against: the amount asked for, brought inside the
 * product's range (the AMOUNT criterion reports a range problem on its own), or the product's
 * minimum when no amount is given.
 */
export function amountNeeded(product: ProductTerms, loan: ProposedLoan): Dec {
  if (loan.amount == null) return product.minAmount;
  return cmp(loan.amount, product.minAmount) < 0 ? product.minAmount : cmp(loan.amount, product.maxAmount) > 0 ? product.maxAmount : loan.amount;
}


/**
 * One firm-level criterion of a product as an SQL condition on the table `firm` aliased `f`,
 * true when the firm passes. Parameters use the driver's `?` placeholders.
 */
export interface SqlCriterion {
  criterion: Criterion;
  subject?: string;
  sql: string;
  params: unknown[];
}

/** A PostgreSQL array literal for enum values (letters and underscores only). */
const textArray = (items: readonly string[]) => `{${items.join(',')}}`;

/**
 * The same firm-level rules as evaluateEligibility (with a lending context and no amount asked
 * for), as SQL: one condition per criterion that can fail, so that the database can list the
 * firms that pass all of them, or count those failing exactly one. Criteria that cannot fail for
 * this product (an empty chain list) are left out. Uncorrelated `IN (subquery)` forms let
 * PostgreSQL hash each subquery once instead of probing it per firm.
 */
export function firmCriteriaSql(product: ProductTerms, today: string, pool: { id: string; perFirmCap: Dec } | null): SqlCriterion[] {
  const e = product.eligibility;
  const out: SqlCriterion[] = [];
  if (e.chains.length) out.push({ criterion: Criterion.CHAIN, sql: 'f.chain = ANY(?::text[])', params: [textArray(e.chains)] });
  if (e.sizeClasses.length) out.push({ criterion: Criterion.SIZE_CLASS, sql: 'f.size_class = ANY(?::text[])', params: [textArray(e.sizeClasses)] });
  for (const kind of e.requiredQualifications) {
    out.push({
      criterion: Criterion.QUALIFICATION,
      subject: kind,
      sql: 'f.id IN (SELECT q.firm_id FROM firm_qualification q WHERE q.kind = ? AND q.valid_from <= ?::date AND q.valid_until >= ?::date)',
      params: [kind, today, today],
    });
  }
  if (e.minYearsOperating != null) out.push({ criterion: Criterion.YEARS_OPERATING, sql: 'f.founded_on <= ?::date', params: [foundingCutoff(today, e.minYearsOperating)] });
  if (e.minAnnualRevenue != null) out.push({ criterion: Criterion.REVENUE, sql: 'f.annual_revenue >= ?::numeric', params: [e.minAnnualRevenue.toFixed(2)] });
  if (e.minTaxGrade != null) out.push({ criterion: Criterion.TAX_GRADE, sql: 'f.tax_credit_grade = ANY(?::text[])', params: [textArray(gradesAtLeast(e.minTaxGrade))] });
  if (e.ipRequired) {
    out.push({ criterion: Criterion.IP_REQUIRED, sql: 'f.id IN (SELECT a.firm_id FROM ip_asset a WHERE a.annual_fee_paid AND a.expires_on >= ?::date)', params: [today] });
  }
  const need = product.minAmount;
  if (product.loanToValue != null) {
    out.push({
      criterion: Criterion.IP_PLEDGE_VALUE,
      sql: `f.id IN (SELECT a.firm_id FROM ip_asset a
                      WHERE a.annual_fee_paid AND a.expires_on >= ?::date AND NOT a.pledged AND a.appraised_value IS NOT NULL
                      GROUP BY a.firm_id HAVING trunc(sum(a.appraised_value) * ?::numeric, 2) >= ?::numeric)`,
      params: [today, product.loanToValue.toFixed(), need.toFixed(2)],
    });
  }
  if (product.riskPool && pool) {
    out.push(
      pool.perFirmCap.lt(need)
        ? { criterion: Criterion.POOL_FIRM_CAP, sql: 'false', params: [] }
        : {
            criterion: Criterion.POOL_FIRM_CAP,
            sql: `f.id NOT IN (SELECT l.firm_id FROM pool_coverage c JOIN loan l ON l.id = c.loan_id
                                WHERE c.pool_id = ?::uuid AND c.status = 'ACTIVE'
                                GROUP BY l.firm_id HAVING ?::numeric - sum(l.outstanding_principal) < ?::numeric)`,
            params: [pool.id, pool.perFirmCap.toFixed(2), need.toFixed(2)],
          },
    );
  }
  return out;
}
