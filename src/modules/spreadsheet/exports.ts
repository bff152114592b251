import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { todayInZone } from '../../common/dates';
import { Dec, ZERO } from '../../common/decimal';
import { bi } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { Context } from '../../context';
import { createLoaders } from '../../loaders';
import { Role } from '../auth/auth.types';
import type { TokenSettings } from '../auth/tokens';
import { Bank } from '../bank/bank.entity';
import { ViewsService } from '../engagement/views.service';
import type { Firm } from '../firm/firm.entity';
import { IndustrialChain, QualificationKind, SizeClass } from '../firm/firm.enums';
import { FirmService } from '../firm/firm.service';
import { LoanStatus } from '../loan/loan.enums';
import { LoanService } from '../loan/loan.service';
import { FinanceOverviewResolver } from '../overview/finance-overview.resolver';
import { LedgerKind, PoolKind } from '../pool/pool.enums';
import { PoolService } from '../pool/pool.service';
import { ProductCategory, ProductStatus } from '../product/product.enums';
import { ProductService } from '../product/product.service';
import { FIRM_COLUMNS, FIRMS_SHEET, QUALIFICATION_COLUMNS, QUALIFICATIONS_SHEET, firmRow, qualificationRow } from './firm-register';
import { attachment, callerOf, handler } from './http';
import { CATALOGUE_COLUMNS, PRODUCT_COLUMNS, PRODUCTS_SHEET, productRow, statusOf } from './product-register';
import { choicesOf, zhOf } from './labels';
import { Params, describeFilters } from './params';
import { PUBLISHED_FIGURES } from './published-figures';
import { HEADER_BLOCK_ROWS, XlsxStream, type Column, type HeaderBlock } from './sheet-writer';

/** Rows read from the database per statement: the services' own keyset pages, at their largest. */
export const EXPORT_BATCH = 100;

const stamp = () => todayInZone().replace(/-/g, '');

/**
 * Every row of a keyset-paginated service list, a page at a time. After each page the request's
 * EntityManager is cleared, so a 100,000-row export holds one page of entities, never all of them.
 */
async function eachPage<T>(ctx: Context, page: (after: string | undefined) => Promise<Page<T>>, work: (nodes: T[]) => Promise<void>): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const p = await page(after);
    await work(p.edges.map((e) => e.node));
    ctx.em.clear();
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) return;
    after = p.pageInfo.endCursor;
  }
}

function begin(res: Response, zhName: string, asciiName: string): XlsxStream {
  attachment(res, `${zhName}-${stamp()}.xlsx`, `${asciiName}-${stamp()}.xlsx`);
  return new XlsxStream(res);
}

const block = (ctx: Context, title: ReturnType<typeof bi>, what: string): HeaderBlock => ({ title, what, by: ctx.actor, at: new Date() });

const e = (enumObj: object, v: string | null | undefined) => (v == null ? null : zhOf(enumObj, v));

// ---------------------------------------------------------------------------------------------
// /exports/catalogue.xlsx: the published catalogue in the handbook's order (the products query's)

async function catalogue(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req);
  const p = new Params(req);
  const filter = {
    statuses: p.enumList('statuses', ProductStatus),
    categories: p.enumList('categories', ProductCategory),
    bankId: p.string('bankId'),
    chain: p.enumOne('chain', IndustrialChain),
    sizeClass: p.enumOne('sizeClass', SizeClass),
    amount: p.money('amount'),
    termMonths: p.int('termMonths'),
    search: p.string('search'),
  };
  p.done();
  // The first page before the answer begins: a bad filter (an unknown bank id) is still a JSON error.
  let first: Page<Awaited<ReturnType<typeof ProductService.list>>['edges'][number]['node']> | null = await ProductService.list(ctx.em, ctx.actor, filter, { first: EXPORT_BATCH });
  const out = begin(res, '信贷产品目录', 'catalogue');
  const sheet = out.sheet('信贷产品目录', CATALOGUE_COLUMNS, block(ctx, bi('信贷产品目录', 'Loan product catalogue'), `信贷产品(与products查询相同的顺序和筛选) / products, in the order and with the filters of the products query. ${describeFilters(filter)}`));
  const banks = new Map<string, string>();
  let n = 0;
  await eachPage(ctx, async (after) => {
    if (first) {
      const p0 = first;
      first = null;
      return p0;
    }
    return ProductService.list(ctx.em, ctx.actor, filter, { first: EXPORT_BATCH, after });
  }, async (products) => {
    const missing = [...new Set(products.map((x) => x.bank.id))].filter((id) => !banks.has(id));
    if (missing.length) for (const b of await ctx.em.find(Bank, { id: { $in: missing } })) banks.set(b.id, b.name);
    for (const x of products) {
      sheet.add([++n, banks.get(x.bank.id), statusOf(x), ...productRow(x)]);
    }
    await out.drain();
  });
  sheet.addTotal();
  sheet.commit();
  await out.finish();
}

