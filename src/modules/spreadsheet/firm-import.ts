import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import { isCalendarDate, todayInZone } from '../../common/dates';
import { Dec } from '../../common/decimal';
import { AppError, BadInputError, bi, type Bilingual, type FieldProblem } from '../../common/errors';
import { MoneyScalar } from '../../common/scalars';
import { clean } from '../../common/validation';
import { inTransaction } from '../../common/write';
import type { Context } from '../../context';
import { createLoaders } from '../../loaders';
import { auditScope, skipAudit } from '../audit/audit';
import type { Firm } from '../firm/firm.entity';
import type { FirmQualification } from '../firm/firm-qualification.entity';
import { KnowledgeValueGrade, QualificationKind } from '../firm/firm.enums';
import type { CreateFirmInput, QualificationInput, UpdateFirmInput } from '../firm/firm.inputs';
import { FirmService, firmInputProblems, qualificationInputProblems } from '../firm/firm.service';
import { normalizeCreditCode } from '../firm/credit-code';
import { FIRM_COLUMNS, FIRMS_SHEET, QUALIFICATION_COLUMNS, QUALIFICATIONS_SHEET, type FirmField, type QualificationField, type RegisterColumn } from './firm-register';
import { NotXlsxError, TooLargeError } from './http';
import { choicesOf, fold, labelOf, valueFromLabel } from './labels';
import { IMPORT_LIMITS } from './limits';
import { TOTAL_LABEL } from './sheet-writer';
import { guardXlsx } from './xlsx-guard';

/** One bad cell: where it is (sheet, row, column letter and its header), and what is wrong. */
export interface CellProblem {
  sheet: string;
  row: number;
  column: string;
  header: string;
  /** The API's field name, as in a GraphQL BAD_USER_INPUT problem. */
  field: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

export interface SheetCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when no cell is bad: a commit of this file would be accepted. */
  ok: boolean;
  committed: boolean;
  fileName: string;
  sha256: string;
  bytes: number;
  firms: SheetCounts;
  qualifications: SheetCounts;
  problems: CellProblem[];
}

const HEADER_SCAN_ROWS = 20;

/** A header cell's Chinese line, folded: "统一社会信用代码\nUnified social credit code" → 统一社会信用代码. */
const headerKey = (text: string) => fold(text.split(/\n| \/ /)[0]);

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    return '';
  }
  return String(v);
}

const isFormula = (cell: ExcelJS.Cell) => cell.type === ExcelJS.ValueType.Formula || (typeof cell.value === 'object' && cell.value != null && ('formula' in cell.value || 'sharedFormula' in cell.value));

interface Located<F extends string> {
  ws: ExcelJS.Worksheet;
  sheet: string;
  headerRow: number;
  /** Column number of each field found. */
  at: Map<F, number>;
  columns: RegisterColumn<F>[];
}

interface RowOf<F extends string> {
  row: number;
  values: Partial<Record<F, unknown>>;
  /** Fields whose column the sheet has (an absent optional column leaves the field as it is). */
  present: Set<F>;
}

class Problems {
  readonly list: CellProblem[] = [];
  readonly bad = new Set<string>();

  add<F extends string>(loc: Located<F>, row: number, field: F | string, code: string, m: Bilingual): void {
    const col = loc.columns.find((c) => c.field === field) ?? loc.columns[0];
    const n = loc.at.get(col.field as F) ?? 1;
    this.list.push({ sheet: loc.sheet, row, column: columnLetter(n), header: col.header.zh, field: String(field), code, messageZh: m.zh, messageEn: m.en });
    this.bad.add(`${loc.sheet}:${row}`);
  }

  /** The API's own problems for one row, each put on the column of its field. */
  addFieldProblems<F extends string>(loc: Located<F>, row: number, problems: FieldProblem[]): void {
    for (const p of problems) {
      // "validFrom..validUntil": a range problem lands on its upper end.
      const fields = p.field.split('..');
      const field = fields[fields.length - 1];
      this.add(loc, row, field, p.code, bi(p.messageZh, p.messageEn));
    }
  }

