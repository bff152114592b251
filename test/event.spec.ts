import { addDays, todayInZone } from '../src/common/dates';
import { TestApp } from './helpers/app';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { daysAgo, demandInput } from './helpers/engagement';
import { recordLoan } from './helpers/pools';
import {
  AddEventParticipantsDocument,
  CreateMatchmakingEventDocument,
  FileDemandDocument,
  FirmJourneyDocument,
  LinkEventLoanDocument,
  MatchmakingEventDocument,
  MatchmakingEventsDocument,
  RecordEventSigningDocument,
} from './generated/operations';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const unknown = '00000000-0000-4000-8000-000000000000';
const codes = (error: { extensions?: Record<string, unknown> }) => (error.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);

async function parkEvent(heldOn = daysAgo(20)) {
  const [k, l] = await Promise.all([createBank(app), createBank(app)]);
  const [kProduct, lProduct] = await Promise.all([createProduct(app, k.id, {}, true), createProduct(app, l.id, {}, true)]);
  const [f1, f2, f3] = await Promise.all([createFirm(app), createFirm(app), createFirm(app)]);
  const { createMatchmakingEvent: event } = await app.ok(CreateMatchmakingEventDocument, {
    input: { name: '金融入园惠企·装备制造专场', kind: 'FINANCE_INTO_PARK', heldOn, place: '常德经开区管委会三楼会议室', organizer: '经开区产发局', bankIds: [k.id, l.id], firmIds: [f1.id, f2.id] },
  });
  return { event, k, l, kProduct, lProduct, f1, f2, f3 };
}

const sign = (eventId: string, firmId: string, bankId: string, amount: string) => app.ok(RecordEventSigningDocument, { input: { eventId, firmId, bankId, amount } });

