import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { Dec, formatMoney } from '../../common/decimal';
import { BadInputError, ConflictError, InvalidStateError, NotFoundError, RuleError, bi } from '../../common/errors';
import { idempotent } from '../../common/idempotency';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, clean, cleanPatch, type Check } from '../../common/validation';
import { applyPatch, findOr404, inTransaction } from '../../common/write';
import { Bank } from '../bank/bank.entity';
import { PoolCoverage } from '../loan/pool-coverage.entity';
import { CoverageStatus } from '../loan/loan.enums';
import { capacityOf, computePoolFigures, type PoolFigures } from './pool-figures';
import { LEDGER_SIGN, LedgerKind, MANUAL_LEDGER_KINDS, PoolStatus } from './pool.enums';
import { PoolLedgerEntry } from './pool-ledger-entry.entity';
import type { CreateRiskPoolInput, RecordPoolEntryInput, ReversePoolEntryInput, UpdateRiskPoolInput } from './pool.inputs';
import { RiskPool } from './risk-pool.entity';
import { RiskPoolPartner } from './risk-pool-partner.entity';


function checkPool(c: Check, p: RiskPool): void {
  c.when(!p.leverageCap.gt(0) || p.leverageCap.gt(100), 'leverageCap', 'OUT_OF_RANGE', bi('放大倍数须大于0且不超过100', 'the leverage cap must be above 0 and at most 100'));
  c.when(!p.poolShare.gt(0), 'poolShare', 'NOT_POSITIVE', bi('资金池分担比例须大于0', 'the pool share must be above 0'));
  c.positive('perFirmCap', p.perFirmCap);
  c.when(!p.stopRatio.gt(0), 'stopRatio', 'NOT_POSITIVE', bi('暂停线须大于0', 'the stop ratio must be above 0'));
  c.ordered('warningRatio', 'stopRatio', p.warningRatio, p.stopRatio, (d) => d.toFixed());
}

function checkPoolInput(c: Check, input: Partial<CreateRiskPoolInput>, creating: boolean): void {
  if (creating || input.name !== undefined) c.text('name', input.name, { max: 100, required: true });
  c.text('description', input.description, { max: 2000 });
  c.text('sourceNote', input.sourceNote, { max: 2000 });
  for (const f of ['leverageCap', 'poolShare', 'perFirmCap', 'warningRatio', 'stopRatio', 'partnerBankIds'] as const) c.notNull(f, input[f]);
}

function checkEntryInput(c: Check, input: { entryDate: string; voucherRef: string; recordedBy: string }): void {
  c.text('voucherRef', input.voucherRef, { max: 60, required: true });
  c.text('recordedBy', input.recordedBy, { max: 50, required: true });
  c.when(input.entryDate > todayInZone(), 'entryDate', 'IN_FUTURE', bi(`记账日期(${input.entryDate})不能晚于今天`, `the entry date (${input.entryDate}) cannot be in the future`));
}

/** A ledger entry dated before the pool was established (when known) or before the entry it reverses. */
function assertEntryNotBefore(entryDate: string, earliest: string | null | undefined, what: { zh: string; en: string }): void {
  if (earliest && entryDate < earliest) {
    throw BadInputError.one('entryDate', 'TOO_EARLY', bi(`记账日期(${entryDate})不能早于${what.zh}(${earliest})`, `the entry date (${entryDate}) cannot be before ${what.en} (${earliest})`));
  }
}

async function replacePartners(tx: EntityManager, pool: RiskPool, bankIds: string[]): Promise<void> {
  const unique = [...new Set(bankIds)];
  const bad = unique.find((id) => !isUuid(id));
  if (bad) throw new NotFoundError(NOUN.bank, bad);
  const banks = unique.length ? await tx.find(Bank, { id: { $in: unique } }) : [];
  const missing = unique.find((id) => !banks.some((b) => b.id === id));
  if (missing) throw new NotFoundError(NOUN.bank, missing);
  await tx.nativeDelete(RiskPoolPartner, { pool });
  for (const bank of banks) tx.persist(new RiskPoolPartner(pool, bank));
}

/** Locks the pool row: every write that changes its balance or commits its headroom goes one at a time. */
export const lockPool = (tx: EntityManager, id: string) => findOr404(tx, RiskPool, id, NOUN.pool, { lock: true });

export async function figuresOf(tx: EntityManager, pool: RiskPool): Promise<PoolFigures> {
  return (await computePoolFigures(tx, [pool.id])).get(pool.id)!;
}

/**
 * A balance may only go down so far: never below zero, and never so far that the covered loans
 * stand above the new capacity.
 */
