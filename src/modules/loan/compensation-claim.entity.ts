import { Check, Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType, RateType } from '../../common/column-types';
import { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { RiskPool } from '../pool/risk-pool.entity';
import { ClaimStatus } from './loan.enums';
import { Loan } from './loan.entity';
import { PoolCoverage } from './pool-coverage.entity';

/**
 * A bank's claim on a pool for a defaulted covered loan: outstanding principal at default x the
 * share frozen at enrolment. Paid by a COMPENSATION ledger entry; later recoveries return the
 * same share to the pool.
 */
@ObjectType({ description: '代偿申请 / A compensation claim' })
@Entity({ tableName: 'compensation_claim' })
@Check({ name: 'compensation_claim_amounts', expression: `"outstanding_at_default" >= 0 and "amount_claimed" >= 0 and "recovered_total" >= 0 and "returned_to_pool" >= 0` })
export class CompensationClaim extends BaseEntity<'status' | 'decidedOn' | 'rejectionReason' | 'paidOn' | 'recoveredTotal' | 'returnedToPool'> {
  @OneToOne(() => PoolCoverage, { owner: true, unique: true, deleteRule: 'restrict' })
  coverage: PoolCoverage;

  @ManyToOne(() => Loan, { deleteRule: 'restrict' })
  @Index()
  loan: Loan;

  @ManyToOne(() => RiskPool, { deleteRule: 'restrict' })
  @Index()
  pool: RiskPool;

  @Field(() => MoneyScalar, { description: '违约时未偿本金 / Outstanding principal at default' })
  @Property({ type: MoneyType })
  outstandingAtDefault: Dec;

  @Field(() => RateScalar, { description: '锁定的分担比例 / The frozen pool share' })
  @Property({ type: RateType })
  poolShare: Dec;

  @Field(() => MoneyScalar, { description: '申请代偿金额 = 未偿本金×分担比例 / Amount claimed = outstanding x share' })
  @Property({ type: MoneyType })
  amountClaimed: Dec;

  @Field(() => ClaimStatus)
  @Enum({ items: () => ClaimStatus, default: ClaimStatus.FILED })
  status: ClaimStatus = ClaimStatus.FILED;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  filedOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;

  @Field(() => MoneyScalar, { description: '向借款人追回的本金合计 / Principal recovered from the borrower so far' })
  @Property({ type: MoneyType })
  recoveredTotal: Dec = new Dec(0);

  @Field(() => MoneyScalar, { description: '已返还资金池合计 / Returned to the pool so far' })
  @Property({ type: MoneyType })
  returnedToPool: Dec = new Dec(0);

  constructor(coverage: PoolCoverage, loan: Loan, pool: RiskPool, outstandingAtDefault: Dec, poolShare: Dec, filedOn: string) {
    super();
    this.coverage = coverage;
    this.loan = loan;
    this.pool = pool;
    this.outstandingAtDefault = outstandingAtDefault;
    this.poolShare = poolShare;
    // Fen, rounded half-up.
    this.amountClaimed = outstandingAtDefault.times(poolShare).toDecimalPlaces(2);
    this.filedOn = filedOn;
  }
}
