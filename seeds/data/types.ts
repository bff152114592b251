import type { BankKind, OfficerTitle } from '../../src/modules/bank/bank.enums';
import type { IndustrialChain, KnowledgeValueGrade, QualificationKind, SizeClass, TaxCreditGrade } from '../../src/modules/firm/firm.enums';
import type { IpKind } from '../../src/modules/ip-asset/ip-asset.entity';
import type { CollateralKind, LprTenor, ProductCategory, ProductStatus, RateKind } from '../../src/modules/product/product.enums';

/**
 * The shape of the seed data set. Amounts are strings of yuan with 2 decimals ("5000000.00"),
 * rates strings of decimal fractions ("0.0385"): the source's 万元 and 亿元 are converted here,
 * never stored. Keys tie rows together inside the data set; they are not stored.
 */
export interface SeedOfficer {
  key: string;
  name: string;
  title: OfficerTitle;
  phone?: string;
}

export interface SeedBranch {
  key: string;
  name: string;
  nameEn?: string;
  isTechBranch?: boolean;
  address?: string;
  phone?: string;
  officers: SeedOfficer[];
}

export interface SeedBank {
  key: string;
  name: string;
  shortName: string;
  nameEn: string;
  kind: BankKind;
  branches: SeedBranch[];
}

export interface SeedEligibility {
  chains?: IndustrialChain[];
  sizeClasses?: SizeClass[];
  requiredQualifications?: QualificationKind[];
  minYearsOperating?: number;
  minAnnualRevenue?: string;
  minTaxGrade?: TaxCreditGrade;
  ipRequired?: boolean;
}

export interface SeedProduct {
  key: string;
  bankKey: string;
  branchKey?: string;
  name: string;
  nameEn: string;
  category: ProductCategory;
  description: string;
  minAmount: string;
  maxAmount: string;
  minTermMonths: number;
  maxTermMonths: number;
  rateKind: RateKind;
  minRate?: string;
  maxRate?: string;
  lprTenor?: LprTenor;
  minSpreadBps?: number;
  maxSpreadBps?: number;
  collateralKinds: CollateralKind[];
  collateralNote?: string;
  eligibility: SeedEligibility;
  loanToValue?: string;
  promisedResponseDays: number;
  validFrom?: string;
  validUntil?: string;
  status: ProductStatus;
  contactKeys: string[];
}

export interface SeedQualification {
  kind: QualificationKind;
  certificateNo?: string;
  validFrom: string;
  validUntil: string;
}

export interface SeedIpAsset {
  kind: IpKind;
  number: string;
  title: string;
  expiresOn: string;
  annualFeePaid: boolean;
  appraisedValue?: string;
  appraiser?: string;
  appraisedOn?: string;
  pledged: boolean;
}

export interface SeedFirm {
  key: string;
  creditCode: string;
  name: string;
  nameEn?: string;
  chain: IndustrialChain;
  sizeClass: SizeClass;
  foundedOn: string;
  employees: number;
  annualRevenue: string;
  rdSpend: string;
  taxCreditGrade: TaxCreditGrade;
  knowledgeValueScore?: number;
  knowledgeValueGrade?: KnowledgeValueGrade;
  isFictional: boolean;
  sourceNote: string;
  qualifications: SeedQualification[];
  ipAssets: SeedIpAsset[];
}

export interface SeedLedgerEntry {
  kind: 'CONTRIBUTION' | 'INTEREST' | 'FEE' | 'WITHDRAWAL';
  amount: string;
  entryDate: string;
  voucherRef: string;
  memo: string;
}

export interface SeedPool {
  key: string;
  name: string;
  kind: 'TECH_GUARANTEE' | 'KNOWLEDGE_VALUE' | 'IP_PLEDGE';
  description: string;
  leverageCap: string;
  poolShare: string;
  perFirmCap: string;
  warningRatio: string;
  stopRatio: string;
  establishedOn: string;
  partnerBankKeys: string[];
  /** Products whose loans this pool covers. */
  productKeys: string[];
  sourceNote: string;
  entries: SeedLedgerEntry[];
}

export interface SeedRepayment {
  paidOn: string;
  principal: string;
}

/** A loan as it stood on 2022-12-31. Interest on repayments is computed by the loader at the loan's rate. */
export interface SeedLoan {
  contractNo: string;
  productKey: string;
  firmKey: string;
  principal: string;
  termMonths: number;
  disbursedOn: string;
  /** A fixed-rate product's rate, or the spread over the LPR in force on disbursedOn. */
  rate?: string;
  spreadBps?: number;
  repayments: SeedRepayment[];
  coverage?: { poolKey: string; enrolledOn: string };
  /** Default, claim (filed, approved, paid from the pool) and write-off of the remainder. */
  default?: { defaultedOn: string; filedOn: string; decidedOn: string; paidOn: string; voucherRef: string; writtenOffOn: string };
}
