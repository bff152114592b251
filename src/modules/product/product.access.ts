import { NOTHING, bankOf, isFinance } from '../auth/access';
import type { Actor } from '../auth/auth.types';
import { ProductStatus } from './product.enums';

/** Published products for everyone; a bank also sees its own drafts and withdrawn products. */
export function productScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (bankOf(a)) return { $or: [{ status: ProductStatus.PUBLISHED }, { bank: bankOf(a) }] };
  return { status: ProductStatus.PUBLISHED };
}

/** Products the caller may change: their own bank's, or any for the finance office. */
export function ownProductScope(a: Actor | null): object {
  if (isFinance(a)) return {};
  if (bankOf(a)) return { bank: bankOf(a) };
  return NOTHING;
}
