import type { EntityManager } from '@mikro-orm/postgresql';
import { Dec, ZERO } from '../../common/decimal';

/**
 * A pool's figures, computed from the ledger and the covered loans, never stored:
 *  balance             = sum of signed ledger amounts
 *                        (contributions + interest + recoveries - compensation - fees - withdrawals)
 *  contributed         = net contributions (reversals included)
 *  coveredOutstanding  = outstanding principal of loans with ACTIVE coverage
 *  capacity            = balance x leverage cap;  headroom = capacity - coveredOutstanding
 *  leverageUsed        = coveredOutstanding / balance (null while the balance is zero)
 *  firmsServed         = firms with a covered loan still outstanding
 *  badLoanRatio        = outstanding of covered loans that are DEFAULTED or COMPENSATED, over the
 *                        outstanding of all covered loans not repaid or written off (ACTIVE or
 *                        CLAIMED coverage): the usual non-performing-loan ratio, over the pool's loans
 */
export interface PoolFigures {
  balance: Dec;
  contributed: Dec;
  coveredOutstanding: Dec;
  firmsServed: number;
  nonPerforming: Dec;
  loanBalance: Dec;
}

export interface YearFigures {
  loans: number;
  firms: number;
  amount: Dec;
}

const dec = (v: string | null | undefined) => (v == null ? ZERO : new Dec(v));
/** A PostgreSQL array literal: the driver would otherwise spread a JS array into a list. Only for ids and ints. */
const pgArray = (items: readonly (string | number)[]) => `{${items.join(',')}}`;

/**
 * The two sums every figure comes from, per pool, as SQL: one over the ledger, one over the covered
 * loans. `where` filters their rows (`true` for every pool). Shared by computePoolFigures and by
 * whatever reads the figures of many pools inside a larger statement (matching's catalogue).
 */
export const LEDGER_SUMS_SQL = (where: string) => `SELECT pool_id, sum(signed_amount)::text AS balance,
        sum(signed_amount) FILTER (WHERE kind = 'CONTRIBUTION')::text AS contributed
   FROM pool_ledger_entry WHERE ${where} GROUP BY pool_id`;

export const COVER_SUMS_SQL = (where: string) => `SELECT c.pool_id,
        sum(l.outstanding_principal) FILTER (WHERE c.status = 'ACTIVE')::text AS covered,
        count(DISTINCT l.firm_id) FILTER (WHERE c.status = 'ACTIVE' AND l.outstanding_principal > 0)::text AS firms,
        sum(l.outstanding_principal) FILTER (WHERE c.status IN ('ACTIVE', 'CLAIMED') AND l.status IN ('DEFAULTED', 'COMPENSATED'))::text AS npl,
        sum(l.outstanding_principal) FILTER (WHERE c.status IN ('ACTIVE', 'CLAIMED') AND l.status NOT IN ('REPAID', 'WRITTEN_OFF'))::text AS loans
   FROM pool_coverage c JOIN loan l ON l.id = c.loan_id
  WHERE ${where} GROUP BY c.pool_id`;

export interface LedgerSums {
  balance?: string | null;
  contributed?: string | null;
}

export interface CoverSums {
  covered?: string | null;
  firms?: string | null;
  npl?: string | null;
  loans?: string | null;
}

/** A pool's figures from its two sums (either missing when the pool has no rows there). */
export function figuresFromSums(ledger: LedgerSums | undefined, cover: CoverSums | undefined): PoolFigures {
  return {
    balance: dec(ledger?.balance),
    contributed: dec(ledger?.contributed),
    coveredOutstanding: dec(cover?.covered),
    firmsServed: cover?.firms ? parseInt(cover.firms, 10) : 0,
    nonPerforming: dec(cover?.npl),
    loanBalance: dec(cover?.loans),
  };
}

