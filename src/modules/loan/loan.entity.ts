import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType, RateType } from '../../common/column-types';
import { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { LoanStatus } from './loan.enums';

/**
 * A loan a bank disbursed under one of its products. `outstandingPrincipal` is kept with every
 * repayment, in the same transaction, and always equals principal minus principal repaid and
 * recovered (checked by the tests; the database refuses a value outside 0..principal).
 */
@ObjectType({ description: '已发放贷款 / A disbursed loan' })
@Entity({ tableName: 'loan' })
@Index({ name: 'loan_created_at_id_index', properties: ['createdAt', 'id'] })
@Check({ name: 'loan_amounts', expression: `"principal" > 0 and "outstanding_principal" >= 0 and "outstanding_principal" <= "principal" and "interest_paid" >= 0` })
@Check({ name: 'loan_terms', expression: `"term_months" >= 1 and "term_months" <= 360 and "annual_rate" >= 0 and "annual_rate" <= 1 and "matures_on" > "disbursed_on"` })
@Unique({ properties: ['bank', 'contractNo'] })
@Index({ properties: ['disbursedOn'] })
export class Loan extends BaseEntity<'status' | 'interestPaid' | 'defaultedOn' | 'closedOn' | 'statusNote' | 'sourceNote'> {
  @ManyToOne(() => Firm, { deleteRule: 'restrict' })
  @Index()
  firm: Firm;

  @ManyToOne(() => LoanProduct, { deleteRule: 'restrict' })
  @Index()
  product: LoanProduct;

  @ManyToOne(() => Bank, { deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  @Field({ description: '借款合同编号 / Loan contract number' })
  @Property({ length: 60 })
  contractNo: string;

  @Field(() => MoneyScalar, { description: '发放本金(元) / Principal disbursed (yuan)' })
  @Property({ type: MoneyType })
  principal: Dec;

  @Field(() => RateScalar, { description: '执行年利率 / Annual rate' })
  @Property({ type: RateType })
  annualRate: Dec;

  @Field(() => Int, { description: '期限(月) / Term in months' })
  @Property({ type: 'smallint' })
  termMonths: number;

  @Field(() => GraphQLLocalDate, { description: '放款日 / Disbursed on' })
  @Property({ type: 'date' })
  disbursedOn: string;

  @Field(() => GraphQLLocalDate, { description: '到期日 / Matures on' })
  @Property({ type: 'date' })
  maturesOn: string;

  @Field(() => LoanStatus)
  @Enum({ items: () => LoanStatus, default: LoanStatus.ACTIVE })
  status: LoanStatus = LoanStatus.ACTIVE;

  @Field(() => MoneyScalar, { description: '未偿本金(元) / Outstanding principal (yuan)' })
  @Property({ type: MoneyType })
  outstandingPrincipal: Dec;

  @Field(() => MoneyScalar, { description: '已付利息(元) / Interest paid (yuan)' })
  @Property({ type: MoneyType })
  interestPaid: Dec = new Dec(0);

  @Field(() => GraphQLLocalDate, { nullable: true, description: '违约日 / Defaulted on' })
  @Property({ type: 'date', nullable: true })
  defaultedOn: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '结清或核销日 / Repaid or written off on' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '最近一次状态变更说明 / Note on the last status change' })
  @Property({ type: 'text', nullable: true })
  statusNote: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(init: { firm: Firm; product: LoanProduct; bank: Bank; contractNo: string; principal: Dec; annualRate: Dec; termMonths: number; disbursedOn: string; maturesOn: string }) {
    super();
    this.firm = init.firm;
    this.product = init.product;
    this.bank = init.bank;
    this.contractNo = init.contractNo;
    this.principal = init.principal;
    this.outstandingPrincipal = init.principal;
    this.annualRate = init.annualRate;
    this.termMonths = init.termMonths;
    this.disbursedOn = init.disbursedOn;
    this.maturesOn = init.maturesOn;
  }
}
