import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { BadInputError, type FieldProblem } from '../../common/errors';
import { MoneyScalar } from '../../common/scalars';

/**
 * Query parameters read with the API's own scalars and enums, so a filter means here what it
 * means in the GraphQL query: every problem is collected and refused at once (400, BAD_USER_INPUT).
 */
export class Params {
  private readonly problems: FieldProblem[] = [];
  private readonly query: Record<string, unknown>;

  constructor(req: Request) {
    this.query = (req.query ?? {}) as Record<string, unknown>;
  }

  private add(field: string, code: string, zh: string, en: string): undefined {
    this.problems.push({ field, code, messageZh: zh, messageEn: en });
    return undefined;
  }

  private scalarProblem(field: string, e: unknown): undefined {
    const text = e instanceof GraphQLError ? e.message : String(e);
    const [zh, en] = text.split(' / ');
    return this.add(field, 'INVALID_VALUE', `参数${field}:${zh}`, `parameter ${field}: ${en ?? zh}`);
  }

  /** One value; a parameter given twice is refused. */
  string(name: string): string | undefined {
    const v = this.query[name];
    if (v == null || v === '') return undefined;
    if (typeof v !== 'string') return this.add(name, 'REPEATED', `参数${name}只能给一次`, `parameter ${name} may be given once`);
    return v.trim();
  }

  /** A list: repeated (?statuses=A&statuses=B) or comma-separated (?statuses=A,B). */
  list(name: string): string[] | undefined {
    const v = this.query[name];
    if (v == null || v === '') return undefined;
    const parts = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean);
    return parts.length ? parts : undefined;
  }

  enumList<T extends string>(name: string, enumObj: Record<string, T>): T[] | undefined {
    const values = this.list(name);
    if (!values) return undefined;
    const allowed = Object.values(enumObj) as string[];
    const bad = values.filter((v) => !allowed.includes(v));
    if (bad.length) return this.add(name, 'UNKNOWN_VALUE', `参数${name}的取值${bad.join('、')}无效,可选:${allowed.join('、')}`, `parameter ${name}: ${bad.join(', ')} not one of ${allowed.join(', ')}`);
    return values as T[];
  }

  enumOne<T extends string>(name: string, enumObj: Record<string, T>): T | undefined {
    const v = this.string(name);
    if (v == null) return undefined;
    const allowed = Object.values(enumObj) as string[];
    if (!allowed.includes(v)) return this.add(name, 'UNKNOWN_VALUE', `参数${name}的取值${v}无效,可选:${allowed.join('、')}`, `parameter ${name}: ${v} is not one of ${allowed.join(', ')}`);
    return v as T;
  }

  int(name: string, opts: { required?: boolean } = {}): number | undefined {
    const v = this.string(name);
    if (v == null) return opts.required ? this.add(name, 'REQUIRED', `缺少参数${name}`, `parameter ${name} is required`) : undefined;
    if (!/^-?\d{1,9}$/.test(v)) return this.add(name, 'INVALID_NUMBER', `参数${name}须为整数(现为${v})`, `parameter ${name} must be a whole number (got ${v})`);
    return parseInt(v, 10);
  }

  money(name: string): Dec | undefined {
    const v = this.string(name);
    if (v == null) return undefined;
    try {
      return MoneyScalar.parseValue(v) as Dec;
    } catch (e) {
      return this.scalarProblem(name, e);
    }
  }

  date(name: string): string | undefined {
    const v = this.string(name);
    if (v == null) return undefined;
    try {
      // graphql-scalars' LocalDate: "YYYY-MM-DD", a real calendar date.
      return GraphQLLocalDate.parseValue(v) as string;
    } catch (e) {
      return this.scalarProblem(name, e);
    }
  }

  required(name: string): string | undefined {
    const v = this.string(name);
    return v ?? this.add(name, 'REQUIRED', `缺少参数${name}`, `parameter ${name} is required`);
  }

  /** Refuses the request when any parameter was wrong. */
  done(): void {
    if (this.problems.length) throw new BadInputError(this.problems);
  }
}

/** The filters as a person reads them, for the header block's "what" line. */
export function describeFilters(filters: Record<string, unknown>): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v != null && !(Array.isArray(v) && !v.length))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : typeof v === 'object' && v && 'toFixed' in v ? (v as Dec).toFixed(2) : String(v)}`);
  return parts.length ? `筛选 / filters: ${parts.join('; ')}` : '全部 / everything (no filters)';
}

