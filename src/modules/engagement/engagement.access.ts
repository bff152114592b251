import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { ForbiddenError, NotFoundError, bi, type Noun } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import type { TypeRules } from '../../common/visibility';
import { NOTHING, bankOf, firmOf, isFinance } from '../auth/access';
import { Role, type Actor } from '../auth/auth.types';
import { DemandAddressee } from './demand-addressee.entity';
import type { EventSigning } from './event-signing.entity';
import type { FinancingDemand } from './financing-demand.entity';
import type { Offer } from './offer.entity';
import type { Pairing } from './pairing.entity';
import type { ServiceVisit } from './service-visit.entity';

/**
 * Who sees which pairings, visits, demands and events (DESIGN.md): the finance office all; a
 * bank the pairings of its own officers (and their visits), the demands addressed to it, and of
 * each only its own addressing and its own answer; a firm its own pairings, visits and demands,
 * with every bank's addressing and answer on them. Matchmaking events are the finance office's
 * only (they list every firm's amounts); an event signing is also seen by the firm that signed.
 */

export function pairingScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { officer: { branch: { bank: a.bankId } } };
  if (a?.role === Role.FIRM) return { firm: a.firmId };
  return NOTHING;
}

export function demandScope(em: EntityManager, a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { id: { $in: em.createQueryBuilder(DemandAddressee, 'da').select('da.demand_id').where({ bank: a.bankId }).getKnexQuery() } };
  if (a?.role === Role.FIRM) return { firm: a.firmId };
  return NOTHING;
}

/** A bank answers only for itself; the finance office may record any bank's answer. */
export function assertAnswersFor(a: Actor | null, bankId: string): void {
  if (isFinance(a) || (a?.role === Role.BANK && a.bankId === bankId)) return;
  throw new ForbiddenError(bi('只能以本行名义答复', 'you may answer only for your own bank'));
}

/** A firm files and withdraws only its own demands. */
export function assertActsForFirm(a: Actor | null, firmId: string): void {
  if (isFinance(a) || (a?.role === Role.FIRM && a.firmId === firmId)) return;
  throw new ForbiddenError(bi('只能为本企业办理', 'you may act only for your own firm'));
}

/** An object of another bank is answered as if it did not exist. */
export function assertOwnBank(a: Actor | null, bankId: string, noun: Noun, id: string): void {
  if (isFinance(a) || (a?.role === Role.BANK && a.bankId === bankId)) return;
  throw new NotFoundError(noun, id);
}

/** Whether a bank's officer's pairing is this bank's: two batched reads (officer, branch). */
async function pairingOfBank(ctx: Context, p: Pairing, bankId: string): Promise<boolean> {
  const officer = await ctx.loaders.officer.load(p.officer.id);
  const branch = officer && (await ctx.loaders.branch.load(officer.branch.id));
  return branch?.bank.id === bankId;
}

export function canSeePairing(ctx: Context, p: Pairing): boolean | Promise<boolean> {
  const a = ctx.actor;
  if (isFinance(a)) return true;
  if (firmOf(a)) return p.firm.id === firmOf(a);
  if (bankOf(a)) return pairingOfBank(ctx, p, bankOf(a)!);
  return false;
}

function canSeeDemand(ctx: Context, d: FinancingDemand): boolean | Promise<boolean> {
  const a = ctx.actor;
  if (isFinance(a)) return true;
  if (firmOf(a)) return d.firm.id === firmOf(a);
  const bankId = bankOf(a);
  if (bankId) return ctx.loaders.addresseesByDemand.load(d.id).then((rows) => rows.some((r) => r.bank.id === bankId));
  return false;
}

/** An addressing or an answer: its own bank's, or any on the firm's own demand. */
function canSeeBankRow(ctx: Context, row: { bank: { id: string }; demand: { id: string } }): boolean | Promise<boolean> {
  const a = ctx.actor;
  if (isFinance(a)) return true;
  if (bankOf(a)) return row.bank.id === bankOf(a);
  if (firmOf(a)) return ctx.loaders.demand.load(row.demand.id).then((d) => d?.firm.id === firmOf(a));
  return false;
}

export const ENGAGEMENT_RULES: TypeRules[] = [
  { type: 'Pairing', noun: NOUN.pairing, row: canSeePairing },
  {
    type: 'ServiceVisit',
    noun: NOUN.visit,
    row: (ctx, v: ServiceVisit) => (isFinance(ctx.actor) ? true : ctx.loaders.pairing.load(v.pairing.id).then((p) => !!p && canSeePairing(ctx, p))),
  },
  { type: 'FinancingDemand', noun: NOUN.demand, row: canSeeDemand },
  { type: 'DemandAddressee', noun: NOUN.demand, row: (ctx, r: DemandAddressee) => canSeeBankRow(ctx, r) },
  { type: 'Offer', noun: NOUN.offer, row: (ctx, o: Offer) => canSeeBankRow(ctx, o) },
  { type: 'MatchmakingEvent', noun: NOUN.event, row: (ctx) => isFinance(ctx.actor) },
  { type: 'EventSigning', noun: NOUN.signing, row: (ctx, s: EventSigning) => isFinance(ctx.actor) || (!!firmOf(ctx.actor) && s.firm.id === firmOf(ctx.actor)) },
];
