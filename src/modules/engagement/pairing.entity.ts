import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { BankOfficer } from '../bank/bank-officer.entity';
import { Firm } from '../firm/firm.entity';
import { PairingStatus } from './engagement.enums';

/**
 * A bank officer, usually a branch president, paired with a firm to serve it (行长结对服务中小企业).
 * A firm may have several pairings and an officer many; one officer and one firm have at most one
 * ACTIVE pairing at a time (a partial unique index).
 */
@ObjectType({ description: '行长结对服务企业 / A bank officer (usually a branch president) paired with a firm' })
@Entity({ tableName: 'pairing' })
@Index({ name: 'pairing_created_at_id_index', properties: ['createdAt', 'id'] })
@Check({ name: 'pairing_dates', expression: `"ends_on" >= "starts_on" and ("status" <> 'ENDED' or "ends_on" is not null)` })
@Index({ name: 'pairing_one_active_per_officer_and_firm', expression: `create unique index "pairing_one_active_per_officer_and_firm" on "pairing" ("officer_id", "firm_id") where "status" = 'ACTIVE'` })
export class Pairing extends BaseEntity<'endsOn' | 'status' | 'note' | 'endReason'> {
  @ManyToOne(() => BankOfficer, { deleteRule: 'restrict' })
  @Index()
  officer: BankOfficer;

  @ManyToOne(() => Firm, { deleteRule: 'restrict' })
  @Index()
  firm: Firm;

  @Field(() => GraphQLLocalDate, { description: '结对开始日 / Starts on' })
  @Property({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '结对结束日(计划或实际;空为长期) / Ends on (planned, or actual once ended; empty: open-ended)' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field(() => PairingStatus)
  @Enum({ items: () => PairingStatus, default: PairingStatus.ACTIVE })
  status: PairingStatus = PairingStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: '结束原因 / Why it ended' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  constructor(officer: BankOfficer, firm: Firm, startsOn: string) {
    super();
    this.officer = officer;
    this.firm = firm;
    this.startsOn = startsOn;
  }
}
