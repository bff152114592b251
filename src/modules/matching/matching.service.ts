import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { Dec, ZERO, cmp } from '../../common/decimal';
import { NotFoundError, bi, type Bilingual } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { openCursor, pageSize, sealCursor, type Page, type PageArgs } from '../../common/pagination';
import { check } from '../../common/validation';
import { findOr404 } from '../../common/write';
import type { Actor } from '../auth/auth.types';
import { FirmService } from '../firm/firm.service';
import type { Loaders } from '../../loaders';
import type { Context } from '../../context';
import { firmsInScope } from '../firm/firm.access';
import { badLoanRatioOf, headroomOf } from '../pool/pool-figures';
import { poolFiguresVisible } from '../pool/pool.access';
import { RiskPool } from '../pool/risk-pool.entity';
import {
  Criterion,
  LimitKind,
  PRODUCT_LEVEL_CRITERIA,
  borrowingLimits,
  evaluateEligibility,
  judge,
  maxBorrowable,
  firmCriteriaSql,
  poolVerdict,
  productVerdicts,
  type FirmFacts,
  type LendingContext,
  type PoolStanding,
  type ProposedLoan,
  type SqlCriterion,
  type Verdict,
  type VerdictVisitor,
} from '../product/eligibility';
import { LoanProduct } from '../product/loan-product.entity';
import type { CollateralKind, LprTenor } from '../product/product.enums';
import { catalogue, type CatalogueProduct } from './catalogue';
import { costPoints, firmScoreSql, reachPoints, securityPoints } from './matching.score';
import { CriterionVerdict, FirmCard, FirmLack, FirmMatch, FirmMatchReport, ProductMatch, ProductMatchReport, ProductScoreParts, type MatchDetail } from './matching.types';

const MAX_TERM_MONTHS = 360;

export interface MatchProductsArgs {
  firmId: string;
  amount?: Dec | null;
  termMonths?: number | null;
  collateral?: CollateralKind[] | null;
}

/** Each pool's state for new loans, from its row and its ledger figures. */
/**
 * A match as shown to a caller who may not see the pool's figures (pool.access.ts: firms,
 * anonymous callers, banks that are not its partners): the pool verdict says whether the pool
 * takes the loan, not its headroom or bad-loan ratio, and the headroom is not listed among the
 * limits. The most the firm can borrow still honours it: that ceiling is the firm's own answer.
 */
function withoutPoolFigures(d: MatchDetail): MatchDetail {
  return {
    verdicts: d.verdicts.map((v) => (v.criterion === Criterion.POOL ? { criterion: v.criterion, subject: v.subject, passed: v.passed, code: v.code, message: poolWithoutFigures(v.code) } : v)),
    limits: d.limits.filter((l) => l.kind !== LimitKind.POOL_HEADROOM),
    max: d.max,
  };
}

function poolWithoutFigures(code: string): Bilingual {
  switch (code) {
    case 'POOL_NOT_ACTIVE':
      return bi('产品挂钩的风险补偿资金池未在运行,暂停新增', 'the risk pool behind the product is not active and takes no new loans');
    case 'POOL_STOPPED':
      return bi('资金池不良率已达暂停线,暂停新增', "the pool's bad-loan ratio has reached its stop ratio; no new loans");
    case 'POOL_NO_HEADROOM':
      return bi('资金池剩余额度不足以承保该金额', "the pool's remaining capacity cannot cover this amount");
    default:
      return bi('资金池运行中,可承保该金额', 'the pool is active and can cover this amount');
  }
}

function standingOf(pool: RiskPool, figures: Parameters<typeof headroomOf>[0]): PoolStanding {
  return { status: pool.status, perFirmCap: pool.perFirmCap, stopRatio: pool.stopRatio, headroom: headroomOf(figures, pool.leverageCap), badLoanRatio: badLoanRatioOf(figures) };
}

async function poolStandings(loaders: Loaders, pools: RiskPool[]): Promise<Map<string, PoolStanding>> {
  const figures = await loaders.poolFigures.loadMany(pools.map((p) => p.id));
  return new Map(
    pools.map((pool, i) => {
      const f = figures[i];
      if (f instanceof Error) throw f;
      return [pool.id, standingOf(pool, f)];
    }),
  );
}

