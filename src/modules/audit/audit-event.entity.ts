import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { Role } from '../auth/auth.types';

/**
 * Who changed what, and when: one row per successful write, written in the write's own
 * transaction. Append-only: PostgreSQL refuses UPDATE and DELETE (trigger in the access migration).
 */
@ObjectType({ description: '审计记录(只增不改) / An audit record (append-only)' })
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_created_at_id_index', properties: ['createdAt', 'id'] })
@Index({ properties: ['entityId'] })
@Index({ properties: ['actorId', 'createdAt'] })
export class AuditEvent extends BaseEntity<'actorId' | 'actorName' | 'role' | 'entityType' | 'entityId' | 'ip'> {
  @Field({ description: '操作(GraphQL变更名) / The operation (mutation name)' })
  @Property({ length: 60 })
  operation: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { nullable: true, description: '操作人 / Who did it' })
  @Property({ length: 60, nullable: true })
  actorName: string | null = null;

  @Field(() => Role, { nullable: true })
  @Enum({ items: () => Role, nullable: true })
  role: Role | null = null;

  @Field(() => String, { nullable: true })
  @Property({ length: 60, nullable: true })
  entityType: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  entityId: string | null = null;

  @Field(() => GraphQLJSON, { description: '提交的内容(不含密码) / What was submitted, passwords removed' })
  @Property({ type: 'jsonb' })
  input: unknown;

  @Field(() => String, { nullable: true })
  @Property({ length: 60, nullable: true })
  ip: string | null = null;

  constructor(operation: string, input: unknown) {
    super();
    this.operation = operation;
    this.input = input;
  }
}
