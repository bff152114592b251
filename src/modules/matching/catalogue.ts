import type { EntityManager } from '@mikro-orm/postgresql';
import { executePrepared } from '../../db/prepared';
import { Dec } from '../../common/decimal';
import type { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../firm/firm.enums';
import type { IpFacts, PoolStanding, ProductTerms, QualificationFacts } from '../product/eligibility';
import { COVER_SUMS_SQL, FIRM_COVERED_SQL, LEDGER_SUMS_SQL, badLoanRatioOf, figuresFromSums, headroomOf, type CoverSums, type LedgerSums } from '../pool/pool-figures';
import type { PoolStatus } from '../pool/pool.enums';
import { costPoints, speedPoints } from './matching.score';
import { CollateralKind, LprTenor, ProductStatus, RateKind } from '../product/product.enums';

/**
 * What matching reads: the published catalogue, held in memory between requests; the loan prime
 * rates its prices are quoted over; the risk pools' state; and the firm's qualifications, IP and
 * covered loans (read every time). One statement, so one snapshot of the database: the pools'
 * headroom and the firm's covered amounts are of the same moment.
 *
 * matchProducts judges one firm against every product on offer (5,000 in the benchmark). Reading
 * that many rows through the driver takes 20-35 ms on its own, more than the whole request may
 * take, while judging them in memory takes a few. So each process keeps a snapshot of the published
 * products and asks the database, on every request, one cheap question: has the catalogue changed?
 * The migration `matching` keeps `catalogue_version.version`, bumped by a statement-level trigger on
 * every INSERT, UPDATE, DELETE or TRUNCATE of loan_product, in the writer's own transaction. The
 * version and, when it differs from the snapshot's, the rows come back in one statement, so they
 * always belong together; a change is seen by the first request after it commits.
 * Validity dates are not applied here: a snapshot outlives a day, so the judging applies them.
 */
export type CatalogueProduct = ProductTerms & {
  id: string;
  rateKind: RateKind;
  minRate: Dec | null;
  lprTenor: LprTenor | null;
  minSpreadBps: number | null;
  promisedResponseDays: number;
  /** Its place in id order: ties in a ranking are broken by it. */
  order: number;
  /** Score parts that depend on the product alone (matching.score.ts); the price only for a fixed rate. */
  unsecured: boolean;
  speed: number;
  fixedPrice: { rate: Dec | null; cost: number } | null;
};

interface Snapshot {
  version: string;
  products: CatalogueProduct[];
}

/** One snapshot per database, keyed by the ORM's driver (shared by all its EntityManager forks). */
const snapshots = new WeakMap<object, Snapshot>();

interface Row {
  id: string;
  vf: string | null;
  vu: string | null;
  min: string;
  max: string;
  tmin: number;
  tmax: number;
  coll: CollateralKind[];
  ltv: string | null;
  pool: string | null;
  rk: RateKind;
  rate: string | null;
  tenor: LprTenor | null;
  spread: number | null;
  days: number;
  chains: IndustrialChain[];
  sizes: SizeClass[];
  quals: QualificationKind[];
  years: number | null;
  revenue: string | null;
  grade: TaxCreditGrade | null;
  ip: boolean;
}

/**
 * Decimals by value, one object per value in a snapshot: products with equal terms share the
 * object, so that what is worked out once per firm and term (eligibility.ts remembers it by the
 * term's identity) is shared by all of them.
 */
function interner(): (s: string | null) => Dec | null {
  const held = new Map<string, Dec>();
  return (s) => {
    if (s == null) return null;
    let d = held.get(s);
    if (!d) held.set(s, (d = new Dec(s)));
    return d;
  };
}

function toProduct(r: Row, order: number, dec: (s: string | null) => Dec | null): CatalogueProduct {
  const minRate = dec(r.rate);
  return {
    id: r.id,
    order,
    status: ProductStatus.PUBLISHED,
    validFrom: r.vf,
    validUntil: r.vu,
    minAmount: dec(r.min)!,
    maxAmount: dec(r.max)!,
    minTermMonths: r.tmin,
    maxTermMonths: r.tmax,
    collateralKinds: r.coll,
    loanToValue: dec(r.ltv),
    riskPool: r.pool ? { id: r.pool } : null,
    rateKind: r.rk,
    minRate,
    lprTenor: r.tenor,
    minSpreadBps: r.spread,
    promisedResponseDays: r.days,
    unsecured: r.coll.length === 0 || r.coll.includes(CollateralKind.NONE),
    speed: speedPoints(r.days),
    fixedPrice: r.rk === RateKind.FIXED ? { rate: minRate, cost: costPoints(minRate) } : null,
    eligibility: {
      chains: r.chains,
      sizeClasses: r.sizes,
      requiredQualifications: r.quals,
      minYearsOperating: r.years,
      minAnnualRevenue: dec(r.revenue),
      minTaxGrade: r.grade,
      ipRequired: r.ip,
    },
  };
}

export interface Catalogue {
  /** Every published product, whatever its validity dates, in id order (as `order` says). */
  products: CatalogueProduct[];
  /** The loan prime rates in force on the day asked about, by tenor. */
  lpr: Map<LprTenor, Dec>;
  /** Every risk pool's state for new loans, from its row and its ledger (never cached). */
  pools: Map<string, PoolStanding>;
}

/** The firm's side of a match, beside its row. */
export interface FirmHoldings {
  qualifications: QualificationFacts[];
  ipAssets: IpFacts[];
  /** Its covered outstanding principal, by pool. */
  covered: Map<string, Dec>;
}

interface QualificationRow {
  kind: QualificationFacts['kind'];
  from: string;
  until: string;
}

interface IpRow {
  expires: string;
  paid: boolean;
  pledged: boolean;
  value: string | null;
}

interface PoolRow {
  id: string;
  status: PoolStatus;
  leverage: string;
  perFirmCap: string;
  stop: string;
  ledger: LedgerSums | null;
  cover: CoverSums | null;
}

/**
 * The catalogue as it stands, the LPR in force `today`, the pools' figures and the holdings of the
 * firm `firmId`. One statement, prepared (its plan is kept per connection).
 */
export async function catalogue(em: EntityManager, today: string, firmId: string): Promise<Catalogue & { firm: FirmHoldings }> {
  const key = em.getDriver();
  const held = snapshots.get(key);
  // Money and rates travel as text: JSON numbers would pass through floating point.
  // Without its version row (emptied by hand), the catalogue is read afresh every time.
  const [{ version, rows, lpr, pools, quals, ip, covered }] = await executePrepared<{ version: string | null; rows: string | null; lpr: string; pools: string; quals: string; ip: string; covered: string }>(
    em,
    'matching_read',
    `SELECT v.version::text AS version,
            CASE WHEN v.version IS NULL OR v.version::text IS DISTINCT FROM ? THEN (
              SELECT coalesce(json_agg(json_build_object(
                       'id', id, 'vf', valid_from, 'vu', valid_until, 'min', min_amount::text, 'max', max_amount::text,
                       'tmin', min_term_months, 'tmax', max_term_months, 'coll', collateral_kinds, 'ltv', loan_to_value::text,
                       'pool', risk_pool_id, 'rk', rate_kind, 'rate', min_rate::text, 'tenor', lpr_tenor, 'spread', min_spread_bps,
                       'days', promised_response_days, 'chains', elig_chains, 'sizes', elig_size_classes, 'quals', elig_required_qualifications,
                       'years', elig_min_years_operating, 'revenue', elig_min_annual_revenue::text, 'grade', elig_min_tax_grade, 'ip', elig_ip_required
                     ) ORDER BY id), '[]')::text
                FROM loan_product WHERE status = 'PUBLISHED'
            ) END AS rows,
            (SELECT coalesce(json_object_agg(tenor, rate::text), '{}')::text
               FROM (SELECT DISTINCT ON (tenor) tenor, rate FROM lpr_rate WHERE effective_on <= ?::date ORDER BY tenor, effective_on DESC) l) AS lpr,
            (SELECT coalesce(json_agg(json_build_object(
                      'id', p.id, 'status', p.status, 'leverage', p.leverage_cap::text, 'perFirmCap', p.per_firm_cap::text,
                      'stop', p.stop_ratio::text, 'ledger', to_json(lg), 'cover', to_json(cv))), '[]')::text
               FROM risk_pool p
               LEFT JOIN (${LEDGER_SUMS_SQL('true')}) lg ON lg.pool_id = p.id
               LEFT JOIN (${COVER_SUMS_SQL('true')}) cv ON cv.pool_id = p.id) AS pools,
            (SELECT coalesce(json_agg(json_build_object('kind', kind, 'from', valid_from, 'until', valid_until) ORDER BY kind, valid_until DESC), '[]')::text
               FROM firm_qualification WHERE firm_id = ?::uuid) AS quals,
            (SELECT coalesce(json_agg(json_build_object('expires', expires_on, 'paid', annual_fee_paid, 'pledged', pledged, 'value', appraised_value::text)), '[]')::text
               FROM ip_asset WHERE firm_id = ?::uuid) AS ip,
            (SELECT coalesce(json_object_agg(pool_id, covered), '{}')::text FROM (${FIRM_COVERED_SQL('l.firm_id = ?::uuid')}) fc) AS covered
       FROM (SELECT 1) AS one LEFT JOIN catalogue_version v ON true`,
    [held?.version ?? null, today, firmId, firmId, firmId],
  );
  let snapshot = held;
  if (rows != null || !snapshot) {
    const dec = interner();
    snapshot = { version: version ?? '', products: (JSON.parse(rows ?? '[]') as Row[]).map((r, i) => toProduct(r, i, dec)) };
    if (version != null) snapshots.set(key, snapshot);
  }
  const rates = Object.entries(JSON.parse(lpr) as Record<LprTenor, string>).map(([tenor, rate]) => [tenor as LprTenor, new Dec(rate)] as const);
  const standings = (JSON.parse(pools) as PoolRow[]).map((p): [string, PoolStanding] => {
    const figures = figuresFromSums(p.ledger ?? undefined, p.cover ?? undefined);
    const leverage = new Dec(p.leverage);
    return [p.id, { status: p.status, perFirmCap: new Dec(p.perFirmCap), stopRatio: new Dec(p.stop), headroom: headroomOf(figures, leverage), badLoanRatio: badLoanRatioOf(figures) }];
  });
  const firm: FirmHoldings = {
    qualifications: (JSON.parse(quals) as QualificationRow[]).map((q) => ({ kind: q.kind, validFrom: q.from, validUntil: q.until })),
    ipAssets: (JSON.parse(ip) as IpRow[]).map((a) => ({ expiresOn: a.expires, annualFeePaid: a.paid, pledged: a.pledged, appraisedValue: a.value == null ? null : new Dec(a.value) })),
    covered: new Map(Object.entries(JSON.parse(covered) as Record<string, string>).map(([pool, sum]) => [pool, new Dec(sum)])),
  };
  return { products: snapshot.products, lpr: new Map(rates), pools: new Map(standings), firm };
}
