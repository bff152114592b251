import { wholeYearsBetween } from '../../common/dates';
import type { Dec } from '../../common/decimal';
import { bi, type Bilingual } from '../../common/errors';
import type { Firm } from '../firm/firm.entity';
import type { FirmQualification } from '../firm/firm-qualification.entity';
import { CHAIN_LABELS, QUALIFICATION_LABELS, taxGradeAtLeast } from '../firm/firm.enums';
import type { IpAsset } from '../ip-asset/ip-asset.entity';
import type { LoanProduct } from './loan-product.entity';
import { ProductStatus } from './product.enums';

/**
 * Whether a firm meets a product's eligibility criteria, one verdict per criterion, each with a
 * machine-readable code and a message in Chinese and English. Used wherever eligibility is
 * judged (pool enrolment, matching), so the rules live in one place.
 */
export interface Verdict {
  criterion: string;
  passed: boolean;
  code: string;
  message: Bilingual;
}

export interface FirmFacts {
  firm: Firm;
  qualifications: FirmQualification[];
  ipAssets: IpAsset[];
}

const SIZE_LABELS: Record<string, Bilingual> = {
  LARGE: bi('大型', 'large'),
  MEDIUM: bi('中型', 'medium'),
  SMALL: bi('小型', 'small'),
  MICRO: bi('微型', 'micro'),
};

const pass = (criterion: string, message: Bilingual): Verdict => ({ criterion, passed: true, code: `${criterion}_OK`, message });
const fail = (criterion: string, code: string, message: Bilingual): Verdict => ({ criterion, passed: false, code, message });

const yuan = (d: Dec) => d.toFixed(2);

/** An IP asset that still stands: not expired on `today` and its fees paid. */
export const ipIsInForce = (a: IpAsset, today: string): boolean => a.expiresOn >= today && a.annualFeePaid;