// ---------------------------------------------------------------------------------------------
// /exports/ledger.xlsx?poolId=: a pool's ledger in the order it was written, with the running balance

const LEDGER_COLUMNS: Column[] = [
  { header: bi('序号', 'No.'), kind: 'int', width: 6 },
  { header: bi('记账日期', 'Entry date'), kind: 'date', width: 12 },
  { header: bi('科目', 'Kind'), kind: 'text', width: 12 },
  { header: bi('收入(元)', 'In (yuan)'), kind: 'money', total: true },
  { header: bi('支出(元)', 'Out (yuan)'), kind: 'money', total: true },
  { header: bi('余额(元)', 'Running balance (yuan)'), kind: 'money' },
  { header: bi('凭证号', 'Voucher'), kind: 'text', width: 16 },
  { header: bi('记录人', 'Recorded by'), kind: 'text', width: 12 },
  { header: bi('备注', 'Memo'), kind: 'text', width: 30 },
  { header: bi('冲正', 'Reversal'), kind: 'text', width: 8 },
];

async function ledger(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE]);
  const p = new Params(req);
  const poolId = p.required('poolId');
  const kinds = p.enumList('kinds', LedgerKind);
  p.done();
  const pool = await PoolService.get(ctx.em, poolId!);
  const poolName = pool.name;
  const out = begin(res, `资金池台账-${poolName}`, 'ledger');
  const sheet = out.sheet('资金池台账', LEDGER_COLUMNS, block(ctx, bi(`资金池台账:${poolName}`, `Pool ledger: ${poolName}`), `资金池 / pool ${poolName}(${zhOf(PoolKind, pool.kind)}, id ${pool.id}),按记录顺序 / in the order written. ${describeFilters({ kinds })}`));
  let balance: Dec = ZERO;
  let n = 0;
  await eachPage(ctx, (after) => PoolService.ledger(ctx.em, poolId!, kinds, { first: EXPORT_BATCH, after }), async (entries) => {
    for (const x of entries) {
      balance = balance.plus(x.signedAmount);
      const incoming = x.signedAmount.gte(0);
      sheet.add([++n, x.entryDate, e(LedgerKind, x.kind), incoming ? x.signedAmount : null, incoming ? null : x.signedAmount.neg(), balance, x.voucherRef, x.recordedBy, x.memo, x.reverses ? '是' : null]);
    }
    await out.drain();
  });
  sheet.addTotal(undefined, { 5: balance });
  sheet.commit();
  await out.finish();
}

// ---------------------------------------------------------------------------------------------
// /exports/loans.xlsx: the loans query's rows (office: all; bank: its own), with its filters

export const LOAN_COLUMNS: Column[] = [
  { header: bi('合同编号', 'Contract'), kind: 'text', width: 18 },
  { header: bi('银行', 'Bank'), kind: 'text', width: 22 },
  { header: bi('产品', 'Product'), kind: 'text', width: 20 },
  { header: bi('企业', 'Firm'), kind: 'text', width: 26 },
  { header: bi('统一社会信用代码', 'Credit code'), kind: 'text', width: 22 },
  { header: bi('本金(元)', 'Principal (yuan)'), kind: 'money', total: true },
  { header: bi('年利率', 'Annual rate'), kind: 'rate', width: 10 },
  { header: bi('期限(月)', 'Term (months)'), kind: 'int', width: 8 },
  { header: bi('放款日', 'Disbursed on'), kind: 'date', width: 12 },
  { header: bi('到期日', 'Matures on'), kind: 'date', width: 12 },
  { header: bi('状态', 'Status'), kind: 'text', width: 8 },
  { header: bi('未还本金(元)', 'Outstanding principal (yuan)'), kind: 'money', total: true },
  { header: bi('已收利息(元)', 'Interest paid (yuan)'), kind: 'money', total: true },
];

