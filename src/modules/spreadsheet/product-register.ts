import { bi } from '../../common/errors';
import { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../firm/firm.enums';
import type { LoanProduct } from '../product/loan-product.entity';
import { CollateralKind, LprTenor, ProductCategory, ProductStatus, RateKind } from '../product/product.enums';
import { zhOf } from './labels';
import type { RegisterColumn } from './sheet-reader';
import type { Column, Value } from './sheet-writer';

/**
 * The layout of a product list: the catalogue export (/exports/catalogue.xlsx) writes it, with the
 * row number, bank and status in front; the bank's import (/imports/products) and its template
 * (/exports/templates/products.xlsx) read it. A bank's own catalogue, exported, imports unchanged.
 */
export const PRODUCTS_SHEET = bi('信贷产品', 'Products');

export type ProductField =
  | 'name' | 'bankName' | 'nameEn' | 'category' | 'minAmount' | 'maxAmount' | 'minTermMonths' | 'maxTermMonths' | 'rateKind' | 'minRate' | 'maxRate'
  | 'lprTenor' | 'minSpreadBps' | 'maxSpreadBps' | 'collateralKinds' | 'collateralNote' | 'loanToValue' | 'promisedResponseDays' | 'validFrom' | 'validUntil'
  | 'chains' | 'sizeClasses' | 'requiredQualifications' | 'minYearsOperating' | 'minAnnualRevenue' | 'minTaxGrade' | 'ipRequired' | 'description';

const c = (field: ProductField, zh: string, en: string, type: RegisterColumn['type'], kind: Column['kind'], extra: Partial<RegisterColumn<ProductField>> = {}): RegisterColumn<ProductField> => ({
  field, header: bi(zh, en), type, kind, required: false, ...extra,
});

/** The product's own columns, in the order written; `bankName` is read only to refuse another bank's rows. */
export const PRODUCT_COLUMNS: RegisterColumn<ProductField>[] = [
  c('name', '产品名称', 'Product', 'text', 'text', { required: true, width: 24 }),
  c('nameEn', '英文名称', 'English name', 'text', 'text', { width: 20 }),
  c('category', '类别', 'Category', 'enum', 'text', { required: true, enumObj: ProductCategory, width: 14 }),
  c('minAmount', '最低金额(元)', 'Smallest loan (yuan)', 'money', 'money', { required: true }),
  c('maxAmount', '最高金额(元)', 'Largest loan (yuan)', 'money', 'money', { required: true }),
  c('minTermMonths', '最短期限(月)', 'Shortest term (months)', 'int', 'int', { required: true, width: 10 }),
  c('maxTermMonths', '最长期限(月)', 'Longest term (months)', 'int', 'int', { required: true, width: 10 }),
  c('rateKind', '利率方式', 'Rate', 'enum', 'text', { required: true, enumObj: RateKind, width: 14 }),
  c('minRate', '最低年利率', 'Lowest annual rate', 'rate', 'rate', { width: 12 }),
  c('maxRate', '最高年利率', 'Highest annual rate', 'rate', 'rate', { width: 12 }),
  c('lprTenor', 'LPR品种', 'LPR tenor', 'enum', 'text', { enumObj: LprTenor, width: 10 }),
  c('minSpreadBps', '最低加点(基点)', 'Lowest spread (bp)', 'int', 'int', { width: 10 }),
  c('maxSpreadBps', '最高加点(基点)', 'Highest spread (bp)', 'int', 'int', { width: 10 }),
  c('collateralKinds', '担保方式', 'Security', 'list', 'text', { enumObj: CollateralKind, width: 20 }),
  c('collateralNote', '担保要求说明', 'Security in words', 'text', 'text', { width: 24 }),
  c('loanToValue', '质押率', 'Loan-to-value', 'rate', 'rate', { width: 10 }),
  c('promisedResponseDays', '承诺答复天数', 'Promised response days', 'int', 'int', { width: 10 }),
  c('validFrom', '有效期起', 'Valid from', 'date', 'date', { width: 12 }),
  c('validUntil', '有效期止', 'Valid until', 'date', 'date', { width: 12 }),
  c('chains', '适用产业链', 'Chains served', 'list', 'text', { enumObj: IndustrialChain, width: 20 }),
  c('sizeClasses', '适用企业规模', 'Size classes served', 'list', 'text', { enumObj: SizeClass, width: 14 }),
  c('requiredQualifications', '须持有资质', 'Qualifications required', 'list', 'text', { enumObj: QualificationKind, width: 20 }),
  c('minYearsOperating', '最低经营年限', 'Minimum years operating', 'int', 'int', { width: 10 }),
  c('minAnnualRevenue', '最低上年营业收入(元)', 'Minimum revenue last year (yuan)', 'money', 'money'),
  c('minTaxGrade', '最低纳税信用等级', 'Minimum tax credit grade', 'enum', 'text', { enumObj: TaxCreditGrade, width: 12 }),
  c('ipRequired', '须有知识产权', 'IP required', 'bool', 'text', { width: 10 }),
  c('description', '产品说明', 'Description', 'text', 'text', { width: 40 }),
];

/** What the import reads: the product's columns, and the bank column of a catalogue. */
export const PRODUCT_IMPORT_COLUMNS: RegisterColumn<ProductField>[] = [...PRODUCT_COLUMNS, c('bankName', '银行', 'Bank', 'text', 'text')];

/** The catalogue's columns: row number, bank and status, then the product's own. */
export const CATALOGUE_COLUMNS: Column[] = [
  { header: bi('序号', 'No.'), kind: 'int', width: 6 },
  { header: bi('银行', 'Bank'), kind: 'text', width: 24 },
  { header: bi('状态', 'Status'), kind: 'text', width: 10 },
  ...PRODUCT_COLUMNS,
];

const e = (enumObj: object, v: string | null) => (v == null ? null : zhOf(enumObj, v));
/** A list of enum values in words; an empty list means any (不限). */
const list = (enumObj: object, vs: readonly string[]) => (vs.length ? vs.map((v) => zhOf(enumObj, v)).join('、') : '不限');

export function productRow(p: LoanProduct): Value[] {
  const el = p.eligibility;
  return [
    p.name, p.nameEn, e(ProductCategory, p.category), p.minAmount, p.maxAmount, p.minTermMonths, p.maxTermMonths, e(RateKind, p.rateKind), p.minRate, p.maxRate,
    e(LprTenor, p.lprTenor), p.minSpreadBps, p.maxSpreadBps, p.collateralKinds.length ? list(CollateralKind, p.collateralKinds) : null, p.collateralNote, p.loanToValue,
    p.promisedResponseDays, p.validFrom, p.validUntil, list(IndustrialChain, el.chains), list(SizeClass, el.sizeClasses),
    el.requiredQualifications.length ? list(QualificationKind, el.requiredQualifications) : null, el.minYearsOperating, el.minAnnualRevenue, e(TaxCreditGrade, el.minTaxGrade), el.ipRequired,
    p.description,
  ];
}

export const statusOf = (p: LoanProduct) => e(ProductStatus, p.status);
