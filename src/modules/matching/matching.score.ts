import { Dec } from '../../common/decimal';

/**
 * The two ranking scores of matching, both whole numbers from 0 to 1000 (they are not money).
 * docs/matching.md explains them for people; change both together.
 */

/** What a product's score for a firm is made of. */
export interface ProductScore {
  total: number;
  /** 0-400: the lowest annual rate it quotes, 400 at 3.00 % or less, 0 at 8.00 % or more, linear between. */
  cost: number;
  /** 0-300: how much of the need it covers: 300 when an amount was asked for (an eligible product lends all of it), else by the most the firm can borrow. */
  reach: number;
  /** 0-200: 200 for an unsecured loan, 100 when the security is something the firm is known to have, 0 otherwise. */
  security: number;
  /** 0-100: the bank's promised answer time, 100 for 1 day, 5 fewer per extra day, 0 from 21 days. */
  speed: number;
}

export interface ProductScoreInput {
  /** The lowest annual rate the product quotes today (LPR products: the LPR in force plus the lowest spread); null when unknown. */
  lowestRate: Dec | null;
  /** The most the firm can borrow under it now. */
  maxBorrowable: Dec;
  amountAsked: boolean;
  unsecured: boolean;
  /** The product's security is the firm's own pledgeable IP, or a kind the firm said it can offer. */
  securityInHand: boolean;
  promisedResponseDays: number;
}

const RATE_BEST = new Dec('0.03');
const RATE_WORST = new Dec('0.08');

/** Reach by the most the firm can borrow, in yuan: 1000万 or more 300, 500万 250, 200万 200, 100万 150, 50万 100, less 50. */
const REACH_TIERS: [Dec, number][] = [
  [new Dec(10_000_000), 300],
  [new Dec(5_000_000), 250],
  [new Dec(2_000_000), 200],
  [new Dec(1_000_000), 150],
  [new Dec(500_000), 100],
];

export function scoreProduct(p: ProductScoreInput): ProductScore {
  let cost = 0;
  if (p.lowestRate) {
    const r = Dec.min(RATE_WORST, Dec.max(RATE_BEST, p.lowestRate));
    cost = RATE_WORST.minus(r).div(RATE_WORST.minus(RATE_BEST)).times(400).toDecimalPlaces(0).toNumber();
  }
  const reach = p.amountAsked ? 300 : (REACH_TIERS.find(([floor]) => p.maxBorrowable.gte(floor))?.[1] ?? 50);
  const security = p.unsecured ? 200 : p.securityInHand ? 100 : 0;
  const speed = Math.max(0, 100 - 5 * (p.promisedResponseDays - 1));
  return { total: cost + reach + security + speed, cost, reach, security, speed };
}

/**
 * A firm's score for a bank looking at one product, as an SQL expression over `firm f` joined to
 * `qs` (the firm's qualification kinds valid today, column `kinds`):
 *   tax credit grade     A 300, B 200, M 100, C and D 0
 *   revenue              1亿 or more 200, 5000万 160, 1000万 120, 500万 80, 100万 40, less 0
 *   years in operation   20 a whole year, at most 200
 *   qualifications       50 for each kind valid today (high-tech, tech SME, 专精特新, 小巨人), at most 200
 *   knowledge value      the firm's knowledge-value credit score (0-100), 0 when not rated
 * Parameters: today (for the years).
 */
export const FIRM_SCORE_SQL = `(
    (CASE f.tax_credit_grade WHEN 'A' THEN 300 WHEN 'B' THEN 200 WHEN 'M' THEN 100 ELSE 0 END)
  + (CASE WHEN f.annual_revenue >= 100000000 THEN 200 WHEN f.annual_revenue >= 50000000 THEN 160
          WHEN f.annual_revenue >= 10000000 THEN 120 WHEN f.annual_revenue >= 5000000 THEN 80
          WHEN f.annual_revenue >= 1000000 THEN 40 ELSE 0 END)
  + least(200, greatest(0, 20 * extract(year FROM age(?::date, f.founded_on))::int))
  + least(200, 50 * coalesce(qs.kinds, 0))
  + coalesce(f.knowledge_value_score, 0)
)`;

/** The qualification kinds each firm holds valid today. Parameters: today, today. */
export const VALID_QUALIFICATION_KINDS_SQL = `(SELECT q.firm_id, count(DISTINCT q.kind)::int AS kinds FROM firm_qualification q
   WHERE q.valid_from <= ?::date AND q.valid_until >= ?::date GROUP BY q.firm_id)`;
