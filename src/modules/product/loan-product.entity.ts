import { Check, Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType, RateType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { BankBranch } from '../bank/bank-branch.entity';
import { RiskPool } from '../pool/risk-pool.entity';
import { Eligibility } from './eligibility.embeddable';
import { CollateralKind, LprTenor, ProductCategory, ProductStatus, RateKind } from './product.enums';

type Optional =
  | 'nameEn' | 'branch' | 'description' | 'minRate' | 'maxRate' | 'lprTenor' | 'minSpreadBps' | 'maxSpreadBps'
  | 'collateralKinds' | 'collateralNote' | 'eligibility' | 'loanToValue' | 'status' | 'validFrom' | 'validUntil'
  | 'publishedAt' | 'withdrawnAt' | 'withdrawalReason' | 'sourceNote' | 'promisedResponseDays' | 'riskPool';

@ObjectType({ description: '银行信贷产品 / A bank credit product' })
@Entity({ tableName: 'loan_product' })
@Index({ name: 'loan_product_created_at_id_index', properties: ['createdAt', 'id'] })
@Check({ name: 'loan_product_amounts', expression: `"min_amount" > 0 and "min_amount" <= "max_amount"` })
@Check({ name: 'loan_product_terms', expression: `"min_term_months" >= 1 and "min_term_months" <= "max_term_months" and "max_term_months" <= 360` })
@Check({ name: 'loan_product_rates', expression: `"min_rate" is null or ("min_rate" >= 0 and "min_rate" <= "max_rate" and "max_rate" <= 1)` })
@Check({ name: 'loan_product_spreads', expression: `"min_spread_bps" is null or "min_spread_bps" <= "max_spread_bps"` })
@Check({ name: 'loan_product_ltv', expression: `"loan_to_value" is null or ("loan_to_value" > 0 and "loan_to_value" <= 1)` })
@Check({ name: 'loan_product_validity', expression: `"valid_from" is null or "valid_until" is null or "valid_from" <= "valid_until"` })
@Index({ properties: ['status', 'category'] })
export class LoanProduct extends BaseEntity<Optional> {
  @ManyToOne(() => Bank, { deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  /** The branch that handles it, if not the whole bank. */
  @ManyToOne(() => BankBranch, { nullable: true, deleteRule: 'restrict' })
  @Index()
  branch: BankBranch | null = null;

  @Field()
  @Property({ length: 100 })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  nameEn: string | null = null;

  @Field(() => ProductCategory)
  @Enum({ items: () => ProductCategory })
  category: ProductCategory;

  @Field(() => String, { nullable: true, description: '产品说明 / Description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => MoneyScalar, { description: '最低贷款金额(元) / Smallest loan (yuan)' })
  @Property({ type: MoneyType })
  minAmount: Dec;

  @Field(() => MoneyScalar, { description: '最高贷款金额(元) / Largest loan (yuan)' })
  @Property({ type: MoneyType })
  maxAmount: Dec;

  @Field(() => Int, { description: '最短期限(月) / Shortest term (months)' })
  @Property({ type: 'smallint' })
  minTermMonths: number;

  @Field(() => Int, { description: '最长期限(月) / Longest term (months)' })
  @Property({ type: 'smallint' })
  maxTermMonths: number;

  @Field(() => RateKind)
  @Enum({ items: () => RateKind })
  rateKind: RateKind;

  @Field(() => RateScalar, { nullable: true, description: '最低年利率(固定利率时) / Lowest annual rate, when fixed' })
  @Property({ type: RateType, nullable: true })
  minRate: Dec | null = null;

  @Field(() => RateScalar, { nullable: true, description: '最高年利率(固定利率时) / Highest annual rate, when fixed' })
  @Property({ type: RateType, nullable: true })
  maxRate: Dec | null = null;

  @Field(() => LprTenor, { nullable: true, description: '参考LPR品种(LPR加点时) / LPR tenor, when quoted over LPR' })
  @Enum({ items: () => LprTenor, nullable: true })
  lprTenor: LprTenor | null = null;

  @Field(() => Int, { nullable: true, description: '最低加点(基点,可为负) / Lowest spread over LPR in basis points (may be negative)' })
  @Property({ type: 'smallint', nullable: true })
  minSpreadBps: number | null = null;

  @Field(() => Int, { nullable: true, description: '最高加点(基点) / Highest spread over LPR in basis points' })
  @Property({ type: 'smallint', nullable: true })
  maxSpreadBps: number | null = null;

  @Field(() => [CollateralKind], { description: '接受的担保方式,NONE为纯信用 / Forms of security accepted; NONE means unsecured' })
  @Enum({ items: () => CollateralKind, array: true, default: [] })
  collateralKinds: CollateralKind[] = [];

  @Field(() => String, { nullable: true, description: '担保要求说明 / Security requirements in words' })
  @Property({ type: 'text', nullable: true })
  collateralNote: string | null = null;

  @Field(() => Eligibility)
  @Embedded(() => Eligibility, { prefix: 'elig_' })
  eligibility: Eligibility = new Eligibility();

  @Field(() => RateScalar, { nullable: true, description: '质押率(知识产权质押时) / Loan-to-value for IP pledges' })
  @Property({ type: RateType, nullable: true })
  loanToValue: Dec | null = null;

  /** The risk pool whose cover loans under this product may draw on (科技担保贷, 知识价值信用贷, IP pledge). */
  @ManyToOne(() => RiskPool, { nullable: true, deleteRule: 'restrict' })
  @Index()
  riskPool: RiskPool | null = null;

  @Field(() => Int, { description: '承诺答复天数 / Days within which the bank promises to answer' })
  @Property({ type: 'smallint', default: 15 })
  promisedResponseDays: number = 15;

  @Field(() => ProductStatus)
  @Enum({ items: () => ProductStatus, default: ProductStatus.DRAFT })
  status: ProductStatus = ProductStatus.DRAFT;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '有效期起 / Offered from' })
  @Property({ type: 'date', nullable: true })
  validFrom: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '有效期止(含) / Offered until, inclusive' })
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '下架原因 / Why it was withdrawn' })
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  @Field(() => String, { nullable: true, description: '数据来源说明 / Where this row comes from' })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(init: {
    bank: Bank;
    name: string;
    category: ProductCategory;
    minAmount: Dec;
    maxAmount: Dec;
    minTermMonths: number;
    maxTermMonths: number;
    rateKind: RateKind;
  }) {
    super();
    this.bank = init.bank;
    this.name = init.name;
    this.category = init.category;
    this.minAmount = init.minAmount;
    this.maxAmount = init.maxAmount;
    this.minTermMonths = init.minTermMonths;
    this.maxTermMonths = init.maxTermMonths;
    this.rateKind = init.rateKind;
  }
}
