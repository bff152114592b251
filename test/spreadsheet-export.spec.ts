import ExcelJS from 'exceljs';
import { Dec } from '../src/common/decimal';
import { Role } from '../src/modules/auth/auth.types';
import { Bank } from '../src/modules/bank/bank.entity';
import { Firm } from '../src/modules/firm/firm.entity';
import { FirmQualification } from '../src/modules/firm/firm-qualification.entity';
import { Loan } from '../src/modules/loan/loan.entity';
import { PoolLedgerEntry } from '../src/modules/pool/pool-ledger-entry.entity';
import { RiskPool } from '../src/modules/pool/risk-pool.entity';
import { LoanProduct } from '../src/modules/product/loan-product.entity';
import { seedIfEmpty } from '../seeds/seed';
import { TestApp, type Client } from './helpers/app';
import { HEADER_ROW, col, dataRows, get, totalRow, workbook } from './helpers/xlsx';
import { BankResponseStatsDocument, FinanceOverviewDocument, ProductsDocument } from './generated/operations';

/**
 * Every export opened with exceljs and its cells checked: types (money and rates numeric, dates
 * dates), formats, totals, the 2022 figures; and who may download what.
 */
let app: TestApp;
let bankA: { bank: Bank; client: Client };
let bankB: { bank: Bank; client: Client };
let firmClient: Client;
let pool: RiskPool;

const money = (c: ExcelJS.Cell) => {
  expect(c.type).toBe(ExcelJS.ValueType.Number);
  expect(c.numFmt).toContain('¥');
  expect(c.numFmt).toContain('0.00');
  return new Dec(String(c.value)).toFixed(2);
};

beforeAll(async () => {
  app = await TestApp.start();
  await seedIfEmpty(app.orm);
  const em = app.orm.em.fork();
  const loans = await em.find(Loan, {}, { populate: ['bank'] });
  const byBank = new Map<string, Bank>();
  for (const l of loans) byBank.set(l.bank.id, l.bank);
  const [a, b] = [...byBank.values()];
  bankA = { bank: a, client: (await app.signIn(Role.BANK, { bankId: a.id })).client };
  bankB = { bank: b, client: (await app.signIn(Role.BANK, { bankId: b.id })).client };
  const firm = (await em.find(Firm, {}, { limit: 1, orderBy: { createdAt: 'asc' } }))[0];
  firmClient = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
  pool = (await em.find(RiskPool, { kind: 'TECH_GUARANTEE' as never }))[0];
});
afterAll(() => app.close());