describe('matchmaking events', () => {
  it('reports signed and actually lent, exactly, when they differ', async () => {
    const { event, k, l, kProduct, f1, f2 } = await parkEvent();
    expect(event).toMatchObject({ kind: 'FINANCE_INTO_PARK', signedTotal: '0.00', lentTotal: '0.00', lentOverSigned: null, firmsSigned: 0, loanCount: 0 });
    expect(new Set(event.banks.map((b) => b.id))).toEqual(new Set([k.id, l.id]));

    const s1 = (await sign(event.id, f1.id, k.id, '5000000.10')).recordEventSigning;
    await sign(event.id, f1.id, l.id, '3000000.20');
    const s3 = (await sign(event.id, f2.id, k.id, '2000000.00')).recordEventSigning;
    // Afterwards bank K lends to F1 twice (less than signed) and to F2 once (more than signed); L lends nothing.
    const a = await recordLoan(app, kProduct.id, f1.id, '3000000.05');
    const b = await recordLoan(app, kProduct.id, f1.id, '1000000.00');
    const c = await recordLoan(app, kProduct.id, f2.id, '2500000.00');
    await app.ok(LinkEventLoanDocument, { input: { signingId: s1.id, loanId: a.id } });
    const { linkEventLoan } = await app.ok(LinkEventLoanDocument, { input: { signingId: s1.id, loanId: b.id } });
    expect(linkEventLoan).toMatchObject({ amount: '5000000.10', lent: '4000000.05', loans: [{ id: a.id }, { id: b.id }] });
    await app.ok(LinkEventLoanDocument, { input: { signingId: s3.id, loanId: c.id } });

    const { matchmakingEvent: e } = await app.ok(MatchmakingEventDocument, { id: event.id });
    // Signed 5,000,000.10 + 3,000,000.20 + 2,000,000.00; lent 3,000,000.05 + 1,000,000.00 + 2,500,000.00.
    expect(e).toMatchObject({ signedTotal: '10000000.30', lentTotal: '6500000.05', lentOverSigned: '0.65', firmsSigned: 2, loanCount: 3 });
    expect(e.signings.map((s) => [s.firm.id, s.bank.id, s.amount, s.lent])).toEqual([
      [f1.id, k.id, '5000000.10', '4000000.05'],
      [f1.id, l.id, '3000000.20', '0.00'],
      [f2.id, k.id, '2000000.00', '2500000.00'],
    ]);
    expect(e.signings[0].loans[0].eventSigning).toEqual({ id: s1.id });
    const { firmJourney } = await app.ok(FirmJourneyDocument, { firmId: f1.id });
    expect(firmJourney.eventSignings.map((s) => [s.amount, s.lent])).toEqual([['5000000.10', '4000000.05'], ['3000000.20', '0.00']]);
    expect(firmJourney.steps.map((s) => s.kind)).toEqual(['EVENT_SIGNING', 'EVENT_SIGNING', 'LOAN_DISBURSED', 'LOAN_DISBURSED']);
    expect(firmJourney.steps[0].summary).toContain('签约5000000.10元');

    // The list answers the same figures, for every event in one page.
    const other = await parkEvent(daysAgo(10));
    await sign(other.event.id, other.f1.id, other.k.id, '800000.00');
    const { matchmakingEvents } = await app.ok(MatchmakingEventsDocument, { filter: { heldFrom: daysAgo(25), kinds: ['FINANCE_INTO_PARK'] } });
    const figures = Object.fromEntries(matchmakingEvents.edges.map(({ node }) => [node.id, [node.signedTotal, node.lentTotal]]));
    expect(figures[event.id]).toEqual(['10000000.30', '6500000.05']);
    expect(figures[other.event.id]).toEqual(['800000.00', '0.00']);
  });

  it('takes demands recorded at the event from firms present', async () => {
    const { event, f1, f3 } = await parkEvent();
    const { fileDemand } = await app.ok(FileDemandDocument, { input: demandInput(f1.id, { source: 'EVENT', eventId: event.id, filedOn: daysAgo(20) }) });
    expect(fileDemand.source).toBe('EVENT');
    expect((await app.ok(MatchmakingEventDocument, { id: event.id })).matchmakingEvent.demands).toEqual([{ id: fileDemand.id }]);
    const absent = await app.fails(FileDemandDocument, { input: demandInput(f3.id, { source: 'EVENT', eventId: event.id, filedOn: daysAgo(20) }) });
    expect(codes(absent.error)).toEqual(['eventId:FIRM_NOT_AT_EVENT']);
    expect(codes((await app.fails(FileDemandDocument, { input: demandInput(f1.id, { source: 'EVENT', eventId: event.id, filedOn: daysAgo(21) }) })).error)).toEqual(['filedOn:TOO_EARLY']);
  });

  it('refuses bad signings and links with clear codes, leaving no trace', async () => {
    const { event, k, l, kProduct, lProduct, f1, f2, f3 } = await parkEvent();
    const s1 = (await sign(event.id, f1.id, k.id, '1000000.00')).recordEventSigning;
    const loanBefore = await recordLoan(app, kProduct.id, f1.id, '500000.00', { disbursedOn: daysAgo(21) });
    const otherBank = await recordLoan(app, lProduct.id, f1.id, '500000.00');
    const otherFirm = await recordLoan(app, kProduct.id, f2.id, '500000.00');
    const ok = await recordLoan(app, kProduct.id, f1.id, '500000.00');
    await app.ok(LinkEventLoanDocument, { input: { signingId: s1.id, loanId: ok.id } });
    const later = await app.ok(CreateMatchmakingEventDocument, { input: { name: '银企对接会', kind: 'BANK_FIRM_MATCHMAKING', heldOn: addDays(todayInZone(), 7), place: '经开区', bankIds: [k.id], firmIds: [f1.id] } });

    const before = await app.snapshot();
    const signing = (over: object) => app.fails(RecordEventSigningDocument, { input: { eventId: event.id, firmId: f2.id, bankId: l.id, amount: '100.00', ...over } });
    expect((await signing({ amount: '-100.00' })).code).toBe('BAD_USER_INPUT');
    expect(codes((await signing({ amount: '0.00' })).error)).toEqual(['amount:NOT_POSITIVE']);
    expect((await signing({ amount: '100.001' })).code).toBe('BAD_USER_INPUT');
    expect(codes((await signing({ firmId: f3.id })).error)).toEqual(['firmId:NOT_AT_EVENT']);
    expect(codes((await signing({ productId: kProduct.id })).error)).toEqual(['productId:PRODUCT_OF_OTHER_BANK']);
    expect((await signing({ firmId: f1.id, bankId: k.id })).code).toBe('CONFLICT');
    expect((await signing({ eventId: unknown })).code).toBe('NOT_FOUND');
    expect((await signing({ bankId: unknown })).code).toBe('NOT_FOUND');
    expect((await signing({ eventId: later.createMatchmakingEvent.id, firmId: f1.id, bankId: k.id })).code).toBe('INVALID_STATE');

    const link = (loanId: string) => app.fails(LinkEventLoanDocument, { input: { signingId: s1.id, loanId } });
    expect(codes((await link(loanBefore.id)).error)).toEqual(['loanId:TOO_EARLY']);
    expect(codes((await link(otherBank.id)).error)).toEqual(['loanId:LOAN_OF_OTHER_BANK']);
    expect(codes((await link(otherFirm.id)).error)).toEqual(['loanId:LOAN_OF_OTHER_FIRM']);
    expect((await link(ok.id)).code).toBe('CONFLICT');
    expect((await link(unknown)).code).toBe('NOT_FOUND');

    const create = (over: object) => app.fails(CreateMatchmakingEventDocument, { input: { name: '活动', kind: 'OTHER', heldOn: daysAgo(1), place: '经开区', ...over } });
    expect(codes((await create({ name: ' ', place: '' })).error)).toEqual(['name:REQUIRED', 'place:REQUIRED']);
    expect(codes((await create({ bankIds: [k.id, k.id] })).error)).toEqual(['bankIds:DUPLICATE']);
    expect((await create({ firmIds: [unknown] })).code).toBe('NOT_FOUND');
    expect((await app.fails(MatchmakingEventsDocument, { filter: { heldFrom: daysAgo(1), heldTo: daysAgo(2) } })).code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot()).toEqual(before);

    // Adding participants keeps those already present once.
    const { addEventParticipants } = await app.ok(AddEventParticipantsDocument, { input: { eventId: event.id, firmIds: [f1.id, f3.id] } });
    expect(addEventParticipants.firms).toHaveLength(3);
  });

  it('lists events with their figures in a fixed number of statements, however many there are', async () => {
    const eventsOn = async (heldOn: string, n: number) => {
      for (let i = 0; i < n; i++) {
        const { event, k, kProduct, f1, f2 } = await parkEvent(heldOn);
        const s = (await sign(event.id, f1.id, k.id, '1000000.00')).recordEventSigning;
        await sign(event.id, f2.id, k.id, '2000000.00');
        await app.ok(LinkEventLoanDocument, { input: { signingId: s.id, loanId: (await recordLoan(app, kProduct.id, f1.id, '900000.00')).id } });
      }
    };
    await eventsOn('2021-01-05', 1);
    await eventsOn('2021-01-06', 4);
    const count = (day: string) => app.countStatements(() => app.ok(MatchmakingEventsDocument, { filter: { heldFrom: day, heldTo: day } }));
    const many = await app.ok(MatchmakingEventsDocument, { filter: { heldFrom: '2021-01-06', heldTo: '2021-01-06' } });
    expect(many.matchmakingEvents.edges.map((e) => [e.node.signedTotal, e.node.lentTotal])).toEqual(Array(4).fill(['3000000.00', '900000.00']));
    expect(await count('2021-01-06')).toBe(await count('2021-01-05'));
  });
});
