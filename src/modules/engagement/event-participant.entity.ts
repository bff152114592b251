import { Entity, Index, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';

/** A bank present at an event. */
@Entity({ tableName: 'event_bank' })
export class EventBank {
  [PrimaryKeyProp]?: ['event', 'bank'];

  @ManyToOne(() => MatchmakingEvent, { primary: true, deleteRule: 'cascade' })
  event: MatchmakingEvent;

  @ManyToOne(() => Bank, { primary: true, deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  constructor(event: MatchmakingEvent, bank: Bank) {
    this.event = event;
    this.bank = bank;
  }
}

/** A firm present at an event. */
@Entity({ tableName: 'event_firm' })
export class EventFirm {
  [PrimaryKeyProp]?: ['event', 'firm'];

  @ManyToOne(() => MatchmakingEvent, { primary: true, deleteRule: 'cascade' })
  event: MatchmakingEvent;

  @ManyToOne(() => Firm, { primary: true, deleteRule: 'restrict' })
  @Index()
  firm: Firm;

  constructor(event: MatchmakingEvent, firm: Firm) {
    this.event = event;
    this.firm = firm;
  }
}
