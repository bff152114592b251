import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { Role } from './auth.types';

/** A person who signs in. Bank and firm users belong to exactly one organisation. */
@ObjectType({ description: '用户 / A user account' })
@Entity({ tableName: 'app_user' })
@Check({ name: 'app_user_organisation', expression: `("role" = 'BANK') = ("bank_id" is not null) and ("role" = 'FIRM') = ("firm_id" is not null)` })
@Check({ name: 'app_user_token_version_check', expression: `"token_version" >= 0` })
export class User extends BaseEntity<'bank' | 'firm' | 'active' | 'lastLoginAt' | 'passwordChangedAt' | 'tokenVersion'> {
  @Field()
  @Property({ length: 60 })
  @Unique()
  username: string;

  @Field()
  @Property({ length: 60 })
  displayName: string;

  /** Argon2id (older rows: scrypt), with its parameters and salt: see password.ts. Never leaves the server. */
  @Property({ length: 200, hidden: true })
  passwordHash: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role: Role;

  @ManyToOne(() => Bank, { nullable: true, deleteRule: 'restrict' })
  @Index()
  bank: Bank | null = null;

  @ManyToOne(() => Firm, { nullable: true, deleteRule: 'restrict' })
  @Index()
  firm: Firm | null = null;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  /** When the password was last changed. */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  passwordChangedAt: Date | null = null;

  /**
   * Signed tokens carry the version they were issued under and are refused once it has moved on:
   * changing the password, or disabling the account, signs it out everywhere at once.
   */
  @Property({ type: 'integer', default: 0, hidden: true })
  tokenVersion: number = 0;

  constructor(username: string, displayName: string, passwordHash: string, role: Role) {
    super();
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
  }
}
