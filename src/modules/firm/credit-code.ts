/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, Z, S, V):
 *  1     registering authority (1 机构编制, 5 民政, 9 工商/市场监管, Y 其他 ...)
 *  2     organisation category within that authority
 *  3-8   administrative division code (6 digits; Changde is 4307xx)
 *  9-17  organisation code (GB 11714)
 *  18    check character: 31 - (sum of value x weight over positions 1-17 mod 31), 31 -> 0
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const AUTHORITIES = '1235689ANY';
const SHAPE = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{18}$`);

export type CreditCodeProblem = 'LENGTH' | 'CHARACTERS' | 'AUTHORITY' | 'DIVISION' | 'CHECK_CHARACTER';

/** The check character the first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  let total = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new Error(`not a credit-code character: ${first17[i]}`);
    total += v * WEIGHTS[i];
  }
  const c = 31 - (total % 31);
  return CREDIT_CODE_ALPHABET[c === 31 ? 0 : c];
}

/** Upper-cases and trims what a person typed; codes are printed in capitals. */
export const normalizeCreditCode = (code: string): string => code.trim().toUpperCase();

/** null when valid, else what is wrong. Expects a normalized code. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (!SHAPE.test(code)) return 'CHARACTERS';
  if (!AUTHORITIES.includes(code[0])) return 'AUTHORITY';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'DIVISION';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'CHECK_CHARACTER';
  return null;
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, (code: string) => { zh: string; en: string }> = {
  LENGTH: (c) => ({ zh: `统一社会信用代码须为18位(现为${c.length}位)`, en: `a unified social credit code has 18 characters (this one has ${c.length})` }),
  CHARACTERS: () => ({
    zh: '统一社会信用代码只能包含数字和大写字母(不含I、O、Z、S、V)',
    en: 'a unified social credit code holds only digits and capital letters other than I, O, Z, S and V',
  }),
  AUTHORITY: (c) => ({ zh: `统一社会信用代码首位登记管理部门代码"${c[0]}"无效`, en: `the first character "${c[0]}" is not a registering authority code` }),
  DIVISION: (c) => ({ zh: `统一社会信用代码第3至8位须为行政区划代码(现为${c.slice(2, 8)})`, en: `characters 3 to 8 must be an administrative division code (got ${c.slice(2, 8)})` }),
  // Never which character would be right: that invites changing the last one until it passes. A code
  // that does not check out was mistyped somewhere; the register says what it really is.
  CHECK_CHARACTER: (c) => ({
    zh: `统一社会信用代码${c}校验位不符,代码有误。请对照营业执照,或在国家企业信用信息公示系统(www.gsxt.gov.cn)查询核实后重新填写`,
    en: `the unified social credit code ${c} does not check out: it is mistyped somewhere. Copy it again from the business licence, or look it up in the National Enterprise Credit Information Publicity System (www.gsxt.gov.cn)`,
  }),
};
