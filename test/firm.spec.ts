import { todayInZone } from '../src/common/dates';
import { TestApp } from './helpers/app';
import { createFirm, creditCode, firmInput, withWrongCheck } from './helpers/factories';
import {
  AddFirmQualificationDocument,
  CreateFirmDocument,
  CreateIpAssetDocument,
  FirmByCreditCodeDocument,
  FirmDocument,
  FirmsDocument,
  IpAssetDocument,
  IpAssetsDocument,
  RemoveFirmQualificationDocument,
  UpdateFirmDocument,
  UpdateFirmQualificationDocument,
  UpdateIpAssetDocument,
} from './generated/operations';

/** A validity end well ahead, within the plausible range (today + 10 years at most). */
const FAR_END = `${Number(todayInZone().slice(0, 4)) + 5}-12-31`;
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

describe('firms', () => {
  it('registers a firm and reads it by id and by credit code (typed in lower case)', async () => {
    const input = firmInput({ name: '常德测试新材料有限公司', knowledgeValueScore: 82, knowledgeValueGrade: 'B', annualRevenue: '12345678.90' });
    const { createFirm } = await app.ok(CreateFirmDocument, { input });
    expect(createFirm).toMatchObject({ creditCode: input.creditCode, annualRevenue: '12345678.90', rdSpend: '900000.00', knowledgeValueScore: 82, isFictional: false });
    const { firm } = await app.ok(FirmDocument, { id: createFirm.id });
    expect(firm.name).toBe('常德测试新材料有限公司');
    const { firmByCreditCode } = await app.ok(FirmByCreditCodeDocument, { creditCode: ` ${input.creditCode.toLowerCase()} ` });
    expect(firmByCreditCode.id).toBe(createFirm.id);
  });

  it('accepts the example code printed in GB 32100-2015', async () => {
    const { createFirm } = await app.ok(CreateFirmDocument, { input: firmInput({ creditCode: '91350100M000100Y43' }) });
    expect(createFirm.creditCode).toBe('91350100M000100Y43');
  });

  it('updates the fields given and keeps the rest', async () => {
    const firm = await createFirm(app);
    const { updateFirm } = await app.ok(UpdateFirmDocument, { id: firm.id, input: { sizeClass: 'MEDIUM', employees: 320, annualRevenue: '0.10' } });
    expect(updateFirm).toMatchObject({ sizeClass: 'MEDIUM', employees: 320, annualRevenue: '0.10', name: firm.name, creditCode: firm.creditCode });
  });

  it('filters by chain, size, a qualification valid today and a search, with pagination', async () => {
    const a = await createFirm(app, { chain: 'PHARMA_CHEMICALS', name: '筛选医药甲公司' });
    const b = await createFirm(app, { chain: 'PHARMA_CHEMICALS', name: '筛选医药乙公司', sizeClass: 'MICRO' });
    await createFirm(app, { chain: 'POWER_ELECTRONICS', name: '筛选电子丙公司' });
    await app.ok(AddFirmQualificationDocument, { firmId: a.id, input: { kind: 'HIGH_TECH_ENTERPRISE', validFrom: '2025-01-01', validUntil: FAR_END } });
    await app.ok(AddFirmQualificationDocument, { firmId: b.id, input: { kind: 'HIGH_TECH_ENTERPRISE', validFrom: '2019-01-01', validUntil: '2021-12-31' } });

    const chain = await app.ok(FirmsDocument, { filter: { chain: 'PHARMA_CHEMICALS', search: '筛选' } });
    expect(chain.firms.edges.map((e) => e.node.name)).toEqual(['筛选医药甲公司', '筛选医药乙公司']);
    const micro = await app.ok(FirmsDocument, { filter: { sizeClass: 'MICRO', search: '筛选' } });
    expect(micro.firms.edges.map((e) => e.node.id)).toEqual([b.id]);
    const hte = await app.ok(FirmsDocument, { filter: { qualification: 'HIGH_TECH_ENTERPRISE', search: '筛选' } });
    expect(hte.firms.edges.map((e) => e.node.id)).toEqual([a.id]);
    const byCode = await app.ok(FirmsDocument, { filter: { search: b.creditCode } });
    expect(byCode.firms.edges.map((e) => e.node.id)).toEqual([b.id]);
    const paged = await app.ok(FirmsDocument, { filter: { search: '筛选' }, first: 1 });
    expect(paged.firms).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  });

  describe('refuses bad input and writes nothing', () => {
    it('a credit code with a wrong check character: says it does not check out and where to verify it, never which character would be right', async () => {
      const code = creditCode();
      const before = await app.snapshot();
      const { code: errorCode, error } = await app.fails(CreateFirmDocument, { input: firmInput({ creditCode: withWrongCheck(code) }) });
      expect(errorCode).toBe('BAD_USER_INPUT');
      expect(error.extensions?.problems).toEqual([expect.objectContaining({ field: 'creditCode', code: 'CREDIT_CODE_CHECK_CHARACTER' })]);
      expect(error.extensions?.messageZh).toContain('校验位不符');
      expect(error.extensions?.messageZh).toContain('国家企业信用信息公示系统');
      expect(error.extensions?.messageEn).toContain('National Enterprise Credit Information Publicity System');
      // The right check character appears nowhere but at the end of the code as typed, which is wrong.
      expect(error.message).not.toMatch(/应为|should be/);
      expect(error.message.replaceAll(withWrongCheck(code), '')).not.toContain(`"${code[17]}"`);
      expect(await app.snapshot()).toEqual(before);
    });

    it.each([
      ['too short', '91430700MA4L0000', 'CREDIT_CODE_LENGTH'],
      ['forbidden letter O', '91430700MA4LOOOOO1', 'CREDIT_CODE_CHARACTERS'],
      ['unknown authority', '41430700MA4L000001', 'CREDIT_CODE_AUTHORITY'],
      ['division not digits', '9143A700MA4L000001', 'CREDIT_CODE_DIVISION'],
    ])('a credit code that is %s', async (_why, bad, problem) => {
      const before = await app.snapshot();
      const { error } = await app.fails(CreateFirmDocument, { input: firmInput({ creditCode: bad }) });
      expect((error.extensions?.problems as { code: string }[])[0].code).toBe(problem);
      expect(await app.snapshot()).toEqual(before);
    });

    it('a duplicate credit code is a CONFLICT naming the firm that holds it', async () => {
      const firm = await createFirm(app);
      const before = await app.snapshot();
      const { code, error } = await app.fails(CreateFirmDocument, { input: firmInput({ creditCode: firm.creditCode }) });
      expect(code).toBe('CONFLICT');
      expect(error.extensions?.existingId).toBe(firm.id);
      expect(await app.snapshot()).toEqual(before);
    });

    it('negative, 3-decimal, exponent and numeric amounts are refused by the Money scalar', async () => {
      const before = await app.snapshot();
      for (const annualRevenue of ['-1.00', '100.001', '1e3', 'NaN', '', '12,000.00']) {
        const { code, error } = await app.fails(CreateFirmDocument, { input: firmInput({ annualRevenue }) });
        expect(code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(/金额.*无效/);
      }
      const { error } = await app.fails(CreateFirmDocument, { input: { ...firmInput(), annualRevenue: 1000 as unknown as string } });
      expect(error.message).toMatch(/须以字符串传入/);
      expect(await app.snapshot()).toEqual(before);
    });

    it('a founding date in the future, an impossible date, negative employees, a score over 100', async () => {
      const before = await app.snapshot();
      const bad = await app.fails(CreateFirmDocument, { input: firmInput({ employees: -1, knowledgeValueScore: 101 }) });
      expect((bad.error.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['employees', 'knowledgeValueScore']);
      // A date outside its plausible range is a problem of form, refused before the record's own rules.
      const future = await app.fails(CreateFirmDocument, { input: firmInput({ foundedOn: '2999-01-01', employees: -1 }) });
      expect(future.error.extensions?.problems).toEqual([expect.objectContaining({ field: 'foundedOn', code: 'IN_FUTURE' })]);
      expect((await app.fails(CreateFirmDocument, { input: firmInput({ foundedOn: '2023-02-30' }) })).code).toBe('BAD_USER_INPUT');
      expect((await app.fails(CreateFirmDocument, { input: firmInput({ name: 'x'.repeat(101) }) })).code).toBe('BAD_USER_INPUT');
      expect(await app.snapshot()).toEqual(before);
    });

    it('an update to an unknown firm is NOT_FOUND, to null required fields BAD_USER_INPUT', async () => {
      const firm = await createFirm(app);
      const before = await app.snapshot();
      expect((await app.fails(UpdateFirmDocument, { id: '00000000-0000-4000-8000-000000000000', input: { employees: 5 } })).code).toBe('NOT_FOUND');
      expect((await app.fails(UpdateFirmDocument, { id: firm.id, input: { name: null } })).code).toBe('BAD_USER_INPUT');
      expect((await app.fails(UpdateFirmDocument, { id: firm.id, input: { rdSpend: null } })).code).toBe('BAD_USER_INPUT');
      expect((await app.fails(FirmByCreditCodeDocument, { creditCode: creditCode() })).code).toBe('NOT_FOUND');
      expect(await app.snapshot()).toEqual(before);
    });
  });
});

describe('qualifications', () => {
  it('records, changes and removes a qualification, with validity judged in China time', async () => {
    const firm = await createFirm(app);
    const { addFirmQualification: q } = await app.ok(AddFirmQualificationDocument, {
      firmId: firm.id,
      input: { kind: 'TECH_SME', certificateNo: '2026430700000123', validFrom: '2026-01-01', validUntil: '2026-12-31' },
    });
    const today = todayInZone();
    expect(q.validToday).toBe('2026-01-01' <= today && today <= '2026-12-31');
    const { updateFirmQualification } = await app.ok(UpdateFirmQualificationDocument, { id: q.id, input: { validFrom: '2020-01-01', validUntil: '2020-12-31' } });
    expect(updateFirmQualification).toMatchObject({ validUntil: '2020-12-31', validToday: false });
    const { removeFirmQualification } = await app.ok(RemoveFirmQualificationDocument, { id: q.id });
    expect(removeFirmQualification.qualifications).toEqual([]);
  });

  it('refuses reversed dates, overlapping periods of one kind, and unknown firms', async () => {
    const firm = await createFirm(app);
    await app.ok(AddFirmQualificationDocument, { firmId: firm.id, input: { kind: 'HIGH_TECH_ENTERPRISE', validFrom: '2021-12-01', validUntil: '2024-11-30' } });
    const before = await app.snapshot();
    const reversed = await app.fails(AddFirmQualificationDocument, { firmId: firm.id, input: { kind: 'TECH_SME', validFrom: '2024-01-01', validUntil: '2023-01-01' } });
    expect(reversed.code).toBe('BAD_USER_INPUT');
    expect((reversed.error.extensions?.problems as { code: string }[])[0].code).toBe('RANGE_REVERSED');
    const overlap = await app.fails(AddFirmQualificationDocument, { firmId: firm.id, input: { kind: 'HIGH_TECH_ENTERPRISE', validFrom: '2024-11-01', validUntil: '2027-10-31' } });
    expect(overlap.code).toBe('CONFLICT');
    expect((await app.fails(AddFirmQualificationDocument, { firmId: 'nope', input: { kind: 'TECH_SME', validFrom: '2024-01-01', validUntil: '2024-12-31' } })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(RemoveFirmQualificationDocument, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(before);
    // The next certificate may start the day after the last one ends.
    await app.ok(AddFirmQualificationDocument, { firmId: firm.id, input: { kind: 'HIGH_TECH_ENTERPRISE', validFrom: '2024-12-01', validUntil: '2027-11-30' } });
  });
});

describe('IP assets', () => {
  it('records an appraised patent, lists it by firm and changes it', async () => {
    const firm = await createFirm(app);
    const { createIpAsset: asset } = await app.ok(CreateIpAssetDocument, {
      input: {
        firmId: firm.id,
        kind: 'INVENTION_PATENT',
        number: 'ZL202010000001.1',
        title: '一种高导热复合材料的制备方法',
        expiresOn: '2040-03-01',
        appraisedValue: '12000000.00',
        appraiser: '湖南某资产评估有限公司',
        appraisedOn: '2022-05-20',
      },
    });
    expect(asset).toMatchObject({ annualFeePaid: true, pledged: false, appraisedValue: '12000000.00', firm: { id: firm.id } });
    const { ipAsset } = await app.ok(IpAssetDocument, { id: asset.id });
    expect(ipAsset.firm.id).toBe(firm.id);
    const { ipAssets } = await app.ok(IpAssetsDocument, { filter: { firmId: firm.id } });
    expect(ipAssets.totalCount).toBe(1);
    const { updateIpAsset } = await app.ok(UpdateIpAssetDocument, { id: asset.id, input: { pledged: true, annualFeePaid: false } });
    expect(updateIpAsset).toMatchObject({ pledged: true, annualFeePaid: false, title: asset.title });
    const { firm: read } = await app.ok(FirmDocument, { id: firm.id });
    expect(read.ipAssets.map((a) => a.number)).toEqual(['ZL202010000001.1']);
    const pledged = await app.ok(IpAssetsDocument, { filter: { firmId: firm.id, pledged: false } });
    expect(pledged.ipAssets.totalCount).toBe(0);
  });

  it('refuses a half-given appraisal, a duplicate number, an unknown firm, and writes nothing', async () => {
    const firm = await createFirm(app);
    const base = { firmId: firm.id, kind: 'TRADEMARK' as const, number: '30000001', title: '商标', expiresOn: '2031-01-01' };
    await app.ok(CreateIpAssetDocument, { input: base });
    const before = await app.snapshot();
    expect((await app.fails(CreateIpAssetDocument, { input: base })).code).toBe('CONFLICT');
    const half = await app.fails(CreateIpAssetDocument, { input: { ...base, number: '30000002', appraisedValue: '100.00' } });
    expect(half.code).toBe('BAD_USER_INPUT');
    expect((half.error.extensions?.problems as { code: string }[])[0].code).toBe('APPRAISAL_INCOMPLETE');
    expect((await app.fails(CreateIpAssetDocument, { input: { ...base, number: '30000003', appraisedValue: '-5.00', appraiser: 'x', appraisedOn: '2022-01-01' } })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(CreateIpAssetDocument, { input: { ...base, firmId: '00000000-0000-4000-8000-000000000000', number: '30000004' } })).code).toBe('NOT_FOUND');
    expect((await app.fails(UpdateIpAssetDocument, { id: 'missing', input: { pledged: true } })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(UpdateIpAssetDocument, { id: '00000000-0000-4000-8000-000000000000', input: { pledged: true } })).code).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(before);
  });
});
