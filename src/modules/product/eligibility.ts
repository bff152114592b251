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

export interface FirmFacts {
  firm: Firm;
  qualifications: FirmQualification[];
  ipAssets: IpAsset[];
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

const OK_CODES = Object.fromEntries(Object.values(Criterion).map((c) => [c, `${c}_OK`])) as Record<Criterion, string>;
const pass = (criterion: Criterion, say: () => Bilingual, subject?: string): Verdict => new LazyVerdict(criterion, true, OK_CODES[criterion], say, subject);
const fail = (criterion: Criterion, code: string, say: () => Bilingual, subject?: string): Verdict => new LazyVerdict(criterion, false, code, say, subject);


/** An IP asset that still stands: not expired on `today` and its fees paid. */
export const ipIsInForce = (a: IpAsset, today: string): boolean => a.expiresOn >= today && a.annualFeePaid;

/** The firm is `years` whole years old on `today` exactly when it was founded on or before this date. */
export const foundingCutoff = (today: string, years: number): string => addMonths(today, -12 * years);

/** Grades as good as `minimum` or better. */
export const gradesAtLeast = (minimum: TaxCreditGrade): TaxCreditGrade[] => TAX_GRADE_ORDER.slice(0, TAX_GRADE_ORDER.indexOf(minimum) + 1);

const atLeastZero = (d: Dec): Dec => (d.isNeg() ? ZERO : d);

/**
 * What a firm's facts say whatever the product: worked out once per facts and day, since matching
 * judges one firm against thousands of products. Facts are taken as they are when first judged.
 */
interface Derived {
  today: string;
  years: number;
  ipInForce: number;
  pledgeable: PledgeableIp;
  qualification: (kind: QualificationKind) => Verdict;
  ipLoanValue: (loanToValue: Dec) => Dec;
  /** What is left of a pool's per-firm cap, given the firm's covered outstanding in it. */
  capLeft: (pool: PoolStanding, firmCovered: Dec) => Dec;
  /**
   * A verdict that depends on the firm and on one term of the product only (a chain list, a minimum):
   * made once per firm and term, then shared by every product with that term.
   */
  shared: (criterion: Criterion, term: unknown, make: (term: any) => Verdict) => Verdict;
}

const derivedOf = new WeakMap<FirmFacts, Derived>();

function derived(facts: FirmFacts, today: string): Derived {
  let d = derivedOf.get(facts);
  if (d?.today === today) return d;
  const quals = new Map<QualificationKind, Verdict>();
  const ipValues = new Map<string, Dec>();
  const capsLeft = new WeakMap<PoolStanding, { covered: Dec; left: Dec }>();
  const sharedVerdicts = new Map<Criterion, Map<unknown, Verdict>>();
  const pledgeable = pledgeableIp(facts.ipAssets, today);
  d = {
    today,
    years: wholeYearsBetween(facts.firm.foundedOn, today),
    ipInForce: facts.ipAssets.reduce((n, a) => (ipIsInForce(a, today) ? n + 1 : n), 0),
    pledgeable,
    qualification: (kind) => {
      let v = quals.get(kind);
      if (!v) quals.set(kind, (v = qualificationVerdict(facts.qualifications, kind, today)));
      return v;
    },
    ipLoanValue: (ltv) => {
      const key = ltv.toString();
      let v = ipValues.get(key);
      if (!v) ipValues.set(key, (v = ipLoanValue(pledgeable.value, ltv)));
      return v;
    },
    shared: (criterion, term, make) => {
      let byTerm = sharedVerdicts.get(criterion);
      if (!byTerm) sharedVerdicts.set(criterion, (byTerm = new Map()));
      let v = byTerm.get(term);
      if (!v) byTerm.set(term, (v = make(term)));
      return v;
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

const PUBLISHED = pass(Criterion.PRODUCT_STATUS, () => bi('产品已发布', 'the product is published'));
const NOT_PUBLISHED = fail(Criterion.PRODUCT_STATUS, 'PRODUCT_NOT_PUBLISHED', () => bi('产品未发布或已下架', 'the product is not published'));
const OFFERED = pass(Criterion.PRODUCT_VALIDITY, () => bi('产品在有效期内', 'the product is currently offered'));

/** The criteria about the product alone: published, and offered today. */
export function productVerdicts(product: Pick<ProductTerms, 'status' | 'validFrom' | 'validUntil'>, today: string, out: Verdict[] = []): Verdict[] {
  out.push(product.status === ProductStatus.PUBLISHED ? PUBLISHED : NOT_PUBLISHED);
  if (product.validFrom && product.validFrom > today) {
    out.push(fail(Criterion.PRODUCT_VALIDITY, 'PRODUCT_NOT_YET_VALID', () => bi(`产品自${product.validFrom}起受理`, `the product is offered from ${product.validFrom}`)));
  } else if (product.validUntil && product.validUntil < today) {
    out.push(fail(Criterion.PRODUCT_VALIDITY, 'PRODUCT_EXPIRED', () => bi(`产品已于${product.validUntil}停止受理`, `the product stopped on ${product.validUntil}`)));
  } else {
    out.push(OFFERED);
  }
  return out;
}

/** Whether the firm holds a qualification of this kind valid today; if not, whether it expired, is yet to start, or is missing. */
export function qualificationVerdict(qualifications: readonly FirmQualification[], kind: QualificationKind, today: string): Verdict {
  const label = QUALIFICATION_LABELS[kind];
  const held = qualifications.filter((q) => q.kind === kind);
  const valid = held.find((q) => q.validFrom <= today && today <= q.validUntil);
  if (valid) {
    return pass(Criterion.QUALIFICATION, () => bi(`${label.zh}资格有效至${valid.validUntil}`, `${label.en} qualification valid until ${valid.validUntil}`), kind);
  }
  if (held.length) {
    const last = held.reduce((a, b) => (a.validUntil > b.validUntil ? a : b));
    return last.validFrom > today
      ? fail(Criterion.QUALIFICATION, 'QUALIFICATION_NOT_YET_VALID', () => bi(`${label.zh}资格自${last.validFrom}起生效`, `${label.en} qualification takes effect on ${last.validFrom}`), kind)
      : fail(Criterion.QUALIFICATION, 'QUALIFICATION_EXPIRED', () => bi(`${label.zh}资格已于${last.validUntil}过期`, `${label.en} qualification expired on ${last.validUntil}`), kind);
  }
  return fail(Criterion.QUALIFICATION, 'QUALIFICATION_MISSING', () => bi(`须具备${label.zh}资格`, `requires the ${label.en} qualification`), kind);
}

const chainServed = (chain: IndustrialChain): Verdict => {
  const c = CHAIN_LABELS[chain];
  return pass(Criterion.CHAIN, () => bi(`产业链(${c.zh})符合`, `industrial chain (${c.en}) is served`));
};

function chainNotServed(chain: IndustrialChain, served: IndustrialChain[]): Verdict {
  const c = CHAIN_LABELS[chain];
  const wanted = () => served.map((x) => CHAIN_LABELS[x]);
  return fail(Criterion.CHAIN, 'CHAIN_NOT_SERVED', () =>
    bi(`产品仅面向${wanted().map((w) => w.zh).join('、')}产业链,企业属${c.zh}`, `the product serves only ${wanted().map((w) => w.en).join(', ')}; the firm is in ${c.en}`),
  );
}

const sizeServed = (size: SizeClass): Verdict => {
  const z = SIZE_LABELS[size];
  return pass(Criterion.SIZE_CLASS, () => bi(`企业规模(${z.zh})符合`, `size class (${z.en}) is served`));
};

function sizeNotServed(size: SizeClass, served: SizeClass[]): Verdict {
  const z = SIZE_LABELS[size];
  const wanted = () => served.map((x) => SIZE_LABELS[x]);
  return fail(Criterion.SIZE_CLASS, 'SIZE_CLASS_NOT_SERVED', () =>
    bi(`产品仅面向${wanted().map((w) => w.zh).join('、')}企业,企业为${z.zh}`, `the product serves only ${wanted().map((w) => w.en).join(', ')} firms; the firm is ${z.en}`),
  );
}

const yearsVerdict = (foundedOn: string, years: number, min: number): Verdict =>
  years >= min
    ? pass(Criterion.YEARS_OPERATING, () => bi(`已经营${years}年,满足${min}年要求`, `${years} years in operation, at least ${min} required`))
    : fail(Criterion.YEARS_OPERATING, 'TOO_YOUNG', () => bi(`须经营满${min}年,企业成立于${foundedOn}(${years}年)`, `needs ${min} years in operation; the firm was founded on ${foundedOn} (${years} years)`));

const taxVerdict = (grade: TaxCreditGrade, min: TaxCreditGrade): Verdict =>
  taxGradeAtLeast(grade, min)
    ? pass(Criterion.TAX_GRADE, () => bi(`纳税信用${grade}级,满足${min}级及以上`, `tax credit grade ${grade} meets ${min} or better`))
    : fail(Criterion.TAX_GRADE, 'TAX_GRADE_TOO_LOW', () => bi(`须纳税信用${min}级及以上,企业为${grade}级`, `needs tax credit grade ${min} or better; the firm's is ${grade}`));

const ipRequiredVerdict = (inForce: number): Verdict =>
  inForce
    ? pass(Criterion.IP_REQUIRED, () => bi(`拥有${inForce}项有效知识产权`, `owns ${inForce} IP asset(s) in force`))
    : fail(Criterion.IP_REQUIRED, 'NO_IP_IN_FORCE', () => bi('须拥有有效知识产权(未过期且年费已缴)', 'requires IP in force (unexpired, fees paid)'));

export function evaluateEligibility(facts: FirmFacts, product: ProductTerms, today: string, lending?: LendingContext): Verdict[] {
  const { firm } = facts;
  const e = product.eligibility;
  const out = productVerdicts(product, today);
  const d = derived(facts, today);
  // Verdicts that depend on the firm and one term of the product are shared (by the term's identity:
  // a catalogue row keeps its arrays and decimals), so judging thousands of products allocates little.
  out.push(
    e.chains.length === 0 || e.chains.includes(firm.chain)
      ? d.shared(Criterion.CHAIN, firm.chain, chainServed)
      : d.shared(Criterion.CHAIN, e.chains, (chains: IndustrialChain[]) => chainNotServed(firm.chain, chains)),
  );
  out.push(
    e.sizeClasses.length === 0 || e.sizeClasses.includes(firm.sizeClass)
      ? d.shared(Criterion.SIZE_CLASS, firm.sizeClass, sizeServed)
      : d.shared(Criterion.SIZE_CLASS, e.sizeClasses, (sizes: SizeClass[]) => sizeNotServed(firm.sizeClass, sizes)),
  );
  for (const kind of e.requiredQualifications) out.push(d.qualification(kind));
  if (e.minYearsOperating != null) out.push(d.shared(Criterion.YEARS_OPERATING, e.minYearsOperating, (min: number) => yearsVerdict(firm.foundedOn, d.years, min)));

  const minRevenue = e.minAnnualRevenue;
  if (minRevenue != null) {
    out.push(
      cmp(firm.annualRevenue, minRevenue) >= 0
        ? pass(Criterion.REVENUE, () => bi(`营业收入${formatMoney(firm.annualRevenue)}元,满足最低${formatMoney(minRevenue)}元`, `revenue ${formatMoney(firm.annualRevenue)} yuan, at least ${formatMoney(minRevenue)} required`))
        : fail(Criterion.REVENUE, 'REVENUE_TOO_LOW', () => bi(`营业收入须不低于${formatMoney(minRevenue)}元,企业为${formatMoney(firm.annualRevenue)}元`, `revenue must be at least ${formatMoney(minRevenue)} yuan; the firm's is ${formatMoney(firm.annualRevenue)}`)),
    );
  }

  if (e.minTaxGrade != null) out.push(d.shared(Criterion.TAX_GRADE, e.minTaxGrade, (min: TaxCreditGrade) => taxVerdict(firm.taxCreditGrade, min)));
  if (e.ipRequired) out.push(d.shared(Criterion.IP_REQUIRED, d.ipInForce, ipRequiredVerdict));

  if (lending) lendingVerdicts(facts, product, today, lending, out);
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

export function pledgeableIp(ipAssets: readonly IpAsset[], today: string): PledgeableIp {
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
  eachLimit(facts, product, today, lending, (_kind, amount) => {
    if (cmp(amount, max) < 0) max = amount;
  });
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

function lendingVerdicts(facts: FirmFacts, product: ProductTerms, today: string, lending: LendingContext, out: Verdict[]): void {
  const { loan, pool } = lending;
  const need = amountNeeded(product, loan);
  const range = () => `${formatMoney(product.minAmount)}–${formatMoney(product.maxAmount)}`;

  const amount = loan.amount;
  if (amount != null) {
    const a = () => formatMoney(amount);
    out.push(
      cmp(amount, product.minAmount) < 0
        ? fail(Criterion.AMOUNT, 'AMOUNT_BELOW_MIN', () => bi(`申请金额${a()}元低于产品最低额度${formatMoney(product.minAmount)}元`, `the amount of ${a()} yuan is below the product's minimum of ${formatMoney(product.minAmount)}`))
        : cmp(amount, product.maxAmount) > 0
          ? fail(Criterion.AMOUNT, 'AMOUNT_ABOVE_MAX', () => bi(`申请金额${a()}元超过产品最高额度${formatMoney(product.maxAmount)}元`, `the amount of ${a()} yuan is above the product's maximum of ${formatMoney(product.maxAmount)}`))
          : pass(Criterion.AMOUNT, () => bi(`申请金额${a()}元在产品额度${range()}元之内`, `the amount of ${a()} yuan is within the product's range of ${range()}`)),
    );
  }

  if (loan.termMonths != null) {
    const t = loan.termMonths;
    out.push(
      t < product.minTermMonths
        ? fail(Criterion.TERM, 'TERM_TOO_SHORT', () => bi(`期限${t}个月短于产品最短期限${product.minTermMonths}个月`, `a term of ${t} months is shorter than the product's minimum of ${product.minTermMonths}`))
        : t > product.maxTermMonths
          ? fail(Criterion.TERM, 'TERM_TOO_LONG', () => bi(`期限${t}个月超过产品最长期限${product.maxTermMonths}个月`, `a term of ${t} months is longer than the product's maximum of ${product.maxTermMonths}`))
          : pass(Criterion.TERM, () => bi(`期限${t}个月在产品期限${product.minTermMonths}–${product.maxTermMonths}个月之内`, `a term of ${t} months is within the product's ${product.minTermMonths}–${product.maxTermMonths} months`)),
    );
  }

  if (loan.collateral != null) {
    const accepted = product.collateralKinds;
    const offered = loan.collateral.filter((k) => k !== CollateralKind.NONE);
    const usable = offered.filter((k) => accepted.includes(k));
    const names = (ks: readonly CollateralKind[], lang: 'zh' | 'en') => ks.map((k) => COLLATERAL_LABELS[k][lang]).join(lang === 'zh' ? '、' : ', ');
    if (accepted.length === 0 || accepted.includes(CollateralKind.NONE)) {
      out.push(pass(Criterion.COLLATERAL, () => bi('纯信用,无需担保', 'unsecured: no security needed')));
    } else if (usable.length) {
      out.push(pass(Criterion.COLLATERAL, () => bi(`企业可提供${names(usable, 'zh')},产品接受`, `the firm can offer ${names(usable, 'en')}, which the product accepts`)));
    } else {
      out.push(
        fail(
          Criterion.COLLATERAL,
          'COLLATERAL_NOT_ACCEPTED',
          () =>
            bi(
              `产品须提供以下担保之一:${names(accepted, 'zh')};企业可提供:${offered.length ? names(offered, 'zh') : '无'}`,
              `the product needs one of: ${names(accepted, 'en')}; the firm can offer ${offered.length ? names(offered, 'en') : 'none'}`,
            ),
        ),
      );
    }
  }

  const loanToValue = product.loanToValue;
  if (loanToValue != null) {
    const ip = derived(facts, today).pledgeable;
    const can = derived(facts, today).ipLoanValue(loanToValue);
    // The assets left out, each under its first reason: "已质押2项、未评估1项" / "2 pledged, 1 not appraised".
    const leftOut = (): Bilingual => {
      const parts: [number, string, string][] = [
        [ip.pledged, '已质押', 'pledged'],
        [ip.expired, '已过期', 'expired'],
        [ip.feesUnpaid, '欠缴年费', 'with fees unpaid'],
        [ip.unappraised, '未评估', 'not appraised'],
      ];
      const some = parts.filter(([n]) => n > 0);
      return bi(some.map(([n, zh]) => `${zh}${n}项`).join('、'), some.map(([n, , en]) => `${n} ${en}`).join(', '));
    };
    const note = (): Bilingual => {
      const l = leftOut();
      return l.zh ? bi(`(不计${l.zh})`, ` (not counting ${l.en})`) : bi('', '');
    };
    if (ip.count === 0) {
      out.push(
        fail(Criterion.IP_PLEDGE_VALUE, 'NO_PLEDGEABLE_IP', () => {
          const l = leftOut();
          return bi(
            `没有可质押的知识产权(须未过期、年费已缴、未质押且经评估)${l.zh ? `;现有${l.zh}` : ''}`,
            `no IP that can be pledged (unexpired, fees paid, not pledged, appraised)${l.en ? `; the firm has ${l.en}` : ''}`,
          );
        }),
      );
    } else {
      const head = (): Bilingual => {
        const ltv = formatPercent(loanToValue);
        const n = note();
        return bi(
          `可质押知识产权${ip.count}项,评估值合计${formatMoney(ip.value)}元${n.zh},按质押率${ltv}可贷${formatMoney(can)}元`,
          `${ip.count} pledgeable IP asset(s) appraised at ${formatMoney(ip.value)} yuan${n.en}; at a loan-to-value of ${ltv}, up to ${formatMoney(can)} yuan`,
        );
      };
      out.push(
        cmp(can, need) >= 0
          ? pass(Criterion.IP_PLEDGE_VALUE, head)
          : fail(Criterion.IP_PLEDGE_VALUE, 'IP_PLEDGE_VALUE_TOO_LOW', () => bi(`${head().zh},不足${formatMoney(need)}元`, `${head().en}, short of ${formatMoney(need)}`)),
      );
    }
  }

  if (product.riskPool) {
    if (!pool) throw new Error('lendingVerdicts: the product draws on a pool, but no pool standing was given');
    out.push(poolVerdict(pool, need));

    const remaining = derived(facts, today).capLeft(pool, lending.firmCovered);
    const cap = (): Bilingual =>
      bi(
        `单户上限${formatMoney(pool.perFirmCap)}元,企业在保余额${formatMoney(lending.firmCovered)}元,尚余${formatMoney(remaining)}元`,
        `per-firm cap ${formatMoney(pool.perFirmCap)} yuan, ${formatMoney(lending.firmCovered)} already covered, ${formatMoney(remaining)} left`,
      );
    out.push(
      cmp(remaining, need) >= 0
        ? pass(Criterion.POOL_FIRM_CAP, cap)
        : fail(Criterion.POOL_FIRM_CAP, 'PER_FIRM_CAP_REACHED', () => bi(`${cap().zh},不足${formatMoney(need)}元`, `${cap().en}, short of ${formatMoney(need)}`)),
    );
  }
}

/**
 * Whether the risk pool behind a product can take a new loan of `need`: active, below its stop
 * ratio, and with headroom for it. The same for every firm.
 */
export function poolVerdict(pool: PoolStanding, need: Dec): Verdict {
  const room = atLeastZero(pool.headroom);
  if (pool.status !== PoolStatus.ACTIVE) {
    return fail(Criterion.POOL, 'POOL_NOT_ACTIVE', () => bi('产品挂钩的风险补偿资金池未在运行,暂停新增', 'the risk pool behind the product is not active and takes no new loans'));
  }
  if (cmp(pool.badLoanRatio, pool.stopRatio) >= 0) {
    return fail(Criterion.POOL, 'POOL_STOPPED', () => bi(`资金池不良率${formatPercent(pool.badLoanRatio)}已达暂停线${formatPercent(pool.stopRatio)},暂停新增`, `the pool's bad-loan ratio of ${formatPercent(pool.badLoanRatio)} has reached its stop ratio of ${formatPercent(pool.stopRatio)}; no new loans`));
  }
  if (cmp(room, need) < 0) {
    return fail(
      Criterion.POOL,
      'POOL_NO_HEADROOM',
      () =>
        room.isZero()
          ? bi('产品挂钩的资金池已无剩余额度', 'the risk pool behind the product has no headroom left')
          : bi(`资金池剩余额度${formatMoney(room)}元,不足${formatMoney(need)}元`, `the pool's headroom of ${formatMoney(room)} yuan is short of ${formatMoney(need)}`),
    );
  }
  return pass(Criterion.POOL, () => bi(`资金池剩余额度${formatMoney(room)}元`, `the pool has ${formatMoney(room)} yuan of headroom`));
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
