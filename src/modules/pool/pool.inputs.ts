import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { DecimalScalar, MoneyScalar, RateScalar } from '../../common/scalars';
import { ManualLedgerKind, PoolKind, PoolStatus } from './pool.enums';

@InputType()
export class CreateRiskPoolInput {
  @Field() name!: string;
  @Field(() => PoolKind) kind!: PoolKind;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DecimalScalar) leverageCap!: Dec;
  @Field(() => RateScalar) poolShare!: Dec;
  @Field(() => MoneyScalar) perFirmCap!: Dec;
  @Field(() => RateScalar) warningRatio!: Dec;
  @Field(() => RateScalar) stopRatio!: Dec;
  @Field(() => GraphQLLocalDate, { nullable: true }) establishedOn?: string | null;
  @Field(() => [ID], { nullable: true, description: '合作银行 / Partner banks' }) partnerBankIds?: string[];
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType({ description: '只修改给出的字段;分担比例的修改只影响此后入池的贷款 / Only the fields given change; a new pool share applies to loans enrolled afterwards' })
export class UpdateRiskPoolInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) leverageCap?: Dec;
  @Field(() => RateScalar, { nullable: true }) poolShare?: Dec;
  @Field(() => MoneyScalar, { nullable: true }) perFirmCap?: Dec;
  @Field(() => RateScalar, { nullable: true }) warningRatio?: Dec;
  @Field(() => RateScalar, { nullable: true }) stopRatio?: Dec;
  @Field(() => [ID], { nullable: true, description: '整体替换合作银行 / Replaces the partner banks' }) partnerBankIds?: string[];
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class RecordPoolEntryInput {
  @Field(() => ID) poolId!: string;
  @Field(() => ManualLedgerKind) kind!: ManualLedgerKind;
  @Field(() => MoneyScalar) amount!: Dec;
  @Field(() => GraphQLLocalDate) entryDate!: string;
  @Field({ description: '凭证号 / Voucher reference' }) voucherRef!: string;
  @Field({ description: '记录人 / Who records it' }) recordedBy!: string;
  @Field(() => String, { nullable: true }) memo?: string | null;
  @Field({ description: '幂等键:重复提交只记一次 / Idempotency key: a repeat is recorded once' }) idempotencyKey!: string;
}

@InputType()
export class ReversePoolEntryInput {
  @Field(() => ID) entryId!: string;
  @Field(() => GraphQLLocalDate) entryDate!: string;
  @Field() voucherRef!: string;
  @Field() recordedBy!: string;
  @Field({ description: '冲正原因 / Why it is reversed' }) reason!: string;
  @Field() idempotencyKey!: string;
}
