/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 银行对需求的答复状态 / Where one bank stands on a demand addressed to it */
export type AddresseeStatus =
  /** 待答复 / Awaiting the bank's answer */
  | 'AWAITING'
  /** 已拒绝(附原因) / The bank declined, with a reason */
  | 'DECLINED'
  /** 已报价 / The bank made an offer */
  | 'OFFERED'
  /** 已撤回(需求已在他处授信或终止,无需再答复) / Withdrawn: the demand was granted elsewhere or closed before this bank answered */
  | 'WITHDRAWN';

/** 可贷额度的上限来源 / What limits the amount a firm can borrow */
export type BorrowingLimitKind =
  /** 可质押知识产权评估值×质押率 / Pledgeable IP appraised value times the loan-to-value */
  | 'IP_PLEDGE_VALUE'
  /** 资金池单户上限减企业在保余额 / The pool's per-firm cap less the firm's covered outstanding */
  | 'POOL_FIRM_CAP'
  /** 资金池剩余额度 / The pool's headroom */
  | 'POOL_HEADROOM'
  /** 产品最高额度 / The product's largest loan */
  | 'PRODUCT_MAX';

/** 担保方式 / Form of security */
export type CollateralKind =
  /** 保证金或存单质押 / Cash deposit or certificate of deposit */
  | 'DEPOSIT'
  /** 机器设备抵押 / Mortgage of equipment */
  | 'EQUIPMENT'
  /** 融资担保公司担保 / Financing guarantee company */
  | 'GUARANTEE_COMPANY'
  /** 保证人担保 / Personal or corporate guarantor */
  | 'GUARANTOR'
  /** 知识产权质押 / Pledge of IP */
  | 'IP'
  /** 纯信用,无需担保 / None: unsecured */
  | 'NONE'
  /** 不动产抵押 / Mortgage of real estate */
  | 'REAL_ESTATE'
  /** 应收账款质押 / Pledge of receivables */
  | 'RECEIVABLES';

/** 融资需求来源 / Where a financing demand came from */
export type DemandSource =
  /** 对接活动现场登记 / Recorded at a matchmaking event */
  | 'EVENT'
  /** 企业线上提交 / Filed online by the firm */
  | 'ONLINE'
  /** 行长走访时登记 / Recorded at a service visit */
  | 'VISIT';

/** 融资需求状态 / Financing demand status */
export type DemandStatus =
  /** 已授信 / Credit granted on one offer */
  | 'CREDIT_GRANTED'
  /** 未获融资(附原因) / Declined, with a reason */
  | 'DECLINED'
  /** 已放款 / Disbursed: the loan is recorded */
  | 'DISBURSED'
  /** 已登记 / Filed, not yet sent to a bank */
  | 'FILED'
  /** 洽谈中(已有银行报价) / In talks: a bank has made an offer */
  | 'IN_TALKS'
  /** 已推荐给银行 / Recommended (addressed) to one or more banks */
  | 'RECOMMENDED';

export type FileDemandInput = {
  amount: string;
  collateralNote?: string | null | undefined;
  /** 可提供的担保方式;不填为未说明,NONE为只能纯信用 / Security the firm can offer; empty: not stated; NONE: none at all */
  collateralOffered?: Array<CollateralKind> | null | undefined;
  /** 来源为EVENT时必填 / Required when the source is EVENT */
  eventId?: string | number | null | undefined;
  /** 默认今天(中国时间) / Default: today in China */
  filedOn?: string | null | undefined;
  firmId: string | number;
  /** 申请的产品(已发布):登记当日即推送给该产品所属银行,答复期限按产品承诺天数;企业须符合其准入条件,金额和期限须在其范围内 / Apply under this published product: the demand is addressed to its bank on the day it is filed, due within the promised response days; the firm must meet its criteria and the amount and term must lie within its ranges */
  productId?: string | number | null | undefined;
  /** 资金用途 / What the money is for */
  purpose: string;
  source: DemandSource;
  termMonths: number;
  /** 来源为VISIT时必填 / Required when the source is VISIT */
  visitId?: string | number | null | undefined;
};

/** 产业链:经开区四大主导产业链或其他 / Industrial chain: one of the zone's four leading chains, or other */
export type IndustrialChain =
  /** 装备制造 / Equipment manufacturing */
  | 'EQUIPMENT_MANUFACTURING'
  /** 轻工食品 / Light industry & food */
  | 'LIGHT_INDUSTRY_FOOD'
  /** 其他 / Other */
  | 'OTHER'
  /** 医药化工 / Pharmaceuticals & chemicals */
  | 'PHARMA_CHEMICALS'
  /** 电力电子 / Power & electronics */
  | 'POWER_ELECTRONICS';

