import type { EntityManager } from '@mikro-orm/postgresql';
import { Dec } from '../../common/decimal';
import type { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../firm/firm.enums';
import type { ProductTerms } from '../product/eligibility';
import { speedPoints } from './matching.score';
import { CollateralKind, LprTenor, ProductStatus, RateKind } from '../product/product.enums';

/**
 * The published catalogue as matching reads it, held in memory between requests, with the loan
 * prime rates its prices are quoted over.
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
  /** Score parts that depend on the product alone (matching.score.ts). */
  unsecured: boolean;
  speed: number;
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

const dec = (s: string | null) => (s == null ? null : new Dec(s));

function toProduct(r: Row): CatalogueProduct {
  return {
    id: r.id,
    status: ProductStatus.PUBLISHED,
    validFrom: r.vf,
    validUntil: r.vu,
    minAmount: new Dec(r.min),
    maxAmount: new Dec(r.max),
    minTermMonths: r.tmin,
    maxTermMonths: r.tmax,
    collateralKinds: r.coll,
    loanToValue: dec(r.ltv),
    riskPool: r.pool ? { id: r.pool } : null,
    rateKind: r.rk,
    minRate: dec(r.rate),
    lprTenor: r.tenor,
    minSpreadBps: r.spread,
    promisedResponseDays: r.days,
    unsecured: r.coll.length === 0 || r.coll.includes(CollateralKind.NONE),
    speed: speedPoints(r.days),
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
  /** Every published product, whatever its validity dates, in id order. */
  products: CatalogueProduct[];
  /** The loan prime rates in force on the day asked about, by tenor. */
  lpr: Map<LprTenor, Dec>;
}

/** The catalogue as it stands, and the LPR in force `today`. One statement. */
export async function catalogue(em: EntityManager, today: string): Promise<Catalogue> {
  const key = em.getDriver();
  const held = snapshots.get(key);
  // Money and rates travel as text: JSON numbers would pass through floating point.
  const [{ version, rows, lpr }] = await em.getConnection().execute<{ version: string; rows: string | null; lpr: string }[]>(
    `SELECT v.version::text AS version,
            CASE WHEN v.version::text IS DISTINCT FROM ? THEN (
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
               FROM (SELECT DISTINCT ON (tenor) tenor, rate FROM lpr_rate WHERE effective_on <= ?::date ORDER BY tenor, effective_on DESC) l) AS lpr
       FROM catalogue_version v`,
    [held?.version ?? null, today],
  );
  let snapshot = held;
  if (rows != null || !snapshot) {
    snapshot = { version, products: (JSON.parse(rows ?? '[]') as Row[]).map(toProduct) };
    snapshots.set(key, snapshot);
  }
  const rates = Object.entries(JSON.parse(lpr) as Record<LprTenor, string>).map(([tenor, rate]) => [tenor as LprTenor, new Dec(rate)] as const);
  return { products: snapshot.products, lpr: new Map(rates) };
}
