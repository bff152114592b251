import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { EventKind } from './engagement.enums';

/**
 * A matchmaking event ("金融入园惠企" and the like): who came, what was signed there, and, through
 * the loans linked to each signing, what was actually lent afterwards.
 */
@ObjectType({ description: '融资对接活动 / A matchmaking event' })
@Entity({ tableName: 'matchmaking_event' })
@Index({ name: 'matchmaking_event_created_at_id_index', properties: ['createdAt', 'id'] })
export class MatchmakingEvent extends BaseEntity<'organizer' | 'note'> {
  @Field({ description: '活动名称 / Name' })
  @Property({ length: 200 })
  name: string;

  @Field(() => EventKind)
  @Enum({ items: () => EventKind })
  kind: EventKind;

  @Field(() => GraphQLLocalDate, { description: '举办日期 / Held on' })
  @Property({ type: 'date' })
  @Index()
  heldOn: string;

  @Field({ description: '地点 / Place' })
  @Property({ length: 200 })
  place: string;

  @Field(() => String, { nullable: true, description: '主办单位 / Organiser' })
  @Property({ length: 100, nullable: true })
  organizer: string | null = null;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  constructor(name: string, kind: EventKind, heldOn: string, place: string) {
    super();
    this.name = name;
    this.kind = kind;
    this.heldOn = heldOn;
    this.place = place;
  }
}
