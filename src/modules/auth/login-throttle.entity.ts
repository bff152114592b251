import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed sign-ins per account ("user:<name>") and per address ("ip:<addr>"). */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ length: 120 })
  key: string;

  @Property({ type: 'integer' })
  failures: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  lastFailureAt: Date = new Date();

  constructor(key: string) {
    this.key = key;
  }
}
