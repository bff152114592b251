import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { todayInZone } from '../../common/dates';
import { Dec, ZERO } from '../../common/decimal';
import { BadInputError, ConflictError, InvalidStateError, NotFoundError, bi } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, clean } from '../../common/validation';
import { findOr404, inTransaction } from '../../common/write';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { assertNotBefore, checkIdList } from './engagement.checks';
import type { AddEventParticipantsInput, CreateMatchmakingEventInput, EventFilter, LinkEventLoanInput, RecordEventSigningInput } from './engagement.inputs';
import { EventBank, EventFirm } from './event-participant.entity';
import { EventSigning, EventSigningLoan } from './event-signing.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';

/** Signed and lent at one event, computed from its signings and the loans linked to them. */
export interface EventFigures {
  signedTotal: Dec;
  lentTotal: Dec;
  firmsSigned: number;
  loans: number;
}

const pgArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** One statement for any number of events: signed from the signings, lent from the loans that followed them. */
export async function computeEventFigures(em: EntityManager, eventIds: readonly string[]): Promise<Map<string, EventFigures>> {
  const out = new Map<string, EventFigures>(eventIds.map((id) => [id, { signedTotal: ZERO, lentTotal: ZERO, firmsSigned: 0, loans: 0 }]));
  if (!eventIds.length) return out;
  const rows = await em.getConnection().execute<{ event_id: string; signed: string | null; firms: number; lent: string | null; loans: number }[]>(
    `SELECT s.event_id,
            sum(s.amount)::text AS signed,
            count(DISTINCT s.firm_id)::int AS firms,
            (SELECT sum(l.principal) FROM event_signing s2 JOIN event_signing_loan sl ON sl.signing_id = s2.id JOIN loan l ON l.id = sl.loan_id
              WHERE s2.event_id = s.event_id)::text AS lent,
            (SELECT count(*) FROM event_signing s2 JOIN event_signing_loan sl ON sl.signing_id = s2.id WHERE s2.event_id = s.event_id)::int AS loans
       FROM event_signing s
      WHERE s.event_id = ANY(?::uuid[])
      GROUP BY s.event_id`,
    [pgArray(eventIds)],
    'all',
    em.getTransactionContext(),
  );
  for (const r of rows) {
    out.set(r.event_id, { signedTotal: new Dec(r.signed ?? 0), lentTotal: new Dec(r.lent ?? 0), firmsSigned: r.firms, loans: r.loans });
  }
  return out;
}

async function addParticipants(tx: EntityManager, event: MatchmakingEvent, bankIds: string[], firmIds: string[]): Promise<void> {
  const banks = bankIds.length ? await tx.find(Bank, { id: { $in: bankIds } }) : [];
  const missingBank = bankIds.find((id) => !banks.some((b) => b.id === id));
  if (missingBank) throw new NotFoundError(NOUN.bank, missingBank);
  const firms = firmIds.length ? await tx.find(Firm, { id: { $in: firmIds } }) : [];
  const missingFirm = firmIds.find((id) => !firms.some((f) => f.id === id));
  if (missingFirm) throw new NotFoundError(NOUN.firm, missingFirm);
  const presentBanks = new Set((await tx.find(EventBank, { event })).map((p) => p.bank.id));
  const presentFirms = new Set((await tx.find(EventFirm, { event })).map((p) => p.firm.id));
  for (const bank of banks) if (!presentBanks.has(bank.id)) tx.persist(new EventBank(event, bank));
  for (const firm of firms) if (!presentFirms.has(firm.id)) tx.persist(new EventFirm(event, firm));
}

