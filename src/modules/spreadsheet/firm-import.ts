import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { todayInZone } from '../../common/dates';
import { Dec } from '../../common/decimal';
import { AppError, BadInputError, bi, type FieldProblem } from '../../common/errors';
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
import { FIRM_COLUMNS, FIRMS_SHEET, QUALIFICATION_COLUMNS, QUALIFICATIONS_SHEET, type FirmField, type QualificationField } from './firm-register';
import { NotXlsxError } from './http';
import { Problems, findSheet, locate, markWorkbook, readRows, type CellProblem, type Located } from './sheet-reader';
import { formRules, withForm } from './form-rules';
import { guardXlsx } from './xlsx-guard';

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
  const formOf = await formRules();
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
    const apiProblems = withForm(formOf('CreateFirmInput', input), firmInputProblems(input, today)).filter((p) => !alreadyBad.has(p.field.split('..').pop()!) && !(p.code === 'REQUIRED' && r.values[p.field as FirmField] === undefined));
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
    problems.addFieldProblems(ql!, r.row, withForm(formOf('QualificationInput', input), input.validFrom && input.validUntil ? qualificationInputProblems(input) : []));
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

/** The uploaded workbook with each bad cell marked, and a sheet listing every problem. */
export const markedCopy = (plan: Plan): Promise<Buffer> =>
  markWorkbook(plan.wb, plan.report.fileName, plan.report.problems, `企业 / firms: 新增 ${plan.report.firms.created}, 更新 ${plan.report.firms.updated}, 不变 ${plan.report.firms.unchanged}; 资质 / qualifications: 新增 ${plan.report.qualifications.created}, 更新 ${plan.report.qualifications.updated}, 不变 ${plan.report.qualifications.unchanged}`);

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

