/**
 * The console's one money formatter, one rate formatter and one date formatter. They read the
 * API's exact strings and never go through a JavaScript number.
 */
import { divPow10, fromUnits, toFen, toUnits, trimZeros } from './decimal';
import type { Lang } from './i18n';

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function withSeparators(decimal: string): string {
  const neg = decimal.startsWith('-');
  const [int, frac] = (neg ? decimal.slice(1) : decimal).split('.');
  return (neg ? '-' : '') + group(int) + (frac ? '.' + frac : '');
}

export type MoneyStyle =
  /** Exact yuan with fen: "23,696,000.00 元" / "¥23,696,000.00". */
  | 'exact'
  /** As officials read it: 万元 from 1万, 亿元 from 1亿, at most 2 decimals ("2,369.6万元"); English: whole yuan. */
  | 'short';

export function formatMoney(amount: string | null | undefined, lang: Lang, style: MoneyStyle = 'exact'): string {
  if (amount == null) return '—';
  const fen = toFen(amount);
  if (lang === 'en') {
    if (style === 'exact') return '¥' + withSeparators(fromUnits(fen, 2));
    return '¥' + withSeparators(trimZeros(fromUnits(fen, 2)));
  }
  if (style === 'exact') return withSeparators(fromUnits(fen, 2)) + ' 元';
  const abs = fen < 0n ? -fen : fen;
  if (abs >= 10_000_000_000n) return withSeparators(trimZeros(divPow10(fen, 8, 2))) + '亿元';
  if (abs >= 1_000_000n) return withSeparators(trimZeros(divPow10(fen, 4, 2))) + '万元';
  return withSeparators(trimZeros(fromUnits(fen, 2))) + '元';
}

/** A range of amounts: "10万–300万元" / "¥100,000–¥3,000,000". */
export function formatMoneyRange(min: string, max: string, lang: Lang): string {
  if (lang === 'en') return `${formatMoney(min, lang, 'short')}–${formatMoney(max, lang, 'short')}`;
  const a = formatMoney(min, lang, 'short');
  const b = formatMoney(max, lang, 'short');
  const unit = (s: string) => s.replace(/^[-\d,.]+/, '');
  return unit(a) === unit(b) ? `${a.slice(0, a.length - unit(a).length)}–${b}` : `${a}–${b}`;
}

/** An annual rate as a percentage, exactly: "0.0345" -> "3.45%". */
export function formatRate(rate: string | null | undefined): string {
  if (rate == null) return '—';
  // Banks quote rates with two decimals at least (3.45%, 3.20%); more only where the rate has them.
  const [int, frac = ''] = trimZeros(fromUnits(toUnits(rate, 6), 4)).split('.');
  return `${int}.${frac.padEnd(2, '0')}%`;
}

/** A share as a percentage ("0.5" -> "50%"). */
export function formatShare(share: string | null | undefined): string {
  return share == null ? '—' : trimZeros(fromUnits(toUnits(share, 6), 4)) + '%';
}

const zone = 'Asia/Shanghai';

/** Today's calendar date in China (YYYY-MM-DD). */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar date from the API (YYYY-MM-DD, a China date): "2024年3月21日" / "21 Mar 2024". */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map((x) => Number(x));
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[m - 1]} ${y}`;
}

/** An instant (UTC date-time from the API) shown in China time. */
export function formatInstant(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) + (lang === 'zh' ? '(北京时间)' : ' (China time)');
}

/** Whole days from one calendar date to another (b - a). */
export function daysBetween(a: string, b: string): number {
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;
  return day(b) - day(a);
}