  rowIsBad(sheet: string, row: number): boolean {
    return this.bad.has(`${sheet}:${row}`);
  }
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function findSheet(wb: ExcelJS.Workbook, name: Bilingual): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => [fold(name.zh), fold(name.en)].includes(fold(ws.name)));
}

/** The header row (the first of the top rows naming the credit-code column) and where each column is. */
function locate<F extends string>(ws: ExcelJS.Worksheet, columns: RegisterColumn<F>[]): Located<F> | FieldProblem[] {
  const key = headerKey(columns[0].header.zh);
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const texts = new Map<number, string>();
    row.eachCell((cell, n) => texts.set(n, headerKey(cellText(cell.value))));
    if (![...texts.values()].includes(key)) continue;
    const at = new Map<F, number>();
    for (const c of columns) {
      const wanted = [headerKey(c.header.zh), fold(c.header.en), fold(c.field)];
      const n = [...texts.entries()].find(([, t]) => wanted.includes(t))?.[0];
      if (n != null) at.set(c.field, n);
    }
    const missing = columns.filter((c) => c.required && !at.has(c.field));
    if (missing.length) {
      return missing.map((c) => ({
        field: `${ws.name}!${c.field}`,
        code: 'MISSING_COLUMN',
        messageZh: `工作表"${ws.name}"缺少必填列"${c.header.zh}"(表头在第${r}行)`,
        messageEn: `sheet "${ws.name}" has no column "${c.header.zh}" (${c.header.en}), which is required (headers on row ${r})`,
      }));
    }
    return { ws, sheet: ws.name, headerRow: r, at, columns };
  }
  return [{ field: `${ws.name}!${columns[0].field}`, code: 'MISSING_COLUMN', messageZh: `工作表"${ws.name}"前${HEADER_SCAN_ROWS}行中没有表头"${columns[0].header.zh}"`, messageEn: `sheet "${ws.name}" has no header "${columns[0].header.zh}" in its first ${HEADER_SCAN_ROWS} rows` }];
}

const scalarMessage = (e: unknown): Bilingual => {
  const [zh, en] = (e instanceof GraphQLError ? e.message : String(e)).split(' / ');
  return bi(zh, en ?? zh);
};

/** Reads one cell as its column's type; a problem is reported and undefined returned. */
function readCell<F extends string>(loc: Located<F>, cell: ExcelJS.Cell, col: RegisterColumn<F>, row: number, problems: Problems): unknown {
  if (isFormula(cell)) {
    problems.add(loc, row, col.field, 'FORMULA_NOT_ALLOWED', bi(`"${col.header.zh}"是公式,请复制后"选择性粘贴为数值"`, `"${col.header.en}" holds a formula: paste it as a value instead`));
    return undefined;
  }
  const v = cell.value;
  if (v != null && typeof v === 'object' && 'error' in v) {
    problems.add(loc, row, col.field, 'INVALID_VALUE', bi(`"${col.header.zh}"是错误值${String(v.error)}`, `"${col.header.en}" holds the error ${String(v.error)}`));
    return undefined;
  }
  const text = cellText(v).trim();
  if (text === '') return null;
  switch (col.type) {
    case 'text':
      return text;
    case 'enum': {
      const value = valueFromLabel(col.enumObj as Record<string, string>, text);
      if (value === undefined) {
        const choices = choicesOf(col.enumObj!);
        problems.add(loc, row, col.field, 'UNKNOWN_VALUE', bi(`"${col.header.zh}"不认识"${text}",可选:${choices.join('、')}`, `"${col.header.en}": "${text}" is not one of ${Object.values(col.enumObj!).map((x) => labelOf(col.enumObj!, x).en).join(', ')}`));
      }
      return value;
    }
    case 'date': {
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
      if (!isCalendarDate(iso)) {
        problems.add(loc, row, col.field, 'INVALID_DATE', bi(`"${col.header.zh}"不是有效日期:${text}(应如2019-06-01)`, `"${col.header.en}" is not a valid date: ${text} (write e.g. 2019-06-01)`));
        return undefined;
      }
      return iso;
    }
    case 'int': {
      if (typeof v === 'number') return v;
      if (!/^-?\d+(\.\d+)?$/.test(text)) {
        problems.add(loc, row, col.field, 'INVALID_NUMBER', bi(`"${col.header.zh}"须为整数(现为${text})`, `"${col.header.en}" must be a whole number (got ${text})`));
        return undefined;
      }
      return Number(text);
    }
    case 'money': {
      // A numeric cell arrives as a JavaScript number: it becomes its shortest exact string once,
      // here, and the Money scalar (the API's own) refuses a third decimal, a negative or 万元.
      const s = typeof v === 'number' ? String(v) : text.replace(/[,,¥￥\s]/g, '').replace(/元$/, '');
      try {
        return MoneyScalar.parseValue(s) as Dec;
      } catch (e) {
        const m = scalarMessage(e);
        problems.add(loc, row, col.field, 'INVALID_MONEY', bi(`"${col.header.zh}":${m.zh}`, `"${col.header.en}": ${m.en}`));
        return undefined;
      }
    }
    case 'bool': {
      const f = fold(text);
      if (['是', 'Y', 'YES', 'TRUE', '1'].includes(f) || v === true) return true;
      if (['否', 'N', 'NO', 'FALSE', '0'].includes(f) || v === false) return false;
      problems.add(loc, row, col.field, 'INVALID_VALUE', bi(`"${col.header.zh}"须填"是"或"否"(现为${text})`, `"${col.header.en}" takes 是 (yes) or 否 (no) (got ${text})`));
      return undefined;
    }
  }
}

