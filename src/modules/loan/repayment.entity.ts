import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { Loan } from './loan.entity';

@ObjectType({ description: '还款 / A repayment' })
@Entity({ tableName: 'repayment' })
@Check({ name: 'repayment_amounts', expression: `"principal" >= 0 and "interest" >= 0 and "principal" + "interest" > 0` })
export class Repayment extends BaseEntity {
  @ManyToOne(() => Loan, { deleteRule: 'restrict' })
  @Index()
  loan: Loan;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  paidOn: string;

  @Field(() => MoneyScalar, { description: '归还本金 / Principal repaid' })
  @Property({ type: MoneyType })
  principal: Dec;

  @Field(() => MoneyScalar, { description: '支付利息 / Interest paid' })
  @Property({ type: MoneyType })
  interest: Dec;

  @Field()
  @Property({ length: 50 })
  recordedBy: string;

  constructor(loan: Loan, paidOn: string, principal: Dec, interest: Dec, recordedBy: string) {
    super();
    this.loan = loan;
    this.paidOn = paidOn;
    this.principal = principal;
    this.interest = interest;
    this.recordedBy = recordedBy;
  }
}
