import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { Dec } from '../../common/decimal';
import { NotFoundError } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { check } from '../../common/validation';
import { DemandAddressee } from './demand-addressee.entity';
import { AddresseeStatus } from './engagement.enums';

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

const pgArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

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
    c.ordered('from..to', opts.from, opts.to);
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
};