export function evaluateEligibility(facts: FirmFacts, product: LoanProduct, today: string): Verdict[] {
  const { firm, qualifications, ipAssets } = facts;
  const e = product.eligibility;
  const out: Verdict[] = [];

  out.push(
    product.status === ProductStatus.PUBLISHED
      ? pass('PRODUCT_STATUS', bi('产品已发布', 'the product is published'))
      : fail('PRODUCT_STATUS', 'PRODUCT_NOT_PUBLISHED', bi('产品未发布或已下架', 'the product is not published')),
  );
  if (product.validFrom && product.validFrom > today) {
    out.push(fail('PRODUCT_VALIDITY', 'PRODUCT_NOT_YET_VALID', bi(`产品自${product.validFrom}起受理`, `the product is offered from ${product.validFrom}`)));
  } else if (product.validUntil && product.validUntil < today) {
    out.push(fail('PRODUCT_VALIDITY', 'PRODUCT_EXPIRED', bi(`产品已于${product.validUntil}停止受理`, `the product stopped on ${product.validUntil}`)));
  } else {
    out.push(pass('PRODUCT_VALIDITY', bi('产品在有效期内', 'the product is currently offered')));
  }

  const chain = CHAIN_LABELS[firm.chain];
  if (e.chains.length === 0 || e.chains.includes(firm.chain)) {
    out.push(pass('CHAIN', bi(`产业链(${chain.zh})符合`, `industrial chain (${chain.en}) is served`)));
  } else {
    const wanted = e.chains.map((c) => CHAIN_LABELS[c]);
    out.push(
      fail('CHAIN', 'CHAIN_NOT_SERVED', bi(`产品仅面向${wanted.map((w) => w.zh).join('、')}产业链,企业属${chain.zh}`, `the product serves only ${wanted.map((w) => w.en).join(', ')}; the firm is in ${chain.en}`)),
    );
  }

  const size = SIZE_LABELS[firm.sizeClass];
  if (e.sizeClasses.length === 0 || e.sizeClasses.includes(firm.sizeClass)) {
    out.push(pass('SIZE_CLASS', bi(`企业规模(${size.zh})符合`, `size class (${size.en}) is served`)));
  } else {
    const wanted = e.sizeClasses.map((s) => SIZE_LABELS[s]);
    out.push(fail('SIZE_CLASS', 'SIZE_CLASS_NOT_SERVED', bi(`产品仅面向${wanted.map((w) => w.zh).join('、')}企业,企业为${size.zh}`, `the product serves only ${wanted.map((w) => w.en).join(', ')} firms; the firm is ${size.en}`)));
  }

  for (const kind of e.requiredQualifications) {
    const label = QUALIFICATION_LABELS[kind];
    const held = qualifications.filter((q) => q.kind === kind);
    const valid = held.find((q) => q.validFrom <= today && today <= q.validUntil);
    if (valid) {
      out.push(pass(`QUALIFICATION`, bi(`${label.zh}资格有效至${valid.validUntil}`, `${label.en} qualification valid until ${valid.validUntil}`)));
    } else if (held.length) {
      const last = held.reduce((a, b) => (a.validUntil > b.validUntil ? a : b));
      out.push(
        last.validFrom > today
          ? fail('QUALIFICATION', 'QUALIFICATION_NOT_YET_VALID', bi(`${label.zh}资格自${last.validFrom}起生效`, `${label.en} qualification takes effect on ${last.validFrom}`))
          : fail('QUALIFICATION', 'QUALIFICATION_EXPIRED', bi(`${label.zh}资格已于${last.validUntil}过期`, `${label.en} qualification expired on ${last.validUntil}`)),
      );
    } else {
      out.push(fail('QUALIFICATION', 'QUALIFICATION_MISSING', bi(`须具备${label.zh}资格`, `requires the ${label.en} qualification`)));
    }
  }

  if (e.minYearsOperating != null) {
    const years = wholeYearsBetween(firm.foundedOn, today);
    out.push(
      years >= e.minYearsOperating
        ? pass('YEARS_OPERATING', bi(`已经营${years}年,满足${e.minYearsOperating}年要求`, `${years} years in operation, at least ${e.minYearsOperating} required`))
        : fail('YEARS_OPERATING', 'TOO_YOUNG', bi(`须经营满${e.minYearsOperating}年,企业成立于${firm.foundedOn}(${years}年)`, `needs ${e.minYearsOperating} years in operation; the firm was founded on ${firm.foundedOn} (${years} years)`)),
    );
  }

  if (e.minAnnualRevenue != null) {
    out.push(
      firm.annualRevenue.gte(e.minAnnualRevenue)
        ? pass('REVENUE', bi(`营业收入${yuan(firm.annualRevenue)}元,满足最低${yuan(e.minAnnualRevenue)}元`, `revenue ${yuan(firm.annualRevenue)} yuan, at least ${yuan(e.minAnnualRevenue)} required`))
        : fail('REVENUE', 'REVENUE_TOO_LOW', bi(`营业收入须不低于${yuan(e.minAnnualRevenue)}元,企业为${yuan(firm.annualRevenue)}元`, `revenue must be at least ${yuan(e.minAnnualRevenue)} yuan; the firm's is ${yuan(firm.annualRevenue)}`)),
    );
  }

  if (e.minTaxGrade != null) {
    out.push(
      taxGradeAtLeast(firm.taxCreditGrade, e.minTaxGrade)
        ? pass('TAX_GRADE', bi(`纳税信用${firm.taxCreditGrade}级,满足${e.minTaxGrade}级及以上`, `tax credit grade ${firm.taxCreditGrade} meets ${e.minTaxGrade} or better`))
        : fail('TAX_GRADE', 'TAX_GRADE_TOO_LOW', bi(`须纳税信用${e.minTaxGrade}级及以上,企业为${firm.taxCreditGrade}级`, `needs tax credit grade ${e.minTaxGrade} or better; the firm's is ${firm.taxCreditGrade}`)),
    );
  }

  if (e.ipRequired) {
    const inForce = ipAssets.filter((a) => ipIsInForce(a, today));
    out.push(
      inForce.length
        ? pass('IP_REQUIRED', bi(`拥有${inForce.length}项有效知识产权`, `owns ${inForce.length} IP asset(s) in force`))
        : fail('IP_REQUIRED', 'NO_IP_IN_FORCE', bi('须拥有有效知识产权(未过期且年费已缴)', 'requires IP in force (unexpired, fees paid)')),
    );
  }
  return out;
}