async function loans(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE, Role.BANK]);
  const p = new Params(req);
  const filter = {
    bankId: p.string('bankId'),
    firmId: p.string('firmId'),
    productId: p.string('productId'),
    poolId: p.string('poolId'),
    statuses: p.enumList('statuses', LoanStatus),
    disbursedFrom: p.date('disbursedFrom'),
    disbursedTo: p.date('disbursedTo'),
  };
  p.done();
  const list = (after?: string) => LoanService.list(ctx.em, ctx.actor, filter, { first: EXPORT_BATCH, after });
  let first: Awaited<ReturnType<typeof list>> | null = await list();
  const out = begin(res, '贷款明细', 'loans');
  const scope = ctx.actor?.role === Role.BANK ? '本行贷款 / your bank\'s loans' : '全部贷款 / all loans';
  const sheet = out.sheet('贷款明细', LOAN_COLUMNS, block(ctx, bi('贷款明细', 'Loans'), `${scope}(与loans查询相同 / as the loans query). ${describeFilters(filter)}`));
  // Banks and products are few: their names are kept; firms are read a page at a time.
  const banks = new Map<string, string>();
  const products = new Map<string, string>();
  await eachPage(ctx, async (after) => {
    if (first) {
      const p0 = first;
      first = null;
      return p0;
    }
    return list(after);
  }, async (rows) => {
    const loaders = createLoaders(ctx.em);
    const firms = await loaders.firm.loadMany([...new Set(rows.map((l) => l.firm.id))]);
    const firmById = new Map(firms.filter((f): f is Firm => !!f && !(f instanceof Error)).map((f) => [f.id, f]));
    const needBanks = [...new Set(rows.map((l) => l.bank.id))].filter((id) => !banks.has(id));
    for (const b of (await loaders.bank.loadMany(needBanks)) as Bank[]) if (b) banks.set(b.id, b.name);
    const needProducts = [...new Set(rows.map((l) => l.product.id))].filter((id) => !products.has(id));
    for (const x of await loaders.product.loadMany(needProducts)) if (x && !(x instanceof Error)) products.set(x.id, x.name);
    for (const l of rows) {
      const f = firmById.get(l.firm.id);
      sheet.add([l.contractNo, banks.get(l.bank.id), products.get(l.product.id), f?.name, f?.creditCode, l.principal, l.annualRate, l.termMonths, l.disbursedOn, l.maturesOn, e(LoanStatus, l.status), l.outstandingPrincipal, l.interestPaid]);
    }
    await out.drain();
  });
  sheet.addTotal();
  sheet.commit();
  await out.finish();
}

// ---------------------------------------------------------------------------------------------
// /exports/overview.xlsx?year=: financeOverview(year), each pool, the published figures beside

