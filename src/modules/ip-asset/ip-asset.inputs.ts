import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { IpKind } from './ip-asset.entity';

@InputType()
export class CreateIpAssetInput {
  @Field(() => ID) firmId!: string;
  @Field(() => IpKind) kind!: IpKind;
  @Field() number!: string;
  @Field() title!: string;
  @Field(() => GraphQLLocalDate) expiresOn!: string;
  @Field(() => Boolean, { nullable: true }) annualFeePaid?: boolean;
  @Field(() => MoneyScalar, { nullable: true }) appraisedValue?: Dec | null;
  @Field(() => String, { nullable: true }) appraiser?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) appraisedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) pledged?: boolean;
}

@InputType({ description: '只修改给出的字段 / Only the fields given change' })
export class UpdateIpAssetInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) expiresOn?: string;
  @Field(() => Boolean, { nullable: true }) annualFeePaid?: boolean;
  @Field(() => MoneyScalar, { nullable: true }) appraisedValue?: Dec | null;
  @Field(() => String, { nullable: true }) appraiser?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) appraisedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) pledged?: boolean;
}

@InputType()
export class IpAssetFilter {
  @Field(() => ID, { nullable: true }) firmId?: string;
  @Field(() => IpKind, { nullable: true }) kind?: IpKind;
  @Field(() => Boolean, { nullable: true }) pledged?: boolean;
}
