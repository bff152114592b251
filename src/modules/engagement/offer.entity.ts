import { Check, Entity, Enum, Index, ManyToOne, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType, RateType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { DemandAddressee } from './demand-addressee.entity';
import { OfferDecision } from './engagement.enums';
import { FinancingDemand } from './financing-demand.entity';

type Optional = 'product' | 'amount' | 'annualRate' | 'termMonths' | 'conditions' | 'validUntil' | 'declineReason';

/**
 * A bank's one answer to a demand addressed to it: an offer (amount, rate, term, conditions,
 * valid until) or a decline with its reason. The database holds each decision to its fields.
 */
@ObjectType({ description: '银行对融资需求的答复:报价或拒绝 / A bank\'s answer to a demand: an offer, or a decline' })
@Entity({ tableName: 'offer' })
@Check({ name: 'offer_decision', expression: `("decision" = 'OFFERED' and "amount" is not null and "amount" > 0 and "annual_rate" is not null and "annual_rate" >= 0 and "annual_rate" <= 1 and "term_months" is not null and "term_months" >= 1 and "term_months" <= 360 and "valid_until" is not null and "valid_until" >= "answered_on" and "decline_reason" is null) or ("decision" = 'DECLINED' and "decline_reason" is not null and "amount" is null and "annual_rate" is null and "term_months" is null and "valid_until" is null)` })
export class Offer extends BaseEntity<Optional> {
  @OneToOne(() => DemandAddressee, { owner: true, unique: true, deleteRule: 'restrict' })
  addressee: Rel<DemandAddressee>;

  @ManyToOne(() => FinancingDemand, { deleteRule: 'restrict' })
  @Index()
  demand: Rel<FinancingDemand>;

  @ManyToOne(() => Bank, { deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  @ManyToOne(() => LoanProduct, { nullable: true, deleteRule: 'restrict' })
  product: LoanProduct | null = null;

  @Field(() => OfferDecision)
  @Enum({ items: () => OfferDecision })
  decision: OfferDecision;

  @Field(() => GraphQLLocalDate, { description: '答复日期 / Answered on' })
  @Property({ type: 'date' })
  answeredOn: string;

  @Field(() => MoneyScalar, { nullable: true, description: '报价金额(元) / Amount offered (yuan)' })
  @Property({ type: MoneyType, nullable: true })
  amount: Dec | null = null;

  @Field(() => RateScalar, { nullable: true, description: '报价年利率 / Annual rate offered' })
  @Property({ type: RateType, nullable: true })
  annualRate: Dec | null = null;

  @Field(() => Int, { nullable: true, description: '期限(月) / Term in months' })
  @Property({ type: 'smallint', nullable: true })
  termMonths: number | null = null;

  @Field(() => String, { nullable: true, description: '附加条件 / Conditions' })
  @Property({ type: 'text', nullable: true })
  conditions: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '报价有效期至(含) / The offer stands until, inclusive' })
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  @Field(() => String, { nullable: true, description: '拒绝原因 / Why the bank declined' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  constructor(addressee: Rel<DemandAddressee>, decision: OfferDecision, answeredOn: string) {
    super();
    this.addressee = addressee;
    this.demand = addressee.demand;
    this.bank = addressee.bank;
    this.decision = decision;
    this.answeredOn = answeredOn;
  }
}