async function overview(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE]);
  const p = new Params(req);
  const year = p.int('year', { required: true });
  p.done();
  // The resolver itself: the same year check, the same as-of date, the same figures.
  const o = await new FinanceOverviewResolver().financeOverview(year!, ctx);
  const out = begin(res, `金融办年度数据-${year}`, `overview-${year}`);
  const what = `financeOverview(year: ${year}):流量为${year}年全年,存量为统计日${o.asOf} / flows over ${year}, stocks as of ${o.asOf}`;

  const summary = out.sheet('年度汇总', [
    { header: bi('指标', 'Figure'), kind: 'text', width: 30 },
    { header: bi('贷款笔数', 'Loans'), kind: 'int', width: 10 },
    { header: bi('金额(元)', 'Amount (yuan)'), kind: 'money', width: 20 },
    { header: bi('企业数', 'Firms'), kind: 'int', width: 10 },
  ], block(ctx, bi(`${year}年度融资数据`, `Financing figures for ${year}`), what));
  summary.add([`当年协调发放的全部贷款 / All loans disbursed in ${year}`, o.loansArranged.loans, o.loansArranged.amount, o.loansArranged.firms]);
  summary.add([`其中知识产权质押贷款 / of which IP-pledge loans`, o.ipPledge.loans, o.ipPledge.amount, o.ipPledge.firms]);
  // Not summed: IP-pledge loans are part of all loans. The first row is the year's total.
  summary.addTotal(`${'合计 / Total'}(即全部贷款 / = all loans)`, { 1: o.loansArranged.loans, 2: o.loansArranged.amount, 3: o.loansArranged.firms });
  summary.commit();

  const pools = out.sheet('资金池', [
    { header: bi('资金池', 'Pool'), kind: 'text', width: 28 },
    { header: bi('类型', 'Kind'), kind: 'text', width: 14 },
    { header: bi('累计入池(元)', 'Contributed (yuan)'), kind: 'money', total: true },
    { header: bi('余额(元)', 'Balance (yuan)'), kind: 'money', total: true },
    { header: bi('在保贷款余额(元)', 'Covered outstanding (yuan)'), kind: 'money', total: true },
    { header: bi('服务企业数', 'Firms served'), kind: 'int', total: true, width: 10 },
    { header: bi('放大倍数', 'Leverage used'), kind: 'decimal', width: 10 },
    { header: bi('当年入池放款笔数', 'Covered loans in the year'), kind: 'int', total: true, width: 12 },
    { header: bi('当年入池放款金额(元)', 'Covered principal lent in the year (yuan)'), kind: 'money', total: true },
    { header: bi('当年获贷企业数', 'Firms that borrowed in the year'), kind: 'int', total: true, width: 12 },
  ], block(ctx, bi(`${year}年度各风险补偿资金池`, `Risk pools in ${year}`), what));
  for (const x of o.pools) {
    pools.add([x.pool.name, e(PoolKind, x.pool.kind), x.contributed, x.balance, x.coveredOutstanding, x.firmsServed, x.leverageUsed, x.lentInYear.loans, x.lentInYear.amount, x.lentInYear.firms]);
  }
  pools.addTotal();
  pools.commit();

  const published = PUBLISHED_FIGURES[year!];
  if (published) {
    const cmp = out.sheet('公布数据对照', [
      { header: bi('编号', 'No.'), kind: 'text', width: 6 },
      { header: bi('指标', 'Figure'), kind: 'text', width: 30 },
      { header: bi('公布原文', 'As published'), kind: 'text', width: 44 },
      { header: bi('公布值', 'Published'), kind: 'money', width: 18 },
      { header: bi('系统计算值', 'Computed'), kind: 'money', width: 18 },
      { header: bi('是否一致', 'Equal'), kind: 'text', width: 8 },
    ], block(ctx, bi(`${year}年公布数据与系统计算值对照`, `${year}: published figures beside the computed ones`), `${what}. 公布值见园区${year}年工作总结 / published in the zone's ${year} summary`));
    for (const f of published) {
      const computed = f.computed(o);
      const kind = f.kind === 'int' ? 'int' : f.kind;
      const equal = computed != null && new Dec(computed).eq(f.published);
      cmp.addMixed([
        { kind: 'text', value: f.id }, { kind: 'text', value: `${f.label.zh} / ${f.label.en}` }, { kind: 'text', value: f.source },
        { kind, value: kind === 'int' ? Number(f.published) : new Dec(f.published) }, { kind, value: computed == null ? null : kind === 'int' ? Number(computed) : new Dec(computed) },
        { kind: 'text', value: equal ? '一致 / equal' : '不一致 / differs' },
      ]);
    }
    cmp.addTotal(`${'合计 / Total'}:${published.filter((f) => { const c = f.computed(o); return c != null && new Dec(c).eq(f.published); }).length}/${published.length}项一致 / equal`);
    cmp.commit();
  }
  await out.finish();
}

// ---------------------------------------------------------------------------------------------
// /exports/bank-response.xlsx?from=&to=: each bank's answering in a period (bankResponseStats)

