import type { Context } from '../../context';
import { NOUN } from '../../common/nouns';
import type { TypeRules } from '../../common/visibility';
import { NOTHING, bankOf, firmOf, isFinance } from '../auth/access';
import type { Actor } from '../auth/auth.types';
import type { CompensationClaim } from './compensation-claim.entity';
import type { Loan } from './loan.entity';
import type { PoolCoverage } from './pool-coverage.entity';
import type { Repayment } from './repayment.entity';

/**
 * Loans: the finance office all; a bank its own; a firm its own. Repayments and pool cover go
 * with their loan. Compensation claims are between the bank and the office: the firm does not
 * see them.
 */
export function loanScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (bankOf(a)) return { bank: bankOf(a) };
  if (firmOf(a)) return { firm: firmOf(a) };
  return NOTHING;
}

/** Loans a caller may act on: its own bank's, or any for the finance office. */
export function ownLoanScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (bankOf(a)) return { bank: bankOf(a) };
  return NOTHING;
}

export function claimScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (bankOf(a)) return { loan: { bank: bankOf(a) } };
  return NOTHING;
}

/** The row rule of loanScope, for a loan reached through another object. */
export function canSeeLoan(a: Actor | null, loan: { bank: { id: string }; firm: { id: string } }): boolean {
  if (isFinance(a)) return true;
  if (bankOf(a)) return loan.bank.id === bankOf(a);
  if (firmOf(a)) return loan.firm.id === firmOf(a);
  return false;
}

/** The rule of a row that goes with its loan: the loan is loaded (batched) only when the role does not settle it. */
function withLoan(ctx: Context, loanId: string, bankOnly = false): boolean | Promise<boolean> {
  const a = ctx.actor;
  if (isFinance(a)) return true;
  // A claim is the bank's and the office's; a repayment or a cover also the borrowing firm's.
  if (!bankOf(a) && (bankOnly || !firmOf(a))) return false;
  return ctx.loaders.loan.load(loanId).then((loan) => !!loan && canSeeLoan(a, loan));
}

export const LOAN_RULES: TypeRules[] = [
  { type: 'Loan', noun: NOUN.loan, row: (ctx, l: Loan) => canSeeLoan(ctx.actor, l) },
  { type: 'Repayment', noun: NOUN.loan, row: (ctx, r: Repayment) => withLoan(ctx, r.loan.id) },
  { type: 'PoolCoverage', noun: NOUN.loan, row: (ctx, c: PoolCoverage) => withLoan(ctx, c.loan.id) },
  { type: 'CompensationClaim', noun: NOUN.claim, row: (ctx, c: CompensationClaim) => withLoan(ctx, c.loan.id, true) },
];
