import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { VisitStatus } from './engagement.enums';
import { Pairing } from './pairing.entity';

/**
 * One visit under a pairing: who went, what they found, and, as the zone asks of every firm
 * problem, who follows it up by when ("明确责任单位、解决时限、专人回访"). The demand a visit
 * produced points back at it (FinancingDemand.visit).
 */
@ObjectType({ description: '走访服务记录 / A service visit under a pairing' })
@Entity({ tableName: 'service_visit' })
@Check({ name: 'service_visit_dates', expression: `"follow_up_due" >= "visited_on" and "closed_on" >= "visited_on" and ("status" = 'CLOSED') = ("closed_on" is not null)` })
@Index({ properties: ['status', 'followUpDue'] })
export class ServiceVisit extends BaseEntity<'followUpDue' | 'followUpBy' | 'status' | 'closedOn' | 'outcome'> {
  @ManyToOne(() => Pairing, { deleteRule: 'restrict' })
  @Index()
  pairing: Pairing;

  @Field(() => GraphQLLocalDate, { description: '走访日期 / Visited on' })
  @Property({ type: 'date' })
  visitedOn: string;

  @Field({ description: '走访人员,如"张行长、李客户经理" / Who went' })
  @Property({ length: 200 })
  visitors: string;

  @Field({ description: '发现的问题和需求 / What the visit found' })
  @Property({ type: 'text' })
  findings: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '跟进(回访)期限 / Follow-up due by' })
  @Property({ type: 'date', nullable: true })
  followUpDue: string | null = null;

  @Field(() => String, { nullable: true, description: '跟进责任单位或责任人 / Who is responsible for the follow-up' })
  @Property({ length: 100, nullable: true })
  followUpBy: string | null = null;

  @Field(() => VisitStatus)
  @Enum({ items: () => VisitStatus, default: VisitStatus.OPEN })
  status: VisitStatus = VisitStatus.OPEN;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '办结(回访)日期 / Closed on' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '办结情况 / How it was resolved' })
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  constructor(pairing: Pairing, visitedOn: string, visitors: string, findings: string) {
    super();
    this.pairing = pairing;
    this.visitedOn = visitedOn;
    this.visitors = visitors;
    this.findings = findings;
  }
}
