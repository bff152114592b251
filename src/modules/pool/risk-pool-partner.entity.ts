import { Entity, Index, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { Bank } from '../bank/bank.entity';
import { RiskPool } from './risk-pool.entity';

/** A bank that lends under a pool's cover (合作银行). */
@Entity({ tableName: 'risk_pool_partner' })
@Index({ name: 'risk_pool_partner_bank_id_index', properties: ['bank'] })
export class RiskPoolPartner {
  [PrimaryKeyProp]?: ['pool', 'bank'];

  @ManyToOne(() => RiskPool, { primary: true, deleteRule: 'cascade' })
  pool: RiskPool;

  @ManyToOne(() => Bank, { primary: true, deleteRule: 'restrict' })
  bank: Bank;

  constructor(pool: RiskPool, bank: Bank) {
    this.pool = pool;
    this.bank = bank;
  }
}
