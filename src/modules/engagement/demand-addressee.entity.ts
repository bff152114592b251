import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { Bank } from '../bank/bank.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { AddresseeStatus, DeadlineBasis } from './engagement.enums';
import { FinancingDemand } from './financing-demand.entity';

/** Days a bank has to answer when no product is named (the finance office's rule). */
export const DEFAULT_RESPONSE_DAYS = 30;

/**
 * One bank a demand is addressed to, and its deadline: `dueOn` = `addressedOn` + `responseDays`
 * calendar days, where `responseDays` is the named product's promised response days, else 30,
 * frozen when the demand is addressed (a later change to the product does not move it). The bank
 * is on time if it answers on or before `dueOn`.
 */
@ObjectType({ description: '需求推送的银行及其答复期限 / A bank a demand is addressed to, with its response deadline' })
@Entity({ tableName: 'demand_addressee' })
@Check({ name: 'demand_addressee_deadline', expression: `"response_days" >= 1 and "response_days" <= 90 and "due_on" = "addressed_on" + "response_days" and ("deadline_basis" = 'PRODUCT') = ("product_id" is not null)` })
@Check({ name: 'demand_addressee_answer', expression: `("status" = any (array['OFFERED', 'DECLINED'])) = ("answered_on" is not null) and ("status" = 'WITHDRAWN') = ("withdrawn_on" is not null) and "answered_on" >= "addressed_on" and "withdrawn_on" >= "addressed_on"` })
@Unique({ properties: ['demand', 'bank'] })
@Index({ properties: ['status', 'dueOn'] })
export class DemandAddressee extends BaseEntity<'product' | 'status' | 'answeredOn' | 'withdrawnOn' | 'routedFrom'> {
  @ManyToOne(() => FinancingDemand, { deleteRule: 'restrict' })
  demand: Rel<FinancingDemand>;

  @ManyToOne(() => Bank, { deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  /** The product the demand was addressed under, if one was named. */
  @ManyToOne(() => LoanProduct, { nullable: true, deleteRule: 'restrict' })
  product: LoanProduct | null = null;

  @Field(() => GraphQLLocalDate, { description: '推送给该银行的日期 / Addressed to the bank on' })
  @Property({ type: 'date' })
  addressedOn: string;

  @Field(() => Int, { description: '答复天数(自然日) / Days the bank has to answer (calendar days)' })
  @Property({ type: 'smallint' })
  responseDays: number;

  @Field(() => DeadlineBasis, { description: '答复天数的依据 / Where the response days come from' })
  @Enum({ items: () => DeadlineBasis })
  deadlineBasis: DeadlineBasis;

  @Field(() => GraphQLLocalDate, { description: '答复期限(含当日) / Answer due by, inclusive' })
  @Property({ type: 'date' })
  dueOn: string;

  @Field(() => AddresseeStatus)
  @Enum({ items: () => AddresseeStatus, default: AddresseeStatus.AWAITING })
  status: AddresseeStatus = AddresseeStatus.AWAITING;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '答复日期 / Answered on' })
  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '撤回日期(需求在他处授信或终止) / Withdrawn on (the demand was granted elsewhere or closed)' })
  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  /** The addressee this one was routed on from (a bank that declined or let its deadline pass); one route from each. */
  @ManyToOne(() => DemandAddressee, { nullable: true, deleteRule: 'restrict' })
  @Unique()
  routedFrom: Rel<DemandAddressee> | null = null;

  constructor(init: { demand: FinancingDemand; bank: Bank; product: LoanProduct | null; addressedOn: string; responseDays: number; deadlineBasis: DeadlineBasis; dueOn: string }) {
    super();
    this.demand = init.demand;
    this.bank = init.bank;
    this.product = init.product;
    this.addressedOn = init.addressedOn;
    this.responseDays = init.responseDays;
    this.deadlineBasis = init.deadlineBasis;
    this.dueOn = init.dueOn;
  }
}
