import { BadInputError, bi } from './errors';
import { labelOf } from './labels';

/** The zone's calendar: dates are dates in China Standard Time, whatever the server's TZ. */
export const ZONE_TIME_ZONE = 'Asia/Shanghai';

const fmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Changde, as "YYYY-MM-DD". `now` is injectable for tests. */
export function todayInZone(now: Date = new Date()): string {
  return fmt.format(now);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date "YYYY-MM-DD" (rejects 2023-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Whole years between two calendar dates (a firm founded 2019-06-01 has operated 3 years on 2022-06-01). */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map((x) => parseInt(x, 10));
  const [ty, tm, td] = to.split('-').map((x) => parseInt(x, 10));
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

export function assertCalendarDate(field: string, value: string): void {
  if (!isCalendarDate(value)) {
    const l = labelOf(field);
    throw BadInputError.one(field, 'INVALID_DATE', bi(`${l.zh}不是有效日期:${value}`, `the ${l.en} is not a valid date: ${value}`));
  }
}

/** The same day `months` later; the 31st of a shorter month falls on that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map((x) => parseInt(x, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The calendar date `days` later (or earlier, when negative). Calendar days: no time zone enters. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map((x) => parseInt(x, 10));
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map((x) => parseInt(x, 10));
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}
