import { addDays, todayInZone } from '../src/common/dates';
import { Role } from '../src/modules/auth/auth.types';
import { TestApp } from './helpers/app';
import { createFirm } from './helpers/factories';
import { bankWithPresident, bankWithProduct, daysAgo, demandInput, fileDemand, pairing, recommend, visit } from './helpers/engagement';
import {
  CreateIpAssetDocument,
  CreateMatchmakingEventDocument,
  DeclineDemandDocument,
  FileDemandDocument,
  FinancingDemandDocument,
  FinancingDemandsDocument,
  FirmDocument,
  MakeOfferDocument,
  OverdueDemandsDocument,
  PairingDocument,
  PairingsDocument,
  MatchFirmsDocument,
  MatchProductsDocument,
} from './generated/operations';

/** Pairings and demands are seen only by the office, the banks they concern, and the firm itself. */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const offer = (demandId: string, bankId: string) => ({
  input: { demandId, bankId, amount: '1000000.00', annualRate: '0.0420', termMonths: 12, validUntil: addDays(todayInZone(), 30), answeredOn: daysAgo(1) },
});

it('a demand is seen by its firm and the banks it went to, and answered only by them', async () => {
  const a = await bankWithProduct(app);
  const b = await bankWithProduct(app);
  const x = await createFirm(app);
  const y = await createFirm(app);
  const demand = await fileDemand(app, x.id);
  await recommend(app, demand.id, [{ bankId: a.bank.id, productId: a.product.id }], daysAgo(5));
  const bankA = (await app.signIn(Role.BANK, { bankId: a.bank.id })).client;
  const bankB = (await app.signIn(Role.BANK, { bankId: b.bank.id })).client;
  const firmX = (await app.signIn(Role.FIRM, { firmId: x.id })).client;
  const firmY = (await app.signIn(Role.FIRM, { firmId: y.id })).client;
  const before = await app.snapshot();

  expect((await bankA.ok(FinancingDemandDocument, { id: demand.id })).financingDemand.id).toBe(demand.id);
  expect((await bankA.ok(FirmDocument, { id: x.id })).firm.id).toBe(x.id);
  expect((await firmX.ok(FinancingDemandDocument, { id: demand.id })).financingDemand.id).toBe(demand.id);
  for (const outsider of [bankB, firmY]) {
    expect((await outsider.fails(FinancingDemandDocument, { id: demand.id })).code).toBe('NOT_FOUND');
    expect((await outsider.ok(FinancingDemandsDocument, {})).financingDemands.totalCount).toBe(0);
  }
  expect((await bankB.fails(FirmDocument, { id: x.id })).code).toBe('NOT_FOUND');
  // Bank B cannot answer for bank A, nor for itself on a demand not addressed to it.
  expect((await bankB.fails(MakeOfferDocument, offer(demand.id, a.bank.id))).code).toBe('FORBIDDEN');
  expect((await bankB.fails(MakeOfferDocument, offer(demand.id, b.bank.id))).code).not.toBe('INTERNAL_SERVER_ERROR');
  // Firm Y can neither file for firm X nor withdraw its demand.
  expect((await firmY.fails(FileDemandDocument, { input: demandInput(x.id) })).code).toBe('FORBIDDEN');
  expect((await firmY.fails(DeclineDemandDocument, { input: { demandId: demand.id, reason: '不需要了' } })).code).toBe('NOT_FOUND');
  // A bank's overdue list is its own, whatever bank it names.
  expect((await bankB.ok(OverdueDemandsDocument, { asOf: addDays(todayInZone(), 60), bankId: a.bank.id })).overdueDemands).toEqual([]);
  const ignore = { 'audit_event.updated_at': 0 };
  expect({ ...(await app.snapshot()), ...ignore }).toEqual({ ...before, ...ignore });

  expect((await bankA.ok(MakeOfferDocument, offer(demand.id, a.bank.id))).makeOffer.id).toBeTruthy();
  expect((await firmX.ok(FileDemandDocument, { input: demandInput(x.id) })).fileDemand.id).toBeTruthy();
});

it('a pairing is seen by the office, the officer\'s bank and the firm', async () => {
  const { bank, president } = await bankWithPresident(app);
  const other = await bankWithPresident(app);
  const firm = await createFirm(app);
  const p = await pairing(app, president.id, firm.id);
  const mine = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
  const theirs = (await app.signIn(Role.BANK, { bankId: other.bank.id })).client;
  const firmClient = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
  expect((await mine.ok(PairingDocument, { id: p.id })).pairing.id).toBe(p.id);
  expect((await mine.ok(FirmDocument, { id: firm.id })).firm.id).toBe(firm.id);
  expect((await firmClient.ok(PairingsDocument, {})).pairings.totalCount).toBe(1);
  expect((await theirs.fails(PairingDocument, { id: p.id })).code).toBe('NOT_FOUND');
  expect((await theirs.ok(PairingsDocument, {})).pairings.totalCount).toBe(0);
});