/** 知识产权类型 / Kind of intellectual property */
export type IpKind =
  /** 外观设计专利 / Design patent */
  | 'DESIGN_PATENT'
  /** 发明专利 / Invention patent */
  | 'INVENTION_PATENT'
  /** 软件著作权 / Software copyright */
  | 'SOFTWARE_COPYRIGHT'
  /** 注册商标 / Registered trademark */
  | 'TRADEMARK'
  /** 实用新型专利 / Utility model patent */
  | 'UTILITY_MODEL';

/** 知识价值信用评价等级 / Knowledge-value credit grade */
export type KnowledgeValueGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** LPR期限品种 / LPR tenor */
export type LprTenor =
  /** 5年期以上LPR / 5-year-and-above LPR */
  | 'FIVE_YEAR'
  /** 1年期LPR / 1-year LPR */
  | 'ONE_YEAR';

/** 匹配条件 / A matching criterion */
export type MatchCriterion =
  /** 申请金额在产品额度范围内 / The amount asked for is within the product's range */
  | 'AMOUNT'
  /** 产业链在产品服务范围内 / The firm's industrial chain is served */
  | 'CHAIN'
  /** 企业可提供产品接受的担保 / The firm can offer security the product accepts */
  | 'COLLATERAL'
  /** 可质押知识产权评估值×质押率足以覆盖贷款 / Pledgeable IP times the loan-to-value covers the loan */
  | 'IP_PLEDGE_VALUE'
  /** 拥有有效知识产权 / Owns IP in force */
  | 'IP_REQUIRED'
  /** 挂钩的风险补偿资金池运行中、未达暂停线且有剩余额度 / The product's risk pool is active, below its stop ratio, with headroom */
  | 'POOL'
  /** 资金池单户上限尚有余量 / Room is left under the pool's per-firm cap */
  | 'POOL_FIRM_CAP'
  /** 产品已发布 / The product is published */
  | 'PRODUCT_STATUS'
  /** 今天在产品有效期内 / Today is within the product's validity dates */
  | 'PRODUCT_VALIDITY'
  /** 须持有的资质今天有效(subject为资质类别) / A required qualification is valid today (subject: the kind) */
  | 'QUALIFICATION'
  /** 上年营业收入 / Revenue in the last year */
  | 'REVENUE'
  /** 企业规模在产品服务范围内 / The firm's size class is served */
  | 'SIZE_CLASS'
  /** 纳税信用等级 / Tax credit grade */
  | 'TAX_GRADE'
  /** 申请期限在产品期限范围内 / The term asked for is within the product's range */
  | 'TERM'
  /** 经营年限 / Years in operation */
  | 'YEARS_OPERATING';

/** 银行答复 / A bank's answer */
export type OfferDecision =
  /** 拒绝(附原因) / A decline, with a reason */
  | 'DECLINED'
  /** 报价(金额、利率、期限、条件) / An offer: amount, rate, term, conditions */
  | 'OFFERED';

/** 银行人员职务 / A bank officer's title */
export type OfficerTitle =
  /** 客户经理 / Account manager */
  | 'ACCOUNT_MANAGER'
  /** 行长 / Branch president */
  | 'BRANCH_PRESIDENT'
  /** 副行长 / Vice president */
  | 'VICE_PRESIDENT';

/** 风险补偿资金池类型 / Kind of risk pool */
export type PoolKind =
  /** 知识产权质押融资风险补偿资金池 / IP-pledge loan risk pool */
  | 'IP_PLEDGE'
  /** 知识价值信用贷资金池 / Knowledge Value Credit Loan pool */
  | 'KNOWLEDGE_VALUE'
  /** 科技担保贷资金池 / Tech Guarantee Loan pool */
  | 'TECH_GUARANTEE';

