import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError, bi, type Noun } from '../../common/errors';
import { isFinance } from '../auth/access';
import { Role, type Actor } from '../auth/auth.types';
import { DemandAddressee } from './demand-addressee.entity';

/**
 * Who sees which pairings, visits and demands (DESIGN.md): the finance office all; a bank the
 * pairings of its own officers and the demands addressed to it; a firm its own.
 */
const NOTHING = { id: { $in: [] as string[] } };

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
