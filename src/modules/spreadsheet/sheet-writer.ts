import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Dec, ZERO } from '../../common/decimal';
import { ZONE_TIME_ZONE } from '../../common/dates';
import type { Bilingual } from '../../common/errors';
import type { Actor } from '../auth/auth.types';
import { Role } from '../auth/auth.types';
import { zhOf } from './labels';

/**
 * How a column's cells are written. Money is a numeric cell with two decimals in the yuan format,
 * never text; rates are numeric cells shown as percentages; dates are date cells.
 */
export type Kind = 'text' | 'money' | 'rate' | 'date' | 'int' | 'decimal';

export const NUM_FMT: Record<Kind, string | undefined> = {
  text: '@',
  money: '"¥"#,##0.00;[Red]-"¥"#,##0.00',
  rate: '0.00##%',
  date: 'yyyy-mm-dd',
  int: '#,##0',
  decimal: '0.000#',
};

export interface Column {
  header: Bilingual;
  kind: Kind;
  width?: number;
  /** Summed in the total row. */
  total?: boolean;
}

/** A money amount, rate or decimal (exact), a date as "YYYY-MM-DD", a whole number or text. */
export type Value = Dec | string | number | boolean | null | undefined;

/** A header cell: Chinese first, English beneath (the importer reads the Chinese line). */
export const headerText = (h: Bilingual): string => (h.zh === h.en ? h.zh : `${h.zh}\n${h.en}`);

const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
export const chinaTime = (at: Date): string => CHINA_TIME.format(at);

export const TOTAL_LABEL = '合计 / Total';

/**
 * The one place an exact decimal becomes a JavaScript number: an Excel numeric cell can hold
 * nothing else. Converted from the exact string at the last moment; an amount below 2^53 fen
 * (about 90 trillion yuan) reads back as the same two-decimal string.
 */
const excelNumber = (d: Dec, places?: number): number => Number(places == null ? d.toFixed() : d.toFixed(places));

/** A calendar date as the Excel date of that day (exceljs counts days from UTC midnight). */
export function excelDate(date: string): Date {
  const [y, m, d] = date.split('-').map((x) => parseInt(x, 10));
  return new Date(Date.UTC(y, m - 1, d));
}

function cellValue(kind: Kind, v: Value): ExcelJS.CellValue {
  if (v == null || v === '') return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  switch (kind) {
    case 'money':
      return excelNumber(Dec.isDecimal(v) ? (v as Dec) : new Dec(String(v)), 2);
    case 'rate':
    case 'decimal':
      return excelNumber(Dec.isDecimal(v) ? (v as Dec) : new Dec(String(v)));
    case 'int':
      return typeof v === 'number' ? v : Number(String(v));
    case 'date':
      return excelDate(String(v));
    default:
      return Dec.isDecimal(v) ? (v as Dec).toFixed() : String(v);
  }
}

export interface HeaderBlock {
  /** The sheet's title, e.g. 贷款明细 / Loans. */
  title: Bilingual;
  /** What was exported, filters included. */
  what: string;
  by: Actor | null;
  at: Date;
}

const who = (a: Actor | null): string => (a ? `${a.username}(${zhOf(Role, a.role)} / ${a.role})` : '匿名访问 / anonymous');

/** The rows above the column headers: title, what, by whom, when (China time), then a blank row. */
export const HEADER_BLOCK_ROWS = 5;

/** One worksheet written row by row: nothing already written stays in memory. */
export class SheetWriter {
  readonly headerRow: number;
  private totals: (Dec | null)[];
  private rows = 0;

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    readonly columns: Column[],
    block: HeaderBlock,
  ) {
    this.totals = columns.map((c) => (c.total ? ZERO : null));
    const put = (values: ExcelJS.CellValue[], style?: Partial<ExcelJS.Font>) => {
      const row = ws.addRow(values);
      row.eachCell((cell) => {
        cell.numFmt = 'General';
        if (style) cell.font = style;
      });
      row.commit();
    };
    put([`${block.title.zh} / ${block.title.en}`], { bold: true, size: 14 });
    put(['导出内容 / Exported', block.what]);
    put(['导出人 / By', who(block.by)]);
    put(['导出时间(北京时间) / At (China time)', chinaTime(block.at)]);
    put([]);
    const header = ws.addRow(columns.map((c) => headerText(c.header)));
    header.height = 30;
    header.eachCell((cell) => {
      cell.numFmt = 'General';
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    });
    header.commit();
    this.headerRow = HEADER_BLOCK_ROWS + 1;
  }

  add(values: Value[]): void {
    const row = this.ws.addRow(values.map((v, i) => cellValue(this.columns[i]?.kind ?? 'text', v)));
    values.forEach((v, i) => {
      const t = this.totals[i];
      if (t && v != null && v !== '') this.totals[i] = t.plus(Dec.isDecimal(v) ? (v as Dec) : new Dec(String(v)));
    });
    row.commit();
    this.rows += 1;
  }

  /** A row of mixed kinds (a report's figures): each value with its own kind. */
  addMixed(cells: { kind: Kind; value: Value }[]): void {
    const row = this.ws.addRow(cells.map((c) => cellValue(c.kind, c.value)));
    cells.forEach((c, i) => {
      row.getCell(i + 1).numFmt = NUM_FMT[c.kind] ?? 'General';
    });
    row.commit();
    this.rows += 1;
  }

  get rowCount(): number {
    return this.rows;
  }

  /**
   * The total row: 合计 and the row count in the first column, the sum under every amount column;
   * `overrides` puts another figure under a column (a ledger's closing balance, an overall share).
   */
  addTotal(label?: string, overrides: Record<number, Value> = {}): void {
    const text = label ?? `${TOTAL_LABEL}(${this.rows}行 / rows)`;
    const row = this.ws.addRow(
      this.columns.map((c, i) => (i === 0 ? text : i in overrides ? cellValue(c.kind, overrides[i]) : this.totals[i] ? cellValue(c.kind, this.totals[i]) : null)),
    );
    row.eachCell((cell) => {
      cell.font = { bold: true };
    });
    row.getCell(1).numFmt = 'General';
    row.commit();
  }

  commit(): void {
    this.ws.commit();
  }
}

/**
 * A workbook streamed to `out` as it is written (exceljs's WorkbookWriter): a 100,000-row export
 * never holds the workbook in memory. `drain()` waits while the client is slower than we write.
 */
export class XlsxStream {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(private readonly out: Writable) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.wb.creator = 'ParkCredit 园区融资服务平台';
  }

  sheet(name: string, columns: Column[], block: HeaderBlock): SheetWriter {
    const ws = this.wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_BLOCK_ROWS + 1 }] });
    ws.columns = columns.map((c) => ({ width: c.width ?? (c.kind === 'text' ? 18 : 16), style: { numFmt: NUM_FMT[c.kind] } }));
    return new SheetWriter(ws, columns, block);
  }

  async drain(): Promise<void> {
    if ((this.out as Writable & { writableNeedDrain?: boolean }).writableNeedDrain) await once(this.out, 'drain');
  }

  async finish(): Promise<void> {
    await this.wb.commit();
  }
}
