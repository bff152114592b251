import { UnauthenticatedError } from '../../common/errors';
import { Role, type Actor } from './auth.types';

/**
 * Who the caller is. What a caller may see of each type is its module's to say, in
 * `<module>.access.ts` (firm, loan, pool, product, bank, engagement, auth, audit), and
 * src/common/visibility.ts applies those rules wherever a type is reached.
 */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export const isFinance = (a: Actor | null) => a?.role === Role.FINANCE_OFFICE;

/** The bank a BANK caller works for, else null. */
export const bankOf = (a: Actor | null): string | null => (a?.role === Role.BANK ? a.bankId : null);

/** The firm a FIRM caller works for, else null. */
export const firmOf = (a: Actor | null): string | null => (a?.role === Role.FIRM ? a.firmId : null);

/** A filter that matches no row: the scope of a caller who may see none. */
export const NOTHING = { id: { $in: [] as string[] } };
