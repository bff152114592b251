import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Context } from '../../context';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { DemandAddressee } from './demand-addressee.entity';
import { JourneyStepKind } from './engagement.enums';
import { EventSigning } from './event-signing.entity';
import { FinancingDemand } from './financing-demand.entity';
import { Offer } from './offer.entity';
import { Pairing } from './pairing.entity';
import { ServiceVisit } from './service-visit.entity';
import { ViewsService } from './views.service';
import { Role } from '../auth/auth.types';
import { assertActsForFirm } from './engagement.access';

@ObjectType({ description: '银行答复时效 / How one bank answers the demands addressed to it' })
export class BankResponseStats {
  bankId!: string;
  @Field(() => Int, { description: '推送给该行的需求数 / Demands addressed to it' }) addressed!: number;
  @Field(() => Int, { description: '已答复(报价或拒绝) / Answered, by offer or decline' }) answered!: number;
  @Field(() => Int, { description: '按期答复 / Answered on or before the deadline' }) answeredInTime!: number;
  @Field(() => Int, { description: '超期答复 / Answered after the deadline' }) answeredLate!: number;
  @Field(() => Int, { description: '超期仍未答复(含超期后撤回的) / Not answered, deadline passed (also those withdrawn after it)' }) unansweredPastDue!: number;
  @Field(() => Int, { description: '待答复(含未到期的) / Still awaiting an answer, due or not' }) awaiting!: number;
  @Field(() => RateScalar, { nullable: true, description: '按期答复占比 = 按期 / (按期 + 超期答复 + 超期未答复);尚无可判定的为空 / Share answered in time: in time / (in time + late + unanswered past due); empty while none can be judged' })
  shareInTime!: Dec | null;
  @Field(() => Float, { nullable: true, description: '答复用时中位数(自然日,自推送日至答复日) / Median days from addressed to answered (calendar days)' })
  medianResponseDays!: number | null;
}

@ObjectType({ description: '企业融资历程中的一步 / One step of a firm\'s journey' })
export class JourneyStep {
  @Field(() => GraphQLLocalDate) on!: string;
  @Field(() => JourneyStepKind) kind!: JourneyStepKind;
  @Field({ description: '中文 / English' }) summary!: string;
  @Field(() => ID, { description: '该步骤对应记录的ID(结对、走访、需求、推送、答复、签约或贷款) / The id of the record behind the step (pairing, visit, demand, addressing, answer, signing or loan)' })
  subjectId!: string;
}

@ObjectType({ description: '企业从走访到放款的全过程 / A firm\'s whole journey, from the first visit to the money lent' })
export class FirmJourney {
  @Field(() => Firm) firm!: Firm;
  @Field(() => [Pairing]) pairings!: Pairing[];
  @Field(() => [ServiceVisit]) visits!: ServiceVisit[];
  @Field(() => [EventSigning], { description: '在对接活动中的签约 / Amounts it signed at events' }) eventSignings!: EventSigning[];
  @Field(() => [FinancingDemand]) demands!: FinancingDemand[];
  @Field(() => [DemandAddressee], { description: '各需求推送的银行及期限 / Every bank its demands went to, with the deadlines' }) addressees!: DemandAddressee[];
  @Field(() => [Offer], { description: '银行的答复 / The banks\' answers' }) offers!: Offer[];
  @Field(() => [Loan], { description: '该企业的全部贷款 / All its loans' }) loans!: Loan[];
  @Field(() => MoneyScalar, { description: '融资需求合计 / Total sought in its demands' }) amountSought!: Dec;
  @Field(() => MoneyScalar, { description: '贷款本金合计 / Total principal lent to it' }) amountLent!: Dec;
  @Field(() => [JourneyStep], { description: '按日期排列的全过程 / Every step, by date' }) steps!: JourneyStep[];
}

@Resolver(() => BankResponseStats)
export class EngagementViewsResolver {
  @Authorized(Role.FINANCE_OFFICE)
  @Query(() => [BankResponseStats], {
    description: '各银行答复时效:按期答复占比和答复用时中位数(按推送日筛选) / Each bank\'s answering: share in time and median response days, over demands addressed from `from` to `to`',
  })
  async bankResponseStats(
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | undefined,
    @Arg('bankIds', () => [ID], { nullable: true }) bankIds: string[] | undefined,
    @Ctx() { em }: Context,
  ): Promise<BankResponseStats[]> {
    const rows = await ViewsService.bankResponseStats(em, { from, to, bankIds });
    return rows.map((r) => Object.assign(new BankResponseStats(), r));
  }

  @FieldResolver(() => Bank)
  async bank(@Root() s: BankResponseStats, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(s.bankId))!;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Query(() => FirmJourney, { description: '企业融资全过程:结对、走访、活动签约、需求、银行答复、贷款 / A firm\'s whole journey: pairings, visits, event signings, demands, answers, loans' })
  async firmJourney(@Arg('firmId', () => ID) firmId: string, @Ctx() { em, loaders, actor }: Context): Promise<FirmJourney> {
    assertActsForFirm(actor, firmId);
    return Object.assign(new FirmJourney(), await ViewsService.firmJourney(em, loaders, firmId));
  }
}
