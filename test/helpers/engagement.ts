import { addDays, todayInZone } from '../../src/common/dates';
import type { TestApp } from './app';
import { createBank, createBranch, createFirm, createOfficer, createProduct } from './factories';
import { CreatePairingDocument, FileDemandDocument, RecommendDemandDocument, RecordServiceVisitDocument } from '../generated/operations';
import type { CreateProductInput, FileDemandInput } from '../generated/schema';

/** The China date `n` days before today. */
export const daysAgo = (n: number) => addDays(todayInZone(), -n);

/** A bank with one branch president. */
export async function bankWithPresident(app: TestApp) {
  const bank = await createBank(app);
  const branch = await createBranch(app, bank.id);
  const president = await createOfficer(app, branch.id, 'BRANCH_PRESIDENT');
  return { bank, branch, president };
}

/** A bank with one published product (promised response days as given). */
export async function bankWithProduct(app: TestApp, over: Partial<CreateProductInput> = {}) {
  const bank = await createBank(app);
  const product = await createProduct(app, bank.id, over, true);
  return { bank, product };
}

export async function pairing(app: TestApp, officerId: string, firmId: string, startsOn = daysAgo(100)) {
  return (await app.ok(CreatePairingDocument, { input: { officerId, firmId, startsOn } })).createPairing;
}

export async function visit(app: TestApp, pairingId: string, visitedOn = daysAgo(50), followUpDue?: string) {
  return (await app.ok(RecordServiceVisitDocument, { input: { pairingId, visitedOn, visitors: '张行长、李客户经理', findings: '订单增长,需流动资金', followUpDue } })).recordServiceVisit;
}

export function demandInput(firmId: string, over: Partial<FileDemandInput> = {}): FileDemandInput {
  return { firmId, amount: '3000000.00', termMonths: 12, purpose: '采购原材料', source: 'ONLINE', filedOn: daysAgo(60), ...over };
}

export async function fileDemand(app: TestApp, firmId?: string, over: Partial<FileDemandInput> = {}) {
  const firm = firmId ?? (await createFirm(app)).id;
  return (await app.ok(FileDemandDocument, { input: demandInput(firm, over) })).fileDemand;
}

export async function recommend(app: TestApp, demandId: string, banks: { bankId: string; productId?: string | null }[], on = daysAgo(40)) {
  return (await app.ok(RecommendDemandDocument, { input: { demandId, banks, on } })).recommendDemand;
}
