import { registerEnumType } from 'type-graphql';

export enum IndustrialChain {
  EQUIPMENT_MANUFACTURING = 'EQUIPMENT_MANUFACTURING',
  PHARMA_CHEMICALS = 'PHARMA_CHEMICALS',
  LIGHT_INDUSTRY_FOOD = 'LIGHT_INDUSTRY_FOOD',
  POWER_ELECTRONICS = 'POWER_ELECTRONICS',
  OTHER = 'OTHER',
}
registerEnumType(IndustrialChain, {
  name: 'IndustrialChain',
  description: '产业链:经开区四大主导产业链或其他 / Industrial chain: one of the zone\'s four leading chains, or other',
  valuesConfig: {
    EQUIPMENT_MANUFACTURING: { description: '装备制造 / Equipment manufacturing' },
    PHARMA_CHEMICALS: { description: '医药化工 / Pharmaceuticals & chemicals' },
    LIGHT_INDUSTRY_FOOD: { description: '轻工食品 / Light industry & food' },
    POWER_ELECTRONICS: { description: '电力电子 / Power & electronics' },
    OTHER: { description: '其他 / Other' },
  },
});

export enum SizeClass {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}
registerEnumType(SizeClass, {
  name: 'SizeClass',
  description: '企业规模(按工信部划型标准) / Size class under the MIIT classification',
  valuesConfig: {
    LARGE: { description: '大型 / Large' },
    MEDIUM: { description: '中型 / Medium' },
    SMALL: { description: '小型 / Small' },
    MICRO: { description: '微型 / Micro' },
  },
});

/** Tax credit grades, best first. M is the grade for new taxpayers, between B and C. */
export enum TaxCreditGrade {
  A = 'A',
  B = 'B',
  M = 'M',
  C = 'C',
  D = 'D',
}
export const TAX_GRADE_ORDER: TaxCreditGrade[] = [TaxCreditGrade.A, TaxCreditGrade.B, TaxCreditGrade.M, TaxCreditGrade.C, TaxCreditGrade.D];
/** True when `grade` is as good as `minimum` or better. */
export const taxGradeAtLeast = (grade: TaxCreditGrade, minimum: TaxCreditGrade): boolean =>
  TAX_GRADE_ORDER.indexOf(grade) <= TAX_GRADE_ORDER.indexOf(minimum);
registerEnumType(TaxCreditGrade, {
  name: 'TaxCreditGrade',
  description: '纳税信用等级,A最好,M为新设立企业 / Tax credit grade, A best; M is for newly established taxpayers',
  valuesConfig: {
    A: { description: 'A级 / Grade A' },
    B: { description: 'B级 / Grade B' },
    M: { description: 'M级(新设立) / Grade M (new taxpayer)' },
    C: { description: 'C级 / Grade C' },
    D: { description: 'D级 / Grade D' },
  },
});

export enum QualificationKind {
  HIGH_TECH_ENTERPRISE = 'HIGH_TECH_ENTERPRISE',
  TECH_SME = 'TECH_SME',
  SPECIALIZED_SME = 'SPECIALIZED_SME',
  LITTLE_GIANT = 'LITTLE_GIANT',
}
registerEnumType(QualificationKind, {
  name: 'QualificationKind',
  description: '企业资质 / A firm qualification',
  valuesConfig: {
    HIGH_TECH_ENTERPRISE: { description: '高新技术企业 / High-tech enterprise' },
    TECH_SME: { description: '科技型中小企业(入库) / Registered tech SME' },
    SPECIALIZED_SME: { description: '专精特新中小企业 / Specialized, refined, distinctive and innovative SME' },
    LITTLE_GIANT: { description: '专精特新"小巨人"企业 / National "little giant" SME' },
  },
});

export enum KnowledgeValueGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(KnowledgeValueGrade, {
  name: 'KnowledgeValueGrade',
  description: '知识价值信用评价等级 / Knowledge-value credit grade',
});

export const CHAIN_LABELS: Record<IndustrialChain, { zh: string; en: string }> = {
  EQUIPMENT_MANUFACTURING: { zh: '装备制造', en: 'equipment manufacturing' },
  PHARMA_CHEMICALS: { zh: '医药化工', en: 'pharmaceuticals & chemicals' },
  LIGHT_INDUSTRY_FOOD: { zh: '轻工食品', en: 'light industry & food' },
  POWER_ELECTRONICS: { zh: '电力电子', en: 'power & electronics' },
  OTHER: { zh: '其他', en: 'other' },
};

export const QUALIFICATION_LABELS: Record<QualificationKind, { zh: string; en: string }> = {
  HIGH_TECH_ENTERPRISE: { zh: '高新技术企业', en: 'high-tech enterprise' },
  TECH_SME: { zh: '科技型中小企业', en: 'registered tech SME' },
  SPECIALIZED_SME: { zh: '专精特新中小企业', en: 'specialized and innovative SME' },
  LITTLE_GIANT: { zh: '专精特新"小巨人"', en: '"little giant" SME' },
};
