import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { NOUN } from '../../common/nouns';
import { perRequest, type TypeRules } from '../../common/visibility';
import { NOTHING, bankOf, firmOf, isFinance } from '../auth/access';
import type { Actor } from '../auth/auth.types';
import { DemandAddressee } from '../engagement/demand-addressee.entity';
import { FinancingDemand } from '../engagement/financing-demand.entity';
import { Pairing } from '../engagement/pairing.entity';
import { Loan } from '../loan/loan.entity';
import { Firm } from './firm.entity';
import type { FirmQualification } from './firm-qualification.entity';

/**
 * Firms a caller may see: all for the finance office; its own for a firm; for a bank, the firms
 * it deals with: those it has lent to, those paired with its officers, and those whose demands
 * were addressed to it. Nobody else. A firm's qualifications and IP assets go with the firm.
 */
export function firmScope(em: EntityManager, a: Actor | null): object {
  if (isFinance(a)) return {};
  const firmId = firmOf(a);
  if (firmId) return { id: firmId };
  const bankId = bankOf(a);
  if (bankId) {
    return {
      $or: [
        { id: { $in: em.createQueryBuilder(Loan, 'rel').select('rel.firm_id').where({ bank: bankId }).getKnexQuery() } },
        { id: { $in: em.createQueryBuilder(Pairing, 'rel').select('rel.firm_id').where({ officer: { branch: { bank: bankId } } }).getKnexQuery() } },
        { id: { $in: em.createQueryBuilder(FinancingDemand, 'rel').select('rel.firm_id').where({ id: { $in: em.createQueryBuilder(DemandAddressee, 'da').select('da.demand_id').where({ bank: bankId }).getKnexQuery() } }).getKnexQuery() } },
      ],
    };
  }
  return NOTHING;
}

/** Firms a caller may change: their own firm, or any for the finance office. */
export function ownFirmScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  const firmId = firmOf(a);
  return firmId ? { id: firmId } : NOTHING;
}

/** For a bank: which of the firms asked about this request it deals with, in one statement per batch. */
const bankSees = perRequest(
  (ctx: Context) =>
    new DataLoader<string, boolean>(async (ids) => {
      const rows: { id: string }[] = await ctx.em
        .createQueryBuilder(Firm, 'f')
        .select('f.id')
        .where({ $and: [{ id: { $in: [...ids] } }, firmScope(ctx.em, ctx.actor)] } as never)
        .execute('all', false);
      const seen = new Set(rows.map((r) => r.id));
      return ids.map((id) => seen.has(id));
    }),
);

/** Whether the caller may see the firm with this id (the same rule as firmScope, batched). */
export function canSeeFirmId(ctx: Context, firmId: string): boolean | Promise<boolean> {
  const a = ctx.actor;
  if (isFinance(a)) return true;
  if (firmOf(a)) return firmOf(a) === firmId;
  if (bankOf(a)) return bankSees(ctx).load(firmId);
  return false;
}

/** Whether the caller may see many firms at once: one batch. */
export async function firmsInScope(ctx: Context, firmIds: readonly string[]): Promise<boolean[]> {
  return Promise.all(firmIds.map((id) => canSeeFirmId(ctx, id)));
}

export const FIRM_RULES: TypeRules[] = [
  { type: 'Firm', noun: NOUN.firm, row: (ctx, firm: Firm) => canSeeFirmId(ctx, firm.id) },
  { type: 'FirmQualification', noun: NOUN.qualification, row: (ctx, q: FirmQualification) => canSeeFirmId(ctx, q.firm.id) },
];