/** The lowest annual rate a product quotes today and its cost points (LPR products: the LPR in force plus the lowest spread). */
function pricer(lpr: Map<LprTenor, Dec>): (p: CatalogueProduct) => { rate: Dec | null; cost: number } {
  const spreads = new Map<string, { rate: Dec | null; cost: number }>();
  return (p) => {
    if (p.fixedPrice) return p.fixedPrice;
    const key = `${p.lprTenor}:${p.minSpreadBps}`;
    let c = spreads.get(key);
    if (!c) {
      const base = p.lprTenor ? lpr.get(p.lprTenor) : undefined;
      const rate = base && p.minSpreadBps != null ? base.plus(new Dec(p.minSpreadBps).div(10000)) : null;
      spreads.set(key, (c = { rate, cost: costPoints(rate) }));
    }
    return c;
  };
}

/** One product judged for the firm: enough to rank it; the rest is worked out again for the few shown. */
interface Judgement {
  product: CatalogueProduct;
  failedCount: number;
  max: Dec;
  rate: Dec | null;
  cost: number;
  reach: number;
  security: number;
  speed: number;
  total: number;
}

/** The catalogue is in id order, so its position orders by id. */
const byId = (a: Judgement, b: Judgement) => a.product.order - b.product.order;

/** Eligible products: highest score first, then the larger amount, then id. */
const rankEligible = (a: Judgement, b: Judgement) => b.total - a.total || cmp(b.max, a.max) || byId(a, b);

/** Products the firm does not qualify for: fewest criteria lacking first, then the higher score, then id. */
const rankNearest = (a: Judgement, b: Judgement) => a.failedCount - b.failedCount || b.total - a.total || byId(a, b);

/**
 * What the firm lacks, summed while the products are judged: for each failure (by code and
 * subject) how many products it keeps closed, for how many it is the only thing lacking, and the
 * nearest such product, whose message it gives. Product-level failures are not the firm's to fix.
 */
class Lacks {
  private readonly groups = new Map<string, Map<string, { lack: FirmLack; nearest: Judgement }>>();

  add(criterion: Criterion, code: string, subject: string | undefined, j: Judgement): void {
    if (PRODUCT_LEVEL_CRITERIA.has(criterion)) return;
    let bySubject = this.groups.get(code);
    if (!bySubject) this.groups.set(code, (bySubject = new Map()));
    const g = bySubject.get(subject ?? '');
    if (!g) {
      const lack = Object.assign(new FirmLack(), { criterion, subject: subject ?? null, code, messageZh: '', messageEn: '', products: 1, onlyLack: j.failedCount === 1 ? 1 : 0 });
      bySubject.set(subject ?? '', { lack, nearest: j });
      return;
    }
    g.lack.products++;
    if (j.failedCount === 1) g.lack.onlyLack++;
    if (rankNearest(j, g.nearest) < 0) g.nearest = j;
  }

  /** The lacks, those that would open most products first; messages from `verdictsOf` the nearest product. */
  list(verdictsOf: (j: Judgement) => Verdict[]): FirmLack[] {
    const key = (l: FirmLack) => `${l.criterion}|${l.subject ?? ''}|${l.code}`;
    const out: FirmLack[] = [];
    for (const bySubject of this.groups.values()) {
      for (const { lack, nearest } of bySubject.values()) {
        const v = verdictsOf(nearest).find((x) => !x.passed && x.code === lack.code && (x.subject ?? null) === lack.subject);
        if (v) Object.assign(lack, { messageZh: v.message.zh, messageEn: v.message.en });
        out.push(lack);
      }
    }
    return out.sort((a, b) => b.onlyLack - a.onlyLack || b.products - a.products || (key(a) < key(b) ? -1 : 1));
  }
}

/** Runs at most once, when first asked. */
function once<T>(work: () => T): () => T {
  let done = false;
  let result: T;
  return () => {
    if (!done) [result, done] = [work(), true];
    return result;
  };
}

/** Firms meeting every one of the criteria. */
function allPass(criteria: SqlCriterion[]): { sql: string; params: unknown[] } {
  if (!criteria.length) return { sql: 'true', params: [] };
  return { sql: criteria.map((c) => `(${c.sql})`).join('\n AND '), params: criteria.flatMap((c) => c.params) };
}

/** Firms failing exactly one of the criteria: the near misses. */
function exactlyOneFails(criteria: SqlCriterion[]): { sql: string; params: unknown[] } {
  if (!criteria.length) return { sql: 'false', params: [] };
  return { sql: `(${criteria.map((c) => `(NOT (${c.sql}))::int`).join('\n + ')}) = 1`, params: criteria.flatMap((c) => c.params) };
}

