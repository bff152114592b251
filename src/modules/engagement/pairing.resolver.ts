import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Context } from '../../context';
import { daysBetween, todayInZone } from '../../common/dates';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { Bank } from '../bank/bank.entity';
import { BankOfficer } from '../bank/bank-officer.entity';
import { Firm } from '../firm/firm.entity';
import { VisitStatus } from './engagement.enums';
import { CloseServiceVisitInput, CreatePairingInput, EndPairingInput, PairingFilter, RecordServiceVisitInput } from './engagement.inputs';
import { FinancingDemand } from './financing-demand.entity';
import { Pairing } from './pairing.entity';
import { PairingService } from './pairing.service';
import { ServiceVisit } from './service-visit.entity';
import { Role } from '../auth/auth.types';

@ObjectType()
export class PairingConnection extends Connection(Pairing) {}

@Resolver(() => Pairing)
export class PairingResolver {
  @Authorized()
  @Query(() => Pairing, { description: '按ID查结对 / One pairing by id' })
  pairing(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Pairing> {
    return PairingService.get(em, actor, id);
  }

  @Authorized()
  @Query(() => PairingConnection, { description: '结对列表 / Pairings, filtered and paginated' })
  async pairings(
    @Arg('filter', () => PairingFilter, { nullable: true }) filter: PairingFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<PairingConnection> {
    return toConnection(PairingConnection, await PairingService.list(em, actor, filter, page));
  }

  @FieldResolver(() => BankOfficer)
  async officer(@Root() p: Pairing, @Ctx() { loaders }: Context): Promise<BankOfficer> {
    return (await loaders.officer.load(p.officer.id))!;
  }

  @FieldResolver(() => Bank, { description: '银行人员所在银行 / The officer\'s bank' })
  async bank(@Root() p: Pairing, @Ctx() { loaders }: Context): Promise<Bank> {
    const officer = (await loaders.officer.load(p.officer.id))!;
    const branch = (await loaders.branch.load(officer.branch.id))!;
    return (await loaders.bank.load(branch.bank.id))!;
  }

  @FieldResolver(() => Firm)
  async firm(@Root() p: Pairing, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(p.firm.id))!;
  }

  @FieldResolver(() => [ServiceVisit], { description: '走访记录(按日期) / Its visits, by date' })
  visits(@Root() p: Pairing, @Ctx() { loaders }: Context): Promise<ServiceVisit[]> {
    return loaders.visitsByPairing.load(p.id);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => Pairing, { description: '建立行长结对 / Pair a bank officer with a firm' })
  createPairing(@Arg('input', () => CreatePairingInput) input: CreatePairingInput, @Ctx() { em }: Context): Promise<Pairing> {
    return PairingService.create(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => Pairing, { description: '结束结对 / End a pairing' })
  endPairing(@Arg('input', () => EndPairingInput) input: EndPairingInput, @Ctx() { em }: Context): Promise<Pairing> {
    return PairingService.end(em, input);
  }
}

@Resolver(() => ServiceVisit)
export class ServiceVisitResolver {
  @Authorized()
  @Query(() => ServiceVisit, { description: '按ID查走访记录 / One service visit by id' })
  serviceVisit(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<ServiceVisit> {
    return PairingService.getVisit(em, actor, id);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Query(() => [ServiceVisit], { description: '逾期未办结的走访事项(跟进期限早于asOf,默认今天),最早到期的在前 / Visits whose follow-up is overdue (due before asOf, default today), the longest overdue first' })
  overdueFollowUps(@Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf: string | undefined, @Ctx() { em, actor }: Context): Promise<ServiceVisit[]> {
    return PairingService.overdueFollowUps(em, actor, asOf ?? todayInZone());
  }

  @FieldResolver(() => Pairing)
  async pairing(@Root() v: ServiceVisit, @Ctx() { loaders }: Context): Promise<Pairing> {
    return (await loaders.pairing.load(v.pairing.id))!;
  }

  @FieldResolver(() => Firm)
  async firm(@Root() v: ServiceVisit, @Ctx() { loaders }: Context): Promise<Firm> {
    const pairing = (await loaders.pairing.load(v.pairing.id))!;
    return (await loaders.firm.load(pairing.firm.id))!;
  }

  @FieldResolver(() => FinancingDemand, { nullable: true, description: '走访中登记的融资需求 / The financing demand the visit produced, if any' })
  async demand(@Root() v: ServiceVisit, @Ctx() { loaders }: Context): Promise<FinancingDemand | null> {
    return (await loaders.demandByVisit.load(v.id))[0] ?? null;
  }

  @FieldResolver(() => Int, { description: '跟进逾期天数(未逾期或已办结为0) / Days the follow-up is overdue on asOf (default today); 0 when not overdue or closed' })
  daysOverdue(@Root() v: ServiceVisit, @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string): number {
    if (v.status !== VisitStatus.OPEN || v.followUpDue == null) return 0;
    return Math.max(0, daysBetween(v.followUpDue, asOf ?? todayInZone()));
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => ServiceVisit, { description: '登记走访 / Record a service visit under a pairing' })
  recordServiceVisit(@Arg('input', () => RecordServiceVisitInput) input: RecordServiceVisitInput, @Ctx() { em, actor }: Context): Promise<ServiceVisit> {
    return PairingService.recordVisit(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => ServiceVisit, { description: '走访事项办结(回访) / Close a visit\'s follow-up' })
  closeServiceVisit(@Arg('input', () => CloseServiceVisitInput) input: CloseServiceVisitInput, @Ctx() { em, actor }: Context): Promise<ServiceVisit> {
    return PairingService.closeVisit(em, actor, input);
  }
}
