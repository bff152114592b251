/**
 * Exact arithmetic on the API's decimal strings ("23696000.00", "0.0345") with BigInt, for the
 * few sums and comparisons the console makes. An amount is never turned into a float.
 */

/** A decimal string as an integer count of 10^-scale units (truncating digits beyond the scale). */
export function toUnits(value: string, scale: number): bigint {
  const m = /^(-)?(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) throw new Error(`not a decimal: ${value}`);
  const frac = (m[3] ?? '').padEnd(scale, '0').slice(0, scale);
  const units = BigInt((m[2] || '0') + frac);
  return m[1] ? -units : units;
}

/** Units of 10^-scale back to a decimal string with exactly `scale` decimals. */
export function fromUnits(units: bigint, scale: number): string {
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return (neg ? '-' : '') + int + (scale ? '.' + frac : '');
}

/** Drops trailing zeros of the fraction ("3.2000" -> "3.2", "300.00" -> "300"). */
export function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Fen (0.01 yuan) of an amount string. */
export const toFen = (yuan: string): bigint => toUnits(yuan, 2);
export const fenToYuan = (fen: bigint): string => fromUnits(fen, 2);

export function compareDecimal(a: string, b: string): number {
  const x = toUnits(a, 8);
  const y = toUnits(b, 8);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Divides by a power of ten, rounding half up to `decimals` places (for 万 and 亿). */
export function divPow10(fen: bigint, pow: number, decimals: number): string {
  // fen is 10^-2 yuan; the result in units of 10^-decimals of (yuan / 10^pow)
  const shift = pow + 2 - decimals;
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  let units: bigint;
  if (shift >= 0) {
    const d = 10n ** BigInt(shift);
    units = (abs + d / 2n) / d;
  } else units = abs * 10n ** BigInt(-shift);
  return fromUnits(neg ? -units : units, decimals);
}

/** Converts an amount typed in 万元 ("300", "12.5") to yuan with 2 decimals ("3000000.00"). */
export function wanToYuan(wan: string): string {
  return fenToYuan(toUnits(wan, 6));
}

/** Yuan to 万元 as typed back into a form (exact: up to 6 decimals, trailing zeros dropped). */
export function yuanToWan(yuan: string): string {
  return trimZeros(fromUnits(toFen(yuan), 6));
}

/** A rate (0.0345) plus basis points, exactly, as a rate string. */
export function addBps(rate: string, bps: number): string {
  return trimZeros(fromUnits(toUnits(rate, 6) + BigInt(bps) * 100n, 6));
}