/** 信贷产品类别 / Category of credit product */
export type ProductCategory =
  /** 信用贷款 / Unsecured credit loan */
  | 'CREDIT'
  /** 担保贷款 / Guaranteed loan */
  | 'GUARANTEED'
  /** 知识产权质押贷款 / IP-pledge loan */
  | 'IP_PLEDGE'
  /** 知识价值信用贷 / Knowledge Value Credit Loan (risk pool) */
  | 'KNOWLEDGE_VALUE'
  /** 抵押贷款 / Mortgage loan */
  | 'MORTGAGE'
  /** 供应链金融 / Supply-chain finance */
  | 'SUPPLY_CHAIN'
  /** 税易贷(以纳税信用授信) / Tax-credit loan (税易贷) */
  | 'TAX_CREDIT'
  /** 科技担保贷 / Tech Guarantee Loan (risk pool) */
  | 'TECH_GUARANTEE';

export type QualificationInput = {
  certificateNo?: string | null | undefined;
  kind: QualificationKind;
  validFrom: string;
  validUntil: string;
};

/** 企业资质 / A firm qualification */
export type QualificationKind =
  /** 高新技术企业 / High-tech enterprise */
  | 'HIGH_TECH_ENTERPRISE'
  /** 专精特新"小巨人"企业 / National "little giant" SME */
  | 'LITTLE_GIANT'
  /** 专精特新中小企业 / Specialized, refined, distinctive and innovative SME */
  | 'SPECIALIZED_SME'
  /** 科技型中小企业(入库) / Registered tech SME */
  | 'TECH_SME';

/** 利率定价方式 / How the rate is quoted */
export type RateKind =
  /** 固定年利率区间 / A fixed annual rate range */
  | 'FIXED'
  /** LPR加减点 / Loan prime rate plus a spread in basis points */
  | 'LPR_SPREAD';

/** 角色 / Role */
export type Role =
  /** 银行工作人员(限本行) / Staff of one bank */
  | 'BANK'
  /** 经开区金融办 / The zone's finance office */
  | 'FINANCE_OFFICE'
  /** 企业工作人员(限本企业) / Staff of one firm */
  | 'FIRM';

/** 企业规模(按工信部划型标准) / Size class under the MIIT classification */
export type SizeClass =
  /** 大型 / Large */
  | 'LARGE'
  /** 中型 / Medium */
  | 'MEDIUM'
  /** 微型 / Micro */
  | 'MICRO'
  /** 小型 / Small */
  | 'SMALL';

/** 纳税信用等级,A最好,M为新设立企业 / Tax credit grade, A best; M is for newly established taxpayers */
export type TaxCreditGrade =
  /** A级 / Grade A */
  | 'A'
  /** B级 / Grade B */
  | 'B'
  /** C级 / Grade C */
  | 'C'
  /** D级 / Grade D */
  | 'D'
  /** M级(新设立) / Grade M (new taxpayer) */
  | 'M';

/** 只修改给出的字段 / Only the fields given change */
export type UpdateFirmInput = {
  annualRevenue?: string | null | undefined;
  chain?: IndustrialChain | null | undefined;
  employees?: number | null | undefined;
  foundedOn?: string | null | undefined;
  isFictional?: boolean | null | undefined;
  knowledgeValueGrade?: KnowledgeValueGrade | null | undefined;
  knowledgeValueScore?: number | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  rdSpend?: string | null | undefined;
  sizeClass?: SizeClass | null | undefined;
  sourceNote?: string | null | undefined;
  taxCreditGrade?: TaxCreditGrade | null | undefined;
};

export type CatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueQuery = { products: { totalCount: number, edges: Array<{ node: (
        { id: string, name: string, nameEn: string | null, category: ProductCategory, minAmount: string, maxAmount: string, minTermMonths: number, maxTermMonths: number, collateralKinds: Array<CollateralKind>, rateKind: RateKind, minRate: string | null, lprTenor: LprTenor | null, minSpreadBps: number | null, bank: { id: string }, riskPool: { id: string } | null }
        & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
      ) }> }, banks: { edges: Array<{ node: { id: string, shortName: string, nameEn: string | null } }> }, oneYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }>, fiveYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }> };

export type ProductCard_ProductFragment = { id: string, name: string, nameEn: string | null, category: ProductCategory, minAmount: string, maxAmount: string, minTermMonths: number, maxTermMonths: number, collateralKinds: Array<CollateralKind>, rateKind: RateKind, minRate: string | null, maxRate: string | null, lprTenor: LprTenor | null, minSpreadBps: number | null, maxSpreadBps: number | null, bank: { id: string, shortName: string, nameEn: string | null }, riskPool: { id: string, name: string } | null, eligibility: { chains: Array<IndustrialChain>, sizeClasses: Array<SizeClass>, requiredQualifications: Array<QualificationKind>, minYearsOperating: number | null, minAnnualRevenue: string | null, minTaxGrade: TaxCreditGrade | null, ipRequired: boolean } } & { ' $fragmentName'?: 'ProductCard_ProductFragment' };

