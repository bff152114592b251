import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { Dec, ZERO } from '../../common/decimal';
import { NotFoundError } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { decodeCursor, encodeCursor, pageSize, type Page, type PageArgs } from '../../common/pagination';
import { check } from '../../common/validation';
import { findOr404 } from '../../common/write';
import type { Loaders } from '../../loaders';
import type { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../firm/firm.enums';
import { badLoanRatioOf, headroomOf } from '../pool/pool-figures';
import {
  PRODUCT_LEVEL_CRITERIA,
  borrowingLimits,
  evaluateEligibility,
  firmCriteriaSql,
  poolVerdict,
  productVerdicts,
  Criterion,
  type FirmFacts,
  type LendingContext,
  type PoolStanding,
  type ProductTerms,
  type ProposedLoan,
  type SqlCriterion,
  type Verdict,
} from '../product/eligibility';
import { LoanProduct } from '../product/loan-product.entity';
import { CollateralKind, LprTenor, ProductStatus, RateKind } from '../product/product.enums';
import { FIRM_SCORE_SQL, VALID_QUALIFICATION_KINDS_SQL, scoreProduct } from './matching.score';
import { CriterionVerdict, FirmLack, FirmMatch, FirmMatchReport, ProductMatch, ProductMatchReport } from './matching.types';

const MAX_TERM_MONTHS = 360;

export interface MatchProductsArgs {
  firmId: string;
  amount?: Dec | null;
  termMonths?: number | null;
  collateral?: CollateralKind[] | null;
}

/** A product as matching reads it: its terms, its price and its promise. */
type ProductRow = ProductTerms & {
  id: string;
  rateKind: RateKind;
  minRate: Dec | null;
  lprTenor: LprTenor | null;
  minSpreadBps: number | null;
  promisedResponseDays: number;
};

interface ProductDbRow {
  id: string;
  status: ProductStatus;
  valid_from: string | null;
  valid_until: string | null;
  min_amount: string;
  max_amount: string;
  min_term_months: number;
  max_term_months: number;
  collateral_kinds: CollateralKind[];
  loan_to_value: string | null;
  risk_pool_id: string | null;
  rate_kind: RateKind;
  min_rate: string | null;
  lpr_tenor: LprTenor | null;
  min_spread_bps: number | null;
  promised_response_days: number;
  elig_chains: IndustrialChain[];
  elig_size_classes: SizeClass[];
  elig_required_qualifications: QualificationKind[];
  elig_min_years_operating: number | null;
  elig_min_annual_revenue: string | null;
  elig_min_tax_grade: TaxCreditGrade | null;
  elig_ip_required: boolean;
}

const decOrNull = (s: string | null) => (s == null ? null : new Dec(s));

/**
 * Every published product offered today, as plain rows. A firm is judged against all of them
 * (5,000 in the benchmark); hydrating that many entities would cost more than the judging, and
 * the rows carry all eligibility reads. The page shown loads its products through the loader.
 */
async function productsOnOffer(em: EntityManager, today: string): Promise<ProductRow[]> {
  const rows = await em.getConnection().execute<ProductDbRow[]>(
    `SELECT id, status, valid_from::text AS valid_from, valid_until::text AS valid_until, min_amount::text AS min_amount,
            max_amount::text AS max_amount, min_term_months, max_term_months, collateral_kinds, loan_to_value::text AS loan_to_value,
            risk_pool_id, rate_kind, min_rate::text AS min_rate, lpr_tenor, min_spread_bps, promised_response_days,
            elig_chains, elig_size_classes, elig_required_qualifications, elig_min_years_operating,
            elig_min_annual_revenue::text AS elig_min_annual_revenue, elig_min_tax_grade, elig_ip_required
       FROM loan_product
      WHERE status = 'PUBLISHED' AND (valid_from IS NULL OR valid_from <= ?::date) AND (valid_until IS NULL OR valid_until >= ?::date)`,
    [today, today],
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    minAmount: new Dec(r.min_amount),
    maxAmount: new Dec(r.max_amount),
    minTermMonths: r.min_term_months,
    maxTermMonths: r.max_term_months,
    collateralKinds: r.collateral_kinds,
    loanToValue: decOrNull(r.loan_to_value),
    riskPool: r.risk_pool_id ? { id: r.risk_pool_id } : null,
    rateKind: r.rate_kind,
    minRate: decOrNull(r.min_rate),
    lprTenor: r.lpr_tenor,
    minSpreadBps: r.min_spread_bps,
    promisedResponseDays: r.promised_response_days,
    eligibility: {
      chains: r.elig_chains,
      sizeClasses: r.elig_size_classes,
      requiredQualifications: r.elig_required_qualifications,
      minYearsOperating: r.elig_min_years_operating,
      minAnnualRevenue: decOrNull(r.elig_min_annual_revenue),
      minTaxGrade: r.elig_min_tax_grade,
      ipRequired: r.elig_ip_required,
    },
  }));
}