export const EventService = {
  get: (em: EntityManager, id: string) => findOr404(em, MatchmakingEvent, id, NOUN.event),

  list(em: EntityManager, filter: EventFilter = {}, page: PageArgs) {
    const c = check();
    c.ordered('heldFrom', 'heldTo', filter.heldFrom, filter.heldTo);
    c.done();
    const where: FilterQuery<MatchmakingEvent> = {};
    if (filter.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter.heldFrom || filter.heldTo) where.heldOn = { ...(filter.heldFrom ? { $gte: filter.heldFrom } : {}), ...(filter.heldTo ? { $lte: filter.heldTo } : {}) };
    return paginate(em, MatchmakingEvent, where, page);
  },

  async create(em: EntityManager, input: CreateMatchmakingEventInput): Promise<MatchmakingEvent> {
    const c = check();
    c.text('name', input.name, { max: 200, required: true });
    c.text('place', input.place, { max: 200, required: true });
    c.text('organizer', input.organizer, { max: 100 });
    c.text('note', input.note, { max: 4000 });
    const bankIds = checkIdList(c, 'bankIds', input.bankIds, NOUN.bank);
    const firmIds = checkIdList(c, 'firmIds', input.firmIds, NOUN.firm, 1000);
    c.done();
    return inTransaction(em, async (tx) => {
      const event = new MatchmakingEvent(clean(input.name)!, input.kind, input.heldOn, clean(input.place)!);
      event.organizer = clean(input.organizer);
      event.note = clean(input.note);
      tx.persist(event);
      await addParticipants(tx, event, bankIds, firmIds);
      return event;
    });
  },

  async addParticipants(em: EntityManager, input: AddEventParticipantsInput): Promise<MatchmakingEvent> {
    const c = check();
    const bankIds = checkIdList(c, 'bankIds', input.bankIds, NOUN.bank);
    const firmIds = checkIdList(c, 'firmIds', input.firmIds, NOUN.firm, 1000);
    c.done();
    return inTransaction(em, async (tx) => {
      const event = await findOr404(tx, MatchmakingEvent, input.eventId, NOUN.event, { lock: true });
      await addParticipants(tx, event, bankIds, firmIds);
      return event;
    });
  },

  /** An amount signed at a held event between a bank and a firm both present; one signing per pair. */
  async recordSigning(em: EntityManager, input: RecordEventSigningInput): Promise<EventSigning> {
    const c = check();
    c.positive('amount', input.amount);
    c.text('note', input.note, { max: 1000 });
    c.done();
    return inTransaction(em, async (tx) => {
      const event = await findOr404(tx, MatchmakingEvent, input.eventId, NOUN.event);
      const firm = await findOr404(tx, Firm, input.firmId, NOUN.firm);
      const bank = await findOr404(tx, Bank, input.bankId, NOUN.bank);
      if (event.heldOn > todayInZone()) throw new InvalidStateError(bi(`活动定于${event.heldOn}举办,尚未举行,不能登记签约`, `the event is on ${event.heldOn} and has not been held yet; nothing can be signed`));
      const v = check();
      v.when(!(await tx.findOne(EventFirm, { event, firm })), 'firmId', 'NOT_AT_EVENT', bi('该企业未登记为到场企业', 'the firm is not listed as present at the event'));
      v.when(!(await tx.findOne(EventBank, { event, bank })), 'bankId', 'NOT_AT_EVENT', bi('该银行未登记为到场银行', 'the bank is not listed as present at the event'));
      v.done();
      let product: LoanProduct | null = null;
      if (input.productId) {
        product = await findOr404(tx, LoanProduct, input.productId, NOUN.product);
        if (product.bank.id !== bank.id) throw BadInputError.one('productId', 'PRODUCT_OF_OTHER_BANK', bi('产品不属于该银行', 'the product belongs to another bank'));
      }
      const earlier = await tx.findOne(EventSigning, { event, firm, bank });
      if (earlier) throw new ConflictError(bi('该银行与该企业在此活动已登记签约', 'this bank and firm already have a signing at this event'), { existingId: earlier.id });
      const signing = new EventSigning(event, firm, bank, input.amount);
      signing.product = product;
      signing.note = clean(input.note);
      tx.persist(signing);
      return signing;
    });
  },

  /** A loan that followed a signing: same bank, same firm, disbursed on or after the event. */
  async linkLoan(em: EntityManager, input: LinkEventLoanInput): Promise<EventSigning> {
    return inTransaction(em, async (tx) => {
      const signing = await findOr404(tx, EventSigning, input.signingId, NOUN.signing, { lock: true });
      const loan = await findOr404(tx, Loan, input.loanId, NOUN.loan);
      const event = await tx.findOneOrFail(MatchmakingEvent, signing.event.id);
      const v = check();
      v.when(loan.firm.id !== signing.firm.id, 'loanId', 'LOAN_OF_OTHER_FIRM', bi('该贷款发放给了另一家企业', 'the loan went to another firm'));
      v.when(loan.bank.id !== signing.bank.id, 'loanId', 'LOAN_OF_OTHER_BANK', bi('该贷款不是签约银行发放的', 'the loan was made by another bank'));
      v.done();
      assertNotBefore('loanId', loan.disbursedOn, event.heldOn, { zh: '活动日期', en: 'the event' });
      const linked = await tx.findOne(EventSigningLoan, { loan });
      if (linked) throw new ConflictError(bi('该贷款已关联到一项活动签约', 'the loan is already linked to an event signing'), { signingId: linked.signing.id });
      tx.persist(new EventSigningLoan(signing, loan));
      return signing;
    });
  },
};
