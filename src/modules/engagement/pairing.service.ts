import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { BadInputError, ConflictError, InvalidStateError, NotFoundError, bi } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, clean } from '../../common/validation';
import { findOr404, inTransaction } from '../../common/write';
import { BankOfficer } from '../bank/bank-officer.entity';
import { Firm } from '../firm/firm.entity';
import { assertNotBefore, pastOrToday } from './engagement.checks';
import { PairingStatus, VisitStatus } from './engagement.enums';
import type { CloseServiceVisitInput, CreatePairingInput, EndPairingInput, PairingFilter, RecordServiceVisitInput } from './engagement.inputs';
import { Pairing } from './pairing.entity';
import { ServiceVisit } from './service-visit.entity';
import { isFinance } from '../auth/access';
import { Role, type Actor } from '../auth/auth.types';
import { pairingScope } from './engagement.access';

/** Pairings whose visits a caller may record: a bank's own officers', or any for the finance office. */
const ownPairingScope = (a: Actor | null): object => (isFinance(a) ? {} : a?.role === Role.BANK ? pairingScope(a) : { id: { $in: [] as string[] } });

const PAIRING_START = { zh: '结对开始日', en: 'the pairing\'s start' };

export const PairingService = {
  get: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, Pairing, id, NOUN.pairing, { scope: pairingScope(actor) }),
  getVisit: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, ServiceVisit, id, NOUN.visit, { scope: { pairing: pairingScope(actor) } }),

  list(em: EntityManager, actor: Actor | null, filter: PairingFilter = {}, page: PageArgs) {
    const where: FilterQuery<Pairing> = {};
    for (const [key, noun] of [['firmId', NOUN.firm], ['officerId', NOUN.officer], ['bankId', NOUN.bank]] as const) {
      const id = filter[key];
      if (id != null && !isUuid(id)) throw new NotFoundError(noun, id);
    }
    if (filter.firmId) where.firm = filter.firmId;
    if (filter.officerId) where.officer = filter.officerId;
    if (filter.bankId) where.officer = { ...(filter.officerId ? { id: filter.officerId } : {}), branch: { bank: filter.bankId } };
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    return paginate(em, Pairing, { $and: [where, pairingScope(actor)] } as FilterQuery<Pairing>, page);
  },

  async create(em: EntityManager, input: CreatePairingInput): Promise<Pairing> {
    const c = check();
    c.ordered('startsOn', 'endsOn', input.startsOn, input.endsOn);
    c.text('note', input.note, { max: 1000 });
    c.done();
    return inTransaction(em, async (tx) => {
      const officer = await findOr404(tx, BankOfficer, input.officerId, NOUN.officer);
      const firm = await findOr404(tx, Firm, input.firmId, NOUN.firm);
      const active = await tx.findOne(Pairing, { officer, firm, status: PairingStatus.ACTIVE });
      if (active) {
        throw new ConflictError(bi('该银行人员与该企业已有进行中的结对', 'this officer is already paired with this firm'), { existingId: active.id });
      }
      const pairing = new Pairing(officer, firm, input.startsOn);
      pairing.endsOn = input.endsOn ?? null;
      pairing.note = clean(input.note);
      tx.persist(pairing);
      return pairing;
    });
  },

  async end(em: EntityManager, input: EndPairingInput): Promise<Pairing> {
    const c = check();
    const endedOn = pastOrToday(c, 'endedOn', input.endedOn);
    c.text('reason', input.reason, { max: 500 });
    c.done();
    return inTransaction(em, async (tx) => {
      const pairing = await findOr404(tx, Pairing, input.pairingId, NOUN.pairing, { lock: true });
      if (pairing.status !== PairingStatus.ACTIVE) throw new InvalidStateError(bi('该结对已结束', 'the pairing has already ended'), { status: pairing.status });
      assertNotBefore('endedOn', endedOn, pairing.startsOn, PAIRING_START);
      pairing.status = PairingStatus.ENDED;
      pairing.endsOn = endedOn;
      pairing.endReason = clean(input.reason);
      return pairing;
    });
  },

  /** A visit under an active pairing, on a day the pairing ran. */
  async recordVisit(em: EntityManager, actor: Actor | null, input: RecordServiceVisitInput): Promise<ServiceVisit> {
    const c = check();
    pastOrToday(c, 'visitedOn', input.visitedOn);
    c.text('visitors', input.visitors, { max: 200, required: true });
    c.text('findings', input.findings, { max: 4000, required: true });
    c.text('followUpBy', input.followUpBy, { max: 100 });
    c.ordered('visitedOn', 'followUpDue', input.visitedOn, input.followUpDue);
    c.done();
    return inTransaction(em, async (tx) => {
      const pairing = await findOr404(tx, Pairing, input.pairingId, NOUN.pairing, { scope: ownPairingScope(actor) });
      if (pairing.status !== PairingStatus.ACTIVE) {
        throw new InvalidStateError(bi('结对已结束,不能再登记走访', 'the pairing has ended; no more visits can be recorded under it'), { status: pairing.status });
      }
      if (input.visitedOn < pairing.startsOn || (pairing.endsOn != null && input.visitedOn > pairing.endsOn)) {
        throw BadInputError.one('visitedOn', 'OUTSIDE_PAIRING', bi(`走访日期${input.visitedOn}不在结对期间(${pairing.startsOn}起${pairing.endsOn ? `至${pairing.endsOn}` : ''})`, `visitedOn ${input.visitedOn} is outside the pairing (from ${pairing.startsOn}${pairing.endsOn ? ` to ${pairing.endsOn}` : ''})`));
      }
      const visit = new ServiceVisit(pairing, input.visitedOn, clean(input.visitors)!, clean(input.findings)!);
      visit.followUpDue = input.followUpDue ?? null;
      visit.followUpBy = clean(input.followUpBy);
      tx.persist(visit);
      return visit;
    });
  },

  async closeVisit(em: EntityManager, actor: Actor | null, input: CloseServiceVisitInput): Promise<ServiceVisit> {
    const c = check();
    const closedOn = pastOrToday(c, 'closedOn', input.closedOn);
    c.text('outcome', input.outcome, { max: 4000, required: true });
    c.done();
    return inTransaction(em, async (tx) => {
      const visit = await findOr404(tx, ServiceVisit, input.visitId, NOUN.visit, { lock: true, scope: { pairing: ownPairingScope(actor) } });
      if (visit.status !== VisitStatus.OPEN) throw new InvalidStateError(bi('该走访事项已办结', 'the visit\'s follow-up is already closed'), { status: visit.status });
      assertNotBefore('closedOn', closedOn, visit.visitedOn, { zh: '走访日期', en: 'the visit' });
      visit.status = VisitStatus.CLOSED;
      visit.closedOn = closedOn;
      visit.outcome = clean(input.outcome);
      return visit;
    });
  },

  /** Open visits whose follow-up was due before `asOf` (default today), the longest overdue first. */
  overdueFollowUps(em: EntityManager, actor: Actor | null, asOf: string = todayInZone()): Promise<ServiceVisit[]> {
    return em.find(ServiceVisit, { status: VisitStatus.OPEN, followUpDue: { $lt: asOf }, pairing: pairingScope(actor) }, { orderBy: { followUpDue: 'asc', createdAt: 'asc', id: 'asc' } });
  },
};
