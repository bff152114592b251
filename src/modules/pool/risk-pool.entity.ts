import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType, MultipleType, RateType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { DecimalScalar, MoneyScalar, RateScalar } from '../../common/scalars';
import { PoolKind, PoolStatus } from './pool.enums';

/**
 * A government risk pool (风险补偿资金池). Its balance is never stored: it is the sum of its
 * ledger. Covered outstanding principal may not exceed balance x leverageCap.
 */
@ObjectType({ description: '风险补偿资金池 / A government risk pool' })
@Entity({ tableName: 'risk_pool' })
@Check({ name: 'risk_pool_parameters', expression: `"leverage_cap" > 0 and "pool_share" > 0 and "pool_share" <= 1 and "per_firm_cap" > 0 and "warning_ratio" >= 0 and "warning_ratio" <= "stop_ratio" and "stop_ratio" <= 1` })
export class RiskPool extends BaseEntity<'description' | 'status' | 'establishedOn' | 'sourceNote'> {
  @Field()
  @Property({ length: 100 })
  @Unique()
  name: string;

  @Field(() => PoolKind)
  @Enum({ items: () => PoolKind })
  kind: PoolKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => DecimalScalar, { description: '放大倍数:在保贷款余额不得超过余额×倍数 / Leverage cap: covered outstanding may not exceed balance x this' })
  @Property({ type: MultipleType })
  leverageCap: Dec;

  @Field(() => RateScalar, { description: '资金池承担本金损失的比例 / The pool\'s share of a principal loss' })
  @Property({ type: RateType })
  poolShare: Dec;

  @Field(() => MoneyScalar, { description: '单户在保贷款上限(元) / Most covered outstanding per firm (yuan)' })
  @Property({ type: MoneyType })
  perFirmCap: Dec;

  @Field(() => RateScalar, { description: '不良率预警线 / Bad-loan ratio that raises a warning' })
  @Property({ type: RateType })
  warningRatio: Dec;

  @Field(() => RateScalar, { description: '不良率暂停线:达到即停止新增和代偿 / Bad-loan ratio at which new cover and claims stop' })
  @Property({ type: RateType })
  stopRatio: Dec;

  @Field(() => PoolStatus)
  @Enum({ items: () => PoolStatus, default: PoolStatus.ACTIVE })
  status: PoolStatus = PoolStatus.ACTIVE;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '设立日期 / Established on' })
  @Property({ type: 'date', nullable: true })
  establishedOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(init: { name: string; kind: PoolKind; leverageCap: Dec; poolShare: Dec; perFirmCap: Dec; warningRatio: Dec; stopRatio: Dec }) {
    super();
    this.name = init.name;
    this.kind = init.kind;
    this.leverageCap = init.leverageCap;
    this.poolShare = init.poolShare;
    this.perFirmCap = init.perFirmCap;
    this.warningRatio = init.warningRatio;
    this.stopRatio = init.stopRatio;
  }
}