it('a bank that shares a demand with another sees neither its answer nor its loan', async () => {
  const a = await bankWithProduct(app);
  const b = await bankWithProduct(app);
  const firm = await createFirm(app);
  const demand = await fileDemand(app, firm.id);
  await recommend(app, demand.id, [{ bankId: a.bank.id, productId: a.product.id }, { bankId: b.bank.id, productId: b.product.id }], daysAgo(5));
  const bankA = (await app.signIn(Role.BANK, { bankId: a.bank.id })).client;
  const bankB = (await app.signIn(Role.BANK, { bankId: b.bank.id })).client;
  await bankB.ok(MakeOfferDocument, offer(demand.id, b.bank.id));
  const seenByA = (await bankA.ok(FinancingDemandDocument, { id: demand.id })).financingDemand;
  expect(seenByA.offers).toEqual([]);
  // Nor that B was asked: of the demand's addressings, A sees its own only (test/nested-access.spec.ts).
  expect(seenByA.addressees.map((x) => x.answer)).toEqual([null]);
  const seenByB = (await bankB.ok(FinancingDemandDocument, { id: demand.id })).financingDemand;
  expect(seenByB.offers).toHaveLength(1);
  const seenByOffice = (await app.ok(FinancingDemandDocument, { id: demand.id })).financingDemand;
  expect(seenByOffice.addressees.filter((x) => x.answer)).toHaveLength(1);
  // A bank that is not the demand's can neither answer it nor learn it exists.
  const c = await bankWithProduct(app);
  const bankC = (await app.signIn(Role.BANK, { bankId: c.bank.id })).client;
  expect((await bankC.fails(MakeOfferDocument, offer(demand.id, c.bank.id))).code).toBe('NOT_FOUND');
});

it('matching: a bank matches firms only for its own products; a firm matches only itself', async () => {
  const a = await bankWithProduct(app);
  const b = await bankWithProduct(app);
  const x = await createFirm(app);
  const y = await createFirm(app);
  const bankA = (await app.signIn(Role.BANK, { bankId: a.bank.id })).client;
  const firmX = (await app.signIn(Role.FIRM, { firmId: x.id })).client;
  expect((await bankA.ok(MatchFirmsDocument, { productId: a.product.id })).matchFirms).toBeTruthy();
  expect((await bankA.fails(MatchFirmsDocument, { productId: b.product.id })).code).toBe('NOT_FOUND');
  expect((await firmX.ok(MatchProductsDocument, { firmId: x.id })).matchProducts).toBeTruthy();
  expect((await firmX.fails(MatchProductsDocument, { firmId: y.id })).code).toBe('NOT_FOUND');
  // A bank matches products for a firm only once it has a relation with it.
  expect((await bankA.fails(MatchProductsDocument, { firmId: y.id })).code).toBe('NOT_FOUND');
});

it('a firm learns nothing of other firms\' visits, events or IP records through the errors of its own writes', async () => {
  const { president } = await bankWithPresident(app);
  const { bank } = await bankWithProduct(app);
  const [x, y] = [await createFirm(app), await createFirm(app)];
  const visitToX = await visit(app, (await pairing(app, president.id, x.id)).id);
  const { createMatchmakingEvent: event } = await app.ok(CreateMatchmakingEventDocument, {
    input: { name: '银企对接会', kind: 'FINANCE_INTO_PARK', heldOn: daysAgo(20), place: '经开区管委会', organizer: '经开区产发局', bankIds: [bank.id], firmIds: [x.id] },
  });
  const ip = { kind: 'INVENTION_PATENT' as const, number: 'ZL202310000077.7', title: '一种控制方法', expiresOn: '2043-01-01' };
  const { createIpAsset: xAsset } = await app.ok(CreateIpAssetDocument, { input: { ...ip, firmId: x.id } });
  const firmY = (await app.signIn(Role.FIRM, { firmId: y.id })).client;
  const firmX = (await app.signIn(Role.FIRM, { firmId: x.id })).client;
  const before = await app.snapshot();

  // Another firm's visit, and an event the firm did not attend, are answered as if they did not exist...
  expect((await firmY.fails(FileDemandDocument, { input: demandInput(y.id, { source: 'VISIT', visitId: visitToX.id, filedOn: daysAgo(10) }) })).code).toBe('NOT_FOUND');
  expect((await firmY.fails(FileDemandDocument, { input: demandInput(y.id, { source: 'EVENT', eventId: event.id, filedOn: daysAgo(10) }) })).code).toBe('NOT_FOUND');
  // ...while the office, who sees them all, is told what is wrong.
  const office = await app.fails(FileDemandDocument, { input: demandInput(y.id, { source: 'VISIT', visitId: visitToX.id, filedOn: daysAgo(10) }) });
  expect((office.error.extensions?.problems as { code: string }[]).map((p) => p.code)).toEqual(['VISIT_OF_OTHER_FIRM']);
  // A number already recorded for another firm is a conflict the firm must hear of, without that firm's record.
  const taken = await firmY.fails(CreateIpAssetDocument, { input: { ...ip, firmId: y.id } });
  expect(taken.code).toBe('CONFLICT');
  expect(taken.error.extensions?.existingId).toBeUndefined();
  expect(taken.error.message).toContain('另一家企业');
  expect((await firmX.fails(CreateIpAssetDocument, { input: { ...ip, firmId: x.id } })).error.extensions?.existingId).toBe(xAsset.id);
  expect((await app.fails(CreateIpAssetDocument, { input: { ...ip, firmId: y.id } })).error.extensions?.existingId).toBe(xAsset.id);
  const ignore = { 'audit_event.updated_at': 0 };
  expect({ ...(await app.snapshot()), ...ignore }).toEqual({ ...before, ...ignore });

  // The firm that was visited, and attended, files from both.
  expect((await firmX.ok(FileDemandDocument, { input: demandInput(x.id, { source: 'VISIT', visitId: visitToX.id, filedOn: daysAgo(10) }) })).fileDemand.source).toBe('VISIT');
  expect((await firmX.ok(FileDemandDocument, { input: demandInput(x.id, { source: 'EVENT', eventId: event.id, filedOn: daysAgo(10) }) })).fileDemand.source).toBe('EVENT');
});
