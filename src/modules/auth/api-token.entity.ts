import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from './user.entity';

/** A revocable token for a bank's own systems. Only its SHA-256 is stored. */
@ObjectType({ description: 'API令牌(仅保存散列) / An API token; only its hash is kept' })
@Entity({ tableName: 'api_token' })
export class ApiToken extends BaseEntity<'lastUsedAt' | 'revokedAt' | 'expiresAt'> {
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  @Index()
  user: User;

  @Field()
  @Property({ length: 60 })
  name: string;

  @Property({ length: 64, hidden: true })
  @Unique()
  tokenHash: string;

  @Field({ description: '令牌前缀,便于辨认 / The token\'s first characters, to tell tokens apart' })
  @Property({ length: 12 })
  prefix: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  constructor(user: User, name: string, tokenHash: string, prefix: string) {
    super();
    this.user = user;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
  }
}
