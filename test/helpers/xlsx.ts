import ExcelJS from 'exceljs';
import type { Client } from './app';

/** The base of the HTTP endpoints beside /graphql. */
export const baseOf = (client: Client) => client.url.replace(/\/graphql$/, '');

export interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
  json: () => any;
}

const headersOf = (client: Client, extra: Record<string, string> = {}) => ({ ...(client.token ? { authorization: `Bearer ${client.token}` } : {}), ...extra });

export async function get(client: Client, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(baseOf(client) + path, { headers: headersOf(client, headers) });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

/** POSTs one file as multipart/form-data in the field `file`. */
export async function upload(client: Client, path: string, file: Buffer, fileName = '企业名录.xlsx', headers: Record<string, string> = {}): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const res = await fetch(baseOf(client) + path, { method: 'POST', body: form, headers: headersOf(client, headers) });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

/** Downloads an export and opens it with exceljs; fails the test on anything but a 200 xlsx. */
export async function workbook(client: Client, path: string): Promise<{ wb: ExcelJS.Workbook; answer: Answer }> {
  const answer = await get(client, path);
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.body.toString('utf8').slice(0, 500)}`);
  return { wb: await open(answer.body), answer };
}

export async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** The header row of an export (row 6: a five-row header block sits above it). */
export const HEADER_ROW = 6;

/** The data rows of a sheet: below the header, above the total row. */
export function dataRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (String(row.getCell(1).value ?? '').startsWith('合计')) break;
    rows.push(row);
  }
  return rows;
}

export const totalRow = (ws: ExcelJS.Worksheet): ExcelJS.Row => ws.getRow(HEADER_ROW + 1 + dataRows(ws).length);

/** The column number under a header (its Chinese line). */
export function col(ws: ExcelJS.Worksheet, zh: string): number {
  let found = 0;
  ws.getRow(HEADER_ROW).eachCell((cell, n) => {
    if (String(cell.value).split('\n')[0] === zh) found = n;
  });
  if (!found) throw new Error(`no column ${zh} on ${ws.name}`);
  return found;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