async function bankResponse(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE]);
  const p = new Params(req);
  const from = p.date('from');
  const to = p.date('to');
  const bankIds = p.list('bankIds');
  p.done();
  const rows = await ViewsService.bankResponseStats(ctx.em, { from, to, bankIds });
  const banks = new Map((await createLoaders(ctx.em).bank.loadMany(rows.map((r) => r.bankId))).filter((b): b is Bank => !!b && !(b instanceof Error)).map((b) => [b.id, b.name]));
  const out = begin(res, '银行答复时效', 'bank-response');
  const sheet = out.sheet('银行答复时效', [
    { header: bi('银行', 'Bank'), kind: 'text', width: 26 },
    { header: bi('推送需求数', 'Demands addressed'), kind: 'int', total: true, width: 10 },
    { header: bi('已答复', 'Answered'), kind: 'int', total: true, width: 10 },
    { header: bi('按期答复', 'Answered in time'), kind: 'int', total: true, width: 10 },
    { header: bi('逾期答复', 'Answered late'), kind: 'int', total: true, width: 10 },
    { header: bi('逾期未答复', 'Unanswered past due'), kind: 'int', total: true, width: 10 },
    { header: bi('待答复', 'Awaiting'), kind: 'int', total: true, width: 10 },
    { header: bi('按期答复占比', 'Share in time'), kind: 'rate', width: 12 },
    { header: bi('答复用时中位数(天)', 'Median days to answer'), kind: 'decimal', width: 12 },
  ], block(ctx, bi('银行答复时效', 'Banks answering on time'), `bankResponseStats:推送日${from ?? '不限'}至${to ?? '不限'} / addressed from ${from ?? 'any'} to ${to ?? 'any'}. 按期 = 截止日当天或之前答复 / in time = answered on or before the due day`));
  let inTime = 0;
  let late = 0;
  for (const r of rows) {
    inTime += r.answeredInTime;
    late += r.answeredLate + r.unansweredPastDue;
    sheet.add([banks.get(r.bankId), r.addressed, r.answered, r.answeredInTime, r.answeredLate, r.unansweredPastDue, r.awaiting, r.shareInTime, r.medianResponseDays == null ? null : new Dec(String(r.medianResponseDays))]);
  }
  // The overall share, as each bank's is: in time / (in time + late).
  sheet.addTotal(undefined, { 7: inTime + late ? new Dec(inTime).div(inTime + late).toDecimalPlaces(6) : null });
  sheet.commit();
  await out.finish();
}

// ---------------------------------------------------------------------------------------------
// /exports/firms.xlsx: the register, in the layout the import reads (firm-register.ts)

async function firms(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE]);
  const p = new Params(req);
  const filter = { chain: p.enumOne('chain', IndustrialChain), sizeClass: p.enumOne('sizeClass', SizeClass), qualification: p.enumOne('qualification', QualificationKind), search: p.string('search') };
  p.done();
  const out = begin(res, '企业名录', 'firms');
  const what = `企业名录(可修改后经 /imports/firms 导入) / the firm register (edit it and import it at /imports/firms). ${describeFilters(filter)}`;
  const list = (after?: string) => FirmService.list(ctx.em, ctx.actor, filter, { first: EXPORT_BATCH, after });
  const firmSheet = out.sheet(FIRMS_SHEET.zh, FIRM_COLUMNS, block(ctx, bi('企业名录', 'Firm register'), what));
  await eachPage(ctx, list, async (rows) => {
    for (const f of rows) firmSheet.add(firmRow(f));
    await out.drain();
  });
  firmSheet.addTotal();
  firmSheet.commit();
  // The qualifications sheet follows the firms sheet (a streamed workbook writes one sheet at a time).
  const qSheet = out.sheet(QUALIFICATIONS_SHEET.zh, QUALIFICATION_COLUMNS, block(ctx, bi('企业资质', 'Firm qualifications'), what));
  await eachPage(ctx, list, async (rows) => {
    const loaders = createLoaders(ctx.em);
    const quals = await Promise.all(rows.map((f) => loaders.qualificationsByFirm.load(f.id)));
    rows.forEach((f, i) => {
      for (const q of [...quals[i]].sort((a, b) => a.kind.localeCompare(b.kind) || a.validFrom.localeCompare(b.validFrom))) qSheet.add(qualificationRow(f, q));
    });
    await out.drain();
  });
  qSheet.addTotal();
  qSheet.commit();
  await out.finish();
}

