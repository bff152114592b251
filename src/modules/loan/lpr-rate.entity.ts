import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { RateType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { RateScalar } from '../../common/scalars';
import { LprTenor } from '../product/product.enums';

/** The loan prime rate (贷款市场报价利率) as published, from the day it took effect. */
@ObjectType({ description: '贷款市场报价利率(LPR) / A published loan prime rate' })
@Entity({ tableName: 'lpr_rate' })
@Check({ name: 'lpr_rate_range', expression: `"rate" > 0 and "rate" < 1` })
@Unique({ properties: ['tenor', 'effectiveOn'] })
export class LprRate extends BaseEntity {
  @Field(() => LprTenor)
  @Enum({ items: () => LprTenor })
  tenor: LprTenor;

  @Field(() => GraphQLLocalDate, { description: '生效日 / Effective from' })
  @Property({ type: 'date' })
  effectiveOn: string;

  @Field(() => RateScalar)
  @Property({ type: RateType })
  rate: Dec;

  constructor(tenor: LprTenor, effectiveOn: string, rate: Dec) {
    super();
    this.tenor = tenor;
    this.effectiveOn = effectiveOn;
    this.rate = rate;
  }
}
