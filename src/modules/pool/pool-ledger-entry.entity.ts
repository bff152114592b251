import { Check, Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { CompensationClaim } from '../loan/compensation-claim.entity';
import { Loan } from '../loan/loan.entity';
import { LedgerKind } from './pool.enums';
import { RiskPool } from './risk-pool.entity';

/**
 * One line of a pool's ledger. Append-only: PostgreSQL itself refuses UPDATE and DELETE on
 * these rows (trigger in the pools migration). A mistake is corrected by a reversing entry of
 * the same kind, with the opposite sign, that points at the entry it reverses.
 */
@ObjectType({ description: '资金池台账分录(只增不改) / A pool ledger entry (append-only)' })
@Entity({ tableName: 'pool_ledger_entry' })
@Index({ name: 'pool_ledger_entry_pool_id_created_at_id_index', properties: ['pool', 'createdAt', 'id'] })
@Check({ name: 'pool_ledger_entry_amount_positive', expression: `"amount" > 0` })
@Check({ name: 'pool_ledger_entry_sign', expression: `"amount" * (case when "kind" = any (array['CONTRIBUTION', 'INTEREST', 'RECOVERY']) then 1 else -1 end) * (case when "reverses_id" is null then 1 else -1 end) = "signed_amount"` })
@Index({ properties: ['pool', 'entryDate'] })
export class PoolLedgerEntry extends BaseEntity<'memo' | 'loan' | 'claim' | 'reverses'> {
  @ManyToOne(() => RiskPool, { deleteRule: 'restrict' })
  pool: RiskPool;

  @Field(() => LedgerKind)
  @Enum({ items: () => LedgerKind })
  kind: LedgerKind;

  @Field(() => MoneyScalar, { description: '金额(正数) / Amount (positive)' })
  @Property({ type: MoneyType })
  amount: Dec;

  @Field(() => MoneyScalar, { description: '对余额的影响(带符号) / Effect on the balance, signed' })
  @Property({ type: MoneyType })
  signedAmount: Dec;

  @Field(() => GraphQLLocalDate, { description: '记账日期 / Date of the entry' })
  @Property({ type: 'date' })
  entryDate: string;

  @Field({ description: '凭证号 / Voucher reference' })
  @Property({ length: 60 })
  voucherRef: string;

  @Field({ description: '记录人 / Who recorded it' })
  @Property({ length: 50 })
  recordedBy: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  memo: string | null = null;

  @ManyToOne(() => Loan, { nullable: true, deleteRule: 'restrict' })
  @Index()
  loan: Loan | null = null;

  @ManyToOne(() => CompensationClaim, { nullable: true, deleteRule: 'restrict' })
  @Index()
  claim: CompensationClaim | null = null;

  /** The entry this one reverses; an entry is reversed at most once. */
  @OneToOne(() => PoolLedgerEntry, { nullable: true, owner: true, unique: true, deleteRule: 'restrict' })
  reverses: PoolLedgerEntry | null = null;

  constructor(init: { pool: RiskPool; kind: LedgerKind; amount: Dec; signedAmount: Dec; entryDate: string; voucherRef: string; recordedBy: string }) {
    super();
    this.pool = init.pool;
    this.kind = init.kind;
    this.amount = init.amount;
    this.signedAmount = init.signedAmount;
    this.entryDate = init.entryDate;
    this.voucherRef = init.voucherRef;
    this.recordedBy = init.recordedBy;
  }
}
