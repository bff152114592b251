import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../common/dates';
import { Firm } from '../firm/firm.entity';
import { FirmQualification } from '../firm/firm-qualification.entity';
import { IpAsset } from '../ip-asset/ip-asset.entity';
import { evaluateEligibility } from '../product/eligibility';
import { LoanProduct } from '../product/loan-product.entity';
import { CollateralKind, ProductStatus } from '../product/product.enums';
import type { Bank } from '../bank/bank.entity';
import { DEFAULT_RESPONSE_DAYS, DemandAddressee } from './demand-addressee.entity';
import { DeadlineBasis } from './engagement.enums';
import type { FinancingDemand } from './financing-demand.entity';

/**
 * A bank's response deadline: the promised response days of the product the demand is addressed
 * under, else the 30-day default, counted in calendar days from the day it was addressed.
 */
export function responseDeadline(addressedOn: string, product: LoanProduct | null): { responseDays: number; deadlineBasis: DeadlineBasis; dueOn: string } {
  const responseDays = product ? product.promisedResponseDays : DEFAULT_RESPONSE_DAYS;
  return { responseDays, deadlineBasis: product ? DeadlineBasis.PRODUCT : DeadlineBasis.DEFAULT, dueOn: addDays(addressedOn, responseDays) };
}

/** Addresses a demand to one bank (under a product, if named), with its deadline frozen. */
export function addressTo(tx: EntityManager, demand: FinancingDemand, bank: Bank, product: LoanProduct | null, addressedOn: string, routedFrom: DemandAddressee | null = null): DemandAddressee {
  const addressee = new DemandAddressee({ demand, bank, product, addressedOn, ...responseDeadline(addressedOn, product) });
  addressee.routedFrom = routedFrom;
  tx.persist(addressee);
  return addressee;
}

/** Whether a product takes the security the firm can offer. An empty offer means "not stated" and does not filter. */
function takesCollateral(product: LoanProduct, offered: CollateralKind[]): boolean {
  if (offered.length === 0 || product.collateralKinds.length === 0) return true;
  if (product.collateralKinds.includes(CollateralKind.NONE)) return true;
  return product.collateralKinds.some((k) => offered.includes(k));
}

/**
 * The next bank to route a demand to, and the product that fits. Deliberately simple while
 * matching (ranking) is built elsewhere; when it lands, its ranking can replace the order here.
 *
 * Candidates: PUBLISHED products of banks the demand has not been addressed to yet, whose amount
 * and term ranges hold the demand's amount and term, that take the security the firm offers
 * (NONE, one it offers, or any when the firm stated none), and whose every eligibility verdict
 * (evaluateEligibility: validity on `on`, chains, size, qualifications, years, revenue, tax grade,
 * IP) the firm passes on `on`.
 * Order: fewest promised response days first (the firm waits least), then the product listed
 * first (createdAt), then id. The first candidate wins. Deterministic for the same data.
 */
export async function nextFittingProduct(tx: EntityManager, demand: FinancingDemand, on: string): Promise<LoanProduct | null> {
  const addressed = await tx.find(DemandAddressee, { demand });
  const banks = [...new Set(addressed.map((a) => a.bank.id))];
  const candidates = await tx.find(
    LoanProduct,
    {
      status: ProductStatus.PUBLISHED,
      ...(banks.length ? { bank: { $nin: banks } } : {}),
      minAmount: { $lte: demand.amount.toFixed(2) },
      maxAmount: { $gte: demand.amount.toFixed(2) },
      minTermMonths: { $lte: demand.termMonths },
      maxTermMonths: { $gte: demand.termMonths },
    } as never,
    { orderBy: { promisedResponseDays: 'asc', createdAt: 'asc', id: 'asc' } },
  );
  const fitting = candidates.filter((p) => takesCollateral(p, demand.collateralOffered));
  if (!fitting.length) return null;
  const firm = await tx.findOneOrFail(Firm, demand.firm.id);
  const facts = { firm, qualifications: await tx.find(FirmQualification, { firm }), ipAssets: await tx.find(IpAsset, { firm }) };
  return fitting.find((p) => evaluateEligibility(facts, p, on).every((v) => v.passed)) ?? null;
}
