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
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
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

/** LPR期限品种 / LPR tenor */
export type LprTenor =
  /** 5年期以上LPR / 5-year-and-above LPR */
  | 'FIVE_YEAR'
  /** 1年期LPR / 1-year LPR */
  | 'ONE_YEAR';

export type Mutation = {
  __typename?: 'Mutation';
  /** 登记企业资质 / Record a qualification of a firm */
  addFirmQualification: FirmQualification;
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
  /** 发布产品到目录 / Publish a product to the catalogue */
  publishProduct: LoanProduct;
  /** 删除录错的资质记录,返回企业 / Remove a qualification recorded in error; returns the firm */
  removeFirmQualification: Firm;
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
  /** 下架产品 / Withdraw a product from the catalogue */
  withdrawProduct: LoanProduct;
};


export type MutationAddFirmQualificationArgs = {
  firmId: Scalars['ID']['input'];
  input: QualificationInput;
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


export type MutationPublishProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFirmQualificationArgs = {
  id: Scalars['ID']['input'];
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


export type MutationWithdrawProductArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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
  /** 按ID查信贷产品 / One loan product by id */
  product: LoanProduct;
  /** 信贷产品目录(默认仅已发布) / The product catalogue (published products unless asked otherwise) */
  products: LoanProductConnection;
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


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 利率定价方式 / How the rate is quoted */
export type RateKind =
  /** 固定年利率区间 / A fixed annual rate range */
  | 'FIXED'
  /** LPR加减点 / Loan prime rate plus a spread in basis points */
  | 'LPR_SPREAD';

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
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateQualificationInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};
