import { addDays, todayInZone } from '../src/common/dates';
import { TestApp } from './helpers/app';
import { createFirm } from './helpers/factories';
import { bankWithPresident, daysAgo, fileDemand, pairing, visit } from './helpers/engagement';
import {
  CloseServiceVisitDocument,
  CreatePairingDocument,
  EndPairingDocument,
  FileDemandDocument,
  OverdueFollowUpsDocument,
  PairingDocument,
  PairingsDocument,
  RecordServiceVisitDocument,
  ServiceVisitDocument,
} from './generated/operations';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const today = () => todayInZone();
const unknown = '00000000-0000-4000-8000-000000000000';
const codes = (error: { extensions?: Record<string, unknown> }) => (error.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);

describe('pairings', () => {
  it('pairs a branch president with firms; a firm may have several officers, an officer many firms', async () => {
    const { bank, president } = await bankWithPresident(app);
    const other = await bankWithPresident(app);
    const [f1, f2] = await Promise.all([createFirm(app), createFirm(app)]);
    const p1 = await pairing(app, president.id, f1.id, '2022-03-01');
    await pairing(app, president.id, f2.id);
    await pairing(app, other.president.id, f1.id);
    const { createPairing: planned } = await app.ok(CreatePairingDocument, { input: { officerId: president.id, firmId: (await createFirm(app)).id, startsOn: '2022-03-01', endsOn: '2025-02-28', note: '三年结对' } });
    expect(planned).toMatchObject({ status: 'ACTIVE', startsOn: '2022-03-01', endsOn: '2025-02-28', note: '三年结对' });

    const { pairing: read } = await app.ok(PairingDocument, { id: p1.id });
    expect(read).toMatchObject({ status: 'ACTIVE', officer: { id: president.id }, bank: { id: bank.id }, firm: { id: f1.id }, visits: [] });
    const list = async (filter: object) => (await app.ok(PairingsDocument, { filter })).pairings.totalCount;
    expect(await list({ officerId: president.id })).toBe(3);
    expect(await list({ firmId: f1.id })).toBe(2);
    expect(await list({ bankId: bank.id })).toBe(3);
    expect(await list({ bankId: other.bank.id, firmId: f1.id })).toBe(1);

    const { endPairing } = await app.ok(EndPairingDocument, { input: { pairingId: p1.id, reason: '行长调任' } });
    expect(endPairing).toMatchObject({ status: 'ENDED', endsOn: today(), endReason: '行长调任' });
    expect(await list({ officerId: president.id, statuses: ['ACTIVE'] })).toBe(2);
    // Once ended, the same two may be paired again.
    await pairing(app, president.id, f1.id, today());
  });

  it('refuses an end before the start, a second active pairing, unknown ids and a second ending, leaving no trace', async () => {
    const { president } = await bankWithPresident(app);
    const firm = await createFirm(app);
    const p = await pairing(app, president.id, firm.id, daysAgo(10));
    const before = await app.snapshot();
    const create = (over: object) => app.fails(CreatePairingDocument, { input: { officerId: president.id, firmId: firm.id, startsOn: daysAgo(5), ...over } });

    const reversed = await create({ startsOn: '2024-05-01', endsOn: '2024-04-30' });
    expect(reversed.code).toBe('BAD_USER_INPUT');
    expect(codes(reversed.error)).toEqual(['endsOn:RANGE_REVERSED']);
    expect(reversed.error.message).toBe('计划结束日(2024-04-30)不能小于结对开始日(2024-05-01) / the planned end (2024-04-30) cannot be less than the pairing start (2024-05-01)');
    expect((await create({})).code).toBe('CONFLICT');
    expect((await create({ officerId: unknown })).code).toBe('NOT_FOUND');
    expect((await create({ firmId: 'no-such-firm' })).code).toBe('BAD_USER_INPUT');
    expect((await create({ startsOn: '2024-02-30' })).code).toBe('BAD_USER_INPUT');

    const end = (over: object) => app.fails(EndPairingDocument, { input: { pairingId: p.id, ...over } });
    expect(codes((await end({ endedOn: daysAgo(11) })).error)).toEqual(['endedOn:TOO_EARLY']);
    expect(codes((await end({ endedOn: addDays(today(), 1) })).error)).toEqual(['endedOn:IN_FUTURE']);
    expect((await end({ pairingId: unknown })).code).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(before);

    await app.ok(EndPairingDocument, { input: { pairingId: p.id } });
    const after = await app.snapshot();
    expect((await end({})).code).toBe('INVALID_STATE');
    expect((await app.fails(RecordServiceVisitDocument, { input: { pairingId: p.id, visitedOn: today(), visitors: '张行长', findings: '回访' } })).code).toBe('INVALID_STATE');
    expect(await app.snapshot()).toEqual(after);
  });
});

