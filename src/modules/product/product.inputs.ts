import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { IndustrialChain, SizeClass } from '../firm/firm.enums';
import { Eligibility } from './eligibility.embeddable';
import { CollateralKind, LprTenor, ProductCategory, ProductStatus, RateKind } from './product.enums';

@InputType()
export class CreateProductInput {
  @Field(() => ID) bankId!: string;
  @Field(() => ID, { nullable: true, description: '经办支行(须属于该银行) / Handling branch, of the same bank' }) branchId?: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => ProductCategory) category!: ProductCategory;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => MoneyScalar) minAmount!: Dec;
  @Field(() => MoneyScalar) maxAmount!: Dec;
  @Field(() => Int) minTermMonths!: number;
  @Field(() => Int) maxTermMonths!: number;
  @Field(() => RateKind) rateKind!: RateKind;
  @Field(() => RateScalar, { nullable: true }) minRate?: Dec | null;
  @Field(() => RateScalar, { nullable: true }) maxRate?: Dec | null;
  @Field(() => LprTenor, { nullable: true }) lprTenor?: LprTenor | null;
  @Field(() => Int, { nullable: true }) minSpreadBps?: number | null;
  @Field(() => Int, { nullable: true }) maxSpreadBps?: number | null;
  @Field(() => [CollateralKind], { nullable: true }) collateralKinds?: CollateralKind[];
  @Field(() => String, { nullable: true }) collateralNote?: string | null;
  @Field(() => Eligibility, { nullable: true }) eligibility?: Eligibility;
  @Field(() => RateScalar, { nullable: true }) loanToValue?: Dec | null;
  @Field(() => ID, { nullable: true, description: '挂钩的风险补偿资金池(本行须为合作银行) / Risk pool it draws on; the bank must be a partner' }) riskPoolId?: string | null;
  @Field(() => Int, { nullable: true }) promisedResponseDays?: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) validFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validUntil?: string | null;
  @Field(() => [ID], { nullable: true, description: '联系人(本行人员),按顺序 / Contact officers of the same bank, in order' }) contactOfficerIds?: string[];
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType({ description: '只修改给出的字段;可空字段传null即清空 / Only the fields given change; null clears a nullable field' })
export class UpdateProductInput {
  @Field(() => ID, { nullable: true }) branchId?: string | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => ProductCategory, { nullable: true }) category?: ProductCategory;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) minAmount?: Dec;
  @Field(() => MoneyScalar, { nullable: true }) maxAmount?: Dec;
  @Field(() => Int, { nullable: true }) minTermMonths?: number;
  @Field(() => Int, { nullable: true }) maxTermMonths?: number;
  @Field(() => RateKind, { nullable: true }) rateKind?: RateKind;
  @Field(() => RateScalar, { nullable: true }) minRate?: Dec | null;
  @Field(() => RateScalar, { nullable: true }) maxRate?: Dec | null;
  @Field(() => LprTenor, { nullable: true }) lprTenor?: LprTenor | null;
  @Field(() => Int, { nullable: true }) minSpreadBps?: number | null;
  @Field(() => Int, { nullable: true }) maxSpreadBps?: number | null;
  @Field(() => [CollateralKind], { nullable: true }) collateralKinds?: CollateralKind[];
  @Field(() => String, { nullable: true }) collateralNote?: string | null;
  @Field(() => Eligibility, { nullable: true, description: '整体替换准入条件 / Replaces the eligibility criteria as a whole' }) eligibility?: Eligibility;
  @Field(() => RateScalar, { nullable: true }) loanToValue?: Dec | null;
  @Field(() => ID, { nullable: true, description: '挂钩的风险补偿资金池(本行须为合作银行) / Risk pool it draws on; the bank must be a partner' }) riskPoolId?: string | null;
  @Field(() => Int, { nullable: true }) promisedResponseDays?: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) validFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validUntil?: string | null;
  @Field(() => [ID], { nullable: true, description: '整体替换联系人 / Replaces the contact list' }) contactOfficerIds?: string[];
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class ProductFilter {
  @Field(() => [ProductStatus], { nullable: true, description: '默认只列已发布产品 / Defaults to published products only' }) statuses?: ProductStatus[];
  @Field(() => [ProductCategory], { nullable: true }) categories?: ProductCategory[];
  @Field(() => ID, { nullable: true }) bankId?: string;
  @Field(() => IndustrialChain, { nullable: true, description: '面向该产业链(或不限) / Open to this chain (or to any)' }) chain?: IndustrialChain;
  @Field(() => SizeClass, { nullable: true, description: '面向该规模(或不限) / Open to this size class (or to any)' }) sizeClass?: SizeClass;
  @Field(() => MoneyScalar, { nullable: true, description: '金额在产品额度范围内 / The amount lies within the product\'s range' }) amount?: Dec;
  @Field(() => Int, { nullable: true, description: '期限在产品期限范围内 / The term lies within the product\'s range' }) termMonths?: number;
  @Field(() => String, { nullable: true, description: '名称包含 / Name contains' }) search?: string;
}