/** The data rows below the header: blank rows and the total row (合计 …) are skipped. */
function readRows<F extends string>(loc: Located<F>, problems: Problems): RowOf<F>[] {
  const rows: RowOf<F>[] = [];
  const last = loc.ws.rowCount;
  for (let r = loc.headerRow + 1; r <= last; r++) {
    const row = loc.ws.getRow(r);
    if (!row.hasValues) continue;
    const first = cellText(row.getCell(loc.at.get(loc.columns[0].field) ?? 1).value).trim();
    const anyText = [...loc.at.values()].some((n) => cellText(row.getCell(n).value).trim() !== '' || isFormula(row.getCell(n)));
    if (!anyText) continue;
    if (first.startsWith(TOTAL_LABEL.split(' ')[0])) continue;
    if (rows.length >= IMPORT_LIMITS.rowsPerSheet) {
      throw new TooLargeError(bi(`工作表"${loc.sheet}"超过${IMPORT_LIMITS.rowsPerSheet}行上限,请分批导入`, `sheet "${loc.sheet}" has more than ${IMPORT_LIMITS.rowsPerSheet} rows; import it in parts`), { limitRows: IMPORT_LIMITS.rowsPerSheet });
    }
    const values: Partial<Record<F, unknown>> = {};
    const present = new Set<F>();
    for (const c of loc.columns) {
      const n = loc.at.get(c.field);
      if (n == null) continue;
      present.add(c.field);
      values[c.field] = readCell(loc, row.getCell(n), c, r, problems);
    }
    for (const c of loc.columns) {
      if (c.required && values[c.field] === null) problems.add(loc, r, c.field, 'REQUIRED', bi(`"${c.header.zh}"不能为空`, `"${c.header.en}" is required`));
    }
    rows.push({ row: r, values, present });
  }
  return rows;
}

/** A firm row as the createFirm input it stands for. */
function firmInput(v: Partial<Record<FirmField, unknown>>): CreateFirmInput {
  return {
    creditCode: normalizeCreditCode(String(v.creditCode ?? '')),
    name: (v.name as string) ?? '',
    nameEn: (v.nameEn as string | null) ?? null,
    chain: v.chain as CreateFirmInput['chain'],
    sizeClass: v.sizeClass as CreateFirmInput['sizeClass'],
    foundedOn: v.foundedOn as string,
    employees: v.employees as number,
    annualRevenue: v.annualRevenue as Dec,
    rdSpend: v.rdSpend as Dec,
    taxCreditGrade: v.taxCreditGrade as CreateFirmInput['taxCreditGrade'],
    knowledgeValueScore: (v.knowledgeValueScore as number | null) ?? null,
    knowledgeValueGrade: (v.knowledgeValueGrade as KnowledgeValueGrade | null) ?? null,
    isFictional: (v.isFictional as boolean | null) ?? undefined,
    sourceNote: (v.sourceNote as string | null) ?? null,
  };
}

