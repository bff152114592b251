import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Secrets every replica must share, kept in the database: with DATABASE_URL set and no
 * JWT_SECRET, the token-signing secret is generated once (by whichever replica starts first) and
 * read by every other, so a token from one replica is accepted by the next. Rotation:
 * docs/deploy.md. Not reachable through the API.
 */
@Entity({ tableName: 'app_secret' })
export class AppSecret {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ length: 60 })
  name: string;

  @Property({ type: 'text' })
  value: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(name: string, value: string) {
    this.name = name;
    this.value = value;
  }
}
