import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { Dec } from '../../common/decimal';
import { AppError, BadInputError, bi, type FieldProblem } from '../../common/errors';
import { clean } from '../../common/validation';
import { inTransaction } from '../../common/write';
import type { Context } from '../../context';
import { auditScope, skipAudit } from '../audit/audit';
import { BankService } from '../bank/bank.service';
import { Eligibility } from '../product/eligibility.embeddable';
import type { LoanProduct } from '../product/loan-product.entity';
import { ProductStatus } from '../product/product.enums';
import type { CreateProductInput, UpdateProductInput } from '../product/product.inputs';
import { ProductService, productInputProblems } from '../product/product.service';
import { formRules, withForm } from './form-rules';
import { NotXlsxError } from './http';
import { fold } from './labels';
import { PRODUCT_IMPORT_COLUMNS, PRODUCTS_SHEET, type ProductField } from './product-register';
import { Problems, locate, markWorkbook, readRows, type CellProblem, type Located, type RowOf } from './sheet-reader';
import { guardXlsx } from './xlsx-guard';

export interface ProductImportReport {
  dryRun: boolean;
  ok: boolean;
  committed: boolean;
  fileName: string;
  sha256: string;
  bytes: number;
  bankId: string;
  products: { rows: number; created: number; updated: number; unchanged: number };
  problems: CellProblem[];
}

const ELIGIBILITY = ['chains', 'sizeClasses', 'requiredQualifications', 'minYearsOperating', 'minAnnualRevenue', 'minTaxGrade', 'ipRequired'] as const;
const PLAIN = [
  'name', 'nameEn', 'category', 'description', 'minAmount', 'maxAmount', 'minTermMonths', 'maxTermMonths', 'rateKind', 'minRate', 'maxRate', 'lprTenor',
  'minSpreadBps', 'maxSpreadBps', 'collateralKinds', 'collateralNote', 'loanToValue', 'promisedResponseDays', 'validFrom', 'validUntil',
] as const;
/** Fields that may be left out but not cleared: blank keeps the default (create) or the value (update). */
const NOT_NULL = new Set<string>(['collateralKinds', 'promisedResponseDays']);

const same = (a: unknown, b: unknown): boolean => {
  if (Dec.isDecimal(a) || Dec.isDecimal(b)) return a != null && b != null && new Dec(a as Dec).eq(b as Dec);
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort());
  return (a ?? null) === (b ?? null);
};

interface Plan {
  report: ProductImportReport;
  rows: { row: number; input: CreateProductInput; existing: LoanProduct | null; patch: UpdateProductInput | null }[];
  wb: ExcelJS.Workbook;
  loc: Located<ProductField>;
}

/** The product a row stands for, for createProduct: eligibility from the row, else from the product it updates. */
function productInput(bankId: string, r: RowOf<ProductField>, existing: LoanProduct | null): CreateProductInput {
  const v = r.values as Record<string, unknown>;
  const input: Record<string, unknown> = { bankId };
  for (const f of PLAIN) {
    if (!r.present.has(f)) continue;
    const value = v[f];
    if (value === undefined) continue;
    if (value === null && NOT_NULL.has(f)) continue;
    input[f] = value;
  }
  const base = existing?.eligibility ?? new Eligibility();
  if (ELIGIBILITY.some((f) => r.present.has(f)) || existing) {
    const el: Record<string, unknown> = {};
    for (const f of ELIGIBILITY) {
      const value = r.present.has(f) && v[f] !== undefined ? v[f] : (base as unknown as Record<string, unknown>)[f];
      el[f] = value ?? (f === 'ipRequired' ? false : ['chains', 'sizeClasses', 'requiredQualifications'].includes(f) ? [] : null);
    }
    input.eligibility = Object.assign(new Eligibility(), el);
  }
  return input as unknown as CreateProductInput;
}