export async function computePoolFigures(em: EntityManager, poolIds: readonly string[]): Promise<Map<string, PoolFigures>> {
  if (!poolIds.length) return new Map();
  const conn = em.getConnection();
  // Two independent sums: asked for together.
  const [ledger, cover] = await Promise.all([
    conn.execute<(LedgerSums & { pool_id: string })[]>(LEDGER_SUMS_SQL('pool_id = ANY(?::uuid[])'), [pgArray(poolIds)], 'all', em.getTransactionContext()),
    conn.execute<(CoverSums & { pool_id: string })[]>(COVER_SUMS_SQL('c.pool_id = ANY(?::uuid[])'), [pgArray(poolIds)], 'all', em.getTransactionContext()),
  ]);
  const ledgerOf = new Map(ledger.map((r) => [r.pool_id, r]));
  const coverOf = new Map(cover.map((r) => [r.pool_id, r]));
  return new Map(poolIds.map((id) => [id, figuresFromSums(ledgerOf.get(id), coverOf.get(id))]));
}

/** Loans covered by a pool that were disbursed in a calendar year. */
export async function computeYearFigures(em: EntityManager, keys: readonly { poolId: string; year: number }[]): Promise<YearFigures[]> {
  if (!keys.length) return [];
  const rows = await em.getConnection().execute<{ pool_id: string; year: number; loans: string; firms: string; amount: string | null }[]>(
    `SELECT c.pool_id, extract(year FROM l.disbursed_on)::int AS year, count(*)::text AS loans,
            count(DISTINCT l.firm_id)::text AS firms, sum(l.principal)::text AS amount
       FROM pool_coverage c JOIN loan l ON l.id = c.loan_id
      WHERE c.pool_id = ANY(?::uuid[]) AND extract(year FROM l.disbursed_on)::int = ANY(?::int[])
      GROUP BY 1, 2`,
    [pgArray(keys.map((k) => k.poolId)), pgArray(keys.map((k) => k.year))],
  );
  const found = new Map(rows.map((r) => [`${r.pool_id}:${r.year}`, r]));
  return keys.map((k) => {
    const r = found.get(`${k.poolId}:${k.year}`);
    return r ? { loans: parseInt(r.loans, 10), firms: parseInt(r.firms, 10), amount: dec(r.amount) } : { loans: 0, firms: 0, amount: ZERO };
  });
}

/**
 * Each firm's covered outstanding principal (loans with ACTIVE cover), pool by pool: what counts
 * against a pool's per-firm cap. Firms with none get an empty map.
 */
/** Each firm's covered outstanding principal per pool, for the firms `where` picks out of `loan l`. */
export const FIRM_COVERED_SQL = (where: string) => `SELECT l.firm_id, c.pool_id, sum(l.outstanding_principal)::text AS covered
   FROM pool_coverage c JOIN loan l ON l.id = c.loan_id
  WHERE ${where} AND c.status = 'ACTIVE'
  GROUP BY l.firm_id, c.pool_id`;

export async function computeFirmCovered(em: EntityManager, firmIds: readonly string[]): Promise<Map<string, Map<string, Dec>>> {
  const out = new Map<string, Map<string, Dec>>(firmIds.map((id) => [id, new Map()]));
  if (!firmIds.length) return out;
  const rows = await em.getConnection().execute<{ firm_id: string; pool_id: string; covered: string }[]>(
    FIRM_COVERED_SQL('l.firm_id = ANY(?::uuid[])'),
    [pgArray(firmIds)],
    'all',
    em.getTransactionContext(),
  );
  for (const r of rows) out.get(r.firm_id)!.set(r.pool_id, dec(r.covered));
  return out;
}

export const capacityOf = (f: PoolFigures, leverageCap: Dec): Dec => (f.balance.gt(0) ? f.balance.times(leverageCap).toDecimalPlaces(2) : ZERO);
export const headroomOf = (f: PoolFigures, leverageCap: Dec): Dec => capacityOf(f, leverageCap).minus(f.coveredOutstanding);
export const badLoanRatioOf = (f: PoolFigures): Dec => (f.loanBalance.gt(0) ? f.nonPerforming.div(f.loanBalance) : ZERO);
