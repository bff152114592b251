import { registerEnumType } from 'type-graphql';

export enum ProductCategory {
  CREDIT = 'CREDIT',
  TECH_GUARANTEE = 'TECH_GUARANTEE',
  KNOWLEDGE_VALUE = 'KNOWLEDGE_VALUE',
  IP_PLEDGE = 'IP_PLEDGE',
  GUARANTEED = 'GUARANTEED',
  MORTGAGE = 'MORTGAGE',
  SUPPLY_CHAIN = 'SUPPLY_CHAIN',
  TAX_CREDIT = 'TAX_CREDIT',
}
registerEnumType(ProductCategory, {
  name: 'ProductCategory',
  description: '信贷产品类别 / Category of credit product',
  valuesConfig: {
    CREDIT: { description: '信用贷款 / Unsecured credit loan' },
    TECH_GUARANTEE: { description: '科技担保贷 / Tech Guarantee Loan (risk pool)' },
    KNOWLEDGE_VALUE: { description: '知识价值信用贷 / Knowledge Value Credit Loan (risk pool)' },
    IP_PLEDGE: { description: '知识产权质押贷款 / IP-pledge loan' },
    GUARANTEED: { description: '担保贷款 / Guaranteed loan' },
    MORTGAGE: { description: '抵押贷款 / Mortgage loan' },
    SUPPLY_CHAIN: { description: '供应链金融 / Supply-chain finance' },
    TAX_CREDIT: { description: '税易贷(以纳税信用授信) / Tax-credit loan (税易贷)' },
  },
});

export enum ProductStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  description: '产品状态 / Product status',
  valuesConfig: {
    DRAFT: { description: '草稿,仅本行可见 / Draft, seen only by its bank' },
    PUBLISHED: { description: '已发布,公开可查 / Published in the catalogue' },
    WITHDRAWN: { description: '已下架 / Withdrawn from the catalogue' },
  },
});

export enum RateKind {
  FIXED = 'FIXED',
  LPR_SPREAD = 'LPR_SPREAD',
}
registerEnumType(RateKind, {
  name: 'RateKind',
  description: '利率定价方式 / How the rate is quoted',
  valuesConfig: {
    FIXED: { description: '固定年利率区间 / A fixed annual rate range' },
    LPR_SPREAD: { description: 'LPR加减点 / Loan prime rate plus a spread in basis points' },
  },
});

export enum LprTenor {
  ONE_YEAR = 'ONE_YEAR',
  FIVE_YEAR = 'FIVE_YEAR',
}
registerEnumType(LprTenor, {
  name: 'LprTenor',
  description: 'LPR期限品种 / LPR tenor',
  valuesConfig: {
    ONE_YEAR: { description: '1年期LPR / 1-year LPR' },
    FIVE_YEAR: { description: '5年期以上LPR / 5-year-and-above LPR' },
  },
});

export enum CollateralKind {
  NONE = 'NONE',
  IP = 'IP',
  REAL_ESTATE = 'REAL_ESTATE',
  EQUIPMENT = 'EQUIPMENT',
  RECEIVABLES = 'RECEIVABLES',
  GUARANTOR = 'GUARANTOR',
  GUARANTEE_COMPANY = 'GUARANTEE_COMPANY',
  DEPOSIT = 'DEPOSIT',
}
registerEnumType(CollateralKind, {
  name: 'CollateralKind',
  description: '担保方式 / Form of security',
  valuesConfig: {
    NONE: { description: '纯信用,无需担保 / None: unsecured' },
    IP: { description: '知识产权质押 / Pledge of IP' },
    REAL_ESTATE: { description: '不动产抵押 / Mortgage of real estate' },
    EQUIPMENT: { description: '机器设备抵押 / Mortgage of equipment' },
    RECEIVABLES: { description: '应收账款质押 / Pledge of receivables' },
    GUARANTOR: { description: '保证人担保 / Personal or corporate guarantor' },
    GUARANTEE_COMPANY: { description: '融资担保公司担保 / Financing guarantee company' },
    DEPOSIT: { description: '保证金或存单质押 / Cash deposit or certificate of deposit' },
  },
});

/** Forms of security as a person reads them, for messages. */
export const COLLATERAL_LABELS: Record<CollateralKind, { zh: string; en: string }> = {
  NONE: { zh: '纯信用', en: 'unsecured' },
  IP: { zh: '知识产权质押', en: 'a pledge of IP' },
  REAL_ESTATE: { zh: '不动产抵押', en: 'a mortgage of real estate' },
  EQUIPMENT: { zh: '机器设备抵押', en: 'a mortgage of equipment' },
  RECEIVABLES: { zh: '应收账款质押', en: 'a pledge of receivables' },
  GUARANTOR: { zh: '保证人担保', en: 'a guarantor' },
  GUARANTEE_COMPANY: { zh: '融资担保公司担保', en: 'a financing guarantee company' },
  DEPOSIT: { zh: '保证金或存单质押', en: 'a cash deposit or certificate of deposit' },
};
