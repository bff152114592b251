import Decimal from 'decimal.js';

/**
 * The one decimal type for money and rates. Never a JavaScript number: 0.1 + 0.2 must be 0.3.
 * Rounding is half-up (四舍五入), as Chinese banks round fen.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -20, toExpPos: 40 });
export type Dec = Decimal;

export const ZERO = new Dec(0);

/** Money carries 2 decimals (fen): "23696000.00". */
export const formatMoney = (d: Decimal): string => d.toFixed(2);

/** A fraction as a percentage for people to read: 0.0385 -> "3.85%". */
export const formatPercent = (d: Decimal): string => `${d.times(100).toDecimalPlaces(4).toFixed()}%`;

/** Rates are fractions with up to 6 decimals, printed without trailing zeros: "0.0385". */
export const formatRate = (d: Decimal): string => d.toDecimalPlaces(6).toFixed();

export const sum = (values: Iterable<Decimal>): Decimal => {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
};

/**
 * Compares two finite decimals without allocating: decimal.js's own comparisons copy their argument
 * into a new Decimal first, which adds up when one firm is judged against thousands of products.
 * Reads the documented instance properties: s (sign), e (exponent), d (digits, most significant first,
 * in base 1e7 words, without trailing zero words).
 */
export function cmp(x: Decimal, y: Decimal): -1 | 0 | 1 {
  const xd = x.d;
  const yd = y.d;
  const xZero = !xd[0];
  const yZero = !yd[0];
  if (xZero || yZero) return xZero && yZero ? 0 : xZero ? (y.s > 0 ? -1 : 1) : x.s > 0 ? 1 : -1;
  if (x.s !== y.s) return x.s > 0 ? 1 : -1;
  const flip = x.s < 0 ? -1 : 1;
  if (x.e !== y.e) return (x.e > y.e ? flip : -flip) as -1 | 1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) if (xd[i] !== yd[i]) return (xd[i] > yd[i] ? flip : -flip) as -1 | 1;
  return xd.length === yd.length ? 0 : ((xd.length > yd.length ? flip : -flip) as -1 | 1);
}