/** What a row changes on the product it names: the fields the sheet has, and that differ. */
function productPatch(p: LoanProduct, input: CreateProductInput, present: Set<ProductField>): UpdateProductInput {
  const patch: Record<string, unknown> = {};
  const wanted = input as unknown as Record<string, unknown>;
  for (const f of PLAIN) {
    if (!present.has(f) || !(f in wanted)) continue;
    const w = ['name', 'nameEn', 'description', 'collateralNote'].includes(f) ? clean(wanted[f] as string | null) : wanted[f];
    if (!same((p as unknown as Record<string, unknown>)[f], w)) patch[f] = wanted[f] ?? null;
  }
  if (input.eligibility && ELIGIBILITY.some((f) => !same((p.eligibility as unknown as Record<string, unknown>)[f], (input.eligibility as unknown as Record<string, unknown>)[f]))) {
    patch.eligibility = input.eligibility;
  }
  return patch as UpdateProductInput;
}

/**
 * Reads and checks a bank's product list without writing: each row is judged by createProduct's
 * own checks; a name twice in the file, a row of another bank (a catalogue's 银行 column), or a
 * name the bank uses for two products already, is a bad cell. Rows are matched to the bank's
 * products by name.
 */
export async function planProductImport(ctx: Context, fileName: string, data: Buffer): Promise<Plan> {
  guardXlsx(data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new NotXlsxError(bi('无法读取该Excel文件,请确认是.xlsx格式且未损坏', 'the workbook cannot be read: check that it is an undamaged .xlsx file'));
  }
  const ws = wb.worksheets.find((w) => [fold(PRODUCTS_SHEET.zh), fold(`${PRODUCTS_SHEET.zh}目录`), fold(PRODUCTS_SHEET.en)].includes(fold(w.name))) ?? wb.worksheets[0];
  if (!ws) throw BadInputError.one('sheet', 'MISSING_SHEET', bi(`缺少工作表"${PRODUCTS_SHEET.zh}"`, `there is no sheet "${PRODUCTS_SHEET.zh}"`));
  const located = locate(ws, PRODUCT_IMPORT_COLUMNS);
  if (Array.isArray(located)) throw new BadInputError(located);
  const loc = located;
  const bankId = ctx.actor!.bankId!;
  const bank = await BankService.get(ctx.em, bankId);
  const problems = new Problems();
  const formOf = await formRules();
  const raw = readRows(loc, problems);

  // The bank's own products, every status, through the products query's service.
  const mine: LoanProduct[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await ProductService.list(ctx.em, ctx.actor, { bankId, statuses: Object.values(ProductStatus) }, { first: 100, after });
    mine.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor!;
  }
  const byName = new Map<string, LoanProduct[]>();
  for (const p of mine) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);

  const rows: Plan['rows'] = [];
  const seen = new Map<string, number>();
  let created = 0;
  let updated = 0;
  for (const r of raw) {
    const name = clean(r.values.name as string | null);
    const bankName = clean(r.values.bankName as string | null);
    if (bankName && ![fold(bank.name), fold(bank.shortName)].includes(fold(bankName))) {
      // Another bank's row (a whole catalogue): refused, and judged no further.
      problems.add(loc, r.row, 'bankName', 'OTHER_BANK', bi(`这一行是"${bankName}"的产品,只能导入本行(${bank.name})的产品`, `this row is a product of "${bankName}"; you may import only your own bank's (${bank.name})`));
      rows.push({ row: r.row, input: productInput(bankId, r, null), existing: null, patch: null });
      continue;
    }
    if (name && seen.has(name)) problems.add(loc, r.row, 'name', 'DUPLICATE_IN_FILE', bi(`产品名称"${name}"与第${seen.get(name)}行重复`, `the product name "${name}" repeats row ${seen.get(name)}`));
    else if (name) seen.set(name, r.row);
    const matches = name ? byName.get(name) ?? [] : [];
    if (matches.length > 1) problems.add(loc, r.row, 'name', 'AMBIGUOUS_IN_REGISTER', bi(`本行已有${matches.length}个名为"${name}"的产品,无法确定更新哪一个,请先在系统中改名`, `your bank has ${matches.length} products named "${name}": rename them first`));
    const existing = matches.length === 1 ? matches[0] : null;
    const input = productInput(bankId, r, existing);
    // The API's checks judge what was read; a cell that could not be read is reported once, as
    // itself, not again as "missing" by the rules that need it (a fixed rate needs both rates).
    const unreadable = Object.values(r.values).some((v) => v === undefined);
    const alreadyBad = new Set(problems.list.filter((p) => p.row === r.row).map((p) => p.field));
    const api = withForm(formOf('CreateProductInput', input), productInputProblems(input))
      .map((p) => ({ ...p, field: p.field.replace(/^eligibility\./, '') }))
      .filter((p) => !p.field.split('..').some((f) => alreadyBad.has(f)) && !(unreadable && /REQUIRED$/.test(p.code)));
    problems.addFieldProblems(loc, r.row, api as FieldProblem[]);
    const patch = existing ? productPatch(existing, input, r.present) : null;
    if (!problems.rowIsBad(loc.sheet, r.row)) {
      if (!existing) created += 1;
      else if (Object.keys(patch!).length) updated += 1;
    }
    rows.push({ row: r.row, input, existing, patch });
  }
  const badRows = new Set(problems.list.map((p) => p.row)).size;
  const report: ProductImportReport = {
    dryRun: true,
    ok: problems.list.length === 0,
    committed: false,
    fileName,
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: data.length,
    bankId,
    products: { rows: rows.length, created, updated, unchanged: rows.length - created - updated - badRows },
    problems: problems.list,
  };
  return { report, rows, wb, loc };
}