/** /exports/templates/firms.xlsx: the register's two sheets, empty, and a sheet saying how to fill them. */
async function firmTemplate(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE]);
  const out = begin(res, '企业名录导入模板', 'firms-template');
  const what = '在第7行起填写,每行一家企业;资质另起一表,按统一社会信用代码对应企业 / fill in from row 7, one firm a row; qualifications on their own sheet, matched by credit code';
  for (const [name, columns] of [[FIRMS_SHEET, FIRM_COLUMNS], [QUALIFICATIONS_SHEET, QUALIFICATION_COLUMNS]] as const) {
    const sheet = out.sheet(name.zh, columns, block(ctx, bi(`${name.zh}导入模板`, `${name.en}: import template`), what));
    sheet.commit();
  }
  const help = out.sheet('填写说明', [
    { header: bi('工作表', 'Sheet'), kind: 'text', width: 12 },
    { header: bi('列名', 'Column'), kind: 'text', width: 26 },
    { header: bi('必填', 'Required'), kind: 'text', width: 8 },
    { header: bi('填写要求', 'What it takes'), kind: 'text', width: 80 },
  ], block(ctx, bi('填写说明', 'How to fill in the template'), '按统一社会信用代码匹配:已登记的企业更新,未登记的新增;资质按(企业、类型、生效日、有效期至)匹配 / firms are matched by credit code (updated if registered, else added); qualifications by firm, kind and dates'));
  const how = (type: string, enumObj?: Record<string, string>): string =>
    enumObj ? `可选 / one of: ${choicesOf(enumObj).join('、')}` : ({ text: '文字 / text', date: '日期,如2019-06-01 / a date', int: '整数 / a whole number', money: '金额(元),最多两位小数,不填万元 / yuan, at most 2 decimals', bool: '是 / 否' } as Record<string, string>)[type];
  for (const [name, columns] of [[FIRMS_SHEET, FIRM_COLUMNS], [QUALIFICATIONS_SHEET, QUALIFICATION_COLUMNS]] as const) {
    for (const c of columns) help.add([name.zh, `${c.header.zh} / ${c.header.en}`, c.required ? '是 / yes' : '否 / no', how(c.type, c.enumObj)]);
  }
  help.commit();
  await out.finish();
}

/** /exports/templates/products.xlsx: a bank's product list, empty, in the layout /imports/products reads. */
async function productTemplate(orm: MikroORM, auth: TokenSettings, req: Request, res: Response): Promise<void> {
  const ctx = await callerOf(orm, auth, req, [Role.BANK]);
  const out = begin(res, '信贷产品导入模板', 'products-template');
  const what = '在第7行起填写,每行一个本行产品,按产品名称匹配:已有的更新,没有的新增为草稿;多项用顿号分隔,"不限"表示不限 / from row 7, one of your bank\'s products a row, matched by name (updated, or added as a draft); several values separated by 、, 不限 for any';
  out.sheet(PRODUCTS_SHEET.zh, PRODUCT_COLUMNS, block(ctx, bi('信贷产品导入模板', 'Product list: import template'), what)).commit();
  await out.finish();
}

export type ExportHandler = (orm: MikroORM, auth: TokenSettings, req: Request, res: Response) => Promise<void>;

export const EXPORTS: Record<string, ExportHandler> = {
  '/exports/catalogue.xlsx': catalogue,
  '/exports/ledger.xlsx': ledger,
  '/exports/loans.xlsx': loans,
  '/exports/overview.xlsx': overview,
  '/exports/bank-response.xlsx': bankResponse,
  '/exports/firms.xlsx': firms,
  '/exports/templates/firms.xlsx': firmTemplate,
  '/exports/templates/products.xlsx': productTemplate,
};

export const exportRoute = (orm: MikroORM, auth: TokenSettings, fn: ExportHandler) => handler((req, res) => fn(orm, auth, req, res));
export { HEADER_BLOCK_ROWS };
