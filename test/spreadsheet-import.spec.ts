import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Role } from '../src/modules/auth/auth.types';
import { Firm } from '../src/modules/firm/firm.entity';
import { FirmQualification } from '../src/modules/firm/firm-qualification.entity';
import { Bank } from '../src/modules/bank/bank.entity';
import { IMPORT_LIMITS } from '../src/modules/spreadsheet/limits';
import { seedIfEmpty } from '../seeds/seed';
import { TestApp, type Client } from './helpers/app';
import { creditCode, withWrongCheck } from './helpers/factories';
import { HEADER_ROW, get, open, toBuffer, upload, workbook } from './helpers/xlsx';
import { FirmByCreditCodeDocument } from './generated/operations';

/**
 * The register import: a dry run reports exactly the bad cells; a commit is all or nothing, once;
 * every bad file is refused with nothing written; the exported register imports unchanged.
 */
let app: TestApp;
let seeded: { firm: Firm; qualification: FirmQualification };
let bankClient: Client;
let firmClient: Client;

const D = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  app = await TestApp.start();
  await seedIfEmpty(app.orm);
  const em = app.orm.em.fork();
  const qualification = (await em.find(FirmQualification, {}, { populate: ['firm'], limit: 1, orderBy: { createdAt: 'asc' } }))[0];
  seeded = { firm: qualification.firm, qualification };
  const bank = (await em.find(Bank, {}, { limit: 1 }))[0];
  bankClient = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
  firmClient = (await app.signIn(Role.FIRM, { firmId: seeded.firm.id })).client;
});
afterAll(() => app.close());

/** The template from /exports/templates/firms.xlsx, filled in from row 7. */
async function fromTemplate(firms: unknown[][], quals: unknown[][] = []): Promise<ExcelJS.Workbook> {
  const { wb } = await workbook(app.office, '/exports/templates/firms.xlsx');
  firms.forEach((values, i) => (wb.getWorksheet('企业名录')!.getRow(HEADER_ROW + 1 + i).values = values as ExcelJS.CellValue[]));
  quals.forEach((values, i) => (wb.getWorksheet('企业资质')!.getRow(HEADER_ROW + 1 + i).values = values as ExcelJS.CellValue[]));
  return wb;
}

const firmRow = (code: string, name: string, over: Record<number, unknown> = {}) => {
  const row: unknown[] = [code, name, null, '装备制造', '小型', D('2015-06-01'), 80, 15000000, 900000.5, 'A', null, null, '否', '导入测试'];
  for (const [i, v] of Object.entries(over)) row[Number(i)] = v;
  return row;
};

const importFile = (buf: Buffer, query = '', client: Client = app.office) => upload(client, `/imports/firms${query}`, buf);
const tables = () => app.snapshot();
const where = (p: { sheet: string; row: number; column: string; code: string }) => `${p.sheet}!${p.column}${p.row} ${p.code}`;

