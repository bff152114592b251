import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { Dec, sum, formatMoney } from '../../common/decimal';
import { NotFoundError, bi, type Bilingual } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { check } from '../../common/validation';
import { findOr404 } from '../../common/write';
import type { Loaders } from '../../loaders';
import type { Bank } from '../bank/bank.entity';
import type { BankOfficer } from '../bank/bank-officer.entity';
import { Firm } from '../firm/firm.entity';
import { Loan } from '../loan/loan.entity';
import { DemandAddressee } from './demand-addressee.entity';
import { AddresseeStatus, JourneyStepKind, OfferDecision, PairingStatus } from './engagement.enums';
import { EventSigning } from './event-signing.entity';
import { FinancingDemand } from './financing-demand.entity';
import type { MatchmakingEvent } from './matchmaking-event.entity';
import { Offer } from './offer.entity';
import { Pairing } from './pairing.entity';
import { ServiceVisit } from './service-visit.entity';

export interface BankResponseRow {
  bankId: string;
  addressed: number;
  answered: number;
  answeredInTime: number;
  answeredLate: number;
  unansweredPastDue: number;
  awaiting: number;
  shareInTime: Dec | null;
  medianResponseDays: number | null;
}

export interface JourneyStepData {
  on: string;
  kind: JourneyStepKind;
  summary: string;
  subjectId: string;
}

export interface FirmJourneyData {
  firm: Firm;
  pairings: Pairing[];
  visits: ServiceVisit[];
  demands: FinancingDemand[];
  addressees: DemandAddressee[];
  offers: Offer[];
  loans: Loan[];
  eventSignings: EventSigning[];
  amountSought: Dec;
  amountLent: Dec;
  steps: JourneyStepData[];
}

const pgArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const both = (m: Bilingual) => `${m.zh} / ${m.en}`;
/** Steps of one day in the order they happen; a demand routed on after a decline comes after the decline. */
const STEP_ORDER: JourneyStepKind[] = [
  JourneyStepKind.PAIRING_STARTED, JourneyStepKind.VISIT, JourneyStepKind.FOLLOW_UP_CLOSED, JourneyStepKind.EVENT_SIGNING,
  JourneyStepKind.DEMAND_FILED, JourneyStepKind.DEMAND_ADDRESSED, JourneyStepKind.BANK_DECLINED, JourneyStepKind.BANK_OFFERED,
  JourneyStepKind.CREDIT_GRANTED, JourneyStepKind.LOAN_DISBURSED, JourneyStepKind.DEMAND_DECLINED, JourneyStepKind.PAIRING_ENDED,
];
const ROUTED_RANK = STEP_ORDER.indexOf(JourneyStepKind.BANK_DECLINED) + 0.5;

