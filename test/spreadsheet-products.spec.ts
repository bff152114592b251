import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Role } from '../src/modules/auth/auth.types';
import { Firm } from '../src/modules/firm/firm.entity';
import { LoanProduct } from '../src/modules/product/loan-product.entity';
import { seedIfEmpty } from '../seeds/seed';
import { TestApp, type Client } from './helpers/app';
import { HEADER_ROW, dataRows, get, open, toBuffer, upload, workbook } from './helpers/xlsx';
import { ProductsDocument } from './generated/operations';

/** A bank's product list in and out: its own products only, checked as createProduct checks them. */
let app: TestApp;
let bank: { id: string; name: string; client: Client };
let otherBankId: string;
let firmClient: Client;

const ALL = 'statuses=DRAFT,PUBLISHED,WITHDRAWN';
const importFile = (client: Client, buf: Buffer, query = '') => upload(client, `/imports/products${query}`, buf, '本行产品.xlsx');
const where = (p: { row: number; column: string; code: string }) => `${p.column}${p.row} ${p.code}`;

beforeAll(async () => {
  app = await TestApp.start();
  await seedIfEmpty(app.orm);
  const em = app.orm.em.fork();
  const products = await em.find(LoanProduct, {}, { populate: ['bank'], orderBy: { createdAt: 'asc' } });
  const first = products[0].bank;
  bank = { id: first.id, name: first.name, client: (await app.signIn(Role.BANK, { bankId: first.id })).client };
  otherBankId = products.find((p) => p.bank.id !== first.id)!.bank.id;
  const firm = (await em.find(Firm, {}, { limit: 1 }))[0];
  firmClient = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
});
afterAll(() => app.close());

/** The template, filled in from row 7 (columns as PRODUCT_COLUMNS: A name … AA description). */
async function fromTemplate(rows: unknown[][]): Promise<Buffer> {
  const { wb } = await workbook(bank.client, '/exports/templates/products.xlsx');
  rows.forEach((values, i) => (wb.worksheets[0].getRow(HEADER_ROW + 1 + i).values = values as never));
  return toBuffer(wb);
}

const product = (name: string, over: Record<number, unknown> = {}) => {
  const row: unknown[] = [name, null, '信用贷款', 100000, 3000000, 6, 36, '固定年利率区间', 0.0385, '6%', null, null, null, '纯信用', null, null, 10, null, null, '装备制造、电力电子', '不限', null, 2, 5000000, 'B', '否', '导入测试产品'];
  for (const [i, v] of Object.entries(over)) row[Number(i)] = v;
  return row;
};

