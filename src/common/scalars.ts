import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Dec } from './decimal';
import { bi, type Bilingual } from './errors';

const MONEY_PATTERN = /^\d{1,16}(\.\d{1,2})?$/;
const RATE_PATTERN = /^\d(\.\d{1,6})?$/;

/**
 * One rule for Money, Rate and Decimal, in the scalar, for every argument alike: the value is a
 * JSON string holding exactly the number, nothing around it. " 1.00 " is refused, not trimmed:
 * a padded amount comes from a copy-paste or a spreadsheet cell and is worth a second look, and
 * refusing it is the one answer every mutation can give the same way. The error carries the
 * bilingual message and a problem code; the request's error shaping (format-error.ts) names the
 * field it was given for.
 */
export class ScalarInputError extends GraphQLError {
  constructor(problemCode: string, message: Bilingual, node?: ValueNode) {
    super(`${message.zh} / ${message.en}`, { nodes: node, extensions: { code: 'BAD_USER_INPUT', problemCode, messageZh: message.zh, messageEn: message.en } });
  }
}

function stringOf(value: unknown, scalar: string, example: string, node?: ValueNode): string {
  if (typeof value !== 'string') {
    throw new ScalarInputError('NOT_A_STRING', bi(`须以字符串传入,例如 "${example}",不接受数字`, `must be a string such as "${example}", not a number`), node);
  }
  if (value !== value.trim() && value.trim() !== '') {
    throw new ScalarInputError('PADDED', bi(`"${value}"前后有空格,请只填写数字,例如 "${example}"`, `"${value}" has spaces around it; write the number alone, e.g. "${example}"`), node);
  }
  return value;
}

function parseMoney(value: unknown, node?: ValueNode): Dec {
  const s = stringOf(value, 'Money', '1000000.00', node);
  if (!MONEY_PATTERN.test(s)) {
    throw new ScalarInputError(
      'INVALID_MONEY',
      bi(
        `金额"${s}"无效:须为非负数,以元为单位,最多两位小数,最多16位整数(例如 "1000000.00",不接受负数、科学计数法或万元)`,
        `"${s}" is not an amount: a non-negative number of yuan with at most 2 decimals and 16 digits before the point (e.g. "1000000.00"; no negatives, exponents or 万元)`,
      ),
      node,
    );
  }
  return new Dec(s);
}

function parseRate(value: unknown, node?: ValueNode): Dec {
  const s = stringOf(value, 'Rate', '0.0385', node);
  if (!RATE_PATTERN.test(s) || new Dec(s).gt(1)) {
    throw new ScalarInputError(
      'INVALID_RATE',
      bi(`比率"${s}"无效:须为0到1之间的小数,最多6位小数(3.85%写作 "0.0385")`, `"${s}" is not a rate: a decimal fraction from 0 to 1 with at most 6 decimals (write 3.85 % as "0.0385")`),
      node,
    );
  }
  return new Dec(s);
}

function literal(ast: ValueNode): unknown {
  // Only string literals are accepted; any other literal is reported as "must be a string".
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

function asDecimal(value: unknown): Dec {
  if (Dec.isDecimal(value)) return value as Dec;
  if (typeof value === 'string') return new Dec(value);
  throw new TypeError(`cannot serialize ${typeof value} as a decimal`);
}

/** Yuan with exactly 2 decimals, carried as a string. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description:
    '人民币金额(元),字符串,两位小数,如 "23696000.00" / An amount of CNY in yuan, as a string with 2 decimals, e.g. "23696000.00". Never a number.',
  serialize: (value) => asDecimal(value).toFixed(2),
  parseValue: (v) => parseMoney(v),
  parseLiteral: (ast) => parseMoney(literal(ast), ast),
});

/** A fraction between 0 and 1 (rates, loan-to-value, pool shares), carried as a string. */
export const RateScalar = new GraphQLScalarType({
  name: 'Rate',
  description:
    '比率,0到1之间的小数字符串,如年利率3.85%为 "0.0385" / A fraction from 0 to 1 as a string, e.g. an annual rate of 3.85 % is "0.0385".',
  serialize: (value) => asDecimal(value).toDecimalPlaces(6).toFixed(),
  parseValue: (v) => parseRate(v),
  parseLiteral: (ast) => parseRate(literal(ast), ast),
});

const DECIMAL_PATTERN = /^\d{1,8}(\.\d{1,4})?$/;

function parseDecimal(value: unknown, node?: ValueNode): Dec {
  const s = stringOf(value, 'Decimal', '10', node);
  if (!DECIMAL_PATTERN.test(s)) {
    throw new ScalarInputError('INVALID_DECIMAL', bi(`数值"${s}"无效:须为非负数,最多8位整数、4位小数(例如 "10" 或 "7.5")`, `"${s}" is not a valid number: non-negative, at most 8 digits before the point and 4 after (e.g. "10" or "7.5")`), node);
  }
  return new Dec(s);
}

/** A non-negative multiple or ratio (a leverage cap of 10, leverage used of 7.405), as a string. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: '非负小数字符串,如放大倍数 "10" / A non-negative decimal as a string, e.g. a leverage multiple "10"',
  serialize: (value) => asDecimal(value).toDecimalPlaces(4).toFixed(),
  parseValue: (v) => parseDecimal(v),
  parseLiteral: (ast) => parseDecimal(literal(ast), ast),
});
