import { randomUUID } from 'node:crypto';
import { todayInZone } from '../../src/common/dates';
import type { TestApp } from './app';
import { createBank, createFirm, createProduct } from './factories';
import { CreateRiskPoolDocument, EnrolLoanDocument, RecordLoanDocument, RecordPoolEntryDocument } from '../generated/operations';
import type { CreateRiskPoolInput, CreateFirmInput, CreateProductInput } from '../generated/schema';

/** A fresh idempotency key. */
export const key = () => `test-${randomUUID()}`;

export const today = () => todayInZone();

export async function createPool(app: TestApp, partnerBankIds: string[], over: Partial<CreateRiskPoolInput> = {}) {
  const { createRiskPool } = await app.ok(CreateRiskPoolDocument, {
    input: {
      name: `科技担保贷资金池-${randomUUID().slice(0, 8)}`,
      kind: 'TECH_GUARANTEE',
      leverageCap: '10',
      poolShare: '0.5',
      perFirmCap: '10000000.00',
      warningRatio: '0.03',
      stopRatio: '0.5',
      partnerBankIds,
      ...over,
    },
  });
  return createRiskPool;
}

export async function contribute(app: TestApp, poolId: string, amount: string, kind: 'CONTRIBUTION' | 'INTEREST' | 'FEE' | 'WITHDRAWAL' = 'CONTRIBUTION') {
  const { recordPoolEntry } = await app.ok(RecordPoolEntryDocument, {
    input: { poolId, kind, amount, entryDate: today(), voucherRef: `财-${amount}`, recordedBy: '金融办王会计', idempotencyKey: key() },
  });
  return recordPoolEntry;
}

/** A bank, a pool it partners with, holding `balance`, and a published product drawing on it. */
export async function poolWithProduct(app: TestApp, opts: { balance?: string; pool?: Partial<CreateRiskPoolInput>; product?: Partial<CreateProductInput> } = {}) {
  const bank = await createBank(app);
  const pool = await createPool(app, [bank.id], opts.pool);
  if (opts.balance) await contribute(app, pool.id, opts.balance);
  const product = await createProduct(
    app,
    bank.id,
    { category: 'TECH_GUARANTEE', collateralKinds: ['GUARANTEE_COMPANY'], riskPoolId: pool.id, maxAmount: '10000000.00', ...opts.product },
    true,
  );
  return { bank, pool, product };
}

export async function recordLoan(app: TestApp, productId: string, firmId: string, principal: string, over: { disbursedOn?: string; annualRate?: string; termMonths?: number } = {}) {
  const { recordLoan } = await app.ok(RecordLoanDocument, {
    input: {
      productId,
      firmId,
      contractNo: `HT-${randomUUID().slice(0, 12)}`,
      principal,
      annualRate: over.annualRate ?? '0.0450',
      termMonths: over.termMonths ?? 12,
      disbursedOn: over.disbursedOn ?? today(),
      idempotencyKey: key(),
    },
  });
  return recordLoan;
}

export async function enrolledLoan(app: TestApp, productId: string, principal: string, firm?: { id: string }, firmOver: Partial<CreateFirmInput> = {}) {
  const borrower = firm ?? (await createFirm(app, firmOver));
  const loan = await recordLoan(app, productId, borrower.id, principal);
  await app.ok(EnrolLoanDocument, { input: { loanId: loan.id, idempotencyKey: key() } });
  return { loan, firm: borrower };
}
