import { Check, Entity, Index, ManyToOne, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';

/**
 * An amount a bank and a firm signed at an event (意向签约): a promise, not money lent. What was
 * lent is the principal of the loans later linked to the signing (EventSigningLoan).
 */
@ObjectType({ description: '活动现场签约 / An amount a bank and a firm signed at an event' })
@Entity({ tableName: 'event_signing' })
@Check({ name: 'event_signing_amount_positive', expression: `"amount" > 0` })
@Unique({ properties: ['event', 'firm', 'bank'] })
export class EventSigning extends BaseEntity<'product' | 'note'> {
  @ManyToOne(() => MatchmakingEvent, { deleteRule: 'restrict' })
  event: MatchmakingEvent;

  @ManyToOne(() => Firm, { deleteRule: 'restrict' })
  @Index()
  firm: Firm;

  @ManyToOne(() => Bank, { deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  @ManyToOne(() => LoanProduct, { nullable: true, deleteRule: 'restrict' })
  product: LoanProduct | null = null;

  @Field(() => MoneyScalar, { description: '签约金额(元) / Amount signed (yuan)' })
  @Property({ type: MoneyType })
  amount: Dec;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  constructor(event: MatchmakingEvent, firm: Firm, bank: Bank, amount: Dec) {
    super();
    this.event = event;
    this.firm = firm;
    this.bank = bank;
    this.amount = amount;
  }
}

/** A loan that followed a signing. A loan follows at most one signing. */
@Entity({ tableName: 'event_signing_loan' })
export class EventSigningLoan {
  [PrimaryKeyProp]?: ['signing', 'loan'];

  @ManyToOne(() => EventSigning, { primary: true, deleteRule: 'restrict' })
  signing: EventSigning;

  @ManyToOne(() => Loan, { primary: true, deleteRule: 'restrict' })
  @Unique()
  loan: Loan;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(signing: EventSigning, loan: Loan) {
    this.signing = signing;
    this.loan = loan;
  }
}