export type LprTable_RateFragment = { effectiveOn: string, rate: string, tenor: LprTenor } & { ' $fragmentName'?: 'LprTable_RateFragment' };

export type DemandCard_DemandFragment = { id: string, amount: string, termMonths: number, purpose: string, source: DemandSource, status: DemandStatus, filedOn: string, recommendedOn: string | null, creditGrantedOn: string | null, disbursedOn: string | null, declinedOn: string | null, declineReason: string | null, collateralOffered: Array<CollateralKind>, addressees: Array<{ id: string, addressedOn: string, dueOn: string, status: AddresseeStatus, overdue: boolean, answeredOn: string | null, bank: { id: string, shortName: string }, product: { id: string, name: string } | null }>, offers: Array<{ id: string, decision: OfferDecision, answeredOn: string, amount: string | null, annualRate: string | null, termMonths: number | null, conditions: string | null, validUntil: string | null, declineReason: string | null, bank: { id: string, shortName: string } }> } & { ' $fragmentName'?: 'DemandCard_DemandFragment' };

export type FirmDemandsQueryVariables = Exact<{
  firmId: string | number;
}>;


export type FirmDemandsQuery = { financingDemands: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'DemandCard_DemandFragment': DemandCard_DemandFragment } }
      ) }> } };

export type FirmHomeQueryVariables = Exact<{
  firmId: string | number;
}>;


export type FirmHomeQuery = { firm: { id: string, name: string, qualifications: Array<{ id: string, validUntil: string }> }, matchProducts: { productCount: number, eligibleCount: number }, financingDemands: { totalCount: number } };

export type ApplyForProductMutationVariables = Exact<{
  input: FileDemandInput;
}>;


export type ApplyForProductMutation = { fileDemand: { id: string, status: DemandStatus, addressees: Array<{ id: string, dueOn: string, bank: { id: string, shortName: string } }> } };

export type EligibleMatch_MatchFragment = { rank: number, score: number | null, maxBorrowable: string | null, lowestRate: string | null, limits: Array<{ kind: BorrowingLimitKind, amount: string, binding: boolean }>, criteria: Array<{ criterion: MatchCriterion, passed: boolean, subject: string | null, messageZh: string, messageEn: string }>, product: { id: string, name: string, nameEn: string | null, minAmount: string, minTermMonths: number, bank: { id: string, shortName: string } } } & { ' $fragmentName'?: 'EligibleMatch_MatchFragment' };

export type IneligibleMatch_MatchFragment = { rank: number, failedCount: number, failed: Array<{ criterion: MatchCriterion, code: string, subject: string | null, messageZh: string, messageEn: string }>, product: { id: string, name: string, nameEn: string | null, maxAmount: string, bank: { id: string, shortName: string } } } & { ' $fragmentName'?: 'IneligibleMatch_MatchFragment' };

export type FirmMatchesQueryVariables = Exact<{
  firmId: string | number;
  amount?: string | null | undefined;
  termMonths?: number | null | undefined;
  collateral?: Array<CollateralKind> | CollateralKind | null | undefined;
}>;


export type FirmMatchesQuery = { matchProducts: { asOf: string, productCount: number, eligibleCount: number, eligible: { totalCount: number, edges: Array<{ node: (
          { product: (
            { id: string }
            & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
          ) }
          & { ' $fragmentRefs'?: { 'EligibleMatch_MatchFragment': EligibleMatch_MatchFragment } }
        ) }> }, ineligible: { totalCount: number, edges: Array<{ node: (
          { failedCount: number, failed: Array<{ criterion: MatchCriterion, subject: string | null }>, product: { id: string, maxAmount: string } }
          & { ' $fragmentRefs'?: { 'IneligibleMatch_MatchFragment': IneligibleMatch_MatchFragment } }
        ) }> }, lacks: Array<{ criterion: MatchCriterion, subject: string | null, code: string, messageZh: string, messageEn: string, products: number, onlyLack: number }> }, oneYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }>, fiveYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }> };

