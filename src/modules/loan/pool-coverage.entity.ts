import { Check, Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType, RateType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { RiskPool } from '../pool/risk-pool.entity';
import { CoverageStatus } from './loan.enums';
import { Loan } from './loan.entity';

/** A loan enrolled in a pool, with the pool's share frozen at enrolment. One per loan. */
@ObjectType({ description: '贷款入池(风险补偿覆盖) / A loan covered by a pool' })
@Entity({ tableName: 'pool_coverage' })
@Check({ name: 'pool_coverage_amounts', expression: `"covered_principal" > 0 and "pool_share" > 0 and "pool_share" <= 1` })
@Index({ properties: ['pool', 'status'] })
export class PoolCoverage extends BaseEntity<'status' | 'releasedOn'> {
  @OneToOne(() => Loan, { owner: true, unique: true, deleteRule: 'restrict' })
  loan: Loan;

  @ManyToOne(() => RiskPool, { deleteRule: 'restrict' })
  pool: RiskPool;

  @Field(() => MoneyScalar, { description: '入池本金 / Principal covered at enrolment' })
  @Property({ type: MoneyType })
  coveredPrincipal: Dec;

  @Field(() => RateScalar, { description: '入池时锁定的资金池分担比例 / The pool\'s loss share, frozen at enrolment' })
  @Property({ type: RateType })
  poolShare: Dec;

  @Field(() => CoverageStatus)
  @Enum({ items: () => CoverageStatus, default: CoverageStatus.ACTIVE })
  status: CoverageStatus = CoverageStatus.ACTIVE;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  enrolledOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  releasedOn: string | null = null;

  constructor(loan: Loan, pool: RiskPool, coveredPrincipal: Dec, poolShare: Dec, enrolledOn: string) {
    super();
    this.loan = loan;
    this.pool = pool;
    this.coveredPrincipal = coveredPrincipal;
    this.poolShare = poolShare;
    this.enrolledOn = enrolledOn;
  }
}