const same = (a: unknown, b: unknown) => (Dec.isDecimal(a) && Dec.isDecimal(b) ? (a as Dec).eq(b as Dec) : (a ?? null) === (b ?? null));

/** What a row would change on the registered firm: only the fields its sheet has, and that differ. */
function firmPatch(firm: Firm, input: CreateFirmInput, present: Set<FirmField>): UpdateFirmInput {
  const patch: Record<string, unknown> = {};
  const wanted: Record<string, unknown> = { ...input, name: clean(input.name), nameEn: clean(input.nameEn), sourceNote: clean(input.sourceNote) };
  for (const f of ['name', 'nameEn', 'chain', 'sizeClass', 'foundedOn', 'employees', 'annualRevenue', 'rdSpend', 'taxCreditGrade', 'knowledgeValueScore', 'knowledgeValueGrade', 'isFictional', 'sourceNote'] as const) {
    if (!present.has(f)) continue;
    if (f === 'isFictional' && wanted.isFictional === undefined) continue;
    if (!same((firm as unknown as Record<string, unknown>)[f], wanted[f])) patch[f] = wanted[f];
  }
  return patch as UpdateFirmInput;
}

interface Plan {
  report: ImportReport;
  firmRows: { row: number; input: CreateFirmInput; existing: Firm | null; patch: UpdateFirmInput | null }[];
  qualRows: { row: number; creditCode: string; input: QualificationInput; existing: FirmQualification | null }[];
  wb: ExcelJS.Workbook;
  locs: { firms: Located<FirmField>; quals: Located<QualificationField> | null };
}

const overlaps = (a: { validFrom: string; validUntil: string }, b: { validFrom: string; validUntil: string }) => a.validFrom <= b.validUntil && b.validFrom <= a.validUntil;

/**
 * Reads and checks a register file without writing anything: every bad cell, with the API's own
 * checks (createFirm's and addFirmQualification's), the enums, dates and amounts as the API reads
 * them, duplicates within the file, and against the register (a name held by another credit code,
 * a qualification overlapping one already recorded).
 */
