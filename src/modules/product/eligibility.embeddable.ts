import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../firm/firm.enums';

/** Who a product is for. An empty list means "any". */
@ObjectType({ description: '准入条件,空列表表示不限 / Eligibility criteria; an empty list means any' })
@InputType('EligibilityInput', { description: '准入条件 / Eligibility criteria' })
@Embeddable()
export class Eligibility {
  @Field(() => [IndustrialChain], { description: '适用产业链 / Industrial chains served' })
  @Enum({ items: () => IndustrialChain, array: true, default: [] })
  chains: IndustrialChain[] = [];

  @Field(() => [SizeClass], { description: '适用企业规模 / Size classes served' })
  @Enum({ items: () => SizeClass, array: true, default: [] })
  sizeClasses: SizeClass[] = [];

  @Field(() => [QualificationKind], { description: '须持有的有效资质(全部) / Qualifications the firm must hold, valid, all of them' })
  @Enum({ items: () => QualificationKind, array: true, default: [] })
  requiredQualifications: QualificationKind[] = [];

  @Field(() => Int, { nullable: true, description: '最低经营年限 / Minimum years in operation' })
  @Property({ type: 'smallint', nullable: true })
  minYearsOperating: number | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: '最低上年营业收入(元) / Minimum revenue in the last year (yuan)' })
  @Property({ type: MoneyType, nullable: true })
  minAnnualRevenue: Dec | null = null;

  @Field(() => TaxCreditGrade, { nullable: true, description: '最低纳税信用等级 / Minimum tax credit grade' })
  @Enum({ items: () => TaxCreditGrade, nullable: true })
  minTaxGrade: TaxCreditGrade | null = null;

  @Field({ description: '是否须拥有知识产权 / Whether the firm must own IP' })
  @Property({ default: false })
  ipRequired: boolean = false;
}
