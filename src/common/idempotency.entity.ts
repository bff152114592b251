import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The first result of a write made with an idempotency key: repeats return it, unchanged. */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyRecord {
  @PrimaryKey({ length: 100 })
  key: string;

  @Property({ length: 60 })
  operation: string;

  /** sha256 of the operation's canonical input: the same key with other input is a CONFLICT. */
  @Property({ length: 64 })
  requestHash: string;

  @Property({ type: 'uuid' })
  resultId: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(key: string, operation: string, requestHash: string, resultId: string) {
    this.key = key;
    this.operation = operation;
    this.requestHash = requestHash;
    this.resultId = resultId;
  }
}