export type FirmProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type FirmProfileQuery = { firm: { id: string, name: string, nameEn: string | null, creditCode: string, chain: IndustrialChain, sizeClass: SizeClass, foundedOn: string, employees: number, annualRevenue: string, rdSpend: string, taxCreditGrade: TaxCreditGrade, knowledgeValueScore: number | null, knowledgeValueGrade: KnowledgeValueGrade | null, qualifications: Array<{ id: string, kind: QualificationKind, certificateNo: string | null, validFrom: string, validUntil: string, validToday: boolean }>, ipAssets: Array<{ id: string, kind: IpKind, number: string, title: string, expiresOn: string, annualFeePaid: boolean, appraisedValue: string | null, appraiser: string | null, appraisedOn: string | null, pledged: boolean }> } };

export type UpdateOwnFirmMutationVariables = Exact<{
  id: string | number;
  input: UpdateFirmInput;
}>;


export type UpdateOwnFirmMutation = { updateFirm: { id: string, name: string, nameEn: string | null, employees: number, annualRevenue: string, rdSpend: string, foundedOn: string } };

export type AddOwnQualificationMutationVariables = Exact<{
  firmId: string | number;
  input: QualificationInput;
}>;


export type AddOwnQualificationMutation = { addFirmQualification: { id: string } };

export type MarkIpFeeMutationVariables = Exact<{
  id: string | number;
  paid: boolean;
}>;


export type MarkIpFeeMutation = { updateIpAsset: { id: string, annualFeePaid: boolean } };

export type HandbookEntry_ProductFragment = { id: string, name: string, nameEn: string | null, category: ProductCategory, description: string | null, minAmount: string, maxAmount: string, minTermMonths: number, maxTermMonths: number, rateKind: RateKind, minRate: string | null, maxRate: string | null, lprTenor: LprTenor | null, minSpreadBps: number | null, maxSpreadBps: number | null, collateralKinds: Array<CollateralKind>, collateralNote: string | null, loanToValue: string | null, promisedResponseDays: number, eligibility: { chains: Array<IndustrialChain>, sizeClasses: Array<SizeClass>, requiredQualifications: Array<QualificationKind>, minYearsOperating: number | null, minAnnualRevenue: string | null, minTaxGrade: TaxCreditGrade | null, ipRequired: boolean }, riskPool: { id: string, name: string } | null, contacts: Array<{ id: string, name: string, title: OfficerTitle, phone: string | null, branch: { id: string, name: string, phone: string | null } }> } & { ' $fragmentName'?: 'HandbookEntry_ProductFragment' };

export type HandbookQueryVariables = Exact<{ [key: string]: never; }>;


export type HandbookQuery = { products: { edges: Array<{ node: (
        { id: string, bank: { id: string, name: string, nameEn: string | null } }
        & { ' $fragmentRefs'?: { 'HandbookEntry_ProductFragment': HandbookEntry_ProductFragment } }
      ) }> }, oneYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }>, fiveYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }> };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, role: Role, displayName: string, firm: { id: string, name: string } | null, bank: { id: string, shortName: string } | null } } };

export type ProductPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductPageQuery = { product: { id: string, name: string, nameEn: string | null, category: ProductCategory, description: string | null, minAmount: string, maxAmount: string, minTermMonths: number, maxTermMonths: number, rateKind: RateKind, minRate: string | null, maxRate: string | null, lprTenor: LprTenor | null, minSpreadBps: number | null, maxSpreadBps: number | null, collateralKinds: Array<CollateralKind>, collateralNote: string | null, loanToValue: string | null, promisedResponseDays: number, validFrom: string | null, validUntil: string | null, bank: { id: string, name: string, shortName: string, nameEn: string | null }, branch: { id: string, name: string, address: string | null, phone: string | null } | null, eligibility: { chains: Array<IndustrialChain>, sizeClasses: Array<SizeClass>, requiredQualifications: Array<QualificationKind>, minYearsOperating: number | null, minAnnualRevenue: string | null, minTaxGrade: TaxCreditGrade | null, ipRequired: boolean }, riskPool: { id: string, name: string, kind: PoolKind, description: string | null, poolShare: string, perFirmCap: string } | null, contacts: Array<{ id: string, name: string, title: OfficerTitle, phone: string | null, email: string | null, branch: { id: string, name: string, phone: string | null } }> }, oneYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }>, fiveYear: Array<{ ' $fragmentRefs'?: { 'LprTable_RateFragment': LprTable_RateFragment } }> };

