import type ExcelJS from 'exceljs';
import ExcelJSValue from 'exceljs';
import { GraphQLError } from 'graphql';
import { isCalendarDate } from '../../common/dates';
import { Dec } from '../../common/decimal';
import { bi, type Bilingual, type FieldProblem } from '../../common/errors';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { TooLargeError } from './http';
import { choicesOf, fold, labelOf, valueFromLabel } from './labels';
import { IMPORT_LIMITS } from './limits';
import { TOTAL_LABEL, type Column } from './sheet-writer';

/**
 * Reading a sheet laid out as the exports write it (a header block, a header row, data rows, a
 * total row): the header row is found by its first column's header, each column by its Chinese
 * header (or its English one, or the API field name), and each cell read as its column's type
 * with the API's own scalars. Every bad cell becomes a CellProblem; nothing is refused here
 * except a sheet over the row limit.
 */
/** How a cell is read: 'list' is a list of enum values (装备制造、医药化工), 不限 or blank for any. */
export type CellType = 'text' | 'enum' | 'list' | 'date' | 'int' | 'money' | 'rate' | 'bool';

export interface RegisterColumn<K extends string = string> extends Column {
  /** The API's field name: the problems of a field land on its column. */
  field: K;
  type: CellType;
  required: boolean;
  enumObj?: Record<string, string>;
}

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

export const HEADER_SCAN_ROWS = 20;

/** A header cell's Chinese line, folded: "统一社会信用代码\nUnified social credit code" → 统一社会信用代码. */
export const headerKey = (text: string) => fold(text.split(/\n| \/ /)[0]);

export function cellText(v: ExcelJS.CellValue): string {
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

export const isFormula = (cell: ExcelJS.Cell) => cell.type === ExcelJSValue.ValueType.Formula || (typeof cell.value === 'object' && cell.value != null && ('formula' in cell.value || 'sharedFormula' in cell.value));

export interface Located<F extends string> {
  ws: ExcelJS.Worksheet;
  sheet: string;
  headerRow: number;
  /** Column number of each field found. */
  at: Map<F, number>;
  columns: RegisterColumn<F>[];
}

export interface RowOf<F extends string> {
  row: number;
  values: Partial<Record<F, unknown>>;
  /** Fields whose column the sheet has (an absent optional column leaves the field as it is). */
  present: Set<F>;
}

export class Problems {
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

export function findSheet(wb: ExcelJS.Workbook, name: Bilingual): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => [fold(name.zh), fold(name.en)].includes(fold(ws.name)));
}

/** The header row (the first of the top rows naming the credit-code column) and where each column is. */
export function locate<F extends string>(ws: ExcelJS.Worksheet, columns: RegisterColumn<F>[]): Located<F> | FieldProblem[] {
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

export const scalarMessage = (e: unknown): Bilingual => {
  const [zh, en] = (e instanceof GraphQLError ? e.message : String(e)).split(' / ');
  return bi(zh, en ?? zh);
};

/** Reads one cell as its column's type; a problem is reported and undefined returned. */
export function readCell<F extends string>(loc: Located<F>, cell: ExcelJS.Cell, col: RegisterColumn<F>, row: number, problems: Problems): unknown {
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
    case 'rate': {
      // A numeric cell (0.0385, shown as 3.85%) becomes its shortest exact string once, here; text
      // may say "3.85%". The Rate scalar (the API's own) judges the result.
      let s = typeof v === 'number' ? String(v) : text.replace(/\s/g, '');
      if (typeof v !== 'number' && /%$/.test(s) && /^\d+(\.\d+)?%$/.test(s)) s = new Dec(s.slice(0, -1)).div(100).toFixed();
      try {
        return RateScalar.parseValue(s) as Dec;
      } catch (e) {
        const m = scalarMessage(e);
        problems.add(loc, row, col.field, 'INVALID_RATE', bi(`"${col.header.zh}":${m.zh}`, `"${col.header.en}": ${m.en}`));
        return undefined;
      }
    }
    case 'list': {
      if (['不限', 'ANY', '全部'].includes(fold(text))) return [];
      const parts = text.split(/[、,,;;\n]+/).map((x) => x.trim()).filter(Boolean);
      const values: string[] = [];
      for (const part of parts) {
        const value = valueFromLabel(col.enumObj as Record<string, string>, part);
        if (value === undefined) {
          problems.add(loc, row, col.field, 'UNKNOWN_VALUE', bi(`"${col.header.zh}"不认识"${part}",可选:${choicesOf(col.enumObj!).join('、')}(多项用顿号分隔,"不限"表示不限)`, `"${col.header.en}": "${part}" is not one of ${Object.values(col.enumObj!).map((x) => labelOf(col.enumObj!, x).en).join(', ')} (separate several with 、; 不限 for any)`));
          return undefined;
        }
        values.push(value);
      }
      return values;
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
export function readRows<F extends string>(loc: Located<F>, problems: Problems): RowOf<F>[] {
  const rows: RowOf<F>[] = [];
  const last = loc.ws.rowCount;
  for (let r = loc.headerRow + 1; r <= last; r++) {
    const row = loc.ws.getRow(r);
    if (!row.hasValues) continue;
    const first = cellText(row.getCell(loc.at.get(loc.columns[0].field) ?? 1).value).trim();
    const anyText = [...loc.at.values()].some((n) => cellText(row.getCell(n).value).trim() !== '' || isFormula(row.getCell(n)));
    if (!anyText) continue;
    // The total row: 合计 under the first column read, or in column A (a catalogue's row number).
    const total = TOTAL_LABEL.split(' ')[0];
    if (first.startsWith(total) || cellText(row.getCell(1).value).trim().startsWith(total)) continue;
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


/**
 * The uploaded workbook with each bad cell filled red and its problem in a note (Chinese first),
 * and a sheet listing every problem: what the office fixes, in its own file.
 */
export async function markWorkbook(wb: ExcelJS.Workbook, fileName: string, problems: CellProblem[], summary: string): Promise<Buffer> {
  const notes = new Map<string, CellProblem[]>();
  for (const p of problems) notes.set(`${p.sheet}!${p.column}${p.row}`, [...(notes.get(`${p.sheet}!${p.column}${p.row}`) ?? []), p]);
  for (const [, ps] of notes) {
    const ws = wb.getWorksheet(ps[0].sheet)!;
    const cell = ws.getCell(`${ps[0].column}${ps[0].row}`);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    cell.note = ps.map((p) => `${p.messageZh}\n${p.messageEn}`).join('\n\n');
  }
  const old = wb.getWorksheet(CHECK_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const sheet = wb.addWorksheet(CHECK_SHEET);
  sheet.columns = [{ width: 12 }, { width: 6 }, { width: 6 }, { width: 22 }, { width: 22 }, { width: 60 }, { width: 60 }];
  sheet.addRow([`导入检查结果 / Import check: ${fileName}`]).font = { bold: true, size: 14 };
  sheet.addRow([problems.length === 0 ? '没有发现问题,可以导入 / no problems: the file can be imported' : `发现${problems.length}处问题,修改后再导入 / ${problems.length} problems: fix them and import again`]);
  sheet.addRow([summary]);
  sheet.addRow([]);
  sheet.addRow(['工作表\nSheet', '行\nRow', '列\nColumn', '列名\nHeader', '问题代码\nCode', '问题说明', 'Problem']).font = { bold: true };
  for (const p of problems) sheet.addRow([p.sheet, p.row, p.column, p.header, p.code, p.messageZh, p.messageEn]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const CHECK_SHEET = '导入检查结果';