describe('every export is an .xlsx with a Chinese file name, Chinese headers and a header block', () => {
  it('names the file in Chinese (RFC 5987) and says who exported it and when, in China time', async () => {
    const { wb, answer } = await workbook(app.office, '/exports/loans.xlsx');
    expect(answer.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = answer.headers.get('content-disposition')!;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toMatch(/^贷款明细-\d{8}\.xlsx$/);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('贷款明细');
    expect(String(ws.getCell('A1').value)).toBe('贷款明细 / Loans');
    expect(String(ws.getCell('B3').value)).toContain(app.office.token ? 'finance_office-' : '');
    expect(String(ws.getCell('B3').value)).toContain('金融办');
    // China time: UTC+8, written as "YYYY-MM-DD HH:MM:SS".
    const at = String(ws.getCell('B4').value);
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const utc = Date.parse(`${at.replace(' ', 'T')}+08:00`);
    expect(Math.abs(utc - Date.now())).toBeLessThan(10 * 60_000);
    expect(String(ws.getCell(HEADER_ROW, 1).value).split('\n')[0]).toBe('合同编号');
  });
});

describe('/exports/loans.xlsx', () => {
  it('the office gets every loan: principal numeric in yuan, rates as percentages, dates as dates, a total row', async () => {
    const { wb } = await workbook(app.office, '/exports/loans.xlsx');
    const ws = wb.getWorksheet('贷款明细')!;
    const loans = await app.orm.em.fork().find(Loan, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const rows = dataRows(ws);
    expect(rows).toHaveLength(loans.length);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(loans.map((l) => l.contractNo));
    const p = col(ws, '本金(元)');
    const rate = ws.getRow(HEADER_ROW + 1).getCell(col(ws, '年利率'));
    expect(rate.type).toBe(ExcelJS.ValueType.Number);
    expect(rate.numFmt).toContain('%');
    expect(new Dec(String(rate.value)).eq(loans[0].annualRate)).toBe(true);
    const disbursed = ws.getRow(HEADER_ROW + 1).getCell(col(ws, '放款日'));
    expect(disbursed.value).toBeInstanceOf(Date);
    expect((disbursed.value as Date).toISOString().slice(0, 10)).toBe(loans[0].disbursedOn);
    expect(money(ws.getRow(HEADER_ROW + 1).getCell(p))).toBe(loans[0].principal.toFixed(2));
    const total = totalRow(ws);
    expect(String(total.getCell(1).value)).toContain('合计');
    expect(money(total.getCell(p))).toBe(loans.reduce((s, l) => s.plus(l.principal), new Dec(0)).toFixed(2));
    expect(money(total.getCell(col(ws, '未还本金(元)')))).toBe(loans.reduce((s, l) => s.plus(l.outstandingPrincipal), new Dec(0)).toFixed(2));
  });

  it('takes the loans query\'s filters: the 2022 loans of the year sum to F3', async () => {
    const { wb } = await workbook(app.office, '/exports/loans.xlsx?disbursedFrom=2022-01-01&disbursedTo=2022-12-31');
    const ws = wb.worksheets[0];
    expect(money(totalRow(ws).getCell(col(ws, '本金(元)')))).toBe('3003000000.00');
    expect(String(ws.getCell('B2').value)).toContain('disbursedFrom=2022-01-01');
  });

  it('a bank gets its own loans only; asking for another bank\'s gives nothing, as the loans query does', async () => {
    const own = await app.orm.em.fork().count(Loan, { bank: bankA.bank.id });
    const { wb } = await workbook(bankA.client, '/exports/loans.xlsx');
    const ws = wb.worksheets[0];
    expect(dataRows(ws)).toHaveLength(own);
    expect(new Set(dataRows(ws).map((r) => r.getCell(2).value))).toEqual(new Set([bankA.bank.name]));
    const other = await workbook(bankA.client, `/exports/loans.xlsx?bankId=${bankB.bank.id}`);
    expect(dataRows(other.wb.worksheets[0])).toHaveLength(0);
  });

  it('refuses a firm (403), an anonymous caller (401), a bad token (401, never anonymous) and a bad filter (400)', async () => {
    const firm = await get(firmClient, '/exports/loans.xlsx');
    expect(firm.status).toBe(403);
    expect(firm.json().errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageZh: expect.any(String), messageEn: expect.any(String) });
    expect((await get(app.anonymous, '/exports/loans.xlsx')).status).toBe(401);
    const bad = await get(app.as('not-a-token'), '/exports/catalogue.xlsx');
    expect(bad.status).toBe(401);
    expect(bad.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const filter = await get(app.office, '/exports/loans.xlsx?disbursedFrom=2022-02-30&statuses=NOPE');
    expect(filter.status).toBe(400);
    expect(filter.json().errors[0].extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['disbursedFrom', 'statuses']);
  });
});

describe('/exports/catalogue.xlsx', () => {
  it('anyone gets every published product in the handbook\'s order, the products query\'s', async () => {
    const expected: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { products } = await app.anonymous.ok(ProductsDocument, { first: 100, after });
      expected.push(...products.edges.map((e) => e.node.name));
      if (!products.pageInfo.hasNextPage) break;
      after = products.pageInfo.endCursor!;
    }
    const { wb } = await workbook(app.anonymous, '/exports/catalogue.xlsx');
    const ws = wb.worksheets[0];
    const rows = dataRows(ws);
    expect(rows.map((r) => r.getCell(col(ws, '产品名称')).value)).toEqual(expected);
    expect(String(ws.getCell('B3').value)).toContain('匿名');
    const first = await app.orm.em.fork().findOneOrFail(LoanProduct, { name: expected[0], status: 'PUBLISHED' as never }, { orderBy: { createdAt: 'asc' } });
    expect(money(rows[0].getCell(col(ws, '最高金额(元)')))).toBe(first.maxAmount.toFixed(2));
    expect(String(totalRow(ws).getCell(1).value)).toContain(`${expected.length}行`);
  });

  it('takes the products query\'s filters', async () => {
    const { products } = await app.anonymous.ok(ProductsDocument, { filter: { categories: ['IP_PLEDGE'] }, first: 100 });
    const { wb } = await workbook(app.anonymous, '/exports/catalogue.xlsx?categories=IP_PLEDGE');
    const ws = wb.worksheets[0];
    expect(dataRows(ws).map((r) => r.getCell(col(ws, '产品名称')).value)).toEqual(products.edges.map((e) => e.node.name));
    expect(new Set(dataRows(ws).map((r) => r.getCell(col(ws, '类别')).value))).toEqual(new Set(['知识产权质押贷款']));
    const lv = dataRows(ws)[0].getCell(col(ws, '质押率'));
    expect(lv.type).toBe(ExcelJS.ValueType.Number);
    expect(lv.numFmt).toContain('%');
  });

  it('a bad filter is a 400 with the Money scalar\'s own message', async () => {
    const r = await get(app.anonymous, '/exports/catalogue.xlsx?amount=1.234');
    expect(r.status).toBe(400);
    expect(r.json().errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'amount' }] });
  });
});