describe('a dry run of a file with good and bad rows', () => {
  let file: Buffer;
  const good1 = creditCode();
  const good2 = creditCode();
  beforeAll(async () => {
    const overlapping = { from: seeded.qualification.validFrom, until: seeded.qualification.validUntil };
    const wb = await fromTemplate(
      [
        firmRow(good1, '导入测试一号有限公司'), // row 7
        firmRow(good2, '导入测试二号有限公司'), // row 8
        firmRow(withWrongCheck(creditCode()), '导入测试三号有限公司'), // row 9: check character
        firmRow(creditCode(), '导入测试四号有限公司', { 3: '航空航天' }), // row 10: no such chain
        firmRow(creditCode(), '导入测试五号有限公司', { 5: D('2999-01-01'), 7: 1000.123 }), // row 11: founded in the future, a third decimal
        firmRow(good1, '导入测试六号有限公司'), // row 12: the code of row 7 again
        firmRow(creditCode(), seeded.firm.name), // row 13: a registered firm's name under another code
        firmRow(creditCode(), '导入测试八号有限公司', { 6: { formula: '40+40', result: 80 } }), // row 14: a formula
        firmRow(creditCode(), '导入测试九号有限公司', { 4: '超大型', 1: '' }), // row 15: no such size class, no name
        firmRow(creditCode(), '导入测试十号\n有限公司', { 5: D('1900-01-01') }), // row 16: a line break in the name, founded before 1949-10-01: the API's rules of form
      ],
      [
        [good1, '导入测试一号有限公司', '高新技术企业', 'GR2022001', D('2022-01-01'), D('2024-12-31')], // row 7
        [good2, null, '科技型中小企业', null, D('2023-06-01'), D('2022-06-01')], // row 8: reversed dates
        [creditCode(), null, '高新技术企业', null, D('2022-01-01'), D('2024-12-31')], // row 9: a firm nowhere
        [good1, null, '高新技术企业', null, D('2022-01-01'), D('2024-12-31')], // row 10: row 7 again
        [seeded.firm.creditCode, seeded.firm.name, seeded.qualification.kind, null, D(overlapping.from), D('2030-12-31')], // row 11: overlaps the registered one
        [good2, null, '资质甲', null, '2022-13-01', D('2024-01-01')], // row 12: no such kind, no such date
      ],
    );
    file = await toBuffer(wb);
  });

  it('reports exactly the bad cells, each with sheet, row, column letter, Chinese header, code and both messages; writes nothing', async () => {
    const before = await tables();
    const r = await importFile(file);
    expect(r.status).toBe(200);
    const report = r.json();
    expect(report).toMatchObject({ dryRun: true, ok: false, committed: false, sha256: createHash('sha256').update(file).digest('hex') });
    expect(report.problems.map(where).sort()).toEqual(
      [
        '企业名录!A9 CREDIT_CODE_CHECK_CHARACTER',
        '企业名录!D10 UNKNOWN_VALUE',
        '企业名录!F11 IN_FUTURE',
        '企业名录!H11 INVALID_MONEY',
        '企业名录!A12 DUPLICATE_IN_FILE',
        '企业名录!B13 DUPLICATE_IN_REGISTER',
        '企业名录!G14 FORMULA_NOT_ALLOWED',
        '企业名录!B15 REQUIRED',
        '企业名录!E15 UNKNOWN_VALUE',
        '企业名录!B16 CONTROL_CHARACTER',
        '企业名录!F16 TOO_EARLY',
        '企业资质!F8 RANGE_REVERSED',
        '企业资质!A9 UNKNOWN_FIRM',
        '企业资质!C10 DUPLICATE_IN_FILE',
        '企业资质!F11 OVERLAPS_REGISTERED',
        '企业资质!C12 UNKNOWN_VALUE',
        '企业资质!E12 INVALID_DATE',
      ].sort(),
    );
    const check = report.problems.find((p: { code: string }) => p.code === 'CREDIT_CODE_CHECK_CHARACTER');
    expect(check).toMatchObject({ sheet: '企业名录', row: 9, column: 'A', header: '统一社会信用代码', field: 'creditCode' });
    expect(check.messageZh).toContain('校验位');
    expect(check.messageEn).toContain('does not check out');
    expect(report.firms).toMatchObject({ rows: 10, created: 2, updated: 0 });
    expect(report.qualifications).toMatchObject({ rows: 6, created: 1 });
    expect(await tables()).toEqual(before);
  });

  it('answers a copy of the file with each bad cell marked and explained, and a sheet listing every problem', async () => {
    const report = (await importFile(file)).json();
    expect(report.markedFile.fileName).toMatch(/^导入检查结果-.*\.xlsx$/);
    const marked = await open(Buffer.from(report.markedFile.base64, 'base64'));
    const cell = marked.getWorksheet('企业名录')!.getCell('D10');
    expect(cell.value).toBe('航空航天');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(cell.note)).toContain('不认识');
    expect(marked.getWorksheet('企业名录')!.getCell('D7').note).toBeUndefined();
    const list = marked.getWorksheet('导入检查结果')!;
    expect(list.rowCount).toBe(5 + report.problems.length);
    // format=xlsx answers the marked copy itself.
    const direct = await importFile(file, '?format=xlsx');
    expect(direct.headers.get('content-type')).toContain('spreadsheetml');
    expect((await open(direct.body)).getWorksheet('导入检查结果')).toBeDefined();
  });

  it('a commit is refused whole while any row is bad (400, the same problems), and writes nothing', async () => {
    const before = await tables();
    const r = await importFile(file, '?dryRun=false');
    expect(r.status).toBe(400);
    const error = r.json().errors[0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toHaveLength(17);
    expect(error.extensions.problems[0]).toMatchObject({ sheet: expect.any(String), row: expect.any(Number), column: expect.any(String), messageZh: expect.any(String) });
    expect(await tables()).toEqual(before);
    expect((await app.request(FirmByCreditCodeDocument, { creditCode: good1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('a commit of a good file', () => {
  const a = creditCode();
  const b = creditCode();
  let file: Buffer;
  beforeAll(async () => {
    file = await toBuffer(await fromTemplate(
      [firmRow(a, '导入提交甲有限公司'), firmRow(b, '导入提交乙有限公司', { 2: 'Import B Co.', 10: 72, 11: 'B' })],
      [[a, null, '高新技术企业', 'GR-A', D('2022-01-01'), D('2024-12-31')], [a, null, '高新技术企业', null, D('2025-01-01'), D('2027-12-31')]],
    ));
  });

  it('writes every row in one transaction, as the API would, with one audit entry holding the file\'s hash and the counts', async () => {
    const auditsBefore = await app.orm.em.fork().count(AuditEvent, {});
    const r = await importFile(file, '?dryRun=false');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ dryRun: false, ok: true, committed: true, firms: { created: 2, updated: 0, unchanged: 0 }, qualifications: { created: 2 } });
    const { firmByCreditCode } = await app.ok(FirmByCreditCodeDocument, { creditCode: b });
    expect(firmByCreditCode).toMatchObject({ name: '导入提交乙有限公司', chain: 'EQUIPMENT_MANUFACTURING', sizeClass: 'SMALL', foundedOn: '2015-06-01', employees: 80, annualRevenue: '15000000.00', rdSpend: '900000.50' });
    const em = app.orm.em.fork();
    expect(await em.count(FirmQualification, { firm: { creditCode: a } })).toBe(2);
    const audits = await em.find(AuditEvent, {}, { orderBy: { createdAt: 'desc' } });
    expect(audits.length).toBe(auditsBefore + 1);
    expect(audits[0]).toMatchObject({ operation: 'importFirms', role: 'FINANCE_OFFICE' });
    expect(audits[0].input).toMatchObject({ sha256: createHash('sha256').update(file).digest('hex'), firms: { created: 2, updated: 0 }, qualifications: { created: 2 } });
  });

  it('the same file again changes nothing: rows are matched by credit code, nothing is duplicated, no audit entry', async () => {
    const before = await tables();
    const r = await importFile(file, '?dryRun=false');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ committed: false, firms: { created: 0, updated: 0, unchanged: 2 }, qualifications: { created: 0, updated: 0, unchanged: 2 } });
    expect(await tables()).toEqual(before);
  });

  it('a changed row updates its firm: one more audit entry, nothing else moves', async () => {
    const wb = await open(file);
    wb.getWorksheet('企业名录')!.getCell(`G${HEADER_ROW + 1}`).value = 95;
    const r = await importFile(await toBuffer(wb), '?dryRun=false');
    expect(r.json()).toMatchObject({ committed: true, firms: { created: 0, updated: 1, unchanged: 1 } });
    expect((await app.ok(FirmByCreditCodeDocument, { creditCode: a })).firmByCreditCode.employees).toBe(95);
  });
});

describe('a bad file is refused cleanly, with nothing written', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = await toBuffer(await fromTemplate([firmRow(creditCode(), '拒绝测试有限公司')]));
  });

  const refused = async (buf: Buffer, status: number, code: string) => {
    const before = await tables();
    for (const query of ['', '?dryRun=false']) {
      const r = await importFile(buf, query);
      expect(r.status).toBe(status);
      expect(r.json().errors[0].extensions).toMatchObject({ code, messageZh: expect.any(String), messageEn: expect.any(String) });
    }
    expect(await tables()).toEqual(before);
  };

  it('not an xlsx: text, an old .xls, a zip without a workbook (415)', async () => {
    await refused(Buffer.from('统一社会信用代码,企业名称\n91430700MA4L000001,某公司\n'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await refused(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const zip = new JSZip();
    zip.file('hello.txt', 'not a workbook');
    await refused(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a file over the size limit (413)', async () => {
    await refused(Buffer.concat([good, Buffer.alloc(IMPORT_LIMITS.fileBytes)]), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a zip bomb: small on disk, beyond the uncompressed limit once inflated, also when it lies about its sizes (413)', async () => {
    const zip = await JSZip.loadAsync(good);
    zip.file('xl/media/padding.bin', Buffer.alloc(IMPORT_LIMITS.uncompressedBytes + 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.fileBytes);
    await refused(bomb, 413, 'PAYLOAD_TOO_LARGE');
    // The same bomb declaring every part 100 bytes long, in its local headers and its directory.
    const liar = Buffer.from(bomb);
    for (let i = 0; i < liar.length - 4; i++) {
      if (liar.readUInt32LE(i) === 0x02014b50) liar.writeUInt32LE(100, i + 24);
      else if (liar.readUInt32LE(i) === 0x04034b50) liar.writeUInt32LE(100, i + 22);
    }
    await refused(liar, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a sheet missing a required column, or the firms sheet missing (400)', async () => {
    const wb = await open(good);
    wb.getWorksheet('企业名录')!.getCell(HEADER_ROW, 5).value = '备注';
    const r = await importFile(await toBuffer(wb));
    expect(r.status).toBe(400);
    expect(r.json().errors[0].extensions.problems).toEqual([expect.objectContaining({ code: 'MISSING_COLUMN', messageZh: expect.stringContaining('企业规模') })]);
    await refused(await toBuffer(wb), 400, 'BAD_USER_INPUT');
    const renamed = await open(good);
    renamed.getWorksheet('企业名录')!.name = 'Sheet1';
    await refused(await toBuffer(renamed), 400, 'BAD_USER_INPUT');
  });

  it('formulas where values belong: reported by the dry run, refused by the commit (400)', async () => {
    const wb = await open(good);
    wb.getWorksheet('企业名录')!.getCell(`H${HEADER_ROW + 1}`).value = { formula: '1000*1000', result: 1000000 } as ExcelJS.CellFormulaValue;
    const buf = await toBuffer(wb);
    expect((await importFile(buf)).json().problems.map(where)).toEqual(['企业名录!H7 FORMULA_NOT_ALLOWED']);
    const before = await tables();
    expect((await importFile(buf, '?dryRun=false')).status).toBe(400);
    expect(await tables()).toEqual(before);
  });

  it('more rows than the limit (413)', async () => {
    const rows = Array.from({ length: IMPORT_LIMITS.rowsPerSheet + 1 }, (_, i) => firmRow(creditCode(), `行数测试${i}有限公司`));
    await refused(await toBuffer(await fromTemplate(rows)), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('is the office\'s only: anonymous 401, a bad token 401, a bank or a firm 403; no file 400, not multipart 415', async () => {
    const before = await tables();
    expect((await importFile(good, '', app.anonymous)).status).toBe(401);
    expect((await importFile(good, '', app.as('nope'))).status).toBe(401);
    expect((await importFile(good, '?dryRun=false', bankClient)).status).toBe(403);
    expect((await importFile(good, '?dryRun=false', firmClient)).status).toBe(403);
    const empty = await fetch(app.url.replace('/graphql', '/imports/firms'), { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${app.office.token}` } });
    expect(empty.status).toBe(400);
    const json = await fetch(app.url.replace('/graphql', '/imports/firms'), { method: 'POST', body: '{}', headers: { authorization: `Bearer ${app.office.token}`, 'content-type': 'application/json' } });
    expect(json.status).toBe(415);
    expect((await importFile(good, '?dryRun=maybe')).status).toBe(400);
    expect(await tables()).toEqual(before);
  });
});

describe('the template round-trips', () => {
  it('the exported register imports unchanged: every firm and qualification matched, nothing written', async () => {
    const { answer } = await workbook(app.office, '/exports/firms.xlsx');
    const em = app.orm.em.fork();
    const [firms, quals] = [await em.count(Firm, {}), await em.count(FirmQualification, {})];
    const before = await tables();
    const dry = (await importFile(answer.body)).json();
    expect(dry.problems).toEqual([]);
    const r = await importFile(answer.body, '?dryRun=false');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, committed: false, firms: { rows: firms, created: 0, updated: 0, unchanged: firms }, qualifications: { rows: quals, created: 0, updated: 0, unchanged: quals } });
    expect(await tables()).toEqual(before);
    expect((await get(app.office, '/exports/firms.xlsx')).status).toBe(200);
  });
});