export const ProductCard_ProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOperating"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"minTaxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ipRequired"}}]}}]}}]} as unknown as DocumentNode<ProductCard_ProductFragment, unknown>;
export const LprTable_RateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LprTable_rate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LprRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"tenor"}}]}}]} as unknown as DocumentNode<LprTable_RateFragment, unknown>;
export const DemandCard_DemandFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandCard_demand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingDemand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"collateralOffered"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addressedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<DemandCard_DemandFragment, unknown>;
export const EligibleMatch_MatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibleMatch_match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxBorrowable"}},{"kind":"Field","name":{"kind":"Name","value":"lowestRate"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<EligibleMatch_MatchFragment, unknown>;
export const IneligibleMatch_MatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IneligibleMatch_match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<IneligibleMatch_MatchFragment, unknown>;
export const HandbookEntry_ProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandbookEntry_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"collateralNote"}},{"kind":"Field","name":{"kind":"Name","value":"loanToValue"}},{"kind":"Field","name":{"kind":"Name","value":"promisedResponseDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOperating"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"minTaxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ipRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<HandbookEntry_ProductFragment, unknown>;
export const CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"banks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"oneYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"ONE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fiveYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"FIVE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOperating"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"minTaxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ipRequired"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LprTable_rate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LprRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"tenor"}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const FirmDemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingDemands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandCard_demand"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandCard_demand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancingDemand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"collateralOffered"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addressedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<FirmDemandsQuery, FirmDemandsQueryVariables>;
export const FirmHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingDemands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FirmHomeQuery, FirmHomeQueryVariables>;
export const ApplyForProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForProductMutation, ApplyForProductMutationVariables>;
export const FirmMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collateral"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollateralKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"termMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"collateral"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collateral"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"productCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibleMatch_match"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IneligibleMatch_match"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"onlyLack"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"oneYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"ONE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fiveYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"FIVE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOperating"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"minTaxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ipRequired"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibleMatch_match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxBorrowable"}},{"kind":"Field","name":{"kind":"Name","value":"lowestRate"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IneligibleMatch_match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LprTable_rate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LprRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"tenor"}}]}}]} as unknown as DocumentNode<FirmMatchesQuery, FirmMatchesQueryVariables>;
export const FirmProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdSpend"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditGrade"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeValueScore"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeValueGrade"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validToday"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeePaid"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"}},{"kind":"Field","name":{"kind":"Name","value":"appraiser"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}}]}}]}}]} as unknown as DocumentNode<FirmProfileQuery, FirmProfileQueryVariables>;
export const UpdateOwnFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOwnFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdSpend"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}}]}}]}}]} as unknown as DocumentNode<UpdateOwnFirmMutation, UpdateOwnFirmMutationVariables>;
export const AddOwnQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOwnQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFirmQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddOwnQualificationMutation, AddOwnQualificationMutationVariables>;
export const MarkIpFeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkIpFee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIpAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"annualFeePaid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paid"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeePaid"}}]}}]}}]} as unknown as DocumentNode<MarkIpFeeMutation, MarkIpFeeMutationVariables>;
export const HandbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Handbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandbookEntry_product"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"oneYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"ONE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fiveYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"FIVE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandbookEntry_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"collateralNote"}},{"kind":"Field","name":{"kind":"Name","value":"loanToValue"}},{"kind":"Field","name":{"kind":"Name","value":"promisedResponseDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOperating"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"minTaxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ipRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LprTable_rate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LprRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"tenor"}}]}}]} as unknown as DocumentNode<HandbookQuery, HandbookQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ProductPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rateKind"}},{"kind":"Field","name":{"kind":"Name","value":"minRate"}},{"kind":"Field","name":{"kind":"Name","value":"maxRate"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"minSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"maxSpreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"collateralKinds"}},{"kind":"Field","name":{"kind":"Name","value":"collateralNote"}},{"kind":"Field","name":{"kind":"Name","value":"loanToValue"}},{"kind":"Field","name":{"kind":"Name","value":"promisedResponseDays"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClasses"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOperating"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"minTaxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ipRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"poolShare"}},{"kind":"Field","name":{"kind":"Name","value":"perFirmCap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"oneYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"ONE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fiveYear"},"name":{"kind":"Name","value":"lprRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenor"},"value":{"kind":"EnumValue","value":"FIVE_YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LprTable_rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LprTable_rate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LprRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"tenor"}}]}}]} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;