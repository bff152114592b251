import { Dec, cmp } from '../../common/decimal';
import { foundingCutoff } from '../product/eligibility';

/**
 * The two ranking scores of matching: whole numbers from 0 to 1000 (not money). docs/matching.md
 * explains them for people; keep the two in step.
 */

/** A product's score for one firm, part by part. */
export interface ProductScore {
  total: number;
  /** 0-400: the lowest annual rate, 400 at 3.00 % or less, 0 at 8.00 % or more, linear between, rounded half up; 0 when no rate is known. */
  cost: number;
  /** 0-300: 300 when an amount was asked for (an eligible product lends all of it); else by the most the firm can borrow. */
  reach: number;
  /** 0-200: 200 unsecured; 100 when the security is in the firm's hands (its own pledgeable IP, or a form it said it can offer); else 0. */
  security: number;
  /** 0-100: the bank's promised answer, 100 for 1 day, 5 fewer for each further day, 0 from 21 days. */
  speed: number;
}

const RATE_BEST = new Dec('0.03');
const RATE_WORST = new Dec('0.08');

/** Cost points of a lowest annual rate: 8,000 points per unit of rate below 8 %, at most 400. */
export function costPoints(rate: Dec | null): number {
  if (!rate) return 0;
  const r = cmp(rate, RATE_BEST) < 0 ? RATE_BEST : cmp(rate, RATE_WORST) > 0 ? RATE_WORST : rate;
  return RATE_WORST.minus(r).times(8000).toDecimalPlaces(0).toNumber();
}

/** Reach by the most the firm can borrow, in yuan: 1000万 or more 300, 500万 250, 200万 200, 100万 150, 50万 100, less 50. */
const REACH_TIERS: [Dec, number][] = [
  [new Dec(10_000_000), 300],
  [new Dec(5_000_000), 250],
  [new Dec(2_000_000), 200],
  [new Dec(1_000_000), 150],
  [new Dec(500_000), 100],
];

export function reachPoints(maxBorrowable: Dec, amountAsked: boolean): number {
  if (amountAsked) return 300;
  return REACH_TIERS.find(([floor]) => cmp(maxBorrowable, floor) >= 0)?.[1] ?? 50;
}

export const securityPoints = (unsecured: boolean, inHand: boolean): number => (unsecured ? 200 : inHand ? 100 : 0);

export const speedPoints = (promisedResponseDays: number): number => Math.max(0, 100 - 5 * (promisedResponseDays - 1));

/**
 * A firm's score for the bank that owns a product, as SQL over `firm f`:
 *   tax credit grade    0-300  A 300, B 200, M 100, C and D 0
 *   revenue             0-250  1亿 or more 250, 5000万 200, 1000万 150, 500万 100, 100万 50, less 0
 *   years in operation  0-250  25 for each whole year, at most 250 (ten years)
 *   knowledge value     0-200  twice the firm's knowledge-value credit score (0-100); 0 when not rated
 * Qualifications are not counted: a product that wants one requires it, and counting them for every
 * firm would double the cost of the query. Years come from founding-date cutoffs (whole years as
 * wholeYearsBetween counts them), which PostgreSQL compares far faster than it computes age().
 */
export function firmScoreSql(today: string): { sql: string; params: unknown[] } {
  const years = Array.from({ length: 10 }, (_, i) => 10 - i);
  return {
    sql: `(
        (CASE f.tax_credit_grade WHEN 'A' THEN 300 WHEN 'B' THEN 200 WHEN 'M' THEN 100 ELSE 0 END)
      + (CASE WHEN f.annual_revenue >= 100000000 THEN 250 WHEN f.annual_revenue >= 50000000 THEN 200
              WHEN f.annual_revenue >= 10000000 THEN 150 WHEN f.annual_revenue >= 5000000 THEN 100
              WHEN f.annual_revenue >= 1000000 THEN 50 ELSE 0 END)
      + (CASE ${years.map((y) => `WHEN f.founded_on <= ?::date THEN ${25 * y}`).join(' ')} ELSE 0 END)
      + 2 * coalesce(f.knowledge_value_score, 0)
    )`,
    params: years.map((y) => foundingCutoff(today, y)),
  };
}