export const ViewsService = {
  /**
   * Banks that owe an answer: addressed, not answered, not withdrawn, and due before `asOf`
   * (default today), the longest overdue first. Answering takes a row off the list.
   */
  overdueDemands(em: EntityManager, asOf: string = todayInZone(), bankId?: string | null): Promise<DemandAddressee[]> {
    if (bankId != null && !isUuid(bankId)) throw new NotFoundError(NOUN.bank, bankId);
    return em.find(
      DemandAddressee,
      { status: AddresseeStatus.AWAITING, dueOn: { $lt: asOf }, ...(bankId ? { bank: bankId } : {}) },
      { orderBy: { dueOn: 'asc', createdAt: 'asc', id: 'asc' } },
    );
  },

  /**
   * Per bank, over the demands addressed to it from `from` to `to` (by the day addressed):
   *   answered in time   = answered on or before its due date;
   *   late               = answered after it, or not answered and the due date passed (before
   *                        today, or before the demand was withdrawn from the bank);
   *   share in time      = in time / (in time + late), rounded to 6 decimals; null while nothing
   *                        is judged yet (everything unanswered is still within its deadline);
   *   median response    = median of calendar days from addressed to answered, over answers
   *                        (percentile_cont(0.5), so it may end in .5).
   */
  async bankResponseStats(em: EntityManager, opts: { from?: string | null; to?: string | null; bankIds?: string[] | null }): Promise<BankResponseRow[]> {
    const c = check();
    c.ordered('from', 'to', opts.from, opts.to);
    c.done();
    const bad = opts.bankIds?.find((id) => !isUuid(id));
    if (bad) throw new NotFoundError(NOUN.bank, bad);
    const today = todayInZone();
    const rows = await em.getConnection().execute<{
      bank_id: string; addressed: number; answered: number; in_time: number; answered_late: number; unanswered_late: number; awaiting: number; share: string | null; median: number | null;
    }[]>(
      `WITH a AS (
         SELECT d.bank_id, d.status, d.addressed_on, d.due_on, d.answered_on,
                d.answered_on <= d.due_on AS in_time,
                d.answered_on > d.due_on AS answered_late,
                d.answered_on IS NULL AND least(coalesce(d.withdrawn_on, ?::date), ?::date) > d.due_on AS unanswered_late
           FROM demand_addressee d
          WHERE (?::date IS NULL OR d.addressed_on >= ?::date)
            AND (?::date IS NULL OR d.addressed_on <= ?::date)
            AND (?::uuid[] IS NULL OR d.bank_id = ANY(?::uuid[]))
       )
       SELECT a.bank_id,
              count(*)::int AS addressed,
              count(a.answered_on)::int AS answered,
              count(*) FILTER (WHERE a.in_time)::int AS in_time,
              count(*) FILTER (WHERE a.answered_late)::int AS answered_late,
              count(*) FILTER (WHERE a.unanswered_late)::int AS unanswered_late,
              count(*) FILTER (WHERE a.status = 'AWAITING')::int AS awaiting,
              round(count(*) FILTER (WHERE a.in_time)::numeric
                    / nullif(count(*) FILTER (WHERE a.in_time OR a.answered_late OR a.unanswered_late), 0), 6)::text AS share,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY a.answered_on - a.addressed_on) FILTER (WHERE a.answered_on IS NOT NULL) AS median
         FROM a JOIN bank b ON b.id = a.bank_id
        GROUP BY a.bank_id, b.name
        ORDER BY b.name, a.bank_id`,
      [today, today, opts.from ?? null, opts.from ?? null, opts.to ?? null, opts.to ?? null, opts.bankIds ? pgArray(opts.bankIds) : null, opts.bankIds ? pgArray(opts.bankIds) : null],
    );
    return rows.map((r) => ({
      bankId: r.bank_id,
      addressed: r.addressed,
      answered: r.answered,
      answeredInTime: r.in_time,
      answeredLate: r.answered_late,
      unansweredPastDue: r.unanswered_late,
      awaiting: r.awaiting,
      shareInTime: r.share == null ? null : new Dec(r.share),
      medianResponseDays: r.median == null ? null : Number(r.median),
    }));
  },

  /**
   * A firm's whole journey: its pairings and visits, events where it signed, its demands with the
   * banks they went to and the answers, and its loans; and one timeline of all of it by date.
   */
  async firmJourney(em: EntityManager, loaders: Loaders, firmId: string): Promise<FirmJourneyData> {
    const firm = await findOr404(em, Firm, firmId, NOUN.firm);
    const byDate = <T extends { createdAt: Date }>(date: (x: T) => string) => (a: T, b: T) => date(a).localeCompare(date(b)) || a.createdAt.getTime() - b.createdAt.getTime();
    const [pairings, visits, demands, addressees, offers, loans, eventSignings] = await Promise.all([
      em.find(Pairing, { firm }, { orderBy: { startsOn: 'asc', createdAt: 'asc' } }),
      em.find(ServiceVisit, { pairing: { firm } }, { orderBy: { visitedOn: 'asc', createdAt: 'asc' } }),
      em.find(FinancingDemand, { firm }, { orderBy: { filedOn: 'asc', createdAt: 'asc' } }),
      em.find(DemandAddressee, { demand: { firm } }, { orderBy: { addressedOn: 'asc', createdAt: 'asc' } }),
      em.find(Offer, { demand: { firm } }, { orderBy: { answeredOn: 'asc', createdAt: 'asc' } }),
      em.find(Loan, { firm }, { orderBy: { disbursedOn: 'asc', createdAt: 'asc' } }),
      em.find(EventSigning, { firm }, { orderBy: { createdAt: 'asc' } }),
    ]);
    const officers = await loaders.officer.loadMany(pairings.map((p) => p.officer.id));
    const officerName = new Map(pairings.map((p, i) => [p.id, (officers[i] as BankOfficer | null)?.name ?? '']));
    const bankIds = [...new Set([...addressees.map((a) => a.bank.id), ...offers.map((o) => o.bank.id), ...loans.map((l) => l.bank.id), ...eventSignings.map((s) => s.bank.id)])];
    const banks = await loaders.bank.loadMany(bankIds);
    const bankName = new Map(bankIds.map((id, i) => [id, (banks[i] as Bank | null)?.shortName ?? '']));
    const events = await loaders.event.loadMany(eventSignings.map((s) => s.event.id));
    const eventOf = new Map(eventSignings.map((s, i) => [s.id, events[i] as MatchmakingEvent]));

    // Same-day steps: in the order above, then in the order they were recorded.
    const steps: (JourneyStepData & { rank: number; at: number })[] = [];
    const step = (on: string | null, kind: JourneyStepKind, subject: { id: string; createdAt: Date }, m: Bilingual, rank = STEP_ORDER.indexOf(kind)) => {
      if (on) steps.push({ on, kind, subjectId: subject.id, summary: both(m), rank, at: subject.createdAt.getTime() });
    };
    for (const p of pairings) {
      const who = officerName.get(p.id)!;
      step(p.startsOn, JourneyStepKind.PAIRING_STARTED, p, bi(`与${who}结对`, `paired with ${who}`));
      if (p.status === PairingStatus.ENDED) step(p.endsOn, JourneyStepKind.PAIRING_ENDED, p, bi(`与${who}的结对结束`, `pairing with ${who} ended`));
    }
    for (const v of visits) {
      step(v.visitedOn, JourneyStepKind.VISIT, v, bi(`走访(${v.visitors}):${v.findings}`, `visit (${v.visitors}): ${v.findings}`));
      step(v.closedOn, JourneyStepKind.FOLLOW_UP_CLOSED, v, bi(`走访事项办结:${v.outcome ?? ''}`, `follow-up closed: ${v.outcome ?? ''}`));
    }
    for (const s of eventSignings) {
      const e = eventOf.get(s.id)!;
      const bank = bankName.get(s.bank.id)!;
      step(e.heldOn, JourneyStepKind.EVENT_SIGNING, s, bi(`在"${e.name}"与${bank}签约${formatMoney(s.amount)}元`, `signed ${formatMoney(s.amount)} yuan with ${bank} at "${e.name}"`));
    }
    for (const d of demands) {
      step(d.filedOn, JourneyStepKind.DEMAND_FILED, d, bi(`登记融资需求${formatMoney(d.amount)}元、${d.termMonths}个月:${d.purpose}`, `demand filed: ${formatMoney(d.amount)} yuan for ${d.termMonths} months: ${d.purpose}`));
      step(d.creditGrantedOn, JourneyStepKind.CREDIT_GRANTED, d, bi('获得授信', 'credit granted'));
      step(d.declinedOn, JourneyStepKind.DEMAND_DECLINED, d, bi(`需求终止:${d.declineReason ?? ''}`, `demand declined: ${d.declineReason ?? ''}`));
    }
    for (const a of addressees) {
      const bank = bankName.get(a.bank.id)!;
      if (a.routedFrom) {
        step(a.addressedOn, JourneyStepKind.DEMAND_ADDRESSED, a, bi(`转推至${bank},须于${a.dueOn}前答复`, `routed on to ${bank}, answer due by ${a.dueOn}`), ROUTED_RANK);
      } else {
        step(a.addressedOn, JourneyStepKind.DEMAND_ADDRESSED, a, bi(`推送至${bank},须于${a.dueOn}前答复`, `addressed to ${bank}, answer due by ${a.dueOn}`));
      }
    }
    for (const o of offers) {
      const bank = bankName.get(o.bank.id)!;
      if (o.decision === OfferDecision.OFFERED) {
        step(o.answeredOn, JourneyStepKind.BANK_OFFERED, o, bi(`${bank}报价${formatMoney(o.amount!)}元、年利率${o.annualRate!.toFixed()}、${o.termMonths}个月`, `${bank} offered ${formatMoney(o.amount!)} yuan at ${o.annualRate!.toFixed()} for ${o.termMonths} months`));
      } else {
        step(o.answeredOn, JourneyStepKind.BANK_DECLINED, o, bi(`${bank}拒绝:${o.declineReason}`, `${bank} declined: ${o.declineReason}`));
      }
    }
    for (const l of loans) {
      const bank = bankName.get(l.bank.id)!;
      step(l.disbursedOn, JourneyStepKind.LOAN_DISBURSED, l, bi(`${bank}放款${formatMoney(l.principal)}元(合同${l.contractNo})`, `${bank} disbursed ${formatMoney(l.principal)} yuan (contract ${l.contractNo})`));
    }
    steps.sort((a, b) => a.on.localeCompare(b.on) || a.rank - b.rank || a.at - b.at);

    return {
      firm,
      pairings,
      visits,
      demands,
      addressees,
      offers,
      loans,
      eventSignings: eventSignings.sort(byDate((s) => eventOf.get(s.id)!.heldOn)),
      amountSought: sum(demands.map((d) => d.amount)),
      amountLent: sum(loans.map((l) => l.principal)),
      steps: steps.map(({ rank: _rank, at: _at, ...rest }) => rest),
    };
  },
};
