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

/** Rates are fractions with up to 6 decimals, printed without trailing zeros: "0.0385". */
export const formatRate = (d: Decimal): string => d.toDecimalPlaces(6).toFixed();

export const sum = (values: Iterable<Decimal>): Decimal => {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
};