/** The loan prime rates in force today, by tenor. */
async function lprInForce(em: EntityManager, today: string): Promise<Map<LprTenor, Dec>> {
  const rows = await em.getConnection().execute<{ tenor: LprTenor; rate: string }[]>(
    `SELECT DISTINCT ON (tenor) tenor, rate::text AS rate FROM lpr_rate WHERE effective_on <= ?::date ORDER BY tenor, effective_on DESC`,
    [today],
  );
  return new Map(rows.map((r) => [r.tenor, new Dec(r.rate)]));
}

/** Each pool's state for new loans, from its row and its ledger figures. */
async function poolStandings(loaders: Loaders, poolIds: string[]): Promise<Map<string, PoolStanding>> {
  const [pools, figures] = await Promise.all([loaders.pool.loadMany(poolIds), loaders.poolFigures.loadMany(poolIds)]);
  const out = new Map<string, PoolStanding>();
  poolIds.forEach((id, i) => {
    const pool = pools[i];
    const f = figures[i];
    if (pool instanceof Error || pool == null || f instanceof Error) throw pool instanceof Error ? pool : f instanceof Error ? f : new Error(`pool ${id} vanished`);
    out.set(id, { status: pool.status, perFirmCap: pool.perFirmCap, stopRatio: pool.stopRatio, headroom: headroomOf(f, pool.leverageCap), badLoanRatio: badLoanRatioOf(f) });
  });
  return out;
}

function lowestRate(p: ProductRow, lpr: Map<LprTenor, Dec>): Dec | null {
  if (p.rateKind === RateKind.FIXED) return p.minRate;
  const base = p.lprTenor ? lpr.get(p.lprTenor) : undefined;
  return base && p.minSpreadBps != null ? base.plus(new Dec(p.minSpreadBps).div(10000)) : null;
}

const isUnsecured = (kinds: readonly CollateralKind[]) => kinds.length === 0 || kinds.includes(CollateralKind.NONE);

const failures = (verdicts: Verdict[]) => verdicts.reduce((n, v) => (v.passed ? n : n + 1), 0);

/** Ties broken by id, so that equal products always come in the same order. */
const byId = (a: { productId: string }, b: { productId: string }) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0);

/** Eligible products: highest score first, then the larger amount, then id. */
function rankEligible(a: ProductMatch, b: ProductMatch): number {
  return b.scoreParts_.total - a.scoreParts_.total || b.max.comparedTo(a.max) || byId(a, b);
}

/** Products the firm does not qualify for: fewest criteria lacking first, then the higher score, then id. */
function rankNearest(a: ProductMatch, b: ProductMatch): number {
  return failures(a.verdicts) - failures(b.verdicts) || b.scoreParts_.total - a.scoreParts_.total || byId(a, b);
}

/** What the firm lacks over all the products it does not qualify for; product-level failures are not the firm's to fix. */
function lacksOf(nearestFirst: ProductMatch[]): FirmLack[] {
  const groups = new Map<string, FirmLack>();
  for (const m of nearestFirst) {
    const only = failures(m.verdicts) === 1;
    for (const v of m.verdicts) {
      if (v.passed || PRODUCT_LEVEL_CRITERIA.has(v.criterion)) continue;
      const key = `${v.criterion}|${v.subject ?? ''}|${v.code}`;
      let g = groups.get(key);
      if (!g) {
        const first = CriterionVerdict.of(v);
        g = Object.assign(new FirmLack(), { criterion: v.criterion, subject: first.subject, code: v.code, messageZh: first.messageZh, messageEn: first.messageEn, products: 0, onlyLack: 0 });
        groups.set(key, g);
      }
      g.products++;
      if (only) g.onlyLack++;
    }
  }
  const key = (g: FirmLack) => `${g.criterion}|${g.subject ?? ''}|${g.code}`;
  return [...groups.values()].sort((a, b) => b.onlyLack - a.onlyLack || b.products - a.products || (key(a) < key(b) ? -1 : 1));
}

