import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { CollateralKind } from '../product/product.enums';
import { DemandSource, DemandStatus, EventKind, PairingStatus } from './engagement.enums';

const TODAY = '默认今天(中国时间) / Default: today in China';

// Pairings and visits

@InputType()
export class CreatePairingInput {
  @Field(() => ID, { description: '银行人员(通常为行长) / The bank officer, usually a branch president' }) officerId!: string;
  @Field(() => ID) firmId!: string;
  @Field(() => GraphQLLocalDate) startsOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: '计划结束日,空为长期 / Planned end; empty: open-ended' }) endsOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class EndPairingInput {
  @Field(() => ID) pairingId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class PairingFilter {
  @Field(() => ID, { nullable: true }) firmId?: string;
  @Field(() => ID, { nullable: true }) officerId?: string;
  @Field(() => ID, { nullable: true, description: '该银行人员的结对 / Pairings of this bank\'s officers' }) bankId?: string;
  @Field(() => [PairingStatus], { nullable: true }) statuses?: PairingStatus[];
}

@InputType()
export class RecordServiceVisitInput {
  @Field(() => ID) pairingId!: string;
  @Field(() => GraphQLLocalDate) visitedOn!: string;
  @Field({ description: '走访人员 / Who went' }) visitors!: string;
  @Field({ description: '发现的问题和需求 / What the visit found' }) findings!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: '跟进(回访)期限 / Follow-up due by' }) followUpDue?: string | null;
  @Field(() => String, { nullable: true, description: '跟进责任单位或责任人 / Who is responsible for the follow-up' }) followUpBy?: string | null;
}

@InputType()
export class CloseServiceVisitInput {
  @Field(() => ID) visitId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) closedOn?: string | null;
  @Field({ description: '办结情况 / How it was resolved' }) outcome!: string;
}

// Demands and offers

@InputType()
export class FileDemandInput {
  @Field(() => ID) firmId!: string;
  @Field(() => MoneyScalar) amount!: Dec;
  @Field(() => Int) termMonths!: number;
  @Field({ description: '资金用途 / What the money is for' }) purpose!: string;
  @Field(() => [CollateralKind], { nullable: true, description: '可提供的担保方式;不填为未说明,NONE为只能纯信用 / Security the firm can offer; empty: not stated; NONE: none at all' })
  collateralOffered?: CollateralKind[];
  @Field(() => String, { nullable: true }) collateralNote?: string | null;
  @Field(() => DemandSource) source!: DemandSource;
  @Field(() => ID, { nullable: true, description: '来源为VISIT时必填 / Required when the source is VISIT' }) visitId?: string | null;
  @Field(() => ID, { nullable: true, description: '来源为EVENT时必填 / Required when the source is EVENT' }) eventId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) filedOn?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: '申请的产品(已发布):登记当日即推送给该产品所属银行,答复期限按产品承诺天数;企业须符合其准入条件,金额和期限须在其范围内 / Apply under this published product: the demand is addressed to its bank on the day it is filed, due within the promised response days; the firm must meet its criteria and the amount and term must lie within its ranges',
  })
  productId?: string | null;
}

@InputType({ description: '推送的银行;指定产品则按产品承诺天数计答复期限,否则30天 / A bank to address; with a product the deadline is its promised response days, else 30 days' })
export class DemandTargetInput {
  @Field(() => ID) bankId!: string;
  @Field(() => ID, { nullable: true, description: '该行已发布的产品 / A published product of that bank' }) productId?: string | null;
}

@InputType()
export class RecommendDemandInput {
  @Field(() => ID) demandId!: string;
  @Field(() => [DemandTargetInput]) banks!: DemandTargetInput[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: '推送日期,期限自此日起算;' + TODAY }) on?: string | null;
}

