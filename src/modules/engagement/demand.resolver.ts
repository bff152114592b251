import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Context } from '../../context';
import { daysBetween, todayInZone } from '../../common/dates';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { DemandAddressee } from './demand-addressee.entity';
import { DemandService } from './demand.service';
import { AddresseeStatus } from './engagement.enums';
import {
  DeclineDemandAtBankInput,
  DeclineDemandInput,
  DemandFilter,
  FileDemandInput,
  GrantCreditInput,
  MakeOfferInput,
  RecommendDemandInput,
  RecordDemandDisbursedInput,
  RouteDemandInput,
} from './engagement.inputs';
import { FinancingDemand } from './financing-demand.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';
import { Offer } from './offer.entity';
import { ServiceVisit } from './service-visit.entity';
import { ViewsService } from './views.service';
import { Role } from '../auth/auth.types';

@ObjectType()
export class FinancingDemandConnection extends Connection(FinancingDemand) {}

@Resolver(() => FinancingDemand)
export class FinancingDemandResolver {
  @Authorized()
  @Query(() => FinancingDemand, { description: '按ID查融资需求 / One financing demand by id' })
  financingDemand(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<FinancingDemand> {
    return DemandService.get(em, actor, id);
  }

  @Authorized()
  @Query(() => FinancingDemandConnection, { description: '融资需求列表 / Financing demands, filtered and paginated' })
  async financingDemands(
    @Arg('filter', () => DemandFilter, { nullable: true }) filter: DemandFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<FinancingDemandConnection> {
    return toConnection(FinancingDemandConnection, await DemandService.list(em, actor, filter, page));
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Query(() => [DemandAddressee], {
    description: '超过答复期限仍未答复的银行(期限早于asOf,默认今天),最早到期的在前;银行答复后即移出 / Banks past their deadline with no answer (due before asOf, default today), the longest overdue first; an answer takes a row off',
  })
  overdueDemands(
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf: string | undefined,
    @Arg('bankId', () => ID, { nullable: true }) bankId: string | undefined,
    @Ctx() { em, actor }: Context,
  ): Promise<DemandAddressee[]> {
    // A bank sees only its own overdue answers, whatever bankId it names.
    return ViewsService.overdueDemands(em, asOf ?? todayInZone(), actor?.role === Role.BANK ? actor.bankId : bankId);
  }

  @FieldResolver(() => Firm)
  async firm(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(d.firm.id))!;
  }

  @FieldResolver(() => ServiceVisit, { nullable: true, description: '登记该需求的走访 / The visit it was recorded at' })
  visit(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<ServiceVisit | null> | null {
    // Another bank's visit notes are its own: the ServiceVisit rule (engagement.access.ts) answers null to it.
    return d.visit ? loaders.visit.load(d.visit.id) : null;
  }

  @FieldResolver(() => MatchmakingEvent, { nullable: true, description: '登记该需求的对接活动 / The event it was recorded at' })
  event(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<MatchmakingEvent | null> | null {
    return d.event ? loaders.event.load(d.event.id) : null;
  }

  @FieldResolver(() => [DemandAddressee], { description: '推送的银行及答复期限 / The banks it is addressed to, with their deadlines' })
  addressees(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<DemandAddressee[]> {
    return loaders.addresseesByDemand.load(d.id);
  }

  @FieldResolver(() => [Offer], { description: '银行的答复(报价和拒绝) / The banks\' answers, offers and declines' })
  offers(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<Offer[]> {
    return loaders.offersByDemand.load(d.id);
  }

  @FieldResolver(() => Offer, { nullable: true, description: '据以授信的报价 / The offer credit was granted on' })
  grantedOffer(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<Offer | null> | null {
    return d.grantedOffer ? loaders.offer.load(d.grantedOffer.id) : null;
  }

  @FieldResolver(() => Loan, { nullable: true, description: '满足该需求的贷款 / The loan that met it' })
  loan(@Root() d: FinancingDemand, @Ctx() { loaders }: Context): Promise<Loan | null> | null {
    return d.loan ? loaders.loan.load(d.loan.id) : null;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => FinancingDemand, { description: '登记融资需求(线上、走访或活动) / File a financing demand (online, at a visit or at an event)' })
  fileDemand(@Arg('input', () => FileDemandInput) input: FileDemandInput, @Ctx() { em, actor }: Context): Promise<FinancingDemand> {
    return DemandService.file(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => FinancingDemand, { description: '推荐(推送)给银行,各行答复期限自推送日起算 / Recommend (address) the demand to banks; each bank\'s deadline runs from that day' })
  recommendDemand(@Arg('input', () => RecommendDemandInput) input: RecommendDemandInput, @Ctx() { em }: Context): Promise<FinancingDemand> {
    return DemandService.recommend(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => DemandAddressee, { description: '从已拒绝或超期未答复的银行转推给下一家适配的银行 / Route the demand on from a bank that declined or let its deadline pass, to the next bank whose products fit' })
  routeDemand(@Arg('input', () => RouteDemandInput) input: RouteDemandInput, @Ctx() { em }: Context): Promise<DemandAddressee> {
    return DemandService.route(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => FinancingDemand, { description: '依据一项报价授信 / Credit granted on one offer' })
  grantCredit(@Arg('input', () => GrantCreditInput) input: GrantCreditInput, @Ctx() { em, actor }: Context): Promise<FinancingDemand> {
    return DemandService.grantCredit(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => FinancingDemand, { description: '关联授信银行发放的贷款,需求完成 / Link the loan the granting bank disbursed: the demand is met' })
  recordDemandDisbursed(@Arg('input', () => RecordDemandDisbursedInput) input: RecordDemandDisbursedInput, @Ctx() { em, actor }: Context): Promise<FinancingDemand> {
    return DemandService.recordDisbursed(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => FinancingDemand, { description: '需求终止,未获融资(附原因) / The demand ends without financing, with a reason' })
  declineDemand(@Arg('input', () => DeclineDemandInput) input: DeclineDemandInput, @Ctx() { em, actor }: Context): Promise<FinancingDemand> {
    return DemandService.decline(em, actor, input);
  }
}

@Resolver(() => DemandAddressee)
export class DemandAddresseeResolver {
  @FieldResolver(() => FinancingDemand)
  async demand(@Root() a: DemandAddressee, @Ctx() { loaders }: Context): Promise<FinancingDemand> {
    return (await loaders.demand.load(a.demand.id))!;
  }

  @FieldResolver(() => Bank)
  async bank(@Root() a: DemandAddressee, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(a.bank.id))!;
  }

  @FieldResolver(() => LoanProduct, { nullable: true, description: '推送时指定的产品 / The product it was addressed under, if any' })
  product(@Root() a: DemandAddressee, @Ctx() { loaders }: Context): Promise<LoanProduct | null> | null {
    return a.product ? loaders.product.load(a.product.id) : null;
  }

  @FieldResolver(() => Offer, { nullable: true, description: '该行的答复 / The bank\'s answer' })
  async answer(@Root() a: DemandAddressee, @Ctx() { loaders }: Context): Promise<Offer | null> {
    return (await loaders.offerByAddressee.load(a.id))[0] ?? null;
  }

  @FieldResolver(() => DemandAddressee, { nullable: true, description: '从哪家银行转推而来 / The bank it was routed on from' })
  routedFrom(@Root() a: DemandAddressee, @Ctx() { loaders }: Context): Promise<DemandAddressee | null> | null {
    return a.routedFrom ? loaders.addressee.load(a.routedFrom.id) : null;
  }

  @FieldResolver(() => DemandAddressee, { nullable: true, description: '转推给了哪家银行 / Where the demand was routed on to from this bank' })
  async routedTo(@Root() a: DemandAddressee, @Ctx() { loaders }: Context): Promise<DemandAddressee | null> {
    return (await loaders.addresseeRoutedFrom.load(a.id))[0] ?? null;
  }

  @FieldResolver(() => Boolean, { description: '是否已超期未答复(按今天) / Whether it is past its deadline with no answer, today' })
  overdue(@Root() a: DemandAddressee): boolean {
    return a.status === AddresseeStatus.AWAITING && a.dueOn < todayInZone();
  }

  @FieldResolver(() => Int, {
    description: '超期天数:已答复按答复日,撤回按撤回日,待答复按asOf(默认今天);按时为0 / Days past the deadline: to the answer, to the withdrawal, or to asOf (default today) while awaiting; 0 when on time',
  })
  daysLate(@Root() a: DemandAddressee, @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string): number {
    const end = a.answeredOn ?? a.withdrawnOn ?? asOf ?? todayInZone();
    return Math.max(0, daysBetween(a.dueOn, end));
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @FieldResolver(() => FinancingDemand)
  async demand(@Root() o: Offer, @Ctx() { loaders }: Context): Promise<FinancingDemand> {
    return (await loaders.demand.load(o.demand.id))!;
  }

  @FieldResolver(() => Bank)
  async bank(@Root() o: Offer, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(o.bank.id))!;
  }

  @FieldResolver(() => LoanProduct, { nullable: true })
  product(@Root() o: Offer, @Ctx() { loaders }: Context): Promise<LoanProduct | null> | null {
    return o.product ? loaders.product.load(o.product.id) : null;
  }

  @FieldResolver(() => DemandAddressee, { description: '所答复的推送(含期限) / The addressing it answers, with its deadline' })
  async addressee(@Root() o: Offer, @Ctx() { loaders }: Context): Promise<DemandAddressee> {
    return (await loaders.addressee.load(o.addressee.id))!;
  }

  @FieldResolver(() => Boolean, { description: '是否在期限内答复 / Whether the bank answered by its deadline' })
  async answeredInTime(@Root() o: Offer, @Ctx() { loaders }: Context): Promise<boolean> {
    return o.answeredOn <= (await loaders.addressee.load(o.addressee.id))!.dueOn;
  }

  @FieldResolver(() => DemandAddressee, { nullable: true, description: '拒绝后转推给的银行(无适配银行时为空) / Where the demand was routed on after this decline (empty when no other bank fits)' })
  async routedTo(@Root() o: Offer, @Ctx() { loaders }: Context): Promise<DemandAddressee | null> {
    return (await loaders.addresseeRoutedFrom.load(o.addressee.id))[0] ?? null;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Offer, { description: '银行报价;首个报价使需求进入洽谈 / A bank makes an offer; the first offer puts the demand in talks' })
  makeOffer(@Arg('input', () => MakeOfferInput) input: MakeOfferInput, @Ctx() { em, actor }: Context): Promise<Offer> {
    return DemandService.makeOffer(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Offer, {
    description: '银行拒绝(附原因);尚无报价时默认转推给下一家产品适配的银行 / A bank declines, with a reason; while no bank has offered, the demand is routed on to the next bank whose products fit, unless routeToNext is false',
  })
  declineDemandAtBank(@Arg('input', () => DeclineDemandAtBankInput) input: DeclineDemandAtBankInput, @Ctx() { em, actor }: Context): Promise<Offer> {
    return DemandService.declineAtBank(em, actor, input);
  }
}

@Resolver(() => Loan)
export class LoanDemandResolver {
  @FieldResolver(() => FinancingDemand, { nullable: true, description: '该贷款满足的融资需求 / The financing demand this loan met, if any' })
  async financingDemand(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<FinancingDemand | null> {
    return (await loaders.demandByLoan.load(loan.id))[0] ?? null;
  }
}
