import { Dec } from './decimal';
import { BadInputError, bi, type Bilingual, type FieldProblem } from './errors';
import { isCalendarDate } from './dates';

/**
 * Collects every problem with one input before refusing it, so a person fixes them all at
 * once. Messages name the field as the API spells it and say what would be accepted.
 */
export class Check {
  private readonly problems: FieldProblem[] = [];

  add(field: string, code: string, message: Bilingual): this {
    this.problems.push({ field, code, messageZh: message.zh, messageEn: message.en });
    return this;
  }

  /** Trimmed text of bounded length; `required` refuses empty text. */
  text(field: string, value: string | null | undefined, opts: { max: number; required?: boolean; min?: number }): this {
    if (value == null) {
      if (opts.required) this.add(field, 'REQUIRED', bi(`${field}不能为空`, `${field} is required`));
      return this;
    }
    const len = [...value.trim()].length;
    if (opts.required && len === 0) return this.add(field, 'REQUIRED', bi(`${field}不能为空`, `${field} must not be empty`));
    if (len > opts.max) {
      return this.add(field, 'TOO_LONG', bi(`${field}最多${opts.max}个字符(现为${len}个)`, `${field} may have at most ${opts.max} characters (has ${len})`));
    }
    if (opts.min != null && len < opts.min) {
      this.add(field, 'TOO_SHORT', bi(`${field}至少${opts.min}个字符`, `${field} needs at least ${opts.min} characters`));
    }
    return this;
  }

  /** A field that may be left out of a patch but not set to null. */
  notNull(field: string, value: unknown): this {
    if (value === null) this.add(field, 'REQUIRED', bi(`${field}不能为空`, `${field} cannot be null`));
    return this;
  }

  /** An integer within [min, max]. */
  int(field: string, value: number | null | undefined, min: number, max: number): this {
    if (value == null) return this;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.add(field, 'OUT_OF_RANGE', bi(`${field}须为${min}到${max}之间的整数(现为${value})`, `${field} must be a whole number from ${min} to ${max} (got ${value})`));
    }
    return this;
  }

  /** Money strictly above zero. (Scalars already refuse negatives, NaN and a third decimal.) */
  positive(field: string, value: Dec | null | undefined): this {
    if (value != null && !value.gt(0)) {
      this.add(field, 'NOT_POSITIVE', bi(`${field}须大于0(现为${value.toFixed(2)})`, `${field} must be greater than 0 (got ${value.toFixed(2)})`));
    }
    return this;
  }

  /** min <= max for any ordered pair; either side may be absent. */
  ordered<T extends number | Dec | string>(field: string, min: T | null | undefined, max: T | null | undefined, show: (v: T) => string = String): this {
    if (min == null || max == null) return this;
    const bad =
      typeof min === 'number' ? min > (max as number) : typeof min === 'string' ? min > (max as string) : (min as Dec).gt(max as Dec);
    if (bad) {
      this.add(field, 'RANGE_REVERSED', bi(`${field}的下限${show(min)}大于上限${show(max)}`, `${field}: the minimum ${show(min)} is greater than the maximum ${show(max)}`));
    }
    return this;
  }

  date(field: string, value: string | null | undefined): this {
    if (value != null && !isCalendarDate(value)) this.add(field, 'INVALID_DATE', bi(`${field}不是有效日期:${value}`, `${field} is not a valid date: ${value}`));
    return this;
  }

  when(condition: boolean, field: string, code: string, message: Bilingual): this {
    return condition ? this.add(field, code, message) : this;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Throws one BAD_USER_INPUT error listing every problem, or returns quietly. */
  done(): void {
    if (this.problems.length) throw new BadInputError(this.problems);
  }
}

export const check = (): Check => new Check();

/** Trimmed text, or null for an optional field left empty. */
export function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  const t = value.trim();
  return t.length ? t : null;
}

/** Like clean(), but keeps undefined (= "not given" in a patch). */
export function cleanPatch(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : clean(value);
}

const PHONE = /^[0-9+\-() ]{5,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkContact(c: Check, input: { phone?: string | null; email?: string | null }): void {
  const phone = clean(input.phone);
  const email = clean(input.email);
  c.when(phone != null && !PHONE.test(phone), 'phone', 'INVALID_PHONE', bi(`电话号码格式无效:${phone}`, `not a phone number: ${phone}`));
  c.when(email != null && (!EMAIL.test(email) || email.length > 100), 'email', 'INVALID_EMAIL', bi(`电子邮箱格式无效:${email}`, `not an email address: ${email}`));
}

/** An ILIKE pattern for "contains", with the user's %, _ and \ taken literally. */
export const containing = (q: string): string => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
