import { ForbiddenError, bi } from '../../common/errors';
import { bankOf, isFinance, requireActor } from '../auth/access';
import type { Actor } from '../auth/auth.types';

/** The bank a caller may act for: any for the finance office, their own for bank staff. Banks, branches and officers are public to read. */
export function assertActsForBank(a: Actor | null, bankId: string): void {
  const actor = requireActor(a);
  if (isFinance(actor)) return;
  if (bankOf(actor) === bankId) return;
  throw new ForbiddenError(bi('只能为本行办理', 'you may act only for your own bank'));
}
