import { Dec } from './decimal';
import { BadInputError, bi, type Bilingual, type FieldProblem } from './errors';
import { isCalendarDate } from './dates';
import { labelOf } from './labels';

/**
 * Collects every problem with one input before refusing it, so a person fixes them all at
 * once. `field` is the input path (problems[].field); the messages name the field by its label
 * (src/common/labels.ts), Chinese in the Chinese text and English in the English, and say what
 * would be accepted.
 */
export class Check {
  private readonly problems: FieldProblem[] = [];

  add(field: string, code: string, message: Bilingual): this {
    this.problems.push({ field, code, messageZh: message.zh, messageEn: message.en });
    return this;
  }

  /** Trimmed text of bounded length; `required` refuses empty text. */
  text(field: string, value: string | null | undefined, opts: { max: number; required?: boolean; min?: number }): this {
    const l = labelOf(field);
    if (value == null) {
      if (opts.required) this.add(field, 'REQUIRED', bi(`${l.zh}不能为空`, `the ${l.en} is required`));
      return this;
    }
    const len = [...value.trim()].length;
    if (opts.required && len === 0) return this.add(field, 'REQUIRED', bi(`${l.zh}不能为空`, `the ${l.en} must not be empty`));
    if (len > opts.max) {
      return this.add(field, 'TOO_LONG', bi(`${l.zh}最多${opts.max}个字符(现为${len}个)`, `the ${l.en} may have at most ${opts.max} characters (has ${len})`));
    }
    if (opts.min != null && len < opts.min) {
      this.add(field, 'TOO_SHORT', bi(`${l.zh}至少${opts.min}个字符`, `the ${l.en} needs at least ${opts.min} characters`));
    }
    return this;
  }

  /** A field that may be left out of a patch but not set to null. */
  notNull(field: string, value: unknown): this {
    const l = labelOf(field);
    if (value === null) this.add(field, 'REQUIRED', bi(`${l.zh}不能为空`, `the ${l.en} cannot be null`));
    return this;
  }

  /** An integer within [min, max]. */
  int(field: string, value: number | null | undefined, min: number, max: number): this {
    if (value == null) return this;
    const l = labelOf(field);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.add(field, 'OUT_OF_RANGE', bi(`${l.zh}须为${min}到${max}之间的整数(现为${value})`, `the ${l.en} must be a whole number from ${min} to ${max} (got ${value})`));
    }
    return this;
  }

  /** Money strictly above zero. (Scalars already refuse negatives, NaN and a third decimal.) */
  positive(field: string, value: Dec | null | undefined): this {
    const l = labelOf(field);
    if (value != null && !value.gt(0)) {
      this.add(field, 'NOT_POSITIVE', bi(`${l.zh}须大于0(现为${value.toFixed(2)})`, `the ${l.en} must be greater than 0 (got ${value.toFixed(2)})`));
    }
    return this;
  }

  /**
   * min <= max for any ordered pair; either side may be absent. The problem names the second
   * field (`maxAmount`), the one a person usually corrects, and the message names both.
   */
  ordered<T extends number | Dec | string>(minField: string, maxField: string, min: T | null | undefined, max: T | null | undefined, show: (v: T) => string = String): this {
    if (min == null || max == null) return this;
    const bad =
      typeof min === 'number' ? min > (max as number) : typeof min === 'string' ? min > (max as string) : (min as Dec).gt(max as Dec);
    if (bad) {
      const a = labelOf(minField);
      const b = labelOf(maxField);
      this.add(maxField, 'RANGE_REVERSED', bi(`${b.zh}(${show(max)})不能小于${a.zh}(${show(min)})`, `the ${b.en} (${show(max)}) cannot be less than the ${a.en} (${show(min)})`));
    }
    return this;
  }

  date(field: string, value: string | null | undefined): this {
    const l = labelOf(field);
    if (value != null && !isCalendarDate(value)) this.add(field, 'INVALID_DATE', bi(`${l.zh}不是有效日期:${value}`, `the ${l.en} is not a valid date: ${value}`));
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

/**
 * What a check that throws found, as a list (empty when it passed): for a caller that reports
 * problems rather than refusing, such as a spreadsheet import reporting them cell by cell.
 */
export function problemsOf(work: (c: Check) => void): FieldProblem[] {
  const c = check();
  work(c);
  try {
    c.done();
    return [];
  } catch (e) {
    if (e instanceof BadInputError) return e.extensions.problems as FieldProblem[];
    throw e;
  }
}

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
  c.when(phone != null && !PHONE.test(phone), 'phone', 'INVALID_PHONE', bi(`电话号码格式无效:${phone}(只能含数字、空格和 + - ( ),5到40位)`, `not a phone number: ${phone} (digits, spaces and + - ( ), 5 to 40 characters)`));
  c.when(email != null && (!EMAIL.test(email) || email.length > 100), 'email', 'INVALID_EMAIL', bi(`电子邮箱格式无效:${email}`, `not an email address: ${email}`));
}

/** An ILIKE pattern for "contains", with the user's %, _ and \ taken literally. */
export const containing = (q: string): string => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
