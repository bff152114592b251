import { bi } from '../../common/errors';
import type { Firm } from '../firm/firm.entity';
import type { FirmQualification } from '../firm/firm-qualification.entity';
import { IndustrialChain, KnowledgeValueGrade, QualificationKind, SizeClass, TaxCreditGrade } from '../firm/firm.enums';
import { zhOf } from './labels';
import type { RegisterColumn } from './sheet-reader';
import type { Value } from './sheet-writer';

/**
 * The layout of the firm register, one sheet of firms and one of their qualifications: the same
 * columns in the export (/exports/firms.xlsx), the template (/exports/templates/firms.xlsx) and
 * the import (/imports/firms), so an exported register imports unchanged.
 */
export const FIRMS_SHEET = bi('企业名录', 'Firms');
export const QUALIFICATIONS_SHEET = bi('企业资质', 'Qualifications');

export type FirmField =
  | 'creditCode' | 'name' | 'nameEn' | 'chain' | 'sizeClass' | 'foundedOn' | 'employees' | 'annualRevenue' | 'rdSpend'
  | 'taxCreditGrade' | 'knowledgeValueScore' | 'knowledgeValueGrade' | 'isFictional' | 'sourceNote';

export const FIRM_COLUMNS: RegisterColumn<FirmField>[] = [
  { field: 'creditCode', header: bi('统一社会信用代码', 'Unified social credit code'), kind: 'text', type: 'text', required: true, width: 22 },
  { field: 'name', header: bi('企业名称', 'Name'), kind: 'text', type: 'text', required: true, width: 30 },
  { field: 'nameEn', header: bi('英文名称', 'English name'), kind: 'text', type: 'text', required: false, width: 24 },
  { field: 'chain', header: bi('产业链', 'Industrial chain'), kind: 'text', type: 'enum', enumObj: IndustrialChain, required: true, width: 12 },
  { field: 'sizeClass', header: bi('企业规模', 'Size class'), kind: 'text', type: 'enum', enumObj: SizeClass, required: true, width: 10 },
  { field: 'foundedOn', header: bi('成立日期', 'Founded on'), kind: 'date', type: 'date', required: true, width: 12 },
  { field: 'employees', header: bi('从业人数', 'Employees'), kind: 'int', type: 'int', required: true, width: 10 },
  { field: 'annualRevenue', header: bi('上年营业收入(元)', 'Revenue last year (yuan)'), kind: 'money', type: 'money', required: true, total: true, width: 20 },
  { field: 'rdSpend', header: bi('上年研发投入(元)', 'R&D spend last year (yuan)'), kind: 'money', type: 'money', required: true, total: true, width: 20 },
  { field: 'taxCreditGrade', header: bi('纳税信用等级', 'Tax credit grade'), kind: 'text', type: 'enum', enumObj: TaxCreditGrade, required: true, width: 12 },
  { field: 'knowledgeValueScore', header: bi('知识价值信用评价得分', 'Knowledge-value score'), kind: 'int', type: 'int', required: false, width: 12 },
  { field: 'knowledgeValueGrade', header: bi('知识价值信用评价等级', 'Knowledge-value grade'), kind: 'text', type: 'enum', enumObj: KnowledgeValueGrade, required: false, width: 12 },
  { field: 'isFictional', header: bi('虚构示例企业', 'Invented sample firm'), kind: 'text', type: 'bool', required: false, width: 10 },
  { field: 'sourceNote', header: bi('数据来源说明', 'Source note'), kind: 'text', type: 'text', required: false, width: 30 },
];

export type QualificationField = 'creditCode' | 'firmName' | 'kind' | 'certificateNo' | 'validFrom' | 'validUntil';

export const QUALIFICATION_COLUMNS: RegisterColumn<QualificationField>[] = [
  { field: 'creditCode', header: bi('统一社会信用代码', 'Unified social credit code'), kind: 'text', type: 'text', required: true, width: 22 },
  // For people to read; the firm is found by its credit code.
  { field: 'firmName', header: bi('企业名称(仅供阅读)', 'Firm name (for reading only)'), kind: 'text', type: 'text', required: false, width: 30 },
  { field: 'kind', header: bi('资质类型', 'Qualification'), kind: 'text', type: 'enum', enumObj: QualificationKind, required: true, width: 18 },
  { field: 'certificateNo', header: bi('证书编号', 'Certificate number'), kind: 'text', type: 'text', required: false, width: 20 },
  { field: 'validFrom', header: bi('生效日期', 'Valid from'), kind: 'date', type: 'date', required: true, width: 12 },
  { field: 'validUntil', header: bi('有效期至', 'Valid until'), kind: 'date', type: 'date', required: true, width: 12 },
];

const e = (enumObj: object, v: string | null) => (v == null ? null : zhOf(enumObj, v));

export function firmRow(f: Firm): Value[] {
  return [
    f.creditCode, f.name, f.nameEn, e(IndustrialChain, f.chain), e(SizeClass, f.sizeClass), f.foundedOn, f.employees, f.annualRevenue, f.rdSpend,
    e(TaxCreditGrade, f.taxCreditGrade), f.knowledgeValueScore, e(KnowledgeValueGrade, f.knowledgeValueGrade), f.isFictional, f.sourceNote,
  ];
}

export function qualificationRow(f: Firm, q: FirmQualification): Value[] {
  return [f.creditCode, f.name, e(QualificationKind, q.kind), q.certificateNo, q.validFrom, q.validUntil];
}
