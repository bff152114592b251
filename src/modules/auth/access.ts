import type { EntityManager } from '@mikro-orm/postgresql';
import { Loan } from '../loan/loan.entity';
import { DemandAddressee } from '../engagement/demand-addressee.entity';
import { FinancingDemand } from '../engagement/financing-demand.entity';
import { Pairing } from '../engagement/pairing.entity';
import { RiskPoolPartner } from '../pool/risk-pool-partner.entity';
import { ForbiddenError, UnauthenticatedError, bi } from '../../common/errors';
import { ProductStatus } from '../product/product.enums';
import { Role, type Actor } from './auth.types';

/**
 * Object-level rules (DESIGN.md, "Who uses it"). Each scope is a MikroORM filter that narrows a
 * query to what the caller may see; a row outside it is answered exactly like a row that does
 * not exist (NOT_FOUND), so a bank cannot even learn that another bank's draft exists.
 */
const NOTHING = { id: { $in: [] as string[] } };

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export const isFinance = (a: Actor | null) => a?.role === Role.FINANCE_OFFICE;

/** Published products for everyone; a bank also sees its own drafts and withdrawn products. */
export function productScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { $or: [{ status: ProductStatus.PUBLISHED }, { bank: a.bankId }] };
  return { status: ProductStatus.PUBLISHED };
}

/** Products the caller may change: their own bank's, or any for the finance office. */
export function ownProductScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { bank: a.bankId };
  return NOTHING;
}

/** The bank a caller may act for: any for the finance office, their own for bank staff. */
export function assertActsForBank(a: Actor | null, bankId: string): void {
  const actor = requireActor(a);
  if (isFinance(actor)) return;
  if (actor.role === Role.BANK && actor.bankId === bankId) return;
  throw new ForbiddenError(bi('只能为本行办理', 'you may act only for your own bank'));
}

/**
 * Firms a caller may see: all for the finance office; its own for a firm; for a bank, the firms
 * it has lent to, those paired with its officers, and those whose demands were addressed to it.
 */
export function firmScope(em: EntityManager, a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.FIRM) return { id: a.firmId };
  if (a?.role === Role.BANK) {
    return {
      $or: [
        { id: { $in: em.createQueryBuilder(Loan, 'rel').select('rel.firm_id').where({ bank: a.bankId }).getKnexQuery() } },
        { id: { $in: em.createQueryBuilder(Pairing, 'rel').select('rel.firm_id').where({ officer: { branch: { bank: a.bankId } } }).getKnexQuery() } },
        { id: { $in: em.createQueryBuilder(FinancingDemand, 'rel').select('rel.firm_id').where({ id: { $in: em.createQueryBuilder(DemandAddressee, 'da').select('da.demand_id').where({ bank: a.bankId }).getKnexQuery() } }).getKnexQuery() } },
      ],
    };
  }
  return NOTHING;
}

/** Firms a caller may change: their own firm, or any for the finance office. */
export function ownFirmScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.FIRM) return { id: a.firmId };
  return NOTHING;
}

export function loanScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { bank: a.bankId };
  if (a?.role === Role.FIRM) return { firm: a.firmId };
  return NOTHING;
}

/** Loans a caller may act on: its own bank's, or any for the finance office. */
export function ownLoanScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { bank: a.bankId };
  return NOTHING;
}

export function claimScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { loan: { bank: a.bankId } };
  return NOTHING;
}

/** Pools: the finance office's; a bank sees the pools it partners with. */
export function poolScope(em: EntityManager, a: Actor | null): object {
  if (isFinance(a)) return {};
  if (a?.role === Role.BANK) return { id: { $in: em.createQueryBuilder(RiskPoolPartner, 'rel').select('rel.pool_id').where({ bank: a.bankId }).getKnexQuery() } };
  return NOTHING;
}

/** Whether a caller may see a loan reached through another object: the same rule as loanScope. */
export function canSeeLoan(a: Actor | null, loan: { bank: { id: string }; firm: { id: string } }): boolean {
  if (isFinance(a)) return true;
  if (a?.role === Role.BANK) return loan.bank.id === a.bankId;
  if (a?.role === Role.FIRM) return loan.firm.id === a.firmId;
  return false;
}

/** A bank sees only its own bank's answers to a demand; the firm and the office see them all. */
export function canSeeAnswer(a: Actor | null, answer: { bank: { id: string } }): boolean {
  if (a?.role === Role.BANK) return answer.bank.id === a.bankId;
  return isFinance(a) || a?.role === Role.FIRM;
}
