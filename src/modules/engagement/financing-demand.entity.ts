import { Check, Entity, Enum, Index, ManyToOne, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { CollateralKind } from '../product/product.enums';
import { DemandSource, DemandStatus } from './engagement.enums';
import { MatchmakingEvent } from './matchmaking-event.entity';
import { Offer } from './offer.entity';
import { ServiceVisit } from './service-visit.entity';

type Optional =
  | 'collateralOffered' | 'collateralNote' | 'visit' | 'event' | 'status' | 'recommendedOn' | 'talksStartedOn'
  | 'creditGrantedOn' | 'disbursedOn' | 'declinedOn' | 'declineReason' | 'grantedOffer' | 'loan';

/**
 * A firm's need for money, from the visit, event or web form where it was recorded to the loan
 * that met it. The banks it is addressed to, with their deadlines, are DemandAddressee rows; their
 * answers are Offer rows. Each step's date is kept, so the journey can be read back.
 */
@ObjectType({ description: '企业融资需求 / A firm\'s financing demand' })
@Entity({ tableName: 'financing_demand' })
@Index({ name: 'financing_demand_created_at_id_index', properties: ['createdAt', 'id'] })
@Check({ name: 'financing_demand_terms', expression: `"amount" > 0 and "term_months" >= 1 and "term_months" <= 360` })
@Check({ name: 'financing_demand_source', expression: `("source" = 'VISIT') = ("visit_id" is not null) and ("source" = 'EVENT') = ("event_id" is not null)` })
@Check({ name: 'financing_demand_steps', expression: `("status" = 'DISBURSED') = ("loan_id" is not null and "disbursed_on" is not null) and ("status" = 'DECLINED') = ("declined_on" is not null and "decline_reason" is not null) and ("status" <> all (array['CREDIT_GRANTED', 'DISBURSED']) or ("granted_offer_id" is not null and "credit_granted_on" is not null)) and ("status" = 'FILED' or "status" = 'DECLINED' or "recommended_on" is not null)` })
@Check({ name: 'financing_demand_dates', expression: `"recommended_on" >= "filed_on" and "talks_started_on" >= "recommended_on" and "credit_granted_on" >= "talks_started_on" and "disbursed_on" >= "filed_on" and "declined_on" >= "filed_on"` })
@Index({ properties: ['status'] })
export class FinancingDemand extends BaseEntity<Optional> {
  @ManyToOne(() => Firm, { deleteRule: 'restrict' })
  @Index()
  firm: Firm;

  @Field(() => MoneyScalar, { description: '需求金额(元) / Amount sought (yuan)' })
  @Property({ type: MoneyType })
  amount: Dec;

  @Field(() => Int, { description: '期限(月) / Term in months' })
  @Property({ type: 'smallint' })
  termMonths: number;

  @Field({ description: '资金用途 / What the money is for' })
  @Property({ type: 'text' })
  purpose: string;

  @Field(() => [CollateralKind], { description: '可提供的担保方式,NONE为只能纯信用 / Security the firm can offer; NONE: none at all' })
  @Enum({ items: () => CollateralKind, array: true, default: [] })
  collateralOffered: CollateralKind[] = [];

  @Field(() => String, { nullable: true, description: '担保情况说明 / Its security in words' })
  @Property({ type: 'text', nullable: true })
  collateralNote: string | null = null;

  @Field(() => DemandSource)
  @Enum({ items: () => DemandSource })
  source: DemandSource;

  /** The visit that produced it (source VISIT); a visit produces at most one demand. */
  @OneToOne(() => ServiceVisit, { owner: true, nullable: true, unique: true, deleteRule: 'restrict' })
  visit: ServiceVisit | null = null;

  /** The event where it was recorded (source EVENT). */
  @ManyToOne(() => MatchmakingEvent, { nullable: true, deleteRule: 'restrict' })
  @Index()
  event: MatchmakingEvent | null = null;

  @Field(() => DemandStatus)
  @Enum({ items: () => DemandStatus, default: DemandStatus.FILED })
  status: DemandStatus = DemandStatus.FILED;

  @Field(() => GraphQLLocalDate, { description: '登记日期 / Filed on' })
  @Property({ type: 'date' })
  filedOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '首次推荐给银行的日期 / First addressed to a bank on' })
  @Property({ type: 'date', nullable: true })
  recommendedOn: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '首次获银行报价(进入洽谈)的日期 / In talks since (the first offer)' })
  @Property({ type: 'date', nullable: true })
  talksStartedOn: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '授信日期 / Credit granted on' })
  @Property({ type: 'date', nullable: true })
  creditGrantedOn: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '放款日期(即所关联贷款的放款日) / Disbursed on (the linked loan\'s date)' })
  @Property({ type: 'date', nullable: true })
  disbursedOn: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '终止日期 / Declined on' })
  @Property({ type: 'date', nullable: true })
  declinedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '未获融资的原因 / Why the demand was declined' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** The offer credit was granted on. */
  @ManyToOne(() => Offer, { nullable: true, deleteRule: 'restrict' })
  grantedOffer: Rel<Offer> | null = null;

  /** The loan that met the demand; a loan meets at most one demand. */
  @OneToOne(() => Loan, { owner: true, nullable: true, unique: true, deleteRule: 'restrict' })
  loan: Loan | null = null;

  constructor(init: { firm: Firm; amount: Dec; termMonths: number; purpose: string; source: DemandSource; filedOn: string }) {
    super();
    this.firm = init.firm;
    this.amount = init.amount;
    this.termMonths = init.termMonths;
    this.purpose = init.purpose;
    this.source = init.source;
    this.filedOn = init.filedOn;
  }
}
