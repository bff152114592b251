import { Field, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { IndustrialChain, KnowledgeValueGrade, QualificationKind, SizeClass, TaxCreditGrade } from './firm.enums';

@InputType()
export class CreateFirmInput {
  @Field({ description: '统一社会信用代码 / Unified social credit code' }) creditCode!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => IndustrialChain) chain!: IndustrialChain;
  @Field(() => SizeClass) sizeClass!: SizeClass;
  @Field(() => GraphQLLocalDate) foundedOn!: string;
  @Field(() => Int) employees!: number;
  @Field(() => MoneyScalar) annualRevenue!: Dec;
  @Field(() => MoneyScalar) rdSpend!: Dec;
  @Field(() => TaxCreditGrade) taxCreditGrade!: TaxCreditGrade;
  @Field(() => Int, { nullable: true }) knowledgeValueScore?: number | null;
  @Field(() => KnowledgeValueGrade, { nullable: true }) knowledgeValueGrade?: KnowledgeValueGrade | null;
  @Field(() => Boolean, { nullable: true }) isFictional?: boolean;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType({ description: '只修改给出的字段 / Only the fields given change' })
export class UpdateFirmInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => IndustrialChain, { nullable: true }) chain?: IndustrialChain;
  @Field(() => SizeClass, { nullable: true }) sizeClass?: SizeClass;
  @Field(() => GraphQLLocalDate, { nullable: true }) foundedOn?: string;
  @Field(() => Int, { nullable: true }) employees?: number;
  @Field(() => MoneyScalar, { nullable: true }) annualRevenue?: Dec;
  @Field(() => MoneyScalar, { nullable: true }) rdSpend?: Dec;
  @Field(() => TaxCreditGrade, { nullable: true }) taxCreditGrade?: TaxCreditGrade;
  @Field(() => Int, { nullable: true }) knowledgeValueScore?: number | null;
  @Field(() => KnowledgeValueGrade, { nullable: true }) knowledgeValueGrade?: KnowledgeValueGrade | null;
  @Field(() => Boolean, { nullable: true }) isFictional?: boolean;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class FirmFilter {
  @Field(() => IndustrialChain, { nullable: true }) chain?: IndustrialChain;
  @Field(() => SizeClass, { nullable: true }) sizeClass?: SizeClass;
  @Field(() => QualificationKind, { nullable: true, description: '今天仍有效的资质 / Holds this qualification, valid today' })
  qualification?: QualificationKind;
  @Field(() => String, { nullable: true, description: '名称包含,或信用代码等于 / Name contains, or credit code equals' }) search?: string;
}

@InputType()
export class QualificationInput {
  @Field(() => QualificationKind) kind!: QualificationKind;
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
  @Field(() => GraphQLLocalDate) validFrom!: string;
  @Field(() => GraphQLLocalDate) validUntil!: string;
}

@InputType()
export class UpdateQualificationInput {
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) validUntil?: string;
}