/** A keyset page of firms, in score order; the cursor carries the last score, credit code and rank. */
interface FirmRow {
  id: string;
  credit_code: string;
  score: number;
}

function allPass(criteria: SqlCriterion[]): { sql: string; params: unknown[] } {
  if (!criteria.length) return { sql: 'true', params: [] };
  return { sql: criteria.map((c) => `(${c.sql})`).join('\n AND '), params: criteria.flatMap((c) => c.params) };
}

/** Firms that fail exactly one of the criteria: the near misses. */
function exactlyOneFails(criteria: SqlCriterion[]): { sql: string; params: unknown[] } {
  if (!criteria.length) return { sql: 'false', params: [] };
  return { sql: `(${criteria.map((c) => `(NOT (${c.sql}))::int`).join('\n + ')}) = 1`, params: criteria.flatMap((c) => c.params) };
}

export const MatchingService = {
  /**
   * Every published product offered today, judged for one firm (and the loan it asks about):
   * eligible ones ranked by score, the others nearest first, and what the firm lacks overall.
   * A constant number of statements, however many products there are.
   */
  async matchProducts(em: EntityManager, loaders: Loaders, args: MatchProductsArgs): Promise<ProductMatchReport> {
    const c = check();
    c.positive('amount', args.amount);
    c.int('termMonths', args.termMonths, 1, MAX_TERM_MONTHS);
    c.done();
    if (!isUuid(args.firmId)) throw new NotFoundError(NOUN.firm, args.firmId);

    const today = todayInZone();
    const [firm, qualifications, ipAssets, covered, products, lpr] = await Promise.all([
      loaders.firm.load(args.firmId),
      loaders.qualificationsByFirm.load(args.firmId),
      loaders.ipAssetsByFirm.load(args.firmId),
      loaders.coveredByFirm.load(args.firmId),
      productsOnOffer(em, today),
      lprInForce(em, today),
    ]);
    if (!firm) throw new NotFoundError(NOUN.firm, args.firmId);
    const pools = await poolStandings(loaders, [...new Set(products.flatMap((p) => (p.riskPool ? [p.riskPool.id] : [])))]);

    const collateral = args.collateral ? [...new Set(args.collateral)] : null;
    const loan: ProposedLoan = { amount: args.amount ?? null, termMonths: args.termMonths ?? null, collateral };
    const facts: FirmFacts = { firm, qualifications, ipAssets };
    const eligible: ProductMatch[] = [];
    const ineligible: ProductMatch[] = [];
    for (const p of products) {
      const lending: LendingContext = { loan, pool: p.riskPool ? pools.get(p.riskPool.id)! : null, firmCovered: (p.riskPool && covered.get(p.riskPool.id)) || ZERO };
      const verdicts = evaluateEligibility(facts, p, today, lending);
      const { limits, max } = borrowingLimits(facts, p, today, lending);
      const rate = lowestRate(p, lpr);
      const unsecured = isUnsecured(p.collateralKinds);
      const m = Object.assign(new ProductMatch(), {
        productId: p.id,
        verdicts,
        limitList: limits,
        max,
        eligible: verdicts.every((v) => v.passed),
        lowestRate: rate,
        scoreParts_: scoreProduct({
          lowestRate: rate,
          maxBorrowable: max,
          amountAsked: loan.amount != null,
          unsecured,
          securityInHand: !unsecured && verdicts.some((v) => v.passed && (v.criterion === Criterion.IP_PLEDGE_VALUE || v.criterion === Criterion.COLLATERAL)),
          promisedResponseDays: p.promisedResponseDays,
        }),
      });
      (m.eligible ? eligible : ineligible).push(m);
    }
    eligible.sort(rankEligible).forEach((m, i) => (m.rank = i + 1));
    ineligible.sort(rankNearest).forEach((m, i) => (m.rank = i + 1));

    return Object.assign(new ProductMatchReport(), {
      firmId: firm.id,
      eligibleList: eligible,
      ineligibleList: ineligible,
      asOf: today,
      amount: loan.amount,
      termMonths: loan.termMonths,
      collateral,
      productCount: products.length,
      eligibleCount: eligible.length,
      lacks: lacksOf(ineligible),
    });
  },

  /**
   * The firms that fit one product, judged in the database (firmCriteriaSql): the product-level
   * verdicts once, the firm lists lazily, page by page (firmPage).
   */
  async matchFirms(em: EntityManager, loaders: Loaders, productId: string): Promise<FirmMatchReport> {
    const product = await findOr404(em, LoanProduct, productId, NOUN.product);
    loaders.product.prime(product.id, product);
    const today = todayInZone();
    const pool = product.riskPool ? (await poolStandings(loaders, [product.riskPool.id])).get(product.riskPool.id)! : null;
    const verdicts = [...productVerdicts(product, today), ...(pool ? [poolVerdict(pool, product.minAmount)] : [])];
    return Object.assign(new FirmMatchReport(), {
      terms: product,
      bankId: product.bank.id,
      pool,
      firmCriteria: firmCriteriaSql(product, today, pool && product.riskPool ? { id: product.riskPool.id, perFirmCap: pool.perFirmCap } : null),
      asOf: today,
      open: verdicts.every((v) => v.passed),
      productCriteria: verdicts.map(CriterionVerdict.of),
    });
  },

  /** One page of the firms meeting every firm-level criterion, or of those failing exactly one. */
  async firmPage(em: EntityManager, loaders: Loaders, report: FirmMatchReport, which: 'eligible' | 'nearMiss', args: PageArgs): Promise<Page<FirmMatch>> {
    const first = pageSize(args);
    const after = args.after ? (decodeCursor(args.after, ['number', 'string', 'number']) as [number, string, number]) : null;
    const filter = which === 'eligible' ? allPass(report.firmCriteria) : exactlyOneFails(report.firmCriteria);
    const conn = em.getConnection();
    const rows = await conn.execute<FirmRow[]>(
      `SELECT s.id, s.credit_code, s.score FROM (
         SELECT f.id, f.credit_code, ${FIRM_SCORE_SQL}::int AS score
           FROM firm f LEFT JOIN ${VALID_QUALIFICATION_KINDS_SQL} qs ON qs.firm_id = f.id
          WHERE ${filter.sql}
       ) s
       ${after ? 'WHERE s.score < ? OR (s.score = ? AND s.credit_code > ?)' : ''}
       ORDER BY s.score DESC, s.credit_code ASC
       LIMIT ?`,
      [report.asOf, report.asOf, report.asOf, ...filter.params, ...(after ? [after[0], after[0], after[1]] : []), first + 1],
    );
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    const ids = page.map((r) => r.id);
    const [firms, qualifications, ipAssets, covered] = await Promise.all([
      loaders.firm.loadMany(ids),
      loaders.qualificationsByFirm.loadMany(ids),
      loaders.ipAssetsByFirm.loadMany(ids),
      report.terms.riskPool ? loaders.coveredByFirm.loadMany(ids) : Promise.resolve(ids.map(() => new Map<string, Dec>())),
    ]);
    const poolId = report.terms.riskPool?.id;
    const startRank = after ? after[2] : 0;
    const edges = page.map((row, i) => {
      const firm = firms[i];
      const quals = qualifications[i];
      const ips = ipAssets[i];
      const cov = covered[i];
      if (!firm || firm instanceof Error || quals instanceof Error || ips instanceof Error || cov instanceof Error) throw new Error(`firm ${row.id} could not be loaded`);
      const facts: FirmFacts = { firm, qualifications: quals, ipAssets: ips };
      const lending: LendingContext = { loan: {}, pool: report.pool, firmCovered: (poolId && cov.get(poolId)) || ZERO };
      const verdicts = evaluateEligibility(facts, report.terms, report.asOf, lending).filter((v) => !PRODUCT_LEVEL_CRITERIA.has(v.criterion));
      const { limits, max } = borrowingLimits(facts, report.terms, report.asOf, lending);
      const rank = startRank + i + 1;
      const node = Object.assign(new FirmMatch(), { firmId: row.id, score: row.score, rank, verdicts, limitList: limits, max, eligible: verdicts.every((v) => v.passed) });
      return { node, cursor: encodeCursor([row.score, row.credit_code, rank]) };
    });
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: async () => {
        const [{ n }] = await conn.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM firm f WHERE ${filter.sql}`, filter.params);
        return n;
      },
    };
  },
};