describe('/exports/ledger.xlsx', () => {
  it('the office gets a pool\'s ledger with the running balance, ending at the pool\'s balance (F5)', async () => {
    const { wb } = await workbook(app.office, `/exports/ledger.xlsx?poolId=${pool.id}`);
    const ws = wb.worksheets[0];
    const entries = await app.orm.em.fork().find(PoolLedgerEntry, { pool: pool.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const rows = dataRows(ws);
    expect(rows).toHaveLength(entries.length);
    let running = new Dec(0);
    rows.forEach((r, i) => {
      running = running.plus(entries[i].signedAmount);
      expect(money(r.getCell(col(ws, '余额(元)')))).toBe(running.toFixed(2));
    });
    const total = totalRow(ws);
    expect(money(total.getCell(col(ws, '余额(元)')))).toBe('3200000.00');
    const inflow = new Dec(String(total.getCell(col(ws, '收入(元)')).value));
    const outflow = new Dec(String(total.getCell(col(ws, '支出(元)')).value));
    expect(inflow.minus(outflow).toFixed(2)).toBe('3200000.00');
  });

  it('is the office\'s only: a bank 403, anonymous 401; an unknown pool 404, no poolId 400', async () => {
    expect((await get(bankA.client, `/exports/ledger.xlsx?poolId=${pool.id}`)).status).toBe(403);
    expect((await get(firmClient, `/exports/ledger.xlsx?poolId=${pool.id}`)).status).toBe(403);
    expect((await get(app.anonymous, `/exports/ledger.xlsx?poolId=${pool.id}`)).status).toBe(401);
    const missing = await get(app.office, '/exports/ledger.xlsx?poolId=00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.json().errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get(app.office, '/exports/ledger.xlsx')).status).toBe(400);
  });
});

describe('/exports/overview.xlsx?year=2022', () => {
  it('holds financeOverview(2022), each pool, and the published figures F3-F10 beside the computed ones, all equal', async () => {
    const { financeOverview: o } = await app.ok(FinanceOverviewDocument, { year: 2022 });
    const { wb } = await workbook(app.office, '/exports/overview.xlsx?year=2022');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['年度汇总', '资金池', '公布数据对照']);
    const summary = wb.getWorksheet('年度汇总')!;
    expect(money(dataRows(summary)[0].getCell(3))).toBe('3003000000.00');
    expect(money(dataRows(summary)[1].getCell(3))).toBe('73325000.00');
    const pools = wb.getWorksheet('资金池')!;
    const tg = dataRows(pools).find((r) => r.getCell(2).value === '科技担保贷资金池')!;
    expect(money(tg.getCell(col(pools, '累计入池(元)')))).toBe('7000000.00');
    expect(money(tg.getCell(col(pools, '余额(元)')))).toBe('3200000.00');
    expect(money(tg.getCell(col(pools, '在保贷款余额(元)')))).toBe('23696000.00');
    expect(tg.getCell(col(pools, '服务企业数')).value).toBe(6);
    expect(tg.getCell(col(pools, '放大倍数')).value).toBe(7.405);
    const sum = (f: (p: (typeof o.pools)[number]) => string) => o.pools.reduce((s, p) => s.plus(f(p)), new Dec(0)).toFixed(2);
    expect(money(totalRow(pools).getCell(col(pools, '余额(元)')))).toBe(sum((p) => p.balance));
    const cmp = wb.getWorksheet('公布数据对照')!;
    const rows = dataRows(cmp);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F9', 'F10']);
    for (const r of rows) {
      expect(r.getCell(4).type).toBe(ExcelJS.ValueType.Number);
      expect(r.getCell(5).value).toEqual(r.getCell(4).value);
      expect(r.getCell(6).value).toBe('一致 / equal');
    }
    expect(rows[0].getCell(5).value).toBe(3003000000);
    expect(rows[0].getCell(5).numFmt).toContain('¥');
    expect(String(totalRow(cmp).getCell(1).value)).toContain('9/9');
  });

  it('a year without published figures has no comparison sheet; a year not begun is refused (400) as the query refuses it', async () => {
    const { wb } = await workbook(app.office, '/exports/overview.xlsx?year=2021');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['年度汇总', '资金池']);
    const r = await get(app.office, '/exports/overview.xlsx?year=3000');
    expect(r.status).toBe(400);
    expect(r.json().errors[0].extensions.problems[0].field).toBe('year');
    expect((await get(bankA.client, '/exports/overview.xlsx?year=2022')).status).toBe(403);
    expect((await get(app.anonymous, '/exports/overview.xlsx?year=2022')).status).toBe(401);
  });
});

describe('/exports/bank-response.xlsx', () => {
  it('holds bankResponseStats for the period, the share in time as a percentage, and a total row', async () => {
    const { bankResponseStats } = await app.ok(BankResponseStatsDocument, { from: '2022-01-01', to: '2022-12-31' });
    const { wb } = await workbook(app.office, '/exports/bank-response.xlsx?from=2022-01-01&to=2022-12-31');
    const ws = wb.worksheets[0];
    const rows = dataRows(ws);
    const names = new Map((await app.orm.em.fork().find(Bank, {})).map((b) => [b.id, b.name]));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(bankResponseStats.map((s) => names.get(s.bank.id)));
    rows.forEach((r, i) => {
      expect(r.getCell(col(ws, '推送需求数')).value).toBe(bankResponseStats[i].addressed);
      const share = r.getCell(col(ws, '按期答复占比'));
      if (bankResponseStats[i].shareInTime == null) expect(share.value).toBeNull();
      else {
        expect(share.numFmt).toContain('%');
        expect(new Dec(String(share.value)).eq(bankResponseStats[i].shareInTime!)).toBe(true);
      }
    });
    expect(totalRow(ws).getCell(col(ws, '推送需求数')).value).toBe(bankResponseStats.reduce((s, x) => s + x.addressed, 0));
    expect((await get(bankA.client, '/exports/bank-response.xlsx')).status).toBe(403);
    expect((await get(app.office, '/exports/bank-response.xlsx?from=2022-12-31&to=2022-01-01')).status).toBe(400);
  });
});

describe('/exports/firms.xlsx', () => {
  it('the office gets the register: every firm and every qualification, revenue as yuan, founding dates as dates', async () => {
    const em = app.orm.em.fork();
    const firms = await em.find(Firm, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const quals = await em.count(FirmQualification, {});
    const { wb } = await workbook(app.office, '/exports/firms.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业名录', '企业资质']);
    const ws = wb.getWorksheet('企业名录')!;
    const rows = dataRows(ws);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(firms.map((f) => f.creditCode));
    expect(money(rows[0].getCell(col(ws, '上年营业收入(元)')))).toBe(firms[0].annualRevenue.toFixed(2));
    expect((rows[0].getCell(col(ws, '成立日期')).value as Date).toISOString().slice(0, 10)).toBe(firms[0].foundedOn);
    expect(money(totalRow(ws).getCell(col(ws, '上年营业收入(元)')))).toBe(firms.reduce((s, f) => s.plus(f.annualRevenue), new Dec(0)).toFixed(2));
    expect(dataRows(wb.getWorksheet('企业资质')!)).toHaveLength(quals);
    expect((await get(bankA.client, '/exports/firms.xlsx')).status).toBe(403);
    expect((await get(firmClient, '/exports/firms.xlsx')).status).toBe(403);
    expect((await get(app.anonymous, '/exports/templates/firms.xlsx')).status).toBe(401);
  });

  it('the template has the register\'s two sheets with their headers, empty, and how to fill them in', async () => {
    const { wb } = await workbook(app.office, '/exports/templates/firms.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业名录', '企业资质', '填写说明']);
    expect(dataRows(wb.getWorksheet('企业名录')!)).toHaveLength(0);
    expect(String(wb.getWorksheet('企业名录')!.getCell(HEADER_ROW, 1).value)).toBe('统一社会信用代码\nUnified social credit code');
    expect(String(wb.getWorksheet('填写说明')!.getCell(HEADER_ROW + 4, 4).value)).toContain('装备制造');
  });
});