export async function planFirmImport(ctx: Context, fileName: string, data: Buffer): Promise<Plan> {
  guardXlsx(data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new NotXlsxError(bi('无法读取该Excel文件,请确认是.xlsx格式且未损坏', 'the workbook cannot be read: check that it is an undamaged .xlsx file'));
  }
  const firmWs = findSheet(wb, FIRMS_SHEET);
  if (!firmWs) {
    throw BadInputError.one('sheet', 'MISSING_SHEET', bi(`缺少工作表"${FIRMS_SHEET.zh}"(现有:${wb.worksheets.map((w) => w.name).join('、')})`, `there is no sheet "${FIRMS_SHEET.zh}" (${FIRMS_SHEET.en}); the file has: ${wb.worksheets.map((w) => w.name).join(', ')}`));
  }
  const firmsLoc = locate(firmWs, FIRM_COLUMNS);
  const qualWs = findSheet(wb, QUALIFICATIONS_SHEET);
  const qualsLoc = qualWs ? locate(qualWs, QUALIFICATION_COLUMNS) : null;
  const missing = [...(Array.isArray(firmsLoc) ? firmsLoc : []), ...(Array.isArray(qualsLoc) ? qualsLoc : [])];
  if (missing.length) throw new BadInputError(missing);
  const fl = firmsLoc as Located<FirmField>;
  const ql = qualsLoc as Located<QualificationField> | null;

  const problems = new Problems();
  const firmRowsRaw = readRows(fl, problems);
  const qualRowsRaw = ql ? readRows(ql, problems) : [];
  const today = todayInZone();

  // The register as it stands, for the codes and names in the file: one statement.
  const codes = [...new Set(firmRowsRaw.map((r) => normalizeCreditCode(String(r.values.creditCode ?? ''))).concat(qualRowsRaw.map((r) => normalizeCreditCode(String(r.values.creditCode ?? '')))))].filter(Boolean);
  const names = [...new Set(firmRowsRaw.map((r) => clean(r.values.name as string | null)).filter((n): n is string => !!n))];
  const registered = await FirmService.findByCodesOrNames(ctx.em, ctx.actor, codes, names);
  const byCode = new Map(registered.map((f) => [f.creditCode, f]));
  const byName = new Map(registered.map((f) => [f.name, f]));

  const firmRows: Plan['firmRows'] = [];
  const seenCode = new Map<string, number>();
  const seenName = new Map<string, number>();
  let created = 0;
  let updated = 0;
  for (const r of firmRowsRaw) {
    const input = firmInput(r.values);
    // Cells already refused keep their own message; the API's checks judge the rest.
    const alreadyBad = new Set(problems.list.filter((p) => p.sheet === fl.sheet && p.row === r.row).map((p) => p.field));
    const apiProblems = firmInputProblems(input, today).filter((p) => !alreadyBad.has(p.field.split('..').pop()!) && !(p.code === 'REQUIRED' && r.values[p.field as FirmField] === undefined));
    problems.addFieldProblems(fl, r.row, apiProblems);
    const code = input.creditCode;
    const name = clean(input.name);
    if (code && seenCode.has(code)) {
      problems.add(fl, r.row, 'creditCode', 'DUPLICATE_IN_FILE', bi(`统一社会信用代码${code}与第${seenCode.get(code)}行重复`, `credit code ${code} repeats row ${seenCode.get(code)}`));
    } else if (code) seenCode.set(code, r.row);
    if (name && seenName.has(name)) {
      problems.add(fl, r.row, 'name', 'DUPLICATE_IN_FILE', bi(`企业名称"${name}"与第${seenName.get(name)}行重复`, `the name "${name}" repeats row ${seenName.get(name)}`));
    } else if (name) seenName.set(name, r.row);
    const existing = byCode.get(code) ?? null;
    const namesake = name ? byName.get(name) : undefined;
    if (namesake && namesake.creditCode !== code) {
      problems.add(fl, r.row, 'name', 'DUPLICATE_IN_REGISTER', bi(`企业名称"${name}"已登记,统一社会信用代码为${namesake.creditCode};同一企业请用同一代码`, `"${name}" is already registered under credit code ${namesake.creditCode}; one firm has one code`));
    }
    const patch = existing ? firmPatch(existing, input, r.present) : null;
    if (!problems.rowIsBad(fl.sheet, r.row)) {
      if (!existing) created += 1;
      else if (Object.keys(patch!).length) updated += 1;
    }
    firmRows.push({ row: r.row, input, existing, patch });
  }

  // Qualifications: matched on (firm, kind, validFrom, validUntil); overlapping another of the
  // same kind is the API's conflict (addFirmQualification refuses it).
  const inFile = new Set(firmRows.map((r) => r.input.creditCode));
  const loaders = createLoaders(ctx.em);
  const held = new Map<string, FirmQualification[]>();
  await Promise.all([...byCode.values()].map(async (f) => held.set(f.creditCode, await loaders.qualificationsByFirm.load(f.id))));
  const qualRows: Plan['qualRows'] = [];
  const seenQual: { row: number; code: string; kind: string; validFrom: string; validUntil: string }[] = [];
  let qCreated = 0;
  let qUpdated = 0;
  for (const r of qualRowsRaw) {
    const code = normalizeCreditCode(String(r.values.creditCode ?? ''));
    const input: QualificationInput = { kind: r.values.kind as QualificationKind, certificateNo: (r.values.certificateNo as string | null) ?? null, validFrom: r.values.validFrom as string, validUntil: r.values.validUntil as string };
    if (input.validFrom && input.validUntil) problems.addFieldProblems(ql!, r.row, qualificationInputProblems(input));
    if (code && !inFile.has(code) && !byCode.has(code)) {
      problems.add(ql!, r.row, 'creditCode', 'UNKNOWN_FIRM', bi(`统一社会信用代码${code}既不在"${FIRMS_SHEET.zh}"表中,也未登记`, `credit code ${code} is neither on the "${FIRMS_SHEET.zh}" sheet nor registered`));
    }
    let existing: FirmQualification | null = null;
    if (code && input.kind && input.validFrom && input.validUntil) {
      const twin = seenQual.find((q) => q.code === code && q.kind === input.kind && overlaps(q, input));
      if (twin) {
        const exact = twin.validFrom === input.validFrom && twin.validUntil === input.validUntil;
        problems.add(ql!, r.row, exact ? 'kind' : 'validUntil', exact ? 'DUPLICATE_IN_FILE' : 'OVERLAP_IN_FILE', exact
          ? bi(`与第${twin.row}行是同一项资质`, `the same qualification as row ${twin.row}`)
          : bi(`与第${twin.row}行的同类资质(${twin.validFrom}至${twin.validUntil})有效期重叠`, `overlaps the same qualification on row ${twin.row} (${twin.validFrom} to ${twin.validUntil})`));
      }
      seenQual.push({ row: r.row, code, kind: input.kind, validFrom: input.validFrom, validUntil: input.validUntil });
      const mine = held.get(code) ?? [];
      existing = mine.find((q) => q.kind === input.kind && q.validFrom === input.validFrom && q.validUntil === input.validUntil) ?? null;
      const clash = existing ? null : mine.find((q) => q.kind === input.kind && overlaps(q, input));
      if (clash) {
        problems.add(ql!, r.row, 'validUntil', 'OVERLAPS_REGISTERED', bi(`该企业已有一项${clash.validFrom}至${clash.validUntil}有效的同类资质,请修改原记录`, `the firm already holds this qualification from ${clash.validFrom} to ${clash.validUntil}; change that record instead`));
      }
    }
    if (!problems.rowIsBad(ql!.sheet, r.row)) {
      if (!existing) qCreated += 1;
      else if ((existing.certificateNo ?? null) !== clean(input.certificateNo)) qUpdated += 1;
    }
    qualRows.push({ row: r.row, creditCode: code, input, existing });
  }

  const report: ImportReport = {
    dryRun: true,
    ok: problems.list.length === 0,
    committed: false,
    fileName,
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: data.length,
    firms: { rows: firmRows.length, created, updated, unchanged: firmRows.length - created - updated - new Set(problems.list.filter((p) => p.sheet === fl.sheet).map((p) => p.row)).size },
    qualifications: { rows: qualRows.length, created: qCreated, updated: qUpdated, unchanged: qualRows.length - qCreated - qUpdated - (ql ? new Set(problems.list.filter((p) => p.sheet === ql.sheet).map((p) => p.row)).size : 0) },
    problems: problems.list,
  };
  return { report, firmRows, qualRows, wb, locs: { firms: fl, quals: ql } };
}