export const markedProductCopy = (plan: Plan): Promise<Buffer> =>
  markWorkbook(plan.wb, plan.report.fileName, plan.report.problems, `产品 / products: 新增 ${plan.report.products.created}, 更新 ${plan.report.products.updated}, 不变 ${plan.report.products.unchanged}`);

/** All or nothing, through ProductService (new products are drafts), with one audit entry. */
export async function commitProductImport(ctx: Context, plan: Plan): Promise<ProductImportReport> {
  const { report } = plan;
  if (!report.ok) throw new BadInputError(report.problems as unknown as FieldProblem[]);
  const { products } = report;
  const changes = products.created + products.updated;
  const input = { fileName: report.fileName, sha256: report.sha256, bytes: report.bytes, bankId: report.bankId, products };
  const quietly = <T>(work: () => Promise<T>) => auditScope.run({ operation: 'importProducts', input: {}, actor: ctx.actor, ip: ctx.ip, recorded: true }, work);
  await auditScope.run({ operation: 'importProducts', input, actor: ctx.actor, ip: ctx.ip, recorded: false }, () =>
    inTransaction(ctx.em, async (tx: EntityManager) => {
      if (!changes) {
        skipAudit();
        return null;
      }
      for (const r of plan.rows) {
        try {
          if (!r.existing) await quietly(() => ProductService.create(tx, ctx.actor, r.input));
          else if (Object.keys(r.patch!).length) await quietly(() => ProductService.update(tx, ctx.actor, r.existing!.id, r.patch!));
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const ext = e.extensions as { code?: string; messageZh?: string; messageEn?: string };
          throw new BadInputError([{ field: `${plan.loc.sheet}!${r.row}`, code: String(ext.code), messageZh: `工作表"${plan.loc.sheet}"第${r.row}行:${ext.messageZh}`, messageEn: `sheet "${plan.loc.sheet}" row ${r.row}: ${ext.messageEn}`, sheet: plan.loc.sheet, row: r.row } as FieldProblem]);
        }
      }
      return null;
    }),
  );
  return { ...report, dryRun: false, committed: changes > 0 };
}
