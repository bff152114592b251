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
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** 人民币金额(元),字符串,两位小数,如 "23696000.00" / An amount of CNY in yuan, as a string with 2 decimals, e.g. "23696000.00". Never a number. */
  Money: { input: string; output: string; }
  /** 比率,0到1之间的小数字符串,如年利率3.85%为 "0.0385" / A fraction from 0 to 1 as a string, e.g. an annual rate of 3.85 % is "0.0385". */
  Rate: { input: string; output: string; }
};

/** 补登到场的银行和企业(已登记的不重复) / Add banks and firms present (those already listed are kept once) */
export type AddEventParticipantsInput = {
  bankIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  eventId: Scalars['ID']['input'];
  firmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

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

/** API令牌(仅保存散列) / An API token; only its hash is kept */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** 令牌前缀,便于辨认 / The token's first characters, to tell tokens apart */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 审计记录(只增不改) / An audit record (append-only) */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  actorId?: Maybe<Scalars['String']['output']>;
  /** 操作人 / Who did it */
  actorName?: Maybe<Scalars['String']['output']>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 提交的内容(不含密码) / What was submitted, passwords removed */
  input: Scalars['JSON']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  /** 操作(GraphQL变更名) / The operation (mutation name) */
  operation: Scalars['String']['output'];
  role?: Maybe<Role>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditFilter = {
  /** 操作人 / Who changed it */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** 被操作对象 / The object changed */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
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

/** 银行答复时效 / How one bank answers the demands addressed to it */
export type BankResponseStats = {
  __typename?: 'BankResponseStats';
  /** 推送给该行的需求数 / Demands addressed to it */
  addressed: Scalars['Int']['output'];
  /** 已答复(报价或拒绝) / Answered, by offer or decline */
  answered: Scalars['Int']['output'];
  /** 按期答复 / Answered on or before the deadline */
  answeredInTime: Scalars['Int']['output'];
  /** 超期答复 / Answered after the deadline */
  answeredLate: Scalars['Int']['output'];
  /** 待答复(含未到期的) / Still awaiting an answer, due or not */
  awaiting: Scalars['Int']['output'];
  bank: Bank;
  /** 答复用时中位数(自然日,自推送日至答复日) / Median days from addressed to answered (calendar days) */
  medianResponseDays?: Maybe<Scalars['Float']['output']>;
  /** 按期答复占比 = 按期 / (按期 + 超期答复 + 超期未答复);尚无可判定的为空 / Share answered in time: in time / (in time + late + unanswered past due); empty while none can be judged */
  shareInTime?: Maybe<Scalars['Rate']['output']>;
  /** 超期仍未答复(含超期后撤回的) / Not answered, deadline passed (also those withdrawn after it) */
  unansweredPastDue: Scalars['Int']['output'];
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

export type CloseServiceVisitInput = {
  /** 默认今天(中国时间) / Default: today in China */
  closedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 办结情况 / How it was resolved */
  outcome: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
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

export type CreateApiTokenInput = {
  /** 有效天数,默认365 / Days until it expires, default 365 */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};

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

export type CreateMatchmakingEventInput = {
  /** 到场银行 / Banks present */
  bankIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 到场企业 / Firms present */
  firmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  heldOn: Scalars['LocalDate']['input'];
  kind: EventKind;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  organizer?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
};

export type CreatePairingInput = {
  /** 计划结束日,空为长期 / Planned end; empty: open-ended */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  firmId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 银行人员(通常为行长) / The bank officer, usually a branch president */
  officerId: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
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

export type CreateUserInput = {
  /** 银行用户所属银行 / The bank of a BANK user */
  bankId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  /** 企业用户所属企业 / The firm of a FIRM user */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** 至少10位 / At least 10 characters */
  password: Scalars['String']['input'];
  role: Role;
  username: Scalars['String']['input'];
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

/** 答复期限的依据 / What a response deadline is based on */
export type DeadlineBasis =
  /** 未指定产品,默认30天 / No product named: the 30-day default */
  | 'DEFAULT'
  /** 产品承诺的答复天数 / The promised response days of the product named */
  | 'PRODUCT';

export type DeclineDemandAtBankInput = {
  /** 默认今天(中国时间) / Default: today in China */
  answeredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  bankId: Scalars['ID']['input'];
  demandId: Scalars['ID']['input'];
  /** 拒绝原因 / Why the bank declines */
  reason: Scalars['String']['input'];
  /** 是否转推给下一家产品适配的银行,默认是 / Route the demand on to the next bank whose products fit; default true */
  routeToNext?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DeclineDemandInput = {
  demandId: Scalars['ID']['input'];
  /** 默认今天(中国时间) / Default: today in China */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 未获融资的原因 / Why the demand ends without financing */
  reason: Scalars['String']['input'];
};

/** 需求推送的银行及其答复期限 / A bank a demand is addressed to, with its response deadline */
export type DemandAddressee = {
  __typename?: 'DemandAddressee';
  /** 推送给该银行的日期 / Addressed to the bank on */
  addressedOn: Scalars['LocalDate']['output'];
  /** 该行的答复 / The bank's answer */
  answer?: Maybe<Offer>;
  /** 答复日期 / Answered on */
  answeredOn?: Maybe<Scalars['LocalDate']['output']>;
  bank: Bank;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 超期天数:已答复按答复日,撤回按撤回日,待答复按asOf(默认今天);按时为0 / Days past the deadline: to the answer, to the withdrawal, or to asOf (default today) while awaiting; 0 when on time */
  daysLate: Scalars['Int']['output'];
  /** 答复天数的依据 / Where the response days come from */
  deadlineBasis: DeadlineBasis;
  demand: FinancingDemand;
  /** 答复期限(含当日) / Answer due by, inclusive */
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** 是否已超期未答复(按今天) / Whether it is past its deadline with no answer, today */
  overdue: Scalars['Boolean']['output'];
  /** 推送时指定的产品 / The product it was addressed under, if any */
  product?: Maybe<LoanProduct>;
  /** 答复天数(自然日) / Days the bank has to answer (calendar days) */
  responseDays: Scalars['Int']['output'];
  /** 从哪家银行转推而来 / The bank it was routed on from */
  routedFrom?: Maybe<DemandAddressee>;
  /** 转推给了哪家银行 / Where the demand was routed on to from this bank */
  routedTo?: Maybe<DemandAddressee>;
  status: AddresseeStatus;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 撤回日期(需求在他处授信或终止) / Withdrawn on (the demand was granted elsewhere or closed) */
  withdrawnOn?: Maybe<Scalars['LocalDate']['output']>;
};


/** 需求推送的银行及其答复期限 / A bank a demand is addressed to, with its response deadline */
export type DemandAddresseeDaysLateArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type DemandFilter = {
  /** 推送给该银行的需求 / Demands addressed to this bank */
  bankId?: InputMaybe<Scalars['ID']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  sources?: InputMaybe<Array<DemandSource>>;
  statuses?: InputMaybe<Array<DemandStatus>>;
};

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

/** 推送的银行;指定产品则按产品承诺天数计答复期限,否则30天 / A bank to address; with a product the deadline is its promised response days, else 30 days */
export type DemandTargetInput = {
  bankId: Scalars['ID']['input'];
  /** 该行已发布的产品 / A published product of that bank */
  productId?: InputMaybe<Scalars['ID']['input']>;
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

export type EndPairingInput = {
  /** 默认今天(中国时间) / Default: today in China */
  endedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  pairingId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type EnrolLoanInput = {
  /** 入池日期,默认今天 / Enrolment date, default today */
  enrolledOn?: InputMaybe<Scalars['LocalDate']['input']>;
  idempotencyKey: Scalars['String']['input'];
  loanId: Scalars['ID']['input'];
};

export type EventFilter = {
  heldFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  heldTo?: InputMaybe<Scalars['LocalDate']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
};

/** 对接活动类型 / Kind of matchmaking event */
export type EventKind =
  /** 银企对接会 / Bank-firm matchmaking meeting */
  | 'BANK_FIRM_MATCHMAKING'
  /** 金融入园惠企 / "Finance enters the park" event */
  | 'FINANCE_INTO_PARK'
  /** 线上对接 / Online matchmaking */
  | 'ONLINE'
  /** 其他 / Other */
  | 'OTHER'
  /** 信贷产品推介会 / Credit product presentation */
  | 'PRODUCT_PROMOTION';

/** 活动现场签约 / An amount a bank and a firm signed at an event */
export type EventSigning = {
  __typename?: 'EventSigning';
  /** 签约金额(元) / Amount signed (yuan) */
  amount: Scalars['Money']['output'];
  bank: Bank;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 所属活动(仅限金融办) / The event (the finance office only) */
  event?: Maybe<MatchmakingEvent>;
  firm: Firm;
  id: Scalars['ID']['output'];
  /** 实际放款(元) / Actually lent (yuan) */
  lent: Scalars['Money']['output'];
  /** 签约后发放的贷款 / Loans that followed */
  loans: Array<Loan>;
  /** 备注 / Note */
  note?: Maybe<Scalars['String']['output']>;
  product?: Maybe<LoanProduct>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type FileClaimInput = {
  filedOn: Scalars['LocalDate']['input'];
  idempotencyKey: Scalars['String']['input'];
  loanId: Scalars['ID']['input'];
};

export type FileDemandInput = {
  amount: Scalars['Money']['input'];
  collateralNote?: InputMaybe<Scalars['String']['input']>;
  /** 可提供的担保方式;不填为未说明,NONE为只能纯信用 / Security the firm can offer; empty: not stated; NONE: none at all */
  collateralOffered?: InputMaybe<Array<CollateralKind>>;
  /** 来源为EVENT时必填 / Required when the source is EVENT */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** 默认今天(中国时间) / Default: today in China */
  filedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  firmId: Scalars['ID']['input'];
  /** 申请的产品(已发布):登记当日即推送给该产品所属银行,答复期限按产品承诺天数;企业须符合其准入条件,金额和期限须在其范围内 / Apply under this published product: the demand is addressed to its bank on the day it is filed, due within the promised response days; the firm must meet its criteria and the amount and term must lie within its ranges */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** 资金用途 / What the money is for */
  purpose: Scalars['String']['input'];
  source: DemandSource;
  termMonths: Scalars['Int']['input'];
  /** 来源为VISIT时必填 / Required when the source is VISIT */
  visitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 金融办年度数据 / The finance office's figures for one year */
export type FinanceOverview = {
  __typename?: 'FinanceOverview';
  /** 存量数据的统计日:当年12月31日,本年则为今天 / Date the stock figures are taken on: 31 December, or today for the current year */
  asOf: Scalars['LocalDate']['output'];
  /** 当年知识产权质押贷款 / IP-pledge loans disbursed in the year */
  ipPledge: LendingFigures;
  /** 当年协调发放的全部贷款 / All loans disbursed in the year */
  loansArranged: LendingFigures;
  /** 各风险补偿资金池 / Each risk pool */
  pools: Array<PoolOverview>;
  year: Scalars['Int']['output'];
};

/** 企业融资需求 / A firm's financing demand */
export type FinancingDemand = {
  __typename?: 'FinancingDemand';
  /** 推送的银行及答复期限 / The banks it is addressed to, with their deadlines */
  addressees: Array<DemandAddressee>;
  /** 需求金额(元) / Amount sought (yuan) */
  amount: Scalars['Money']['output'];
  /** 担保情况说明 / Its security in words */
  collateralNote?: Maybe<Scalars['String']['output']>;
  /** 可提供的担保方式,NONE为只能纯信用 / Security the firm can offer; NONE: none at all */
  collateralOffered: Array<CollateralKind>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 授信日期 / Credit granted on */
  creditGrantedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 未获融资的原因 / Why the demand was declined */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** 终止日期 / Declined on */
  declinedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 放款日期(即所关联贷款的放款日) / Disbursed on (the linked loan's date) */
  disbursedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 登记该需求的对接活动 / The event it was recorded at */
  event?: Maybe<MatchmakingEvent>;
  /** 登记日期 / Filed on */
  filedOn: Scalars['LocalDate']['output'];
  firm: Firm;
  /** 据以授信的报价 / The offer credit was granted on */
  grantedOffer?: Maybe<Offer>;
  id: Scalars['ID']['output'];
  /** 满足该需求的贷款 / The loan that met it */
  loan?: Maybe<Loan>;
  /** 银行的答复(报价和拒绝) / The banks' answers, offers and declines */
  offers: Array<Offer>;
  /** 资金用途 / What the money is for */
  purpose: Scalars['String']['output'];
  /** 首次推荐给银行的日期 / First addressed to a bank on */
  recommendedOn?: Maybe<Scalars['LocalDate']['output']>;
  source: DemandSource;
  status: DemandStatus;
  /** 首次获银行报价(进入洽谈)的日期 / In talks since (the first offer) */
  talksStartedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 期限(月) / Term in months */
  termMonths: Scalars['Int']['output'];
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 登记该需求的走访 / The visit it was recorded at */
  visit?: Maybe<ServiceVisit>;
};

export type FinancingDemandConnection = {
  __typename?: 'FinancingDemandConnection';
  edges: Array<FinancingDemandEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type FinancingDemandEdge = {
  __typename?: 'FinancingDemandEdge';
  cursor: Scalars['String']['output'];
  node: FinancingDemand;
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

/** 企业公开名片:名称、产业链、规模 / A firm's public card: its name, industrial chain and size class */
export type FirmCard = {
  __typename?: 'FirmCard';
  chain: IndustrialChain;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  sizeClass: SizeClass;
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

/** 企业从走访到放款的全过程 / A firm's whole journey, from the first visit to the money lent */
export type FirmJourney = {
  __typename?: 'FirmJourney';
  /** 各需求推送的银行及期限 / Every bank its demands went to, with the deadlines */
  addressees: Array<DemandAddressee>;
  /** 贷款本金合计 / Total principal lent to it */
  amountLent: Scalars['Money']['output'];
  /** 融资需求合计 / Total sought in its demands */
  amountSought: Scalars['Money']['output'];
  demands: Array<FinancingDemand>;
  /** 在对接活动中的签约 / Amounts it signed at events */
  eventSignings: Array<EventSigning>;
  firm: Firm;
  /** 该企业的全部贷款 / All its loans */
  loans: Array<Loan>;
  /** 银行的答复 / The banks' answers */
  offers: Array<Offer>;
  pairings: Array<Pairing>;
  /** 按日期排列的全过程 / Every step, by date */
  steps: Array<JourneyStep>;
  visits: Array<ServiceVisit>;
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

/** 一家企业对某产品的匹配结果。企业在本行可见范围之外(未放款、未结对、未收到其需求)时,只给名片和逐项结论:firm、score、maxBorrowable为空,limits为空列表,说明不引用企业数据 / How one firm fits a product. For a firm outside the caller's scope (not lent to, paired with or asked by the bank) only its card and the verdicts: firm, score and maxBorrowable are null, limits empty, and the messages quote none of its figures */
export type FirmMatch = {
  __typename?: 'FirmMatch';
  /** 企业公开名片 / The firm's public card */
  card: FirmCard;
  /** 逐项条件判断 / The verdict on each criterion */
  criteria: Array<CriterionVerdict>;
  /** 是否符合全部条件 / Whether every criterion is met */
  eligible: Scalars['Boolean']['output'];
  /** 未满足的条件(所欠缺的) / The criteria not met: what is lacking */
  failed: Array<CriterionVerdict>;
  /** 未满足的条件数 / How many criteria are not met */
  failedCount: Scalars['Int']['output'];
  /** 企业档案(仅限可见范围内的企业) / The firm's record: only for a firm within the caller's scope */
  firm?: Maybe<Firm>;
  /** 各项额度上限,最小者起决定作用 / Each limit on the amount; the smallest binds */
  limits: Array<BorrowingLimit>;
  /** 此产品下该企业当前最多可贷金额(不符合时为空) / The most the firm can borrow under the product now (null when not eligible) */
  maxBorrowable?: Maybe<Scalars['Money']['output']>;
  /** 在所在列表中的名次(从1起) / Position in its list, from 1 */
  rank: Scalars['Int']['output'];
  /** 企业排序得分0–1000,见 docs/matching.md(可见范围之外为空) / The firm's ranking score 0-1000, see docs/matching.md (null outside the caller's scope) */
  score?: Maybe<Scalars['Int']['output']>;
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

export type GrantCreditInput = {
  offerId: Scalars['ID']['input'];
  /** 默认今天(中国时间) / Default: today in China */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
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

/** 企业融资历程中的一步 / One step of a firm's journey */
export type JourneyStep = {
  __typename?: 'JourneyStep';
  kind: JourneyStepKind;
  on: Scalars['LocalDate']['output'];
  /** 该步骤对应记录的ID(结对、走访、需求、推送、答复、签约或贷款) / The id of the record behind the step (pairing, visit, demand, addressing, answer, signing or loan) */
  subjectId: Scalars['ID']['output'];
  /** 中文 / English */
  summary: Scalars['String']['output'];
};

/** 企业融资历程中的一步 / One step of a firm's financing journey */
export type JourneyStepKind =
  /** 银行拒绝 / A bank declined */
  | 'BANK_DECLINED'
  /** 银行报价 / A bank made an offer */
  | 'BANK_OFFERED'
  /** 授信 / Credit granted */
  | 'CREDIT_GRANTED'
  /** 需求推送给银行 / The demand was addressed to a bank */
  | 'DEMAND_ADDRESSED'
  /** 需求终止(未获融资) / The demand was declined */
  | 'DEMAND_DECLINED'
  /** 登记融资需求 / A financing demand was filed */
  | 'DEMAND_FILED'
  /** 对接活动签约 / Signed at a matchmaking event */
  | 'EVENT_SIGNING'
  /** 走访事项办结(回访) / A visit's follow-up was closed */
  | 'FOLLOW_UP_CLOSED'
  /** 放款 / A loan was disbursed */
  | 'LOAN_DISBURSED'
  /** 结对结束 / A pairing ended */
  | 'PAIRING_ENDED'
  /** 行长结对开始 / A bank officer was paired with the firm */
  | 'PAIRING_STARTED'
  /** 走访 / A service visit */
  | 'VISIT';

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

/** 放款统计 / Lending figures */
export type LendingFigures = {
  __typename?: 'LendingFigures';
  /** 放款金额(元) / Principal lent (yuan) */
  amount: Scalars['Money']['output'];
  /** 获贷企业数 / Firms that borrowed */
  firms: Scalars['Int']['output'];
  /** 贷款笔数 / Number of loans */
  loans: Scalars['Int']['output'];
};

export type LinkEventLoanInput = {
  /** 签约后该行向该企业发放的贷款 / A loan the bank later disbursed to the firm */
  loanId: Scalars['ID']['input'];
  signingId: Scalars['ID']['input'];
};

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
  /** 该贷款所跟进的活动签约 / The event signing this loan followed, if any */
  eventSigning?: Maybe<EventSigning>;
  /** 该贷款满足的融资需求 / The financing demand this loan met, if any */
  financingDemand?: Maybe<FinancingDemand>;
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

export type LoginResult = {
  __typename?: 'LoginResult';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** 访问令牌(JWT),放在 Authorization: Bearer 头中 / Access token (JWT) for the Authorization: Bearer header */
  token: Scalars['String']['output'];
  user: User;
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

export type MakeOfferInput = {
  amount: Scalars['Money']['input'];
  annualRate: Scalars['Rate']['input'];
  /** 默认今天(中国时间) / Default: today in China */
  answeredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 答复的银行(须为需求推送的银行) / The answering bank (one the demand is addressed to) */
  bankId: Scalars['ID']['input'];
  conditions?: InputMaybe<Scalars['String']['input']>;
  demandId: Scalars['ID']['input'];
  /** 报价所依据的产品,默认为推送时指定的产品 / The product offered; default: the one the demand was addressed under */
  productId?: InputMaybe<Scalars['ID']['input']>;
  termMonths: Scalars['Int']['input'];
  validUntil: Scalars['LocalDate']['input'];
};

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

/** 融资对接活动 / A matchmaking event */
export type MatchmakingEvent = {
  __typename?: 'MatchmakingEvent';
  /** 到场银行 / Banks present */
  banks: Array<Bank>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 现场登记的融资需求 / Financing demands recorded at the event */
  demands: Array<FinancingDemand>;
  /** 到场企业 / Firms present */
  firms: Array<Firm>;
  /** 签约企业数 / Firms that signed */
  firmsSigned: Scalars['Int']['output'];
  /** 举办日期 / Held on */
  heldOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** 放款/签约(可大于1;无签约为空) / Lent over signed (may exceed 1; empty when nothing was signed) */
  lentOverSigned?: Maybe<Scalars['Decimal']['output']>;
  /** 签约后实际放款总额(关联贷款本金之和) / Actually lent: the principal of the loans linked to its signings */
  lentTotal: Scalars['Money']['output'];
  /** 签约后发放的贷款笔数 / Loans that followed its signings */
  loanCount: Scalars['Int']['output'];
  /** 活动名称 / Name */
  name: Scalars['String']['output'];
  /** 备注 / Note */
  note?: Maybe<Scalars['String']['output']>;
  /** 主办单位 / Organiser */
  organizer?: Maybe<Scalars['String']['output']>;
  /** 地点 / Place */
  place: Scalars['String']['output'];
  /** 签约总额(元) / Total signed (yuan) */
  signedTotal: Scalars['Money']['output'];
  /** 现场签约(按企业和银行) / Amounts signed, per firm and bank */
  signings: Array<EventSigning>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type MatchmakingEventConnection = {
  __typename?: 'MatchmakingEventConnection';
  edges: Array<MatchmakingEventEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type MatchmakingEventEdge = {
  __typename?: 'MatchmakingEventEdge';
  cursor: Scalars['String']['output'];
  node: MatchmakingEvent;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 补登到场银行和企业 / Add banks and firms present */
  addEventParticipants: MatchmakingEvent;
  /** 登记企业资质 / Record a qualification of a firm */
  addFirmQualification: FirmQualification;
  /** 审核通过代偿申请 / Approve a claim */
  approveClaim: CompensationClaim;
  /** 修改本人密码 / Change your own password */
  changeMyPassword: User;
  /** 暂停、恢复或关闭资金池 / Suspend, resume or close a pool */
  changeRiskPoolStatus: RiskPool;
  /** 走访事项办结(回访) / Close a visit's follow-up */
  closeServiceVisit: ServiceVisit;
  /** 为本机构系统创建API令牌(原文仅显示一次) / Create an API token for your own systems; shown once */
  createApiToken: NewApiToken;
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
  /** 登记对接活动 / Record a matchmaking event */
  createMatchmakingEvent: MatchmakingEvent;
  /** 建立行长结对 / Pair a bank officer with a firm */
  createPairing: Pairing;
  /** 新建产品(草稿) / Create a product, as a draft */
  createProduct: LoanProduct;
  /** 设立资金池 / Set up a risk pool */
  createRiskPool: RiskPool;
  /** 开设用户 / Open an account */
  createUser: User;
  /** 认定违约 / Declare a loan defaulted */
  declareLoanDefault: Loan;
  /** 需求终止,未获融资(附原因) / The demand ends without financing, with a reason */
  declineDemand: FinancingDemand;
  /** 银行拒绝(附原因);尚无报价时默认转推给下一家产品适配的银行 / A bank declines, with a reason; while no bank has offered, the demand is routed on to the next bank whose products fit, unless routeToNext is false */
  declineDemandAtBank: Offer;
  /** 结束结对 / End a pairing */
  endPairing: Pairing;
  /** 贷款入池(纳入其产品挂钩的资金池) / Enrol a loan in the pool its product draws on */
  enrolLoan: PoolCoverage;
  /** 银行就违约的在保贷款申请代偿 / A bank claims on a defaulted covered loan */
  fileClaim: CompensationClaim;
  /** 登记融资需求(线上、走访或活动) / File a financing demand (online, at a visit or at an event) */
  fileDemand: FinancingDemand;
  /** 依据一项报价授信 / Credit granted on one offer */
  grantCredit: FinancingDemand;
  /** 关联签约后发放的贷款 / Link a loan that followed a signing */
  linkEventLoan: EventSigning;
  /** 登录,取得访问令牌 / Sign in and get an access token */
  login: LoginResult;
  /** 银行报价;首个报价使需求进入洽谈 / A bank makes an offer; the first offer puts the demand in talks */
  makeOffer: Offer;
  /** 逾期已纠正,恢复正常 / An overdue loan is current again */
  markLoanCurrent: Loan;
  /** 标记逾期 / Mark a loan overdue */
  markLoanOverdue: Loan;
  /** 从资金池拨付代偿 / Pay a claim from the pool */
  payClaim: CompensationClaim;
  /** 发布产品到目录 / Publish a product to the catalogue */
  publishProduct: LoanProduct;
  /** 推荐(推送)给银行,各行答复期限自推送日起算 / Recommend (address) the demand to banks; each bank's deadline runs from that day */
  recommendDemand: FinancingDemand;
  /** 关联授信银行发放的贷款,需求完成 / Link the loan the granting bank disbursed: the demand is met */
  recordDemandDisbursed: FinancingDemand;
  /** 登记现场签约金额 / Record an amount a bank and a firm signed at the event */
  recordEventSigning: EventSigning;
  /** 银行登记已发放贷款 / A bank records a loan it disbursed */
  recordLoan: Loan;
  /** 登记新公布的LPR / Record a newly published loan prime rate */
  recordLprRate: LprRate;
  /** 登记入池、利息、费用或资金退出 / Record a contribution, interest, fee or withdrawal */
  recordPoolEntry: PoolLedgerEntry;
  /** 登记代偿后追回的款项,按比例返还资金池 / Record a recovery; the pool gets back its share */
  recordRecovery: CompensationClaim;
  /** 登记还款 / Record a repayment */
  recordRepayment: Repayment;
  /** 登记走访 / Record a service visit under a pairing */
  recordServiceVisit: ServiceVisit;
  /** 驳回代偿申请 / Reject a claim */
  rejectClaim: CompensationClaim;
  /** 删除录错的资质记录,返回企业 / Remove a qualification recorded in error; returns the firm */
  removeFirmQualification: Firm;
  /** 冲正一笔分录(登记反向分录) / Reverse an entry by recording its opposite */
  reversePoolEntry: PoolLedgerEntry;
  /** 吊销API令牌 / Revoke an API token */
  revokeApiToken: ApiToken;
  /** 从已拒绝或超期未答复的银行转推给下一家适配的银行 / Route the demand on from a bank that declined or let its deadline pass, to the next bank whose products fit */
  routeDemand: DemandAddressee;
  /** 启用或停用用户 / Enable or disable an account */
  setUserActive: User;
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
  /** 修改资金池参数 / Change a pool's parameters */
  updateRiskPool: RiskPool;
  /** 下架产品 / Withdraw a product from the catalogue */
  withdrawProduct: LoanProduct;
  /** 核销 / Write a loan off */
  writeOffLoan: Loan;
};


export type MutationAddEventParticipantsArgs = {
  input: AddEventParticipantsInput;
};


export type MutationAddFirmQualificationArgs = {
  firmId: Scalars['ID']['input'];
  input: QualificationInput;
};


export type MutationApproveClaimArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMyPasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationChangeRiskPoolStatusArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: PoolStatus;
};


export type MutationCloseServiceVisitArgs = {
  input: CloseServiceVisitInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
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


export type MutationCreateMatchmakingEventArgs = {
  input: CreateMatchmakingEventInput;
};


export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateRiskPoolArgs = {
  input: CreateRiskPoolInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeclareLoanDefaultArgs = {
  input: LoanStatusChangeInput;
};


export type MutationDeclineDemandArgs = {
  input: DeclineDemandInput;
};


export type MutationDeclineDemandAtBankArgs = {
  input: DeclineDemandAtBankInput;
};


export type MutationEndPairingArgs = {
  input: EndPairingInput;
};


export type MutationEnrolLoanArgs = {
  input: EnrolLoanInput;
};


export type MutationFileClaimArgs = {
  input: FileClaimInput;
};


export type MutationFileDemandArgs = {
  input: FileDemandInput;
};


export type MutationGrantCreditArgs = {
  input: GrantCreditInput;
};


export type MutationLinkEventLoanArgs = {
  input: LinkEventLoanInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMakeOfferArgs = {
  input: MakeOfferInput;
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


export type MutationRecommendDemandArgs = {
  input: RecommendDemandInput;
};


export type MutationRecordDemandDisbursedArgs = {
  input: RecordDemandDisbursedInput;
};


export type MutationRecordEventSigningArgs = {
  input: RecordEventSigningInput;
};


export type MutationRecordLoanArgs = {
  input: RecordLoanInput;
};


export type MutationRecordLprRateArgs = {
  effectiveOn: Scalars['LocalDate']['input'];
  rate: Scalars['Rate']['input'];
  tenor: LprTenor;
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


export type MutationRecordServiceVisitArgs = {
  input: RecordServiceVisitInput;
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


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRouteDemandArgs = {
  input: RouteDemandInput;
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
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

export type NewApiToken = {
  __typename?: 'NewApiToken';
  apiToken: ApiToken;
  /** 令牌原文,仅此一次显示 / The token itself, shown this once only */
  token: Scalars['String']['output'];
};

/** 银行对融资需求的答复:报价或拒绝 / A bank's answer to a demand: an offer, or a decline */
export type Offer = {
  __typename?: 'Offer';
  /** 所答复的推送(含期限) / The addressing it answers, with its deadline */
  addressee: DemandAddressee;
  /** 报价金额(元) / Amount offered (yuan) */
  amount?: Maybe<Scalars['Money']['output']>;
  /** 报价年利率 / Annual rate offered */
  annualRate?: Maybe<Scalars['Rate']['output']>;
  /** 是否在期限内答复 / Whether the bank answered by its deadline */
  answeredInTime: Scalars['Boolean']['output'];
  /** 答复日期 / Answered on */
  answeredOn: Scalars['LocalDate']['output'];
  bank: Bank;
  /** 附加条件 / Conditions */
  conditions?: Maybe<Scalars['String']['output']>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  decision: OfferDecision;
  /** 拒绝原因 / Why the bank declined */
  declineReason?: Maybe<Scalars['String']['output']>;
  demand: FinancingDemand;
  id: Scalars['ID']['output'];
  product?: Maybe<LoanProduct>;
  /** 拒绝后转推给的银行(无适配银行时为空) / Where the demand was routed on after this decline (empty when no other bank fits) */
  routedTo?: Maybe<DemandAddressee>;
  /** 期限(月) / Term in months */
  termMonths?: Maybe<Scalars['Int']['output']>;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 报价有效期至(含) / The offer stands until, inclusive */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 行长结对服务企业 / A bank officer (usually a branch president) paired with a firm */
export type Pairing = {
  __typename?: 'Pairing';
  /** 银行人员所在银行 / The officer's bank */
  bank: Bank;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 结束原因 / Why it ended */
  endReason?: Maybe<Scalars['String']['output']>;
  /** 结对结束日(计划或实际;空为长期) / Ends on (planned, or actual once ended; empty: open-ended) */
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  firm: Firm;
  id: Scalars['ID']['output'];
  /** 备注 / Note */
  note?: Maybe<Scalars['String']['output']>;
  officer: BankOfficer;
  /** 结对开始日 / Starts on */
  startsOn: Scalars['LocalDate']['output'];
  status: PairingStatus;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 走访记录(按日期) / Its visits, by date */
  visits: Array<ServiceVisit>;
};

export type PairingConnection = {
  __typename?: 'PairingConnection';
  edges: Array<PairingEdge>;
  pageInfo: PageInfo;
  /** 符合条件的总数 / How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type PairingEdge = {
  __typename?: 'PairingEdge';
  cursor: Scalars['String']['output'];
  node: Pairing;
};

export type PairingFilter = {
  /** 该银行人员的结对 / Pairings of this bank's officers */
  bankId?: InputMaybe<Scalars['ID']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  officerId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<PairingStatus>>;
};

/** 结对状态 / Pairing status */
export type PairingStatus =
  /** 结对服务中 / Active: the officer serves the firm */
  | 'ACTIVE'
  /** 已结束 / Ended */
  | 'ENDED';

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

/** 资金池年度数据 / A pool's figures for the year */
export type PoolOverview = {
  __typename?: 'PoolOverview';
  /** 统计日余额 / Balance on the as-of date */
  balance: Scalars['Money']['output'];
  /** 截至统计日累计入池(净额) / Contributed, net, by the as-of date */
  contributed: Scalars['Money']['output'];
  /** 统计日在保贷款余额 / Covered outstanding on the as-of date */
  coveredOutstanding: Scalars['Money']['output'];
  /** 统计日服务企业数 / Firms served on the as-of date */
  firmsServed: Scalars['Int']['output'];
  /** 当年发放并入池的贷款 / Covered loans disbursed in the year */
  lentInYear: LendingFigures;
  /** 统计日放大倍数 = 在保余额/余额 / Leverage used on the as-of date */
  leverageUsed?: Maybe<Scalars['Decimal']['output']>;
  pool: RiskPool;
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
  /** 审计记录(按时间) / The audit trail, oldest first */
  auditEvents: AuditEventConnection;
  /** 按ID查银行 / One bank by id */
  bank: Bank;
  /** 按ID查支行 / One branch by id */
  bankBranch: BankBranch;
  /** 按ID查银行人员 / One bank officer by id */
  bankOfficer: BankOfficer;
  /** 各银行答复时效:按期答复占比和答复用时中位数(按推送日筛选) / Each bank's answering: share in time and median response days, over demands addressed from `from` to `to` */
  bankResponseStats: Array<BankResponseStats>;
  /** 银行列表 / Banks, filtered and paginated */
  banks: BankConnection;
  /** 按ID查代偿申请 / One compensation claim by id */
  compensationClaim: CompensationClaim;
  /** 代偿申请列表 / Compensation claims */
  compensationClaims: CompensationClaimConnection;
  /** 金融办年度数据:协调放款、各资金池、知识产权质押 / The finance office's yearly figures: loans arranged, each pool, IP pledges */
  financeOverview: FinanceOverview;
  /** 按ID查融资需求 / One financing demand by id */
  financingDemand: FinancingDemand;
  /** 融资需求列表 / Financing demands, filtered and paginated */
  financingDemands: FinancingDemandConnection;
  /** 按ID查企业 / One firm by id */
  firm: Firm;
  /** 按统一社会信用代码查企业 / One firm by its unified social credit code */
  firmByCreditCode: Firm;
  /** 企业融资全过程:结对、走访、活动签约、需求、银行答复、贷款 / A firm's whole journey: pairings, visits, event signings, demands, answers, loans */
  firmJourney: FirmJourney;
  /** 企业列表(仅限可见范围) / Firms the caller may see, filtered and paginated */
  firms: FirmConnection;
  /** 按ID查知识产权 / One IP asset by id */
  ipAsset: IpAsset;
  /** 知识产权列表 / IP assets, filtered and paginated */
  ipAssets: IpAssetConnection;
  /** 按ID查贷款 / One loan by id */
  loan: Loan;
  /** 贷款列表(银行限本行,企业限本企业) / Loans: a bank's own, a firm's own, or all for the finance office */
  loans: LoanConnection;
  /** 已公布的LPR(新的在前) / Published loan prime rates, newest first */
  lprRates: Array<LprRate>;
  /** 适合某产品的企业(供产品所属银行使用) / The firms that fit one product, for the bank that owns it */
  matchFirms: FirmMatchReport;
  /** 企业与全部在售产品的匹配:逐项条件、可贷额度、排序,以及所欠缺的 / Every product on offer judged for one firm: criterion by criterion, how much it could borrow, ranked, and what it lacks */
  matchProducts: ProductMatchReport;
  /** 按ID查对接活动 / One matchmaking event by id */
  matchmakingEvent: MatchmakingEvent;
  /** 对接活动列表,每项带签约与实际放款 / Matchmaking events, each with signed and actually lent */
  matchmakingEvents: MatchmakingEventConnection;
  /** 当前用户 / The signed-in user */
  me: User;
  /** 本人的API令牌 / Your API tokens */
  myApiTokens: Array<ApiToken>;
  /** 超过答复期限仍未答复的银行(期限早于asOf,默认今天),最早到期的在前;银行答复后即移出 / Banks past their deadline with no answer (due before asOf, default today), the longest overdue first; an answer takes a row off */
  overdueDemands: Array<DemandAddressee>;
  /** 逾期未办结的走访事项(跟进期限早于asOf,默认今天),最早到期的在前 / Visits whose follow-up is overdue (due before asOf, default today), the longest overdue first */
  overdueFollowUps: Array<ServiceVisit>;
  /** 按ID查结对 / One pairing by id */
  pairing: Pairing;
  /** 结对列表 / Pairings, filtered and paginated */
  pairings: PairingConnection;
  /** 按ID查信贷产品 / One loan product by id */
  product: LoanProduct;
  /** 信贷产品目录(默认仅已发布;银行可看本行草稿) / The product catalogue (published products unless asked otherwise; a bank also sees its own drafts) */
  products: LoanProductConnection;
  /** 按ID查资金池:公布的条款对所有人公开,资金数据仅限金融办和合作银行 / One risk pool by id: its published terms for anyone, its figures for the finance office and its partner banks */
  riskPool: RiskPool;
  /** 资金池列表(资金数据仅限金融办和合作银行) / Risk pools (their figures for the finance office and partner banks only) */
  riskPools: RiskPoolConnection;
  /** 按ID查走访记录 / One service visit by id */
  serviceVisit: ServiceVisit;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryBankResponseStatsArgs = {
  bankIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
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


export type QueryFinanceOverviewArgs = {
  year: Scalars['Int']['input'];
};


export type QueryFinancingDemandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFinancingDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DemandFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFirmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFirmByCreditCodeArgs = {
  creditCode: Scalars['String']['input'];
};


export type QueryFirmJourneyArgs = {
  firmId: Scalars['ID']['input'];
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


export type QueryMatchmakingEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchmakingEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverdueDemandsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  bankId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueFollowUpsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryPairingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPairingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PairingFilter>;
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


export type QueryRiskPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskPoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceVisitArgs = {
  id: Scalars['ID']['input'];
};

/** 利率定价方式 / How the rate is quoted */
export type RateKind =
  /** 固定年利率区间 / A fixed annual rate range */
  | 'FIXED'
  /** LPR加减点 / Loan prime rate plus a spread in basis points */
  | 'LPR_SPREAD';

export type RecommendDemandInput = {
  banks: Array<DemandTargetInput>;
  demandId: Scalars['ID']['input'];
  /** 推送日期,期限自此日起算;默认今天(中国时间) / Default: today in China */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type RecordDemandDisbursedInput = {
  demandId: Scalars['ID']['input'];
  /** 授信银行登记的贷款(recordLoan) / The loan the granting bank recorded (recordLoan) */
  loanId: Scalars['ID']['input'];
};

export type RecordEventSigningInput = {
  /** 签约金额(元) / Amount signed (yuan) */
  amount: Scalars['Money']['input'];
  /** 到场银行 / A bank present */
  bankId: Scalars['ID']['input'];
  eventId: Scalars['ID']['input'];
  /** 到场企业 / A firm present */
  firmId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};

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

export type RecordServiceVisitInput = {
  /** 发现的问题和需求 / What the visit found */
  findings: Scalars['String']['input'];
  /** 跟进责任单位或责任人 / Who is responsible for the follow-up */
  followUpBy?: InputMaybe<Scalars['String']['input']>;
  /** 跟进(回访)期限 / Follow-up due by */
  followUpDue?: InputMaybe<Scalars['LocalDate']['input']>;
  pairingId: Scalars['ID']['input'];
  visitedOn: Scalars['LocalDate']['input'];
  /** 走访人员 / Who went */
  visitors: Scalars['String']['input'];
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
  badLoanRatio?: Maybe<Scalars['Rate']['output']>;
  /** 不良率是否达到预警线 / Whether the bad-loan ratio has reached the warning line */
  badLoanWarning?: Maybe<Scalars['Boolean']['output']>;
  /** 余额 = 台账合计 / Balance: the sum of the ledger */
  balance?: Maybe<Scalars['Money']['output']>;
  /** 放大容量 = 余额×放大倍数 / Capacity: balance x leverage cap */
  capacity?: Maybe<Scalars['Money']['output']>;
  /** 累计入池资金(净额) / Contributed, net of reversals */
  contributed?: Maybe<Scalars['Money']['output']>;
  /** 在保贷款余额 / Outstanding principal of covered loans */
  coveredOutstanding?: Maybe<Scalars['Money']['output']>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** 设立日期 / Established on */
  establishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 当前服务企业数(有在保余额) / Firms with covered loans outstanding */
  firmsServed?: Maybe<Scalars['Int']['output']>;
  /** 剩余额度 = 容量 - 在保余额(负数表示超限) / Headroom: capacity minus covered outstanding (negative when over) */
  headroom?: Maybe<Scalars['Money']['output']>;
  id: Scalars['ID']['output'];
  kind: PoolKind;
  /** 台账(按记录顺序;仅限金融办) / The ledger, in the order it was written (the finance office only) */
  ledger?: Maybe<PoolLedgerEntryConnection>;
  /** 某年度入池贷款的发放情况 / Covered loans disbursed in a calendar year */
  lentInYear?: Maybe<PoolYearFigures>;
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
  stopped?: Maybe<Scalars['Boolean']['output']>;
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

/** 角色 / Role */
export type Role =
  /** 银行工作人员(限本行) / Staff of one bank */
  | 'BANK'
  /** 经开区金融办 / The zone's finance office */
  | 'FINANCE_OFFICE'
  /** 企业工作人员(限本企业) / Staff of one firm */
  | 'FIRM';

export type RouteDemandInput = {
  demandId: Scalars['ID']['input'];
  /** 已拒绝或已超期未答复的银行 / A bank that declined, or let its deadline pass unanswered */
  fromBankId: Scalars['ID']['input'];
  /** 默认今天(中国时间) / Default: today in China */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 走访服务记录 / A service visit under a pairing */
export type ServiceVisit = {
  __typename?: 'ServiceVisit';
  /** 办结(回访)日期 / Closed on */
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 跟进逾期天数(未逾期或已办结为0) / Days the follow-up is overdue on asOf (default today); 0 when not overdue or closed */
  daysOverdue: Scalars['Int']['output'];
  /** 走访中登记的融资需求 / The financing demand the visit produced, if any */
  demand?: Maybe<FinancingDemand>;
  /** 发现的问题和需求 / What the visit found */
  findings: Scalars['String']['output'];
  firm: Firm;
  /** 跟进责任单位或责任人 / Who is responsible for the follow-up */
  followUpBy?: Maybe<Scalars['String']['output']>;
  /** 跟进(回访)期限 / Follow-up due by */
  followUpDue?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** 办结情况 / How it was resolved */
  outcome?: Maybe<Scalars['String']['output']>;
  pairing: Pairing;
  status: VisitStatus;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 走访日期 / Visited on */
  visitedOn: Scalars['LocalDate']['output'];
  /** 走访人员,如"张行长、李客户经理" / Who went */
  visitors: Scalars['String']['output'];
};


/** 走访服务记录 / A service visit under a pairing */
export type ServiceVisitDaysOverdueArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
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
  stopRatio?: InputMaybe<Scalars['Rate']['input']>;
  warningRatio?: InputMaybe<Scalars['Rate']['input']>;
};

/** 用户 / A user account */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  bank?: Maybe<Bank>;
  /** 创建时间(UTC) / When it was created (UTC) */
  createdAt: Scalars['DateTimeISO']['output'];
  displayName: Scalars['String']['output'];
  firm?: Maybe<Firm>;
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  role: Role;
  /** 最后修改时间(UTC) / When it was last changed (UTC) */
  updatedAt: Scalars['DateTimeISO']['output'];
  username: Scalars['String']['output'];
};

/** 走访事项状态 / Whether a visit's follow-up is still open */
export type VisitStatus =
  /** 已办结(已回访) / Closed: followed up */
  | 'CLOSED'
  /** 待跟进(待回访) / Open: follow-up still to do */
  | 'OPEN';
