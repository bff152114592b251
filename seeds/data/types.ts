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