describe('a bank imports its product list', () => {
  it('its own catalogue, exported, imports unchanged', async () => {
    const { answer } = await workbook(bank.client, `/exports/catalogue.xlsx?bankId=${bank.id}&${ALL}`);
    const count = await app.orm.em.fork().count(LoanProduct, { bank: bank.id });
    const before = await app.snapshot();
    const r = await importFile(bank.client, answer.body, '?dryRun=false');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, committed: false, products: { rows: count, created: 0, updated: 0, unchanged: count } });
    expect(await app.snapshot()).toEqual(before);
  });

  it('another bank\'s rows of the whole catalogue are refused, each marked', async () => {
    const { answer } = await workbook(bank.client, '/exports/catalogue.xlsx');
    const ws = (await open(answer.body)).worksheets[0];
    const others = dataRows(ws).filter((r) => r.getCell(2).value !== bank.name).map((r) => `B${r.number} OTHER_BANK`);
    expect(others.length).toBeGreaterThan(0);
    const report = (await importFile(bank.client, answer.body)).json();
    expect(report.problems.map(where)).toEqual(others);
  });

  it('a dry run reports exactly the bad cells, with createProduct\'s own rules', async () => {
    const file = await fromTemplate([
      product('导入产品甲'), // row 7: good, the rate "6%" as text
      product('导入产品乙', { 3: 5000000 }), // row 8: the minimum above the maximum
      product('导入产品丙', { 8: null, 9: null }), // row 9: a fixed rate without rates
      product('导入产品丁', { 13: '纯信用、房子' }), // row 10: no such security
      product('导入产品甲'), // row 11: the name of row 7 again
      product('导入产品戊', { 9: '0.060001%' }), // row 12: a rate with too many decimals
    ]);
    const r = await importFile(bank.client, file);
    expect(r.status).toBe(200);
    const report = r.json();
    expect(report.problems.map(where).sort()).toEqual(['E8 RANGE_REVERSED', 'I9 RATE_REQUIRED', 'N10 UNKNOWN_VALUE', 'A11 DUPLICATE_IN_FILE', 'J12 INVALID_RATE'].sort());
    expect(report.products).toMatchObject({ rows: 6, created: 1 });
    expect((await importFile(bank.client, file, '?dryRun=false')).status).toBe(400);
  });

  it('a good file adds drafts of its own bank, once, with one audit entry; a changed row updates its product', async () => {
    const file = await fromTemplate([product('导入产品甲'), product('导入产品己', { 2: '知识产权质押贷款', 13: '知识产权质押', 15: 0.5 })]);
    const audits = await app.orm.em.fork().count(AuditEvent, { operation: 'importProducts' });
    const r = await importFile(bank.client, file, '?dryRun=false');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ committed: true, products: { created: 2, updated: 0 } });
    const em = app.orm.em.fork();
    const made = await em.findOneOrFail(LoanProduct, { name: '导入产品甲', bank: bank.id });
    expect(made).toMatchObject({ status: 'DRAFT', minTermMonths: 6, maxTermMonths: 36, promisedResponseDays: 10 });
    expect(made.maxRate!.toFixed()).toBe('0.06');
    expect(made.eligibility.chains.sort()).toEqual(['EQUIPMENT_MANUFACTURING', 'POWER_ELECTRONICS']);
    expect(made.eligibility.minAnnualRevenue!.toFixed(2)).toBe('5000000.00');
    expect(await em.count(AuditEvent, { operation: 'importProducts' })).toBe(audits + 1);
    // Drafts: not in the public catalogue.
    const { products } = await app.anonymous.ok(ProductsDocument, { filter: { search: '导入产品' }, first: 10 });
    expect(products.totalCount).toBe(0);
    const before = await app.snapshot();
    expect((await importFile(bank.client, file, '?dryRun=false')).json()).toMatchObject({ committed: false, products: { created: 0, updated: 0, unchanged: 2 } });
    expect(await app.snapshot()).toEqual(before);
    const changed = await fromTemplate([product('导入产品甲', { 4: 4000000 }), product('导入产品己', { 2: '知识产权质押贷款', 13: '知识产权质押', 15: 0.5 })]);
    expect((await importFile(bank.client, changed, '?dryRun=false')).json()).toMatchObject({ committed: true, products: { created: 0, updated: 1, unchanged: 1 } });
    expect((await app.orm.em.fork().findOneOrFail(LoanProduct, { name: '导入产品甲', bank: bank.id })).maxAmount.toFixed(2)).toBe('4000000.00');
  });

  it('is for banks, each its own: the office and a firm 403, anonymous 401; another bank never sees the drafts', async () => {
    const file = await fromTemplate([product('导入产品庚')]);
    expect((await importFile(app.office, file)).status).toBe(403);
    expect((await importFile(firmClient, file)).status).toBe(403);
    expect((await importFile(app.anonymous, file)).status).toBe(401);
    const other = (await app.signIn(Role.BANK, { bankId: otherBankId })).client;
    const { wb } = await workbook(other, `/exports/catalogue.xlsx?bankId=${bank.id}&${ALL}`);
    expect(dataRows(wb.worksheets[0]).map((r) => r.getCell(4).value)).not.toContain('导入产品甲');
    expect((await get(app.anonymous, '/exports/templates/products.xlsx')).status).toBe(401);
  });
});
