export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** 非负小数字符串,如放大倍数 "10" / A non-negative decimal as a string, e.g. a leverage multiple "10" */
  Decimal: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** 人民币金额(元),字符串,两位小数,如 "23696000.00" / An amount of CNY in yuan, as a string with 2 decimals, e.g. "23696000.00". Never a number. */
  Money: { input: string; output: string; }
  /** 比率,0到1之间的小数字符串,如年利率3.85%为 "0.0385" / A fraction from 0 to 1 as a string, e.g. an annual rate of 3.85 % is "0.0385". */
  Rate: { input: string; output: string; }
};

/** 银行(法人机构在常德的分行) / A bank present in Changde */
export type Bank = {
  __typename?: 'Bank';
  /** 支行 / Branches */
  branches: Array<BankBranch>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: BankKind;
  /** 名称,如"中国工商银行常德分行" / Name, e.g. 中国工商银行常德分行 */
  name: Scalars['String']['output'];
  /** 英文名 / English name */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 已发布的信贷产品 / Its published products */
  products: Array<LoanProduct>;
  /** 简称,如"工商银行" / Short name */
  shortName: Scalars['String']['output'];
  /** 数据来源说明 / Where this row comes from */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 银行支行 / A branch of a bank */
export type BankBranch = {
  __typename?: 'BankBranch';
  address?: Maybe<Scalars['String']['output']>;
  bank: Bank;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** 是否科技支行 / Whether it is a tech branch (科技支行) */
  isTechBranch: Scalars['Boolean']['output'];
  /** 名称,如"常德经开区支行" / Name */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 支行人员 / Its officers */
  officers: Array<BankOfficer>;
  phone?: Maybe<Scalars['String']['output']>;
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type BankConnection = {
  __typename?: 'BankConnection';
  edges: Array<BankEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type BankEdge = {
  __typename?: 'BankEdge';
  cursor: Scalars['String']['output'];
  node: Bank;
};

export type BankFilter = {
  kind?: InputMaybe<BankKind>;
  /** 名称或简称包含 / Name or short name contains */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 银行类型 / Kind of bank */
export type BankKind =
  /** 城市商业银行 / City commercial bank */
  | 'CITY_COMMERCIAL'
  /** 股份制商业银行 / Joint-stock commercial bank */
  | 'JOINT_STOCK'
  /** 国有大型商业银行 / Large state-owned commercial bank */
  | 'LARGE_STATE_OWNED'
  /** 政策性银行 / Policy bank */
  | 'POLICY'
  /** 农村商业银行 / Rural commercial bank */
  | 'RURAL_COMMERCIAL'
  /** 村镇银行 / Village bank */
  | 'VILLAGE_BANK';

/** 银行人员(行长、副行长、客户经理) / A bank officer */
export type BankOfficer = {
  __typename?: 'BankOfficer';
  bank: Bank;
  branch: BankBranch;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  sourceNote?: Maybe<Scalars['String']['output']>;
  title: OfficerTitle;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 可贷额度的一项上限 / One limit on what the firm can borrow */
export type BorrowingLimit = {
  __typename?: 'BorrowingLimit';
  amount: Scalars['Money']['output'];
  /** 是否为起决定作用的上限(最小者) / Whether this is the limit that binds (the smallest) */
  binding: Scalars['Boolean']['output'];
  kind: BorrowingLimitKind;
};

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

export type ClaimFilter = {
  poolId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
};

/** 代偿申请状态 / Compensation claim status */
export type ClaimStatus =
  /** 已审核通过 / Approved by the finance office */
  | 'APPROVED'
  /** 已提交 / Filed by the bank */
  | 'FILED'
  /** 已拨付 / Paid from the pool */
  | 'PAID'
  /** 已驳回 / Rejected */
  | 'REJECTED';

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

/** 代偿申请 / A compensation claim */
export type CompensationClaim = {
  __typename?: 'CompensationClaim';
  /** 申请代偿金额 = 未偿本金×分担比例 / Amount claimed = outstanding x share */
  amountClaimed: Scalars['Money']['output'];
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  decidedOn?: Maybe<Scalars['LocalDate']['output']>;
  filedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  loan: Loan;
  /** 违约时未偿本金 / Outstanding principal at default */
  outstandingAtDefault: Scalars['Money']['output'];
  paidOn?: Maybe<Scalars['LocalDate']['output']>;
  pool: RiskPool;
  /** 锁定的分担比例 / The frozen pool share */
  poolShare: Scalars['Rate']['output'];
  /** 向借款人追回的本金合计 / Principal recovered from the borrower so far */
  recoveredTotal: Scalars['Money']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** 已返还资金池合计 / Returned to the pool so far */
  returnedToPool: Scalars['Money']['output'];
  status: ClaimStatus;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type CompensationClaimConnection = {
  __typename?: 'CompensationClaimConnection';
  edges: Array<CompensationClaimEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type CompensationClaimEdge = {
  __typename?: 'CompensationClaimEdge';
  cursor: Scalars['String']['output'];
  node: CompensationClaim;
};

/** 入池状态 / Pool coverage status */
export type CoverageStatus =
  /** 在保 / Covered: counts against the pool's headroom */
  | 'ACTIVE'
  /** 已代偿 / Compensated: the pool has paid its share */
  | 'CLAIMED'
  /** 已解除(贷款结清) / Released when the loan was repaid */
  | 'RELEASED';

export type CreateBankBranchInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  bankId: Scalars['ID']['input'];
  isTechBranch?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBankInput = {
  kind: BankKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  shortName: Scalars['String']['input'];
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBankOfficerInput = {
  branchId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  title: OfficerTitle;
};

export type CreateFirmInput = {
  annualRevenue: Scalars['Money']['input'];
  chain: IndustrialChain;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: Scalars['String']['input'];
  employees: Scalars['Int']['input'];
  foundedOn: Scalars['LocalDate']['input'];
  isFictional?: InputMaybe<Scalars['Boolean']['input']>;
  knowledgeValueGrade?: InputMaybe<KnowledgeValueGrade>;
  knowledgeValueScore?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  rdSpend: Scalars['Money']['input'];
  sizeClass: SizeClass;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  taxCreditGrade: TaxCreditGrade;
};

export type CreateIpAssetInput = {
  annualFeePaid?: InputMaybe<Scalars['Boolean']['input']>;
  appraisedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  appraisedValue?: InputMaybe<Scalars['Money']['input']>;
  appraiser?: InputMaybe<Scalars['String']['input']>;
  expiresOn: Scalars['LocalDate']['input'];
  firmId: Scalars['ID']['input'];
  kind: IpKind;
  number: Scalars['String']['input'];
  pledged?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
};

export type CreateProductInput = {
  bankId: Scalars['ID']['input'];
  /** 经办支行(须属于该银行) / Handling branch, of the same bank */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  category: ProductCategory;
  collateralKinds?: InputMaybe<Array<CollateralKind>>;
  collateralNote?: InputMaybe<Scalars['String']['input']>;
  /** 联系人(本行人员),按顺序 / Contact officers of the same bank, in order */
  contactOfficerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<EligibilityInput>;
  loanToValue?: InputMaybe<Scalars['Rate']['input']>;
  lprTenor?: InputMaybe<LprTenor>;
  maxAmount: Scalars['Money']['input'];
  maxRate?: InputMaybe<Scalars['Rate']['input']>;
  maxSpreadBps?: InputMaybe<Scalars['Int']['input']>;
  maxTermMonths: Scalars['Int']['input'];
  minAmount: Scalars['Money']['input'];
  minRate?: InputMaybe<Scalars['Rate']['input']>;
  minSpreadBps?: InputMaybe<Scalars['Int']['input']>;
  minTermMonths: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  promisedResponseDays?: InputMaybe<Scalars['Int']['input']>;
  rateKind: RateKind;
  /** 挂钩的风险补偿资金池(本行须为合作银行) / Risk pool it draws on; the bank must be a partner */
  riskPoolId?: InputMaybe<Scalars['ID']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateRiskPoolInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  establishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: PoolKind;
  leverageCap: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  /** 合作银行 / Partner banks */
  partnerBankIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  perFirmCap: Scalars['Money']['input'];
  poolShare: Scalars['Rate']['input'];
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  stopRatio: Scalars['Rate']['input'];
  warningRatio: Scalars['Rate']['input'];
};

/** 对一项条件的判断 / The verdict on one criterion */
export type CriterionVerdict = {
  __typename?: 'CriterionVerdict';
  /** 机器可读代码,如 QUALIFICATION_EXPIRED;通过时为 <条件>_OK / Machine-readable code, e.g. QUALIFICATION_EXPIRED; <CRITERION>_OK when passed */
  code: Scalars['String']['output'];
  criterion: MatchCriterion;
  /** 说明(英文) / The reason, in English */
  messageEn: Scalars['String']['output'];
  /** 说明(中文) / The reason, in Chinese */
  messageZh: Scalars['String']['output'];
  passed: Scalars['Boolean']['output'];
  /** 条件所指对象,如资质类别 / What the criterion is about, e.g. the qualification kind */
  subject?: Maybe<Scalars['String']['output']>;
};

/** 准入条件,空列表表示不限 / Eligibility criteria; an empty list means any */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** 适用产业链 / Industrial chains served */
  chains: Array<IndustrialChain>;
  /** 是否须拥有知识产权 / Whether the firm must own IP */
  ipRequired: Scalars['Boolean']['output'];
  /** 最低上年营业收入(元) / Minimum revenue in the last year (yuan) */
  minAnnualRevenue?: Maybe<Scalars['Money']['output']>;
  /** 最低纳税信用等级 / Minimum tax credit grade */
  minTaxGrade?: Maybe<TaxCreditGrade>;
  /** 最低经营年限 / Minimum years in operation */
  minYearsOperating?: Maybe<Scalars['Int']['output']>;
  /** 须持有的有效资质(全部) / Qualifications the firm must hold, valid, all of them */
  requiredQualifications: Array<QualificationKind>;
  /** 适用企业规模 / Size classes served */
  sizeClasses: Array<SizeClass>;
};

/** 准入条件 / Eligibility criteria */
export type EligibilityInput = {
  /** 适用产业链 / Industrial chains served */
  chains?: Array<IndustrialChain>;
  /** 是否须拥有知识产权 / Whether the firm must own IP */
  ipRequired?: Scalars['Boolean']['input'];
  /** 最低上年营业收入(元) / Minimum revenue in the last year (yuan) */
  minAnnualRevenue?: InputMaybe<Scalars['Money']['input']>;
  /** 最低纳税信用等级 / Minimum tax credit grade */
  minTaxGrade?: InputMaybe<TaxCreditGrade>;
  /** 最低经营年限 / Minimum years in operation */
  minYearsOperating?: InputMaybe<Scalars['Int']['input']>;
  /** 须持有的有效资质(全部) / Qualifications the firm must hold, valid, all of them */
  requiredQualifications?: Array<QualificationKind>;
  /** 适用企业规模 / Size classes served */
  sizeClasses?: Array<SizeClass>;
};

export type EnrolLoanInput = {
  /** 入池日期,默认今天 / Enrolment date, default today */
  enrolledOn?: InputMaybe<Scalars['LocalDate']['input']>;
  idempotencyKey: Scalars['String']['input'];
  loanId: Scalars['ID']['input'];
};

export type FileClaimInput = {
  filedOn: Scalars['LocalDate']['input'];
  idempotencyKey: Scalars['String']['input'];
  loanId: Scalars['ID']['input'];
};

/** 园区企业 / A firm in the park */
export type Firm = {
  __typename?: 'Firm';
  /** 上年营业收入(元) / Revenue in the last full year (yuan) */
  annualRevenue: Scalars['Money']['output'];
  chain: IndustrialChain;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 统一社会信用代码(18位,GB 32100-2015) / Unified social credit code (18 characters) */
  creditCode: Scalars['String']['output'];
  /** 从业人数 / Employees */
  employees: Scalars['Int']['output'];
  /** 成立日期 / Date founded */
  foundedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** 知识产权 / IP assets */
  ipAssets: Array<IpAsset>;
  /** 是否为虚构的示例企业 / Whether this firm is invented sample data */
  isFictional: Scalars['Boolean']['output'];
  /** 知识价值信用评价等级 / Knowledge-value credit grade */
  knowledgeValueGrade?: Maybe<KnowledgeValueGrade>;
  /** 知识价值信用评价得分(0-100) / Knowledge-value credit score (0-100) */
  knowledgeValueScore?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 资质(含已过期) / Qualifications, expired ones included */
  qualifications: Array<FirmQualification>;
  /** 上年研发投入(元) / R&D spend in the last full year (yuan) */
  rdSpend: Scalars['Money']['output'];
  sizeClass: SizeClass;
  /** 数据来源说明 / Where this row comes from */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** 纳税信用等级 / Tax credit grade */
  taxCreditGrade: TaxCreditGrade;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type FirmConnection = {
  __typename?: 'FirmConnection';
  edges: Array<FirmEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type FirmEdge = {
  __typename?: 'FirmEdge';
  cursor: Scalars['String']['output'];
  node: Firm;
};

export type FirmFilter = {
  chain?: InputMaybe<IndustrialChain>;
  /** 今天仍有效的资质 / Holds this qualification, valid today */
  qualification?: InputMaybe<QualificationKind>;
  /** 名称包含,或信用代码等于 / Name contains, or credit code equals */
  search?: InputMaybe<Scalars['String']['input']>;
  sizeClass?: InputMaybe<SizeClass>;
};

/** 企业所欠缺的一项条件及其影响 / One thing the firm lacks, and the products it keeps closed */
export type FirmLack = {
  __typename?: 'FirmLack';
  code: Scalars['String']['output'];
  criterion: MatchCriterion;
  /** 最接近的产品给出的说明(英文) / The reason as the nearest product gives it, in English */
  messageEn: Scalars['String']['output'];
  /** 最接近的产品给出的说明(中文) / The reason as the nearest product gives it, in Chinese */
  messageZh: Scalars['String']['output'];
  /** 仅差此一项的产品数:补上即可申请 / Products where this is the only thing lacking: fixing it opens them */
  onlyLack: Scalars['Int']['output'];
  /** 因此不符合的产品数 / Products the firm fails on this */
  products: Scalars['Int']['output'];
  /** 如资质类别 / e.g. the qualification kind */
  subject?: Maybe<Scalars['String']['output']>;
};

/** 一家企业对某产品的匹配结果 / How one firm fits a product */
export type FirmMatch = {
  __typename?: 'FirmMatch';
  /** 逐项条件判断 / The verdict on each criterion */
  criteria: Array<CriterionVerdict>;
  /** 是否符合全部条件 / Whether every criterion is met */
  eligible: Scalars['Boolean']['output'];
  /** 未满足的条件(所欠缺的) / The criteria not met: what is lacking */
  failed: Array<CriterionVerdict>;
  /** 未满足的条件数 / How many criteria are not met */
  failedCount: Scalars['Int']['output'];
  firm: Firm;
  /** 各项额度上限,最小者起决定作用 / Each limit on the amount; the smallest binds */
  limits: Array<BorrowingLimit>;
  /** 此产品下该企业当前最多可贷金额(不符合时为空) / The most the firm can borrow under the product now (null when not eligible) */
  maxBorrowable?: Maybe<Scalars['Money']['output']>;
  /** 在所在列表中的名次(从1起) / Position in its list, from 1 */
  rank: Scalars['Int']['output'];
  /** 企业排序得分0–1000,见 docs/matching.md / The firm's ranking score 0-1000; see docs/matching.md */
  score: Scalars['Int']['output'];
};

export type FirmMatchConnection = {
  __typename?: 'FirmMatchConnection';
  edges: Array<FirmMatchEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type FirmMatchEdge = {
  __typename?: 'FirmMatchEdge';
  cursor: Scalars['String']['output'];
  node: FirmMatch;
};

/** 适合某产品的企业 / The firms that fit one product */
export type FirmMatchReport = {
  __typename?: 'FirmMatchReport';
  /** 判断所依据的日期(北京时间今天) / The date judged on: today in China */
  asOf: Scalars['LocalDate']['output'];
  /** 符合产品全部企业条件的企业,按得分从高到低 / Firms meeting every firm-level criterion, highest score first */
  firms: FirmMatchConnection;
  /** 仅差一项条件的企业,按得分从高到低 / Firms failing exactly one firm-level criterion, highest score first */
  nearMisses: FirmMatchConnection;
  /** 产品今天是否可以放款(产品层面的条件全部满足) / Whether the product can lend today: every product-level criterion is met */
  open: Scalars['Boolean']['output'];
  product: LoanProduct;
  /** 产品层面的条件(对所有企业相同):发布状态、有效期、资金池额度 / The product-level criteria, the same for every firm: status, validity, pool headroom */
  productCriteria: Array<CriterionVerdict>;
};


/** 适合某产品的企业 / The firms that fit one product */
export type FirmMatchReportFirmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 适合某产品的企业 / The firms that fit one product */
export type FirmMatchReportNearMissesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 企业资质及其有效期 / A qualification a firm holds, with its validity dates */
export type FirmQualification = {
  __typename?: 'FirmQualification';
  /** 证书编号 / Certificate number */
  certificateNo?: Maybe<Scalars['String']['output']>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  firm: Firm;
  id: Scalars['ID']['output'];
  kind: QualificationKind;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 生效日期 / Valid from */
  validFrom: Scalars['LocalDate']['output'];
  /** 今天(北京时间)是否有效 / Whether it is valid today (China time) */
  validToday: Scalars['Boolean']['output'];
  /** 有效期至(含当日) / Valid until, inclusive */
  validUntil: Scalars['LocalDate']['output'];
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

/** 企业知识产权 / An IP asset a firm owns */
export type IpAsset = {
  __typename?: 'IpAsset';
  /** 年费是否已按期缴纳 / Whether the annual fees are paid up */
  annualFeePaid: Scalars['Boolean']['output'];
  /** 评估基准日 / Appraisal date */
  appraisedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 评估价值(元) / Appraised value (yuan) */
  appraisedValue?: Maybe<Scalars['Money']['output']>;
  /** 评估机构 / Appraiser */
  appraiser?: Maybe<Scalars['String']['output']>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 权利到期日 / Date the right expires */
  expiresOn: Scalars['LocalDate']['output'];
  firm: Firm;
  id: Scalars['ID']['output'];
  kind: IpKind;
  /** 专利号、注册号或登记号 / Patent, registration or certificate number */
  number: Scalars['String']['output'];
  /** 是否已质押 / Whether it is pledged */
  pledged: Scalars['Boolean']['output'];
  /** 名称 / Title */
  title: Scalars['String']['output'];
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type IpAssetConnection = {
  __typename?: 'IpAssetConnection';
  edges: Array<IpAssetEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type IpAssetEdge = {
  __typename?: 'IpAssetEdge';
  cursor: Scalars['String']['output'];
  node: IpAsset;
};

export type IpAssetFilter = {
  firmId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<IpKind>;
  pledged?: InputMaybe<Scalars['Boolean']['input']>;
};

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

/** 资金池台账科目 / Kind of pool ledger entry */
export type LedgerKind =
  /** 代偿支出(-) / Compensation paid to a bank (-) */
  | 'COMPENSATION'
  /** 财政入池资金(+) / Money paid into the pool (+) */
  | 'CONTRIBUTION'
  /** 费用支出(-) / Fees (-) */
  | 'FEE'
  /** 利息收入(+) / Interest earned (+) */
  | 'INTEREST'
  /** 追偿返还(+) / Recovery returned to the pool (+) */
  | 'RECOVERY'
  /** 资金退出(-) / Money taken out of the pool (-) */
  | 'WITHDRAWAL';

/** 已发放贷款 / A disbursed loan */
export type Loan = {
  __typename?: 'Loan';
  /** 执行年利率 / Annual rate */
  annualRate: Scalars['Rate']['output'];
  bank: Bank;
  /** 代偿申请 / Its compensation claim, if any */
  claim?: Maybe<CompensationClaim>;
  /** 结清或核销日 / Repaid or written off on */
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 借款合同编号 / Loan contract number */
  contractNo: Scalars['String']['output'];
  /** 入池情况 / Its pool cover, if enrolled */
  coverage?: Maybe<PoolCoverage>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 违约日 / Defaulted on */
  defaultedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 放款日 / Disbursed on */
  disbursedOn: Scalars['LocalDate']['output'];
  firm: Firm;
  id: Scalars['ID']['output'];
  /** 已付利息(元) / Interest paid (yuan) */
  interestPaid: Scalars['Money']['output'];
  /** 到期日 / Matures on */
  maturesOn: Scalars['LocalDate']['output'];
  /** 未偿本金(元) / Outstanding principal (yuan) */
  outstandingPrincipal: Scalars['Money']['output'];
  /** 发放本金(元) / Principal disbursed (yuan) */
  principal: Scalars['Money']['output'];
  product: LoanProduct;
  repayments: Array<Repayment>;
  sourceNote?: Maybe<Scalars['String']['output']>;
  status: LoanStatus;
  /** 最近一次状态变更说明 / Note on the last status change */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** 期限(月) / Term in months */
  termMonths: Scalars['Int']['output'];
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type LoanConnection = {
  __typename?: 'LoanConnection';
  edges: Array<LoanEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type LoanEdge = {
  __typename?: 'LoanEdge';
  cursor: Scalars['String']['output'];
  node: Loan;
};

export type LoanFilter = {
  bankId?: InputMaybe<Scalars['ID']['input']>;
  disbursedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  disbursedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** 入池于该资金池 / Covered by this pool */
  poolId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<LoanStatus>>;
};

/** 银行信贷产品 / A bank credit product */
export type LoanProduct = {
  __typename?: 'LoanProduct';
  bank: Bank;
  /** 经办支行 / Handling branch */
  branch?: Maybe<BankBranch>;
  category: ProductCategory;
  /** 接受的担保方式,NONE为纯信用 / Forms of security accepted; NONE means unsecured */
  collateralKinds: Array<CollateralKind>;
  /** 担保要求说明 / Security requirements in words */
  collateralNote?: Maybe<Scalars['String']['output']>;
  /** 联系人 / Contact officers */
  contacts: Array<BankOfficer>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 产品说明 / Description */
  description?: Maybe<Scalars['String']['output']>;
  eligibility: Eligibility;
  id: Scalars['ID']['output'];
  /** 质押率(知识产权质押时) / Loan-to-value for IP pledges */
  loanToValue?: Maybe<Scalars['Rate']['output']>;
  /** 参考LPR品种(LPR加点时) / LPR tenor, when quoted over LPR */
  lprTenor?: Maybe<LprTenor>;
  /** 最高贷款金额(元) / Largest loan (yuan) */
  maxAmount: Scalars['Money']['output'];
  /** 最高年利率(固定利率时) / Highest annual rate, when fixed */
  maxRate?: Maybe<Scalars['Rate']['output']>;
  /** 最高加点(基点) / Highest spread over LPR in basis points */
  maxSpreadBps?: Maybe<Scalars['Int']['output']>;
  /** 最长期限(月) / Longest term (months) */
  maxTermMonths: Scalars['Int']['output'];
  /** 最低贷款金额(元) / Smallest loan (yuan) */
  minAmount: Scalars['Money']['output'];
  /** 最低年利率(固定利率时) / Lowest annual rate, when fixed */
  minRate?: Maybe<Scalars['Rate']['output']>;
  /** 最低加点(基点,可为负) / Lowest spread over LPR in basis points (may be negative) */
  minSpreadBps?: Maybe<Scalars['Int']['output']>;
  /** 最短期限(月) / Shortest term (months) */
  minTermMonths: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 承诺答复天数 / Days within which the bank promises to answer */
  promisedResponseDays: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  rateKind: RateKind;
  /** 挂钩的风险补偿资金池 / The risk pool it draws on */
  riskPool?: Maybe<RiskPool>;
  /** 数据来源说明 / Where this row comes from */
  sourceNote?: Maybe<Scalars['String']['output']>;
  status: ProductStatus;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 有效期起 / Offered from */
  validFrom?: Maybe<Scalars['LocalDate']['output']>;
  /** 有效期止(含) / Offered until, inclusive */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** 下架原因 / Why it was withdrawn */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  withdrawnAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type LoanProductConnection = {
  __typename?: 'LoanProductConnection';
  edges: Array<LoanProductEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type LoanProductEdge = {
  __typename?: 'LoanProductEdge';
  cursor: Scalars['String']['output'];
  node: LoanProduct;
};

/** 贷款状态 / Loan status */
export type LoanStatus =
  /** 正常 / Performing */
  | 'ACTIVE'
  /** 已获资金池代偿 / Compensated by the pool */
  | 'COMPENSATED'
  /** 已违约(不良) / Defaulted */
  | 'DEFAULTED'
  /** 逾期 / Overdue */
  | 'OVERDUE'
  /** 已结清 / Repaid in full */
  | 'REPAID'
  /** 已核销 / Written off */
  | 'WRITTEN_OFF';

export type LoanStatusChangeInput = {
  loanId: Scalars['ID']['input'];
  /** 说明 / Note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 发生日期 / When it happened */
  on: Scalars['LocalDate']['input'];
};

/** 贷款市场报价利率(LPR) / A published loan prime rate */
export type LprRate = {
  __typename?: 'LprRate';
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 生效日 / Effective from */
  effectiveOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  rate: Scalars['Rate']['output'];
  tenor: LprTenor;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** LPR期限品种 / LPR tenor */
export type LprTenor =
  /** 5年期以上LPR / 5-year-and-above LPR */
  | 'FIVE_YEAR'
  /** 1年期LPR / 1-year LPR */
  | 'ONE_YEAR';

/** 可直接登记的台账科目(代偿与追偿经由代偿申请登记) / Ledger kinds recorded directly; compensation and recovery go through claims */
export type ManualLedgerKind =
  | 'CONTRIBUTION'
  | 'FEE'
  | 'INTEREST'
  | 'WITHDRAWAL';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** 登记企业资质 / Record a qualification of a firm */
  addFirmQualification: FirmQualification;
  /** 审核通过代偿申请 / Approve a claim */
  approveClaim: CompensationClaim;
  /** 新增银行 / Add a bank */
  createBank: Bank;
  /** 新增支行 / Add a branch to a bank */
  createBankBranch: BankBranch;
  /** 新增银行人员 / Add a bank officer */
  createBankOfficer: BankOfficer;
  /** 登记企业 / Register a firm */
  createFirm: Firm;
  /** 登记知识产权 / Record an IP asset of a firm */
  createIpAsset: IpAsset;
  /** 新建产品(草稿) / Create a product, as a draft */
  createProduct: LoanProduct;
  /** 设立资金池 / Set up a risk pool */
  createRiskPool: RiskPool;
  /** 认定违约 / Declare a loan defaulted */
  declareLoanDefault: Loan;
  /** 贷款入池(纳入其产品挂钩的资金池) / Enrol a loan in the pool its product draws on */
  enrolLoan: PoolCoverage;
  /** 银行就违约的在保贷款申请代偿 / A bank claims on a defaulted covered loan */
  fileClaim: CompensationClaim;
  /** 逾期已纠正,恢复正常 / An overdue loan is current again */
  markLoanCurrent: Loan;
  /** 标记逾期 / Mark a loan overdue */
  markLoanOverdue: Loan;
  /** 从资金池拨付代偿 / Pay a claim from the pool */
  payClaim: CompensationClaim;
  /** 发布产品到目录 / Publish a product to the catalogue */
  publishProduct: LoanProduct;
  /** 银行登记已发放贷款 / A bank records a loan it disbursed */
  recordLoan: Loan;
  /** 登记入池、利息、费用或资金退出 / Record a contribution, interest, fee or withdrawal */
  recordPoolEntry: PoolLedgerEntry;
  /** 登记代偿后追回的款项,按比例返还资金池 / Record a recovery; the pool gets back its share */
  recordRecovery: CompensationClaim;
  /** 登记还款 / Record a repayment */
  recordRepayment: Repayment;
  /** 驳回代偿申请 / Reject a claim */
  rejectClaim: CompensationClaim;
  /** 删除录错的资质记录,返回企业 / Remove a qualification recorded in error; returns the firm */
  removeFirmQualification: Firm;
  /** 冲正一笔分录(登记反向分录) / Reverse an entry by recording its opposite */
  reversePoolEntry: PoolLedgerEntry;
  /** 修改银行信息 / Change a bank */
  updateBank: Bank;
  /** 修改支行信息 / Change a branch */
  updateBankBranch: BankBranch;
  /** 修改银行人员信息 / Change a bank officer */
  updateBankOfficer: BankOfficer;
  /** 修改企业信息(信用代码不可改) / Change a firm (its credit code cannot change) */
  updateFirm: Firm;
  /** 修改企业资质 / Change a qualification record */
  updateFirmQualification: FirmQualification;
  /** 修改知识产权信息 / Change an IP asset */
  updateIpAsset: IpAsset;
  /** 修改产品 / Change a product */
  updateProduct: LoanProduct;
  /** 修改资金池参数或状态 / Change a pool's parameters or status */
  updateRiskPool: RiskPool;
  /** 下架产品 / Withdraw a product from the catalogue */
  withdrawProduct: LoanProduct;
  /** 核销 / Write a loan off */
  writeOffLoan: Loan;
};


export type MutationAddFirmQualificationArgs = {
  firmId: Scalars['ID']['input'];
  input: QualificationInput;
};


export type MutationApproveClaimArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBankArgs = {
  input: CreateBankInput;
};


export type MutationCreateBankBranchArgs = {
  input: CreateBankBranchInput;
};


export type MutationCreateBankOfficerArgs = {
  input: CreateBankOfficerInput;
};


export type MutationCreateFirmArgs = {
  input: CreateFirmInput;
};


export type MutationCreateIpAssetArgs = {
  input: CreateIpAssetInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateRiskPoolArgs = {
  input: CreateRiskPoolInput;
};


export type MutationDeclareLoanDefaultArgs = {
  input: LoanStatusChangeInput;
};


export type MutationEnrolLoanArgs = {
  input: EnrolLoanInput;
};


export type MutationFileClaimArgs = {
  input: FileClaimInput;
};


export type MutationMarkLoanCurrentArgs = {
  input: LoanStatusChangeInput;
};


export type MutationMarkLoanOverdueArgs = {
  input: LoanStatusChangeInput;
};


export type MutationPayClaimArgs = {
  input: PayClaimInput;
};


export type MutationPublishProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordLoanArgs = {
  input: RecordLoanInput;
};


export type MutationRecordPoolEntryArgs = {
  input: RecordPoolEntryInput;
};


export type MutationRecordRecoveryArgs = {
  input: RecordRecoveryInput;
};


export type MutationRecordRepaymentArgs = {
  input: RecordRepaymentInput;
};


export type MutationRejectClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveFirmQualificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReversePoolEntryArgs = {
  input: ReversePoolEntryInput;
};


export type MutationUpdateBankArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBankInput;
};


export type MutationUpdateBankBranchArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBankBranchInput;
};


export type MutationUpdateBankOfficerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBankOfficerInput;
};


export type MutationUpdateFirmArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFirmInput;
};


export type MutationUpdateFirmQualificationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateQualificationInput;
};


export type MutationUpdateIpAssetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIpAssetInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateRiskPoolArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRiskPoolInput;
};


export type MutationWithdrawProductArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWriteOffLoanArgs = {
  input: LoanStatusChangeInput;
};

/** 银行人员职务 / A bank officer's title */
export type OfficerTitle =
  /** 客户经理 / Account manager */
  | 'ACCOUNT_MANAGER'
  /** 行长 / Branch president */
  | 'BRANCH_PRESIDENT'
  /** 副行长 / Vice president */
  | 'VICE_PRESIDENT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PayClaimInput = {
  claimId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  paidOn: Scalars['LocalDate']['input'];
  recordedBy: Scalars['String']['input'];
  voucherRef: Scalars['String']['input'];
};

/** 贷款入池(风险补偿覆盖) / A loan covered by a pool */
export type PoolCoverage = {
  __typename?: 'PoolCoverage';
  /** 入池本金 / Principal covered at enrolment */
  coveredPrincipal: Scalars['Money']['output'];
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  enrolledOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  loan: Loan;
  pool: RiskPool;
  /** 入池时锁定的资金池分担比例 / The pool's loss share, frozen at enrolment */
  poolShare: Scalars['Rate']['output'];
  releasedOn?: Maybe<Scalars['LocalDate']['output']>;
  status: CoverageStatus;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 风险补偿资金池类型 / Kind of risk pool */
export type PoolKind =
  /** 知识产权质押融资风险补偿资金池 / IP-pledge loan risk pool */
  | 'IP_PLEDGE'
  /** 知识价值信用贷资金池 / Knowledge Value Credit Loan pool */
  | 'KNOWLEDGE_VALUE'
  /** 科技担保贷资金池 / Tech Guarantee Loan pool */
  | 'TECH_GUARANTEE';

/** 资金池台账分录(只增不改) / A pool ledger entry (append-only) */
export type PoolLedgerEntry = {
  __typename?: 'PoolLedgerEntry';
  /** 金额(正数) / Amount (positive) */
  amount: Scalars['Money']['output'];
  claim?: Maybe<CompensationClaim>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 记账日期 / Date of the entry */
  entryDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: LedgerKind;
  loan?: Maybe<Loan>;
  memo?: Maybe<Scalars['String']['output']>;
  pool: RiskPool;
  /** 记录人 / Who recorded it */
  recordedBy: Scalars['String']['output'];
  /** 被本分录冲正的分录 / The entry this one reverses */
  reverses?: Maybe<PoolLedgerEntry>;
  /** 对余额的影响(带符号) / Effect on the balance, signed */
  signedAmount: Scalars['Money']['output'];
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 凭证号 / Voucher reference */
  voucherRef: Scalars['String']['output'];
};

export type PoolLedgerEntryConnection = {
  __typename?: 'PoolLedgerEntryConnection';
  edges: Array<PoolLedgerEntryEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type PoolLedgerEntryEdge = {
  __typename?: 'PoolLedgerEntryEdge';
  cursor: Scalars['String']['output'];
  node: PoolLedgerEntry;
};

/** 资金池状态 / Pool status */
export type PoolStatus =
  /** 运行中 / Active: takes new loans */
  | 'ACTIVE'
  /** 已关闭 / Closed */
  | 'CLOSED'
  /** 暂停新增 / Suspended: no new loans, existing cover stands */
  | 'SUSPENDED';

/** 资金池某年度放款情况 / A pool's lending in one calendar year */
export type PoolYearFigures = {
  __typename?: 'PoolYearFigures';
  /** 放款金额 / Principal lent */
  amount: Scalars['Money']['output'];
  /** 涉及企业数 / Firms they went to */
  firms: Scalars['Int']['output'];
  /** 当年发放并入池的贷款笔数 / Covered loans disbursed that year */
  loans: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

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

export type ProductFilter = {
  /** 金额在产品额度范围内 / The amount lies within the product's range */
  amount?: InputMaybe<Scalars['Money']['input']>;
  bankId?: InputMaybe<Scalars['ID']['input']>;
  categories?: InputMaybe<Array<ProductCategory>>;
  /** 面向该产业链(或不限) / Open to this chain (or to any) */
  chain?: InputMaybe<IndustrialChain>;
  /** 名称包含 / Name contains */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 面向该规模(或不限) / Open to this size class (or to any) */
  sizeClass?: InputMaybe<SizeClass>;
  /** 默认只列已发布产品 / Defaults to published products only */
  statuses?: InputMaybe<Array<ProductStatus>>;
  /** 期限在产品期限范围内 / The term lies within the product's range */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** 一个产品对一家企业的匹配结果 / How one product fits one firm */
export type ProductMatch = {
  __typename?: 'ProductMatch';
  /** 逐项条件判断 / The verdict on each criterion */
  criteria: Array<CriterionVerdict>;
  /** 是否符合全部条件 / Whether every criterion is met */
  eligible: Scalars['Boolean']['output'];
  /** 未满足的条件(所欠缺的) / The criteria not met: what is lacking */
  failed: Array<CriterionVerdict>;
  /** 未满足的条件数 / How many criteria are not met */
  failedCount: Scalars['Int']['output'];
  /** 各项额度上限,最小者起决定作用 / Each limit on the amount; the smallest binds */
  limits: Array<BorrowingLimit>;
  /** 今日最低年利率(LPR产品按现行LPR加最低加点) / Lowest annual rate today (LPR products: the LPR in force plus the lowest spread) */
  lowestRate?: Maybe<Scalars['Rate']['output']>;
  /** 此产品下该企业当前最多可贷金额(不符合时为空) / The most the firm can borrow under the product now (null when not eligible) */
  maxBorrowable?: Maybe<Scalars['Money']['output']>;
  product: LoanProduct;
  /** 在所在列表中的名次(从1起) / Position in its list, from 1 */
  rank: Scalars['Int']['output'];
  /** 排序得分0–1000(仅符合条件的产品) / Ranking score 0-1000, for eligible products only */
  score?: Maybe<Scalars['Int']['output']>;
  /** 得分构成(仅符合条件的产品) / The score part by part, for eligible products only */
  scoreParts?: Maybe<ProductScoreParts>;
};

export type ProductMatchConnection = {
  __typename?: 'ProductMatchConnection';
  edges: Array<ProductMatchEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type ProductMatchEdge = {
  __typename?: 'ProductMatchEdge';
  cursor: Scalars['String']['output'];
  node: ProductMatch;
};

/** 在售产品与一家企业的匹配 / How every product on offer fits one firm */
export type ProductMatchReport = {
  __typename?: 'ProductMatchReport';
  /** 申请金额 / The amount asked about */
  amount?: Maybe<Scalars['Money']['output']>;
  /** 判断所依据的日期(北京时间今天) / The date judged on: today in China */
  asOf: Scalars['LocalDate']['output'];
  /** 企业可提供的担保 / The security the firm can offer */
  collateral?: Maybe<Array<CollateralKind>>;
  /** 符合条件的产品,按得分从高到低 / The products the firm qualifies for, highest score first */
  eligible: ProductMatchConnection;
  /** 符合条件的产品数 / Products the firm qualifies for */
  eligibleCount: Scalars['Int']['output'];
  firm: Firm;
  /** 不符合条件的产品,差得最少的在前 / The products it does not qualify for, nearest first */
  ineligible: ProductMatchConnection;
  /** 企业所欠缺的条件,按补上后可申请的产品数排序 / What the firm lacks, the items that would open most products first */
  lacks: Array<FirmLack>;
  /** 参与匹配的产品数(已发布且在有效期内) / Products judged: published and offered today */
  productCount: Scalars['Int']['output'];
  /** 申请期限(月) / The term asked about, in months */
  termMonths?: Maybe<Scalars['Int']['output']>;
};


/** 在售产品与一家企业的匹配 / How every product on offer fits one firm */
export type ProductMatchReportEligibleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 在售产品与一家企业的匹配 / How every product on offer fits one firm */
export type ProductMatchReportIneligibleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 产品排序得分(0–1000)的构成,见 docs/matching.md / The ranking score (0-1000) part by part; see docs/matching.md */
export type ProductScoreParts = {
  __typename?: 'ProductScoreParts';
  /** 利率(0–400):最低年利率3%及以下得400,8%及以上得0 / Cost (0-400): 400 at a lowest rate of 3 % or less, 0 at 8 % or more */
  cost: Scalars['Int']['output'];
  /** 额度(0–300) / Reach (0-300): how much of the need it covers */
  reach: Scalars['Int']['output'];
  /** 担保(0–200):纯信用200,担保为企业已有的100 / Security (0-200): 200 unsecured, 100 when the firm has the security */
  security: Scalars['Int']['output'];
  /** 时效(0–100):承诺1天答复得100,每多1天减5 / Speed (0-100): 100 for a 1-day answer, 5 less per extra day */
  speed: Scalars['Int']['output'];
  /** 合计 / Total */
  total: Scalars['Int']['output'];
};

/** 产品状态 / Product status */
export type ProductStatus =
  /** 草稿,仅本行可见 / Draft, seen only by its bank */
  | 'DRAFT'
  /** 已发布,公开可查 / Published in the catalogue */
  | 'PUBLISHED'
  /** 已下架 / Withdrawn from the catalogue */
  | 'WITHDRAWN';

export type QualificationInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  kind: QualificationKind;
  validFrom: Scalars['LocalDate']['input'];
  validUntil: Scalars['LocalDate']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** 按ID查银行 / One bank by id */
  bank: Bank;
  /** 按ID查支行 / One branch by id */
  bankBranch: BankBranch;
  /** 按ID查银行人员 / One bank officer by id */
  bankOfficer: BankOfficer;
  /** 银行列表 / Banks, filtered and paginated */
  banks: BankConnection;
  /** 按ID查代偿申请 / One compensation claim by id */
  compensationClaim: CompensationClaim;
  /** 代偿申请列表 / Compensation claims */
  compensationClaims: CompensationClaimConnection;
  /** 按ID查企业 / One firm by id */
  firm: Firm;
  /** 按统一社会信用代码查企业 / One firm by its unified social credit code */
  firmByCreditCode: Firm;
  /** 企业列表 / Firms, filtered and paginated */
  firms: FirmConnection;
  /** 按ID查知识产权 / One IP asset by id */
  ipAsset: IpAsset;
  /** 知识产权列表 / IP assets, filtered and paginated */
  ipAssets: IpAssetConnection;
  /** 按ID查贷款 / One loan by id */
  loan: Loan;
  /** 贷款列表 / Loans, filtered and paginated */
  loans: LoanConnection;
  /** 已公布的LPR(新的在前) / Published loan prime rates, newest first */
  lprRates: Array<LprRate>;
  /** 适合某产品的企业(供产品所属银行使用) / The firms that fit one product, for the bank that owns it */
  matchFirms: FirmMatchReport;
  /** 企业与全部在售产品的匹配:逐项条件、可贷额度、排序,以及所欠缺的 / Every product on offer judged for one firm: criterion by criterion, how much it could borrow, ranked, and what it lacks */
  matchProducts: ProductMatchReport;
  /** 按ID查信贷产品 / One loan product by id */
  product: LoanProduct;
  /** 信贷产品目录(默认仅已发布) / The product catalogue (published products unless asked otherwise) */
  products: LoanProductConnection;
  /** 按ID查资金池 / One risk pool by id */
  riskPool: RiskPool;
  /** 资金池列表 / Risk pools */
  riskPools: RiskPoolConnection;
};


export type QueryBankArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBankBranchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBankOfficerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBanksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BankFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompensationClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompensationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFirmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFirmByCreditCodeArgs = {
  creditCode: Scalars['String']['input'];
};


export type QueryFirmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FirmFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIpAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIpAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IpAssetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLoanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LoanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLprRatesArgs = {
  tenor: LprTenor;
};


export type QueryMatchFirmsArgs = {
  productId: Scalars['ID']['input'];
};


export type QueryMatchProductsArgs = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  collateral?: InputMaybe<Array<CollateralKind>>;
  firmId: Scalars['ID']['input'];
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRiskPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskPoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 利率定价方式 / How the rate is quoted */
export type RateKind =
  /** 固定年利率区间 / A fixed annual rate range */
  | 'FIXED'
  /** LPR加减点 / Loan prime rate plus a spread in basis points */
  | 'LPR_SPREAD';

export type RecordLoanInput = {
  annualRate: Scalars['Rate']['input'];
  /** 借款合同编号 / Loan contract number */
  contractNo: Scalars['String']['input'];
  disbursedOn: Scalars['LocalDate']['input'];
  firmId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  principal: Scalars['Money']['input'];
  productId: Scalars['ID']['input'];
  termMonths: Scalars['Int']['input'];
};

export type RecordPoolEntryInput = {
  amount: Scalars['Money']['input'];
  entryDate: Scalars['LocalDate']['input'];
  /** 幂等键:重复提交只记一次 / Idempotency key: a repeat is recorded once */
  idempotencyKey: Scalars['String']['input'];
  kind: ManualLedgerKind;
  memo?: InputMaybe<Scalars['String']['input']>;
  poolId: Scalars['ID']['input'];
  /** 记录人 / Who records it */
  recordedBy: Scalars['String']['input'];
  /** 凭证号 / Voucher reference */
  voucherRef: Scalars['String']['input'];
};

export type RecordRecoveryInput = {
  /** 向借款人追回的本金 / Principal recovered from the borrower */
  amountRecovered: Scalars['Money']['input'];
  claimId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  recordedBy: Scalars['String']['input'];
  recoveredOn: Scalars['LocalDate']['input'];
  voucherRef: Scalars['String']['input'];
};

export type RecordRepaymentInput = {
  idempotencyKey: Scalars['String']['input'];
  interest: Scalars['Money']['input'];
  loanId: Scalars['ID']['input'];
  paidOn: Scalars['LocalDate']['input'];
  principal: Scalars['Money']['input'];
  recordedBy: Scalars['String']['input'];
};

/** 还款 / A repayment */
export type Repayment = {
  __typename?: 'Repayment';
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** 支付利息 / Interest paid */
  interest: Scalars['Money']['output'];
  loan: Loan;
  paidOn: Scalars['LocalDate']['output'];
  /** 归还本金 / Principal repaid */
  principal: Scalars['Money']['output'];
  recordedBy: Scalars['String']['output'];
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ReversePoolEntryInput = {
  entryDate: Scalars['LocalDate']['input'];
  entryId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** 冲正原因 / Why it is reversed */
  reason: Scalars['String']['input'];
  recordedBy: Scalars['String']['input'];
  voucherRef: Scalars['String']['input'];
};

/** 风险补偿资金池 / A government risk pool */
export type RiskPool = {
  __typename?: 'RiskPool';
  /** 不良率 / Bad-loan ratio (non-performing over outstanding, of covered loans) */
  badLoanRatio: Scalars['Rate']['output'];
  /** 不良率是否达到预警线 / Whether the bad-loan ratio has reached the warning line */
  badLoanWarning: Scalars['Boolean']['output'];
  /** 余额 = 台账合计 / Balance: the sum of the ledger */
  balance: Scalars['Money']['output'];
  /** 放大容量 = 余额×放大倍数 / Capacity: balance x leverage cap */
  capacity: Scalars['Money']['output'];
  /** 累计入池资金(净额) / Contributed, net of reversals */
  contributed: Scalars['Money']['output'];
  /** 在保贷款余额 / Outstanding principal of covered loans */
  coveredOutstanding: Scalars['Money']['output'];
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** 设立日期 / Established on */
  establishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 当前服务企业数(有在保余额) / Firms with covered loans outstanding */
  firmsServed: Scalars['Int']['output'];
  /** 剩余额度 = 容量 - 在保余额(负数表示超限) / Headroom: capacity minus covered outstanding (negative when over) */
  headroom: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  kind: PoolKind;
  /** 台账(按记录顺序) / The ledger, in the order it was written */
  ledger: PoolLedgerEntryConnection;
  /** 某年度入池贷款的发放情况 / Covered loans disbursed in a calendar year */
  lentInYear: PoolYearFigures;
  /** 放大倍数:在保贷款余额不得超过余额×倍数 / Leverage cap: covered outstanding may not exceed balance x this */
  leverageCap: Scalars['Decimal']['output'];
  /** 实际放大倍数 = 在保余额/余额(余额为0时为空) / Leverage used: covered outstanding / balance (null at a zero balance) */
  leverageUsed?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  /** 合作银行 / Partner banks */
  partnerBanks: Array<Bank>;
  /** 单户在保贷款上限(元) / Most covered outstanding per firm (yuan) */
  perFirmCap: Scalars['Money']['output'];
  /** 资金池承担本金损失的比例 / The pool's share of a principal loss */
  poolShare: Scalars['Rate']['output'];
  sourceNote?: Maybe<Scalars['String']['output']>;
  status: PoolStatus;
  /** 不良率暂停线:达到即停止新增和代偿 / Bad-loan ratio at which new cover and claims stop */
  stopRatio: Scalars['Rate']['output'];
  /** 不良率是否达到暂停线 / Whether the bad-loan ratio has reached the stop line */
  stopped: Scalars['Boolean']['output'];
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 不良率预警线 / Bad-loan ratio that raises a warning */
  warningRatio: Scalars['Rate']['output'];
};


/** 风险补偿资金池 / A government risk pool */
export type RiskPoolLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LedgerKind>>;
};


/** 风险补偿资金池 / A government risk pool */
export type RiskPoolLentInYearArgs = {
  year: Scalars['Int']['input'];
};

export type RiskPoolConnection = {
  __typename?: 'RiskPoolConnection';
  edges: Array<RiskPoolEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type RiskPoolEdge = {
  __typename?: 'RiskPoolEdge';
  cursor: Scalars['String']['output'];
  node: RiskPool;
};

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

export type UpdateBankBranchInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  isTechBranch?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

/** 只修改给出的字段;可空字段传null即清空 / Only the fields given change; null clears a nullable field */
export type UpdateBankInput = {
  kind?: InputMaybe<BankKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBankOfficerInput = {
  /** 调往同一银行的另一支行 / Move to another branch of the same bank */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<OfficerTitle>;
};

/** 只修改给出的字段 / Only the fields given change */
export type UpdateFirmInput = {
  annualRevenue?: InputMaybe<Scalars['Money']['input']>;
  chain?: InputMaybe<IndustrialChain>;
  employees?: InputMaybe<Scalars['Int']['input']>;
  foundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  isFictional?: InputMaybe<Scalars['Boolean']['input']>;
  knowledgeValueGrade?: InputMaybe<KnowledgeValueGrade>;
  knowledgeValueScore?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  rdSpend?: InputMaybe<Scalars['Money']['input']>;
  sizeClass?: InputMaybe<SizeClass>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  taxCreditGrade?: InputMaybe<TaxCreditGrade>;
};

/** 只修改给出的字段 / Only the fields given change */
export type UpdateIpAssetInput = {
  annualFeePaid?: InputMaybe<Scalars['Boolean']['input']>;
  appraisedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  appraisedValue?: InputMaybe<Scalars['Money']['input']>;
  appraiser?: InputMaybe<Scalars['String']['input']>;
  expiresOn?: InputMaybe<Scalars['LocalDate']['input']>;
  pledged?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 只修改给出的字段;可空字段传null即清空 / Only the fields given change; null clears a nullable field */
export type UpdateProductInput = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<ProductCategory>;
  collateralKinds?: InputMaybe<Array<CollateralKind>>;
  collateralNote?: InputMaybe<Scalars['String']['input']>;
  /** 整体替换联系人 / Replaces the contact list */
  contactOfficerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** 整体替换准入条件 / Replaces the eligibility criteria as a whole */
  eligibility?: InputMaybe<EligibilityInput>;
  loanToValue?: InputMaybe<Scalars['Rate']['input']>;
  lprTenor?: InputMaybe<LprTenor>;
  maxAmount?: InputMaybe<Scalars['Money']['input']>;
  maxRate?: InputMaybe<Scalars['Rate']['input']>;
  maxSpreadBps?: InputMaybe<Scalars['Int']['input']>;
  maxTermMonths?: InputMaybe<Scalars['Int']['input']>;
  minAmount?: InputMaybe<Scalars['Money']['input']>;
  minRate?: InputMaybe<Scalars['Rate']['input']>;
  minSpreadBps?: InputMaybe<Scalars['Int']['input']>;
  minTermMonths?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  promisedResponseDays?: InputMaybe<Scalars['Int']['input']>;
  rateKind?: InputMaybe<RateKind>;
  /** 挂钩的风险补偿资金池(本行须为合作银行) / Risk pool it draws on; the bank must be a partner */
  riskPoolId?: InputMaybe<Scalars['ID']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateQualificationInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 只修改给出的字段;分担比例的修改只影响此后入池的贷款 / Only the fields given change; a new pool share applies to loans enrolled afterwards */
export type UpdateRiskPoolInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  leverageCap?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 整体替换合作银行 / Replaces the partner banks */
  partnerBankIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  perFirmCap?: InputMaybe<Scalars['Money']['input']>;
  poolShare?: InputMaybe<Scalars['Rate']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PoolStatus>;
  stopRatio?: InputMaybe<Scalars['Rate']['input']>;
  warningRatio?: InputMaybe<Scalars['Rate']['input']>;
};
