import { Kind } from 'graphql';
import { Dec, cmp, formatMoney, sum } from '../src/common/decimal';
import { addDays, daysBetween, isCalendarDate, todayInZone, wholeYearsBetween } from '../src/common/dates';
import { MoneyScalar, RateScalar } from '../src/common/scalars';
import { creditCodeCheckCharacter, creditCodeProblem } from '../src/modules/firm/credit-code';
import { loadConfig } from '../src/config';

describe('money is exact', () => {
  it('0.10 + 0.20 is 0.30, and a large sum keeps its fen', () => {
    expect(formatMoney(new Dec('0.10').plus('0.20'))).toBe('0.30');
    expect(formatMoney(sum(Array.from({ length: 1000 }, () => new Dec('0.01'))))).toBe('10.00');
    expect(formatMoney(new Dec('9999999999999999.99').plus('0.01'))).toBe('10000000000000000.00');
  });

  it('the Money scalar reads strings only, with at most 2 decimals, never negative', () => {
    expect(MoneyScalar.parseValue('23696000')).toEqual(new Dec('23696000'));
    expect(MoneyScalar.serialize(new Dec('23696000'))).toBe('23696000.00');
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '0.30' }, {})).toEqual(new Dec('0.3'));
    for (const bad of ['-0.01', '1.234', '1e3', 'NaN', 'Infinity', ' ', '1,000', '0x10']) expect(() => MoneyScalar.parseValue(bad)).toThrow(/无效/);
    expect(() => MoneyScalar.parseValue(0.3)).toThrow(/字符串/);
    // Padded values are refused, never trimmed: one rule for every argument.
    for (const padded of [' 1.00 ', '1.00 ', '\t1.00']) expect(() => MoneyScalar.parseValue(padded)).toThrow(/前后有空格/);
    expect(() => RateScalar.parseValue(' 0.05')).toThrow(/前后有空格/);
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '0.3' }, {})).toThrow(/字符串/);
  });

  it('cmp orders decimals as decimal.js does, without allocating', () => {
    const values = ['0', '-0', '0.00', '1', '1.5', '1.50', '-1.5', '-2', '10000000', '9999999.99', '10000000.01', '0.0000001', '-0.0000001',
      '123456789012345.67', '123456789012345.68', '-123456789012345.67', '5e6', '5000000.00', '0.03', '0.030000', '0.0300001', '9999999999999999.99'];
    for (const a of values) for (const b of values) expect([a, b, cmp(new Dec(a), new Dec(b))]).toEqual([a, b, new Dec(a).comparedTo(new Dec(b))]);
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 2000; i++) {
      const x = new Dec(((next() - 0.5) * 1e9).toFixed(i % 7));
      const y = new Dec(((next() - 0.5) * 1e9).toFixed((i + 3) % 7));
      expect(cmp(x, y)).toBe(x.comparedTo(y));
    }
  });

  it('the Rate scalar reads fractions from 0 to 1 with up to 6 decimals', () => {
    expect(RateScalar.serialize(RateScalar.parseValue('0.038500'))).toBe('0.0385');
    expect(RateScalar.serialize(RateScalar.parseValue('1'))).toBe('1');
    for (const bad of ['3.85', '1.000001', '-0.01', '0.0000001', '.5']) expect(() => RateScalar.parseValue(bad)).toThrow(/比率/);
  });
});

describe('calendar dates are China dates', () => {
  it('today is judged in Asia/Shanghai, not UTC', () => {
    expect(todayInZone(new Date('2022-12-31T16:30:00Z'))).toBe('2023-01-01');
    expect(todayInZone(new Date('2022-12-31T15:30:00Z'))).toBe('2022-12-31');
  });

  it('checks real dates and counts whole years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(wholeYearsBetween('2019-06-01', '2022-05-31')).toBe(2);
    expect(wholeYearsBetween('2019-06-01', '2022-06-01')).toBe(3);
  });

  it('counts deadlines in calendar days, across month ends, leap days and years', () => {
    expect(addDays('2024-02-20', 30)).toBe('2024-03-21');
    expect(addDays('2023-02-20', 30)).toBe('2023-03-22');
    expect(addDays('2024-12-28', 7)).toBe('2025-01-04');
    expect(addDays('2025-01-04', -7)).toBe('2024-12-28');
    expect(daysBetween('2024-12-28', '2025-01-04')).toBe(7);
    expect(daysBetween('2025-01-04', '2024-12-28')).toBe(-7);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  it('computes the check character of the standard\'s own example', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toBe('CHECK_CHARACTER');
  });

  it('maps a remainder of 0 to the character 0', () => {
    // Find a 17-character body whose weighted sum is a multiple of 31 by varying its last digit.
    const bodies = Array.from({ length: 31 }, (_, i) => `914307000000000${String(i).padStart(2, '0')}`.slice(0, 17));
    const checks = bodies.map(creditCodeCheckCharacter);
    expect(checks.every((c) => /^[0-9A-Y]$/.test(c))).toBe(true);
    expect(checks).toContain('0');
  });
});

describe('configuration is refused loudly', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ SEED_ON_EMPTY: 'maybe' }, /SEED_ON_EMPTY must be true or false/],
  ])('%o', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it('has working defaults', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, port: 4000, seedOnEmpty: true, embeddedPgPort: 54329 });
  });
});