describe('service visits', () => {
  it('records visits under a pairing with what they found, the demand they produced and the follow-up', async () => {
    const { president } = await bankWithPresident(app);
    const firm = await createFirm(app);
    const p = await pairing(app, president.id, firm.id, daysAgo(100));
    const { recordServiceVisit: v } = await app.ok(RecordServiceVisitDocument, {
      input: { pairingId: p.id, visitedOn: daysAgo(30), visitors: ' 张行长、李客户经理 ', findings: '新接整车厂订单,需流动资金约300万元', followUpDue: daysAgo(16), followUpBy: '经开区产发局 王科长' },
    });
    expect(v).toMatchObject({ status: 'OPEN', visitors: '张行长、李客户经理', followUpDue: daysAgo(16), followUpBy: '经开区产发局 王科长', closedOn: null });
    const demand = await fileDemand(app, firm.id, { source: 'VISIT', visitId: v.id, filedOn: daysAgo(30) });
    expect(demand.source).toBe('VISIT');
    const { serviceVisit } = await app.ok(ServiceVisitDocument, { id: v.id });
    expect(serviceVisit).toMatchObject({ demand: { id: demand.id }, firm: { id: firm.id }, pairing: { id: p.id } });
    // One visit, one demand.
    expect((await app.fails(FileDemandDocument, { input: { firmId: firm.id, amount: '1.00', termMonths: 1, purpose: 'x', source: 'VISIT', visitId: v.id } })).code).toBe('CONFLICT');
    expect((await app.ok(PairingDocument, { id: p.id })).pairing.visits.map((x) => x.id)).toEqual([v.id]);
  });

  it('lists overdue follow-ups until they are closed', async () => {
    const { president } = await bankWithPresident(app);
    const p = await pairing(app, president.id, (await createFirm(app)).id, daysAgo(100));
    const overdue = await visit(app, p.id, daysAgo(30), daysAgo(9));
    const dueToday = await visit(app, p.id, daysAgo(3), today());
    const noFollowUp = await visit(app, p.id, daysAgo(2));
    const listed = async (asOf?: string) => (await app.ok(OverdueFollowUpsDocument, { asOf })).overdueFollowUps.filter((x) => [overdue.id, dueToday.id, noFollowUp.id].includes(x.id));

    expect(await listed()).toEqual([expect.objectContaining({ id: overdue.id, followUpDue: daysAgo(9), daysOverdue: 9 })]);
    expect((await listed(addDays(today(), 1))).map((x) => [x.id, x.daysOverdue])).toEqual([[overdue.id, 10], [dueToday.id, 1]]);

    const before = await app.snapshot();
    const close = (over: object) => app.fails(CloseServiceVisitDocument, { input: { visitId: overdue.id, outcome: '已协调建行对接,企业获授信', ...over } });
    expect(codes((await close({ outcome: ' ' })).error)).toEqual(['outcome:REQUIRED']);
    expect(codes((await close({ closedOn: daysAgo(31) })).error)).toEqual(['closedOn:TOO_EARLY']);
    expect((await close({ visitId: unknown })).code).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(before);

    const { closeServiceVisit } = await app.ok(CloseServiceVisitDocument, { input: { visitId: overdue.id, outcome: '已协调建行对接,企业获授信' } });
    expect(closeServiceVisit).toMatchObject({ status: 'CLOSED', closedOn: today(), outcome: '已协调建行对接,企业获授信' });
    expect(await listed()).toEqual([]);
    expect((await close({})).code).toBe('INVALID_STATE');
  });

  it('refuses a visit outside the pairing, a follow-up due before the visit, a future visit, an unknown pairing', async () => {
    const { president } = await bankWithPresident(app);
    const p = await pairing(app, president.id, (await createFirm(app)).id, daysAgo(20));
    const before = await app.snapshot();
    const record = (over: object) => app.fails(RecordServiceVisitDocument, { input: { pairingId: p.id, visitedOn: daysAgo(5), visitors: '张行长', findings: '了解经营情况', ...over } });
    expect(codes((await record({ visitedOn: daysAgo(21) })).error)).toEqual(['visitedOn:OUTSIDE_PAIRING']);
    expect(codes((await record({ followUpDue: daysAgo(6) })).error)).toEqual(['followUpDue:RANGE_REVERSED']);
    expect(codes((await record({ visitedOn: addDays(today(), 1) })).error)).toEqual(['visitedOn:IN_FUTURE']);
    expect(codes((await record({ visitors: '', findings: '' })).error)).toEqual(['visitors:REQUIRED', 'findings:REQUIRED']);
    expect((await record({ pairingId: unknown })).code).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(before);
  });
});
