import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../auth/auth.types';
import { NOUN } from '../../common/nouns';
import type { TypeRules } from '../../common/visibility';
import { bankOf, isFinance } from '../auth/access';
import type { RiskPool } from './risk-pool.entity';

/**
 * Risk pools. Their published terms (name, kind, leverage cap, loss share, per-firm cap,
 * warning and stop ratios, status, partner banks, description) are public, wherever a pool is
 * reached: the catalogue shows which pool a product draws on, and on what terms. Their figures
 * (balance, contributions, covered outstanding, capacity, headroom, leverage used, firms served,
 * bad-loan ratio and the lines it has reached, a year's lending) are for the finance office and
 * the pool's partner banks: null for anyone else. The ledger is the finance office's only.
 */
export const POOL_FIGURES = [
  'balance',
  'contributed',
  'coveredOutstanding',
  'capacity',
  'headroom',
  'leverageUsed',
  'firmsServed',
  'badLoanRatio',
  'badLoanWarning',
  'stopped',
  'lentInYear',
] as const;

/** The finance office, or a bank the pool partners with (one batched read of the partners). */
export function canSeePoolFigures(ctx: Context, pool: RiskPool): boolean | Promise<boolean> {
  if (isFinance(ctx.actor)) return true;
  const bankId = bankOf(ctx.actor);
  if (!bankId) return false;
  return ctx.loaders.partnersByPool.load(pool.id).then((partners) => partners.some((p) => p.bank.id === bankId));
}

/**
 * The same rule for a service that judges many pools at once (matching): which pools' figures
 * the caller may see. One statement, for a bank only.
 */
export async function poolFiguresVisible(em: EntityManager, actor: Actor | null): Promise<(poolId: string) => boolean> {
  if (isFinance(actor)) return () => true;
  const bankId = bankOf(actor);
  if (!bankId) return () => false;
  const rows = await em.getConnection().execute<{ pool_id: string }[]>('select pool_id from risk_pool_partner where bank_id = ?', [bankId]);
  const partnered = new Set(rows.map((r) => r.pool_id));
  return (poolId) => partnered.has(poolId);
}

export const POOL_RULES: TypeRules[] = [
  {
    type: 'RiskPool',
    noun: NOUN.pool,
    fields: [
      { names: POOL_FIGURES, rule: canSeePoolFigures },
      { names: ['ledger'], rule: (ctx) => isFinance(ctx.actor) },
    ],
  },
  { type: 'PoolLedgerEntry', noun: NOUN.ledgerEntry, row: (ctx) => isFinance(ctx.actor) },
];
