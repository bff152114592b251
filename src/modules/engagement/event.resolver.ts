import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { sum, type Dec } from '../../common/decimal';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { DecimalScalar, MoneyScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { AddEventParticipantsInput, CreateMatchmakingEventInput, EventFilter, LinkEventLoanInput, RecordEventSigningInput } from './engagement.inputs';
import { EventService } from './event.service';
import { EventSigning } from './event-signing.entity';
import { FinancingDemand } from './financing-demand.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';
import { Role } from '../auth/auth.types';

@ObjectType()
export class MatchmakingEventConnection extends Connection(MatchmakingEvent) {}

@Resolver(() => MatchmakingEvent)
export class MatchmakingEventResolver {
  @Authorized(Role.FINANCE_OFFICE)
  @Query(() => MatchmakingEvent, { description: '按ID查对接活动 / One matchmaking event by id' })
  matchmakingEvent(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<MatchmakingEvent> {
    return EventService.get(em, id);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Query(() => MatchmakingEventConnection, { description: '对接活动列表,每项带签约与实际放款 / Matchmaking events, each with signed and actually lent' })
  async matchmakingEvents(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<MatchmakingEventConnection> {
    return toConnection(MatchmakingEventConnection, await EventService.list(em, filter, page));
  }

  @FieldResolver(() => [Bank], { description: '到场银行 / Banks present' })
  async banks(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<Bank[]> {
    return (await loaders.banksByEvent.load(e.id)).map((p) => p.bank);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @FieldResolver(() => [Firm], { description: '到场企业 / Firms present' })
  async firms(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<Firm[]> {
    return (await loaders.firmsByEvent.load(e.id)).map((p) => p.firm);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @FieldResolver(() => [EventSigning], { description: '现场签约(按企业和银行) / Amounts signed, per firm and bank' })
  signings(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<EventSigning[]> {
    return loaders.signingsByEvent.load(e.id);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @FieldResolver(() => [FinancingDemand], { description: '现场登记的融资需求 / Financing demands recorded at the event' })
  demands(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<FinancingDemand[]> {
    return loaders.demandsByEvent.load(e.id);
  }

  @FieldResolver(() => MoneyScalar, { description: '签约总额(元) / Total signed (yuan)' })
  async signedTotal(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<Dec> {
    return (await loaders.eventFigures.load(e.id)).signedTotal;
  }

  @FieldResolver(() => MoneyScalar, { description: '签约后实际放款总额(关联贷款本金之和) / Actually lent: the principal of the loans linked to its signings' })
  async lentTotal(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<Dec> {
    return (await loaders.eventFigures.load(e.id)).lentTotal;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: '放款/签约(可大于1;无签约为空) / Lent over signed (may exceed 1; empty when nothing was signed)' })
  async lentOverSigned(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<Dec | null> {
    const f = await loaders.eventFigures.load(e.id);
    return f.signedTotal.gt(0) ? f.lentTotal.div(f.signedTotal) : null;
  }

  @FieldResolver(() => Int, { description: '签约企业数 / Firms that signed' })
  async firmsSigned(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.eventFigures.load(e.id)).firmsSigned;
  }

  @FieldResolver(() => Int, { description: '签约后发放的贷款笔数 / Loans that followed its signings' })
  async loanCount(@Root() e: MatchmakingEvent, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.eventFigures.load(e.id)).loans;
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => MatchmakingEvent, { description: '登记对接活动 / Record a matchmaking event' })
  createMatchmakingEvent(@Arg('input', () => CreateMatchmakingEventInput) input: CreateMatchmakingEventInput, @Ctx() { em }: Context): Promise<MatchmakingEvent> {
    return EventService.create(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => MatchmakingEvent, { description: '补登到场银行和企业 / Add banks and firms present' })
  addEventParticipants(@Arg('input', () => AddEventParticipantsInput) input: AddEventParticipantsInput, @Ctx() { em }: Context): Promise<MatchmakingEvent> {
    return EventService.addParticipants(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => EventSigning, { description: '登记现场签约金额 / Record an amount a bank and a firm signed at the event' })
  recordEventSigning(@Arg('input', () => RecordEventSigningInput) input: RecordEventSigningInput, @Ctx() { em }: Context): Promise<EventSigning> {
    return EventService.recordSigning(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => EventSigning, { description: '关联签约后发放的贷款 / Link a loan that followed a signing' })
  linkEventLoan(@Arg('input', () => LinkEventLoanInput) input: LinkEventLoanInput, @Ctx() { em }: Context): Promise<EventSigning> {
    return EventService.linkLoan(em, input);
  }
}

@Resolver(() => EventSigning)
export class EventSigningResolver {
  @FieldResolver(() => MatchmakingEvent, { nullable: true, description: '所属活动(仅限金融办) / The event (the finance office only)' })
  event(@Root() s: EventSigning, @Ctx() { loaders }: Context): Promise<MatchmakingEvent | null> {
    return loaders.event.load(s.event.id);
  }

  @FieldResolver(() => Firm)
  async firm(@Root() s: EventSigning, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(s.firm.id))!;
  }

  @FieldResolver(() => Bank)
  async bank(@Root() s: EventSigning, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(s.bank.id))!;
  }

  @FieldResolver(() => LoanProduct, { nullable: true })
  product(@Root() s: EventSigning, @Ctx() { loaders }: Context): Promise<LoanProduct | null> | null {
    return s.product ? loaders.product.load(s.product.id) : null;
  }

  @FieldResolver(() => [Loan], { description: '签约后发放的贷款 / Loans that followed' })
  async loans(@Root() s: EventSigning, @Ctx() { loaders }: Context): Promise<Loan[]> {
    return (await loaders.loansBySigning.load(s.id)).map((l) => l.loan);
  }

  @FieldResolver(() => MoneyScalar, { description: '实际放款(元) / Actually lent (yuan)' })
  async lent(@Root() s: EventSigning, @Ctx() { loaders }: Context): Promise<Dec> {
    return sum((await loaders.loansBySigning.load(s.id)).map((l) => l.loan.principal));
  }
}

@Resolver(() => Loan)
export class LoanEventResolver {
  @FieldResolver(() => EventSigning, { nullable: true, description: '该贷款所跟进的活动签约 / The event signing this loan followed, if any' })
  async eventSigning(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<EventSigning | null> {
    const link = (await loaders.signingByLoan.load(loan.id))[0];
    return link ? loaders.signing.load(link.signing.id) : null;
  }
}
