import { Type, type EntityProperty, type Platform } from '@mikro-orm/core';
import { Dec } from './decimal';

/**
 * PostgreSQL `numeric` <-> decimal.js. The pg driver hands numerics back as strings; they go
 * straight into a Decimal and never pass through a JavaScript number.
 */
abstract class DecimalColumn extends Type<Dec | null | undefined, string | null | undefined> {
  protected abstract readonly precision: number;
  protected abstract readonly scale: number;

  override convertToDatabaseValue(value: Dec | string | null | undefined): string | null | undefined {
    if (value == null) return value as null | undefined;
    return (Dec.isDecimal(value) ? (value as Dec) : new Dec(value)).toFixed(this.scale);
  }

  override convertToJSValue(value: Dec | string | null | undefined): Dec | null | undefined {
    if (value == null) return value as null | undefined;
    return Dec.isDecimal(value) ? (value as Dec) : new Dec(value);
  }

  override compareAsType(): string {
    return 'string';
  }

  override compareValues(a: string | null | undefined, b: string | null | undefined): boolean {
    if (a == null || b == null) return a === b;
    return new Dec(a).eq(b);
  }

  override ensureComparable(): boolean {
    return true;
  }

  override getColumnType(_prop: EntityProperty, _platform: Platform): string {
    return `numeric(${this.precision},${this.scale})`;
  }
}

/** Money: numeric(18,2), up to 9.99e15 yuan, in fen. */
export class MoneyType extends DecimalColumn {
  protected readonly precision = 18;
  protected readonly scale = 2;
}

/** Rates and shares: numeric(9,6). */
export class RateType extends DecimalColumn {
  protected readonly precision = 9;
  protected readonly scale = 6;
}

/** Multiples and ratios above 1 (leverage caps): numeric(12,4). */
export class MultipleType extends DecimalColumn {
  protected readonly precision = 12;
  protected readonly scale = 4;
}