@InputType()
export class MakeOfferInput {
  @Field(() => ID) demandId!: string;
  @Field(() => ID, { description: '答复的银行(须为需求推送的银行) / The answering bank (one the demand is addressed to)' }) bankId!: string;
  @Field(() => MoneyScalar) amount!: Dec;
  @Field(() => RateScalar) annualRate!: Dec;
  @Field(() => Int) termMonths!: number;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => GraphQLLocalDate) validUntil!: string;
  @Field(() => ID, { nullable: true, description: '报价所依据的产品,默认为推送时指定的产品 / The product offered; default: the one the demand was addressed under' }) productId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) answeredOn?: string | null;
}

@InputType()
export class DeclineDemandAtBankInput {
  @Field(() => ID) demandId!: string;
  @Field(() => ID) bankId!: string;
  @Field({ description: '拒绝原因 / Why the bank declines' }) reason!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) answeredOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: '是否转推给下一家产品适配的银行,默认是 / Route the demand on to the next bank whose products fit; default true' }) routeToNext?: boolean | null;
}

@InputType()
export class RouteDemandInput {
  @Field(() => ID) demandId!: string;
  @Field(() => ID, { description: '已拒绝或已超期未答复的银行 / A bank that declined, or let its deadline pass unanswered' }) fromBankId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) on?: string | null;
}

@InputType()
export class GrantCreditInput {
  @Field(() => ID) offerId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) on?: string | null;
}

@InputType()
export class RecordDemandDisbursedInput {
  @Field(() => ID) demandId!: string;
  @Field(() => ID, { description: '授信银行登记的贷款(recordLoan) / The loan the granting bank recorded (recordLoan)' }) loanId!: string;
}

@InputType()
export class DeclineDemandInput {
  @Field(() => ID) demandId!: string;
  @Field({ description: '未获融资的原因 / Why the demand ends without financing' }) reason!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: TODAY }) on?: string | null;
}

@InputType()
export class DemandFilter {
  @Field(() => ID, { nullable: true }) firmId?: string;
  @Field(() => ID, { nullable: true, description: '推送给该银行的需求 / Demands addressed to this bank' }) bankId?: string;
  @Field(() => [DemandStatus], { nullable: true }) statuses?: DemandStatus[];
  @Field(() => [DemandSource], { nullable: true }) sources?: DemandSource[];
}

// Matchmaking events

@InputType()
export class CreateMatchmakingEventInput {
  @Field() name!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field(() => GraphQLLocalDate) heldOn!: string;
  @Field() place!: string;
  @Field(() => String, { nullable: true }) organizer?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [ID], { nullable: true, description: '到场银行 / Banks present' }) bankIds?: string[];
  @Field(() => [ID], { nullable: true, description: '到场企业 / Firms present' }) firmIds?: string[];
}

@InputType({ description: '补登到场的银行和企业(已登记的不重复) / Add banks and firms present (those already listed are kept once)' })
export class AddEventParticipantsInput {
  @Field(() => ID) eventId!: string;
  @Field(() => [ID], { nullable: true }) bankIds?: string[];
  @Field(() => [ID], { nullable: true }) firmIds?: string[];
}

@InputType()
export class RecordEventSigningInput {
  @Field(() => ID) eventId!: string;
  @Field(() => ID, { description: '到场企业 / A firm present' }) firmId!: string;
  @Field(() => ID, { description: '到场银行 / A bank present' }) bankId!: string;
  @Field(() => MoneyScalar, { description: '签约金额(元) / Amount signed (yuan)' }) amount!: Dec;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class LinkEventLoanInput {
  @Field(() => ID) signingId!: string;
  @Field(() => ID, { description: '签约后该行向该企业发放的贷款 / A loan the bank later disbursed to the firm' }) loanId!: string;
}

@InputType()
export class EventFilter {
  @Field(() => [EventKind], { nullable: true }) kinds?: EventKind[];
  @Field(() => GraphQLLocalDate, { nullable: true }) heldFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) heldTo?: string;
}