async function assertCanReduceBalance(tx: EntityManager, pool: RiskPool, by: Dec): Promise<void> {
  const f = await figuresOf(tx, pool);
  const after = f.balance.minus(by);
  if (after.lt(0)) {
    throw new RuleError('INSUFFICIENT_BALANCE', bi(`资金池余额${formatMoney(f.balance)}元,不足以支出${formatMoney(by)}元`, `the pool's balance of ${formatMoney(f.balance)} yuan cannot cover ${formatMoney(by)} yuan`), {
      balance: formatMoney(f.balance),
    });
  }
  const capacity = capacityOf({ ...f, balance: after }, pool.leverageCap);
  if (f.coveredOutstanding.gt(capacity)) {
    throw new RuleError(
      'CAPACITY_EXCEEDED',
      bi(`支出后放大容量${formatMoney(capacity)}元将低于在保余额${formatMoney(f.coveredOutstanding)}元`, `afterwards the capacity of ${formatMoney(capacity)} yuan would be below the covered outstanding of ${formatMoney(f.coveredOutstanding)} yuan`),
    );
  }
}

export const PoolService = {
  /** Pools' published terms are public (pool.access.ts); their figures are guarded field by field. */
  get: (em: EntityManager, id: string) => findOr404(em, RiskPool, id, NOUN.pool),
  list: (em: EntityManager, page: PageArgs) => paginate(em, RiskPool, {}, page),
  ledger: (em: EntityManager, poolId: string, kinds: LedgerKind[] | undefined, page: PageArgs) =>
    paginate(em, PoolLedgerEntry, kinds?.length ? { pool: poolId, kind: { $in: kinds } } : { pool: poolId }, page),
  getEntry: (em: EntityManager, id: string) => findOr404(em, PoolLedgerEntry, id, NOUN.ledgerEntry),

  async create(em: EntityManager, input: CreateRiskPoolInput): Promise<RiskPool> {
    const c = check();
    checkPoolInput(c, input, true);
    c.done();
    return inTransaction(em, async (tx) => {
      const name = clean(input.name)!;
      if (await tx.findOne(RiskPool, { name })) throw new ConflictError(bi(`已有名为"${name}"的资金池`, `a pool named "${name}" already exists`));
      const pool = new RiskPool({ ...input, name });
      applyPatch(pool, { description: clean(input.description), establishedOn: input.establishedOn ?? null, sourceNote: clean(input.sourceNote) }, ['description', 'establishedOn', 'sourceNote']);
      const c2 = check();
      checkPool(c2, pool);
      c2.done();
      tx.persist(pool);
      await replacePartners(tx, pool, input.partnerBankIds ?? []);
      return pool;
    });
  },

  async update(em: EntityManager, id: string, input: UpdateRiskPoolInput): Promise<RiskPool> {
    const c = check();
    checkPoolInput(c, input, false);
    c.done();
    return inTransaction(em, async (tx) => {
      const pool = await lockPool(tx, id);
      if (pool.status === PoolStatus.CLOSED) throw new InvalidStateError(bi('资金池已关闭,不能修改', 'the pool is closed and cannot change'));
      const name = cleanPatch(input.name);
      if (name && name !== pool.name && (await tx.findOne(RiskPool, { name }))) throw new ConflictError(bi(`已有名为"${name}"的资金池`, `a pool named "${name}" already exists`));
      applyPatch(pool, { ...input, name, description: cleanPatch(input.description), sourceNote: cleanPatch(input.sourceNote) }, [
        'name', 'description', 'leverageCap', 'poolShare', 'perFirmCap', 'warningRatio', 'stopRatio', 'sourceNote',
      ]);
      const c2 = check();
      checkPool(c2, pool);
      c2.done();
      if (input.leverageCap) {
        const f = await figuresOf(tx, pool);
        const capacity = capacityOf(f, pool.leverageCap);
        if (f.coveredOutstanding.gt(capacity)) {
          throw new RuleError('CAPACITY_EXCEEDED', bi(`新放大倍数下容量${formatMoney(capacity)}元低于在保余额${formatMoney(f.coveredOutstanding)}元`, `with that cap the capacity of ${formatMoney(capacity)} yuan is below the covered outstanding of ${formatMoney(f.coveredOutstanding)} yuan`));
        }
      }
      if (input.partnerBankIds) await replacePartners(tx, pool, input.partnerBankIds);
      return pool;
    });
  },

  /** Suspend, resume or close a pool: the only way its status changes. */
  async changeStatus(em: EntityManager, id: string, status: PoolStatus, reason: string): Promise<RiskPool> {
    const c = check();
    c.text('reason', reason, { max: 500, required: true });
    c.done();
    return inTransaction(em, async (tx) => {
      const pool = await lockPool(tx, id);
      const legal: Record<PoolStatus, PoolStatus[]> = { ACTIVE: [PoolStatus.SUSPENDED, PoolStatus.CLOSED], SUSPENDED: [PoolStatus.ACTIVE, PoolStatus.CLOSED], CLOSED: [] };
      if (!legal[pool.status].includes(status)) {
        throw new InvalidStateError(bi(`资金池当前为${pool.status},不能变为${status}`, `the pool is ${pool.status} and cannot become ${status}`), { status: pool.status });
      }
      if (status === PoolStatus.CLOSED) {
        const covering = await tx.count(PoolCoverage, { pool, status: CoverageStatus.ACTIVE });
        if (covering) throw new InvalidStateError(bi(`仍有${covering}笔在保贷款,不能关闭资金池`, `${covering} covered loan(s) are still outstanding; the pool cannot close`));
      }
      pool.status = status;
      return pool;
    });
  },

  recordEntry(em: EntityManager, input: RecordPoolEntryInput): Promise<PoolLedgerEntry> {
    const c = check();
    checkEntryInput(c, input);
    c.positive('amount', input.amount);
    c.text('memo', input.memo, { max: 500 });
    c.done();
    return idempotent(em, 'recordPoolEntry', input.idempotencyKey, input, async (tx) => {
      const pool = await lockPool(tx, input.poolId);
      if (pool.status === PoolStatus.CLOSED) throw new InvalidStateError(bi('资金池已关闭', 'the pool is closed'));
      // Every historic balance is computed from dated entries: none may predate the pool itself.
      assertEntryNotBefore(input.entryDate, pool.establishedOn, { zh: '资金池设立日期', en: 'the day the pool was established' });
      const kind = input.kind as unknown as LedgerKind;
      const sign = LEDGER_SIGN[kind];
      if (sign < 0) await assertCanReduceBalance(tx, pool, input.amount);
      const entry = new PoolLedgerEntry({ pool, kind, amount: input.amount, signedAmount: input.amount.times(sign), entryDate: input.entryDate, voucherRef: clean(input.voucherRef)!, recordedBy: clean(input.recordedBy)! });
      entry.memo = clean(input.memo);
      tx.persist(entry);
      return entry;
    }, (tx, id) => tx.findOneOrFail(PoolLedgerEntry, id));
  },

  reverseEntry(em: EntityManager, input: ReversePoolEntryInput): Promise<PoolLedgerEntry> {
    const c = check();
    checkEntryInput(c, input);
    c.text('reason', input.reason, { max: 500, required: true });
    c.done();
    return idempotent(em, 'reversePoolEntry', input.idempotencyKey, input, async (tx) => {
      if (!isUuid(input.entryId)) throw new NotFoundError(NOUN.ledgerEntry, input.entryId);
      const original = await tx.findOne(PoolLedgerEntry, input.entryId);
      if (!original) throw new NotFoundError(NOUN.ledgerEntry, input.entryId);
      const pool = await lockPool(tx, original.pool.id);
      assertEntryNotBefore(input.entryDate, original.entryDate, { zh: '被冲正分录的记账日期', en: 'the entry it reverses' });
      assertEntryNotBefore(input.entryDate, pool.establishedOn, { zh: '资金池设立日期', en: 'the day the pool was established' });
      if (original.reverses) throw new InvalidStateError(bi('冲正分录不能再被冲正,请登记新的分录', 'a reversing entry cannot itself be reversed; record a new entry instead'));
      if (!(MANUAL_LEDGER_KINDS as readonly LedgerKind[]).includes(original.kind)) {
        throw new InvalidStateError(bi('代偿和追偿分录随代偿申请办理,不能直接冲正', 'compensation and recovery entries follow their claims and cannot be reversed here'));
      }
      if (await tx.findOne(PoolLedgerEntry, { reverses: original })) {
        throw new ConflictError(bi('该分录已被冲正', 'this entry has already been reversed'), { entryId: original.id });
      }
      const signed = original.signedAmount.negated();
      if (signed.lt(0)) await assertCanReduceBalance(tx, pool, original.amount);
      const entry = new PoolLedgerEntry({ pool, kind: original.kind, amount: original.amount, signedAmount: signed, entryDate: input.entryDate, voucherRef: clean(input.voucherRef)!, recordedBy: clean(input.recordedBy)! });
      entry.memo = clean(input.reason);
      entry.reverses = original;
      tx.persist(entry);
      return entry;
    }, (tx, id) => tx.findOneOrFail(PoolLedgerEntry, id));
  },
};