/**
 * The uploaded workbook with each bad cell filled red and its problem in a note (Chinese first),
 * and a sheet listing every problem: what the office fixes, in its own file.
 */
export async function markedCopy(plan: Plan): Promise<Buffer> {
  const { wb, report } = plan;
  const notes = new Map<string, CellProblem[]>();
  for (const p of report.problems) notes.set(`${p.sheet}!${p.column}${p.row}`, [...(notes.get(`${p.sheet}!${p.column}${p.row}`) ?? []), p]);
  for (const [, ps] of notes) {
    const ws = wb.getWorksheet(ps[0].sheet)!;
    const cell = ws.getCell(`${ps[0].column}${ps[0].row}`);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    cell.note = ps.map((p) => `${p.messageZh}\n${p.messageEn}`).join('\n\n');
  }
  const old = wb.getWorksheet('导入检查结果');
  if (old) wb.removeWorksheet(old.id);
  const sheet = wb.addWorksheet('导入检查结果');
  sheet.columns = [{ width: 12 }, { width: 6 }, { width: 6 }, { width: 22 }, { width: 22 }, { width: 60 }, { width: 60 }];
  sheet.addRow([`导入检查结果 / Import check: ${report.fileName}`]).font = { bold: true, size: 14 };
  sheet.addRow([report.ok ? '没有发现问题,可以导入 / no problems: the file can be imported' : `发现${report.problems.length}处问题,修改后再导入 / ${report.problems.length} problems: fix them and import again`]);
  sheet.addRow([`企业 / firms: 新增 ${report.firms.created}, 更新 ${report.firms.updated}, 不变 ${report.firms.unchanged}; 资质 / qualifications: 新增 ${report.qualifications.created}, 更新 ${report.qualifications.updated}, 不变 ${report.qualifications.unchanged}`]);
  sheet.addRow([]);
  sheet.addRow(['工作表\nSheet', '行\nRow', '列\nColumn', '列名\nHeader', '问题代码\nCode', '问题说明', 'Problem']).font = { bold: true };
  for (const p of report.problems) sheet.addRow([p.sheet, p.row, p.column, p.header, p.code, p.messageZh, p.messageEn]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Runs a service write nested in the import's transaction without an audit record of its own. */
const quietly = <T>(ctx: Context, work: () => Promise<T>): Promise<T> =>
  auditScope.run({ operation: 'importFirms', input: {}, actor: ctx.actor, ip: ctx.ip, recorded: true }, work);

/**
 * Writes a checked plan in one transaction, all or nothing: each row through FirmService (the
 * same create, update and qualification writes as the GraphQL mutations, nested as savepoints),
 * one audit record for the whole import with the file's hash and the counts. A file with a bad
 * cell is refused whole; a file that changes nothing writes nothing, not even an audit record.
 */
export async function commitFirmImport(ctx: Context, plan: Plan): Promise<ImportReport> {
  const { report } = plan;
  if (!report.ok) {
    throw new BadInputError(report.problems.map((p) => ({ ...p, field: p.field })) as FieldProblem[]);
  }
  const at = (sheet: string, row: number, e: unknown): never => {
    if (e instanceof AppError) {
      const ext = e.extensions as { messageZh?: string; messageEn?: string; code?: string };
      throw new BadInputError([{ field: `${sheet}!${row}`, code: String(ext.code), messageZh: `工作表"${sheet}"第${row}行:${ext.messageZh}`, messageEn: `sheet "${sheet}" row ${row}: ${ext.messageEn}`, sheet, row } as FieldProblem]);
    }
    throw e;
  };
  const counts = { firms: { ...report.firms }, qualifications: { ...report.qualifications } };
  const changes = counts.firms.created + counts.firms.updated + counts.qualifications.created + counts.qualifications.updated;
  const input = { fileName: report.fileName, sha256: report.sha256, bytes: report.bytes, firms: counts.firms, qualifications: counts.qualifications };
  await auditScope.run({ operation: 'importFirms', input, actor: ctx.actor, ip: ctx.ip, recorded: false }, () =>
    inTransaction(ctx.em, async (tx: EntityManager) => {
      if (!changes) {
        skipAudit();
        return null;
      }
      const firmIds = new Map<string, string>();
      for (const r of plan.firmRows) {
        try {
          if (!r.existing) firmIds.set(r.input.creditCode, (await quietly(ctx, () => FirmService.create(tx, r.input))).id);
          else {
            firmIds.set(r.input.creditCode, r.existing.id);
            if (Object.keys(r.patch!).length) await quietly(ctx, () => FirmService.update(tx, ctx.actor, r.existing!.id, r.patch!));
          }
        } catch (e) {
          at(plan.locs.firms.sheet, r.row, e);
        }
      }
      for (const r of plan.qualRows) {
        try {
          if (!r.existing) {
            const firmId = firmIds.get(r.creditCode) ?? (await FirmService.getByCreditCode(tx, ctx.actor, r.creditCode)).id;
            await quietly(ctx, () => FirmService.addQualification(tx, ctx.actor, firmId, r.input));
          } else if ((r.existing.certificateNo ?? null) !== clean(r.input.certificateNo)) {
            await quietly(ctx, () => FirmService.updateQualification(tx, ctx.actor, r.existing!.id, { certificateNo: r.input.certificateNo ?? null }));
          }
        } catch (e) {
          at(plan.locs.quals!.sheet, r.row, e);
        }
      }
      return null;
    }),
  );
  return { ...report, dryRun: false, committed: changes > 0 };
}