export const MatchingService = {
  /**
   * Every published product offered today, judged for one firm (and the loan it asks about) by the
   * eligibility rules (`judge`), against the catalogue snapshot (catalogue.ts): eligible ones ranked by
   * score, the others nearest first, and what the firm lacks. Messages are written only for what a
   * client reads. Two statements, whatever the size of the catalogue: the firm (its access check)
   * and everything else (catalogue.ts).
   */
  async matchProducts(em: EntityManager, actor: Actor | null, args: MatchProductsArgs): Promise<ProductMatchReport> {
    const c = check();
    c.positive('amount', args.amount);
    c.int('termMonths', args.termMonths, 1, MAX_TERM_MONTHS);
    c.done();
    if (!isUuid(args.firmId)) throw new NotFoundError(NOUN.firm, args.firmId);

    // A firm out of the caller's view is NOT_FOUND, before anything about it is read.
    const firm = await FirmService.get(em, actor, args.firmId);
    const seesPoolFigures = await poolFiguresVisible(em, actor);
    const today = todayInZone();
    const { products, lpr, pools: standings, firm: holdings } = await catalogue(em, today, args.firmId);
    const { qualifications, ipAssets, covered } = holdings;

    const collateral = args.collateral ? [...new Set(args.collateral)] : null;
    const loan: ProposedLoan = { amount: args.amount ?? null, termMonths: args.termMonths ?? null, collateral };
    const facts: FirmFacts = { firm, qualifications, ipAssets };
    const price = pricer(lpr);
    // One lending context per pool (or none), shared by its products.
    const contexts = new Map<string, LendingContext>();
    const lendingFor = (p: CatalogueProduct): LendingContext => {
      const poolId = p.riskPool?.id ?? '';
      let c = contexts.get(poolId);
      if (!c) contexts.set(poolId, (c = { loan, pool: poolId ? (standings.get(poolId) ?? null) : null, firmCovered: (poolId && covered.get(poolId)) || ZERO }));
      return c;
    };
    const eligible: Judgement[] = [];
    const ineligible: Judgement[] = [];
    const lacks = new Lacks();
    // One visitor for the whole pass: judging a product allocates nothing but its Judgement.
    let failedCount = 0;
    let inHand = false;
    const failures: { criterion: Criterion; code: string; subject: string | undefined }[] = [];
    const visit: VerdictVisitor = (criterion, passed, code, subject) => {
      if (!passed) {
        const f = failures[failedCount];
        if (!f) failures.push({ criterion, code, subject });
        else {
          f.criterion = criterion;
          f.code = code;
          f.subject = subject;
        }
        failedCount++;
      } else if (criterion === Criterion.IP_PLEDGE_VALUE || criterion === Criterion.COLLATERAL) {
        inHand = true;
      }
    };
    for (const product of products) {
      if ((product.validFrom && product.validFrom > today) || (product.validUntil && product.validUntil < today)) continue;
      const lending = lendingFor(product);
      failedCount = 0;
      inHand = false;
      judge(facts, product, today, lending, visit);
      const max = maxBorrowable(facts, product, today, lending);
      const { rate, cost } = price(product);
      const reach = reachPoints(max, loan.amount != null);
      const security = securityPoints(product.unsecured, inHand);
      const speed = product.speed;
      const j: Judgement = { product, failedCount, max, rate, cost, reach, security, speed, total: cost + reach + security + speed };
      if (failedCount) {
        ineligible.push(j);
        for (let i = 0; i < failedCount; i++) lacks.add(failures[i].criterion, failures[i].code, failures[i].subject, j);
      } else {
        eligible.push(j);
      }
    }
    eligible.sort(rankEligible);
    ineligible.sort(rankNearest);

    // Only the products a page shows become ProductMatch nodes, with their verdicts worked out again in full.
    const detailOf = (j: Judgement): MatchDetail => {
      const lending = lendingFor(j.product);
      const detail = { verdicts: evaluateEligibility(facts, j.product, today, lending), ...borrowingLimits(facts, j.product, today, lending) };
      const poolId = j.product.riskPool?.id;
      return poolId && !seesPoolFigures(poolId) ? withoutPoolFigures(detail) : detail;
    };
    const node = (item: unknown, index: number): ProductMatch => {
      const j = item as Judgement;
      const detail = once(async () => detailOf(j));
      return Object.assign(new ProductMatch(), {
        productId: j.product.id,
        eligible: j.failedCount === 0,
        failedCount: j.failedCount,
        rank: index + 1,
        max: j.max,
        lowestRate: j.rate,
        parts: Object.assign(new ProductScoreParts(), { total: j.total, cost: j.cost, reach: j.reach, security: j.security, speed: j.speed }),
        detail,
      });
    };

    return Object.assign(new ProductMatchReport(), {
      firmId: firm.id,
      eligibleList: eligible,
      ineligibleList: ineligible,
      node,
      asOf: today,
      amount: loan.amount,
      termMonths: loan.termMonths,
      collateral,
      productCount: eligible.length + ineligible.length,
      eligibleCount: eligible.length,
      lacksOf: once(async () => lacks.list((j) => detailOf(j).verdicts)),
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
    let pool: PoolStanding | null = null;
    if (product.riskPool) {
      const row = (await loaders.pool.load(product.riskPool.id))!;
      pool = (await poolStandings(loaders, [row])).get(row.id)!;
    }
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

  /**
   * One page of the firms meeting every firm-level criterion, or of those failing exactly one, by
   * score (firmScoreSql), then credit code; the cursor carries the last score, code and rank.
   */
  async firmPage(ctx: Context, report: FirmMatchReport, which: 'eligible' | 'nearMiss', args: PageArgs, countNow = false): Promise<Page<FirmMatch>> {
    const { em, loaders } = ctx;
    const first = pageSize(args);
    const after = args.after ? (openCursor(args.after, ['number', 'string', 'number'], ctx.auth.secret) as [number, string, number]) : null;
    const filter = which === 'eligible' ? allPass(report.firmCriteria) : exactlyOneFails(report.firmCriteria);
    const score = firmScoreSql(report.asOf);
    const conn = em.getConnection();
    // The count costs about as much as the page; when it is wanted, it runs beside the page.
    const count = once(() => conn.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM firm f WHERE ${filter.sql}`, filter.params).then(([{ n }]) => n));
    if (countNow) count().catch(() => undefined);
    const rows = await conn.execute<{ id: string; credit_code: string; score: number }[]>(
      `SELECT s.id, s.credit_code, s.score FROM (
         SELECT f.id, f.credit_code, ${score.sql}::int AS score FROM firm f WHERE ${filter.sql}
       ) s
       ${after ? 'WHERE s.score < ? OR (s.score = ? AND s.credit_code > ?)' : ''}
       ORDER BY s.score DESC, s.credit_code ASC
       LIMIT ?`,
      [...score.params, ...filter.params, ...(after ? [after[0], after[0], after[1]] : []), first + 1],
    );
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    const ids = page.map((r) => r.id);
    const terms = report.terms;
    const poolId = terms.riskPool?.id;
    const [inScope, firms, qualifications, ipAssets, covered] = await Promise.all([
      firmsInScope(ctx, ids),
      loaders.firm.loadMany(ids),
      loaders.qualificationsByFirm.loadMany(ids),
      loaders.ipAssetsByFirm.loadMany(ids),
      poolId ? loaders.coveredByFirm.loadMany(ids) : Promise.resolve(ids.map(() => new Map<string, Dec>())),
    ]);
    const startRank = after ? after[2] : 0;
    const edges = page.map((row, i) => {
      const [firm, quals, ips, cov] = [firms[i], qualifications[i], ipAssets[i], covered[i]];
      if (!firm || firm instanceof Error || quals instanceof Error || ips instanceof Error || cov instanceof Error) throw new Error(`firm ${row.id} could not be loaded`);
      const facts: FirmFacts = { firm, qualifications: quals, ipAssets: ips };
      const lending: LendingContext = { loan: {}, pool: report.pool, firmCovered: (poolId && cov.get(poolId)) || ZERO };
      const verdicts = evaluateEligibility(facts, terms, report.asOf, lending).filter((v) => !PRODUCT_LEVEL_CRITERIA.has(v.criterion));
      const detail: MatchDetail = { verdicts, ...borrowingLimits(facts, terms, report.asOf, lending) };
      const failedCount = verdicts.reduce((n, v) => (v.passed ? n : n + 1), 0);
      const rank = startRank + i + 1;
      const card = Object.assign(new FirmCard(), { name: firm.name, nameEn: firm.nameEn, chain: firm.chain, sizeClass: firm.sizeClass });
      const node = Object.assign(new FirmMatch(), { firmId: row.id, inScope: inScope[i], card, rawScore: row.score, rank, eligible: failedCount === 0, failedCount, max: detail.max, detail: async () => detail });
      // Sealed: the sort key is the firm's score and credit code, which a bank may not see for firms outside its scope.
      return { node, cursor: sealCursor([row.score, row.credit_code, rank], ctx.auth.secret) };
    });
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: count,
    };
  },
};
