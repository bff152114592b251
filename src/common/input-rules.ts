import {
  Kind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { addDays, todayInZone } from './dates';
import { BadInputError, bi, type Bilingual, type FieldProblem } from './errors';
import { labelOf } from './labels';
import { isUuid } from './base.entity';

/**
 * The rules every argument of every query and mutation obeys, checked once, before any resolver
 * runs, over the schema's own input types (so a new input field is covered the day it is added):
 *
 * - Text (String): no control characters. NUL and the other C0/C1 controls are never typed by a
 *   person, PostgreSQL refuses NUL in text, and the others break the printed handbook and CSV
 *   exports. Line feed, carriage return and tab are allowed only in the long free-text fields
 *   (FREE_TEXT below: notes, descriptions, findings...), where a person writes paragraphs. Blank
 *   optional text means absent: it reaches the services as null. A blank required argument
 *   (`login(password: " ")`, `withdrawProduct(reason: "")`) is REQUIRED here; a blank required
 *   field of an input object is the service's REQUIRED, reported with the record's other problems.
 *   No text is longer than MAX_TEXT (each field's own limit, usually lower, is the service's).
 * - Ids (ID): a UUID, as every id this API hands out. Empty or malformed is BAD_USER_INPUT naming
 *   the field (a well-formed id of nothing the caller may see stays NOT_FOUND).
 * - Dates (LocalDate): within the field's plausible range (DATE_RANGES; documented in README).
 *
 * Every problem is collected, then the call is refused whole with one BAD_USER_INPUT. These are
 * the problems of form, reported together before anything else; the rules of each record
 * (lengths, whole-number ranges, one field against another, against the database) are the
 * services' Check, reported together once the form is right.
 */

export const MAX_TEXT = 10_000;

/** Long free text where a person may write several lines. */
export const FREE_TEXT = new Set([
  'description', 'sourceNote', 'note', 'memo', 'reason', 'findings', 'outcome', 'purpose', 'conditions', 'collateralNote',
]);

// C0 controls, DEL and C1 controls; \t \n \r are judged separately.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** A bound of a date range: a fixed date, or days from today in China. */
type Bound = { date: string; why: Bilingual } | { daysFromToday: number; why: Bilingual };

export interface DateRange {
  min: Bound;
  max: Bound;
}

const YEAR = 366;
const fixed = (date: string, zh: string, en: string): Bound => ({ date, why: bi(zh, en) });
const TODAY: Bound = { daysFromToday: 0, why: bi('今天(中国时间)', 'today (China time)') };
const ahead = (years: number): Bound => ({ daysFromToday: years * YEAR, why: bi(`今天起${years}年`, `${years} year${years > 1 ? 's' : ''} from today`) });

/** Business records: nothing this platform keeps happened before 2000 (the zone's lending records start in the 2000s). */
const RECORDS = fixed('2000-01-01', '平台业务记录的最早日期', 'the earliest date of the platform\'s records');
const PRC = fixed('1949-10-01', '中华人民共和国成立', 'the founding of the PRC');
const LPR_REFORM = fixed('2019-08-20', 'LPR改革后首次报价日', 'the first LPR quotation after the 2019 reform');
const PATENT_LAW = fixed('1985-04-01', '《专利法》施行日', 'the day China\'s Patent Law took effect');
const past: DateRange = { min: RECORDS, max: TODAY };
const QUERY: DateRange = { min: PRC, max: ahead(50) };

/**
 * Every LocalDate an operation takes, keyed `InputType.field` or `Query.field.argument` /
 * `Mutation.field.argument`. A test fails when one is missing. Later dates that depend on the
 * record (a repayment not before its disbursement, a ledger entry not before its pool was
 * established, a reversal not before the entry it reverses) are the services' checks.
 */
export const DATE_RANGES: Record<string, DateRange> = {
  'CreateFirmInput.foundedOn': { min: PRC, max: TODAY },
  'UpdateFirmInput.foundedOn': { min: PRC, max: TODAY },
  'QualificationInput.validFrom': { min: RECORDS, max: ahead(1) },
  'QualificationInput.validUntil': { min: RECORDS, max: ahead(10) },
  'UpdateQualificationInput.validFrom': { min: RECORDS, max: ahead(1) },
  'UpdateQualificationInput.validUntil': { min: RECORDS, max: ahead(10) },
  'CreateIpAssetInput.expiresOn': { min: PATENT_LAW, max: ahead(60) },
  'UpdateIpAssetInput.expiresOn': { min: PATENT_LAW, max: ahead(60) },
  'CreateIpAssetInput.appraisedOn': past,
  'UpdateIpAssetInput.appraisedOn': past,
  'CreateProductInput.validFrom': { min: RECORDS, max: ahead(2) },
  'UpdateProductInput.validFrom': { min: RECORDS, max: ahead(2) },
  'CreateProductInput.validUntil': { min: RECORDS, max: ahead(10) },
  'UpdateProductInput.validUntil': { min: RECORDS, max: ahead(10) },
  'RecordLoanInput.disbursedOn': past,
  'RecordRepaymentInput.paidOn': past,
  'LoanStatusChangeInput.on': past,
  'EnrolLoanInput.enrolledOn': past,
  'FileClaimInput.filedOn': past,
  'PayClaimInput.paidOn': past,
  'RecordRecoveryInput.recoveredOn': past,
  'CreateRiskPoolInput.establishedOn': past,
  'RecordPoolEntryInput.entryDate': past,
  'ReversePoolEntryInput.entryDate': past,
  'Mutation.recordLprRate.effectiveOn': { min: LPR_REFORM, max: TODAY },
  'FileDemandInput.filedOn': past,
  'RecommendDemandInput.on': past,
  'RouteDemandInput.on': past,
  'GrantCreditInput.on': past,
  'DeclineDemandInput.on': past,
  'MakeOfferInput.answeredOn': past,
  'MakeOfferInput.validUntil': { min: RECORDS, max: ahead(2) },
  'DeclineDemandAtBankInput.answeredOn': past,
  'CreateMatchmakingEventInput.heldOn': { min: RECORDS, max: ahead(1) },
  'CreatePairingInput.startsOn': { min: RECORDS, max: ahead(1) },
  'CreatePairingInput.endsOn': { min: RECORDS, max: ahead(10) },
  'EndPairingInput.endedOn': past,
  'RecordServiceVisitInput.visitedOn': past,
  'RecordServiceVisitInput.followUpDue': { min: RECORDS, max: ahead(2) },
  'CloseServiceVisitInput.closedOn': past,
  // Reading: any date a person might ask about.
  'LoanFilter.disbursedFrom': QUERY,
  'LoanFilter.disbursedTo': QUERY,
  'EventFilter.heldFrom': QUERY,
  'EventFilter.heldTo': QUERY,
  'Query.overdueDemands.asOf': QUERY,
  'Query.overdueFollowUps.asOf': QUERY,
  'Query.bankResponseStats.from': QUERY,
  'Query.bankResponseStats.to': QUERY,
};

export function boundDate(b: Bound, today = todayInZone()): string {
  return 'date' in b ? b.date : addDays(today, b.daysFromToday);
}

/** The rule for one date field: null when the date is plausible, else the problem. */
export function dateProblem(field: string, value: string, range: DateRange, owner?: string): FieldProblem | null {
  const label = labelOf(field, owner);
  const min = boundDate(range.min);
  const max = boundDate(range.max);
  if (value < min) {
    return { field, code: 'TOO_EARLY', messageZh: `${label.zh}(${value})不能早于${range.min.why.zh}(${min})`, messageEn: `the ${label.en} (${value}) cannot be before ${range.min.why.en} (${min})` };
  }
  if (value > max) {
    const future = 'daysFromToday' in range.max && range.max.daysFromToday === 0;
    return {
      field,
      code: future ? 'IN_FUTURE' : 'TOO_LATE',
      messageZh: future ? `${label.zh}(${value})不能晚于今天(${max})` : `${label.zh}(${value})不能晚于${range.max.why.zh}(${max})`,
      messageEn: future ? `the ${label.en} (${value}) cannot be in the future (today is ${max})` : `the ${label.en} (${value}) cannot be after ${range.max.why.en} (${max})`,
    };
  }
  return null;
}

const UUID_EXAMPLE = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

function problem(field: string, owner: string | undefined, code: string, zh: (l: string) => string, en: (l: string) => string): FieldProblem {
  const label = labelOf(field, owner);
  return { field, code, messageZh: zh(label.zh), messageEn: en(label.en) };
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * Checks one value against its input type, returning it with blank optional text made null.
 * `path` is the input path as problems name it; `key` is where the date and label tables look.
 */
function walk(type: GraphQLInputType, value: unknown, path: string, name: string, owner: string | undefined, rangeKey: string, out: FieldProblem[], topLevel = false): unknown {
  if (value === undefined || value === null) return value;
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return value;
    return value.map((item, i) => walk(inner.ofType, item, join(path, i), name, owner, rangeKey, out));
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const f of Object.values(inner.getFields())) {
      if (!(f.name in copy)) continue;
      copy[f.name] = walk(f.type, copy[f.name], join(path, f.name), f.name, inner.name, `${inner.name}.${f.name}`, out);
    }
    return copy;
  }
  if (!isScalarType(inner)) return value;
  switch (inner.name) {
    case 'String': {
      if (typeof value !== 'string') return value;
      if (CONTROL.test(value) || (!FREE_TEXT.has(name) && LINE_BREAK_OR_TAB.test(value))) {
        out.push(problem(path, owner, 'CONTROL_CHARACTER',
          (l) => `${l}含有控制字符(如NUL${FREE_TEXT.has(name) ? '' : '、换行、制表符'}),请删除后重新提交`,
          (l) => `the ${l} contains a control character (such as NUL${FREE_TEXT.has(name) ? '' : ', a line break or a tab'}); remove it and send again`));
        return value;
      }
      if ([...value].length > MAX_TEXT) {
        out.push(problem(path, owner, 'TOO_LONG', (l) => `${l}最多${MAX_TEXT}个字符`, (l) => `the ${l} may have at most ${MAX_TEXT} characters`));
        return value;
      }
      if (value.trim() === '') {
        if (required && topLevel) out.push(problem(path, owner, 'REQUIRED', (l) => `${l}不能为空`, (l) => `the ${l} must not be blank`));
        // Blank optional text means absent.
        return required ? value : null;
      }
      return value;
    }
    case 'ID': {
      if (typeof value !== 'string') return value;
      if (value.trim() === '') {
        out.push(problem(path, owner, 'INVALID_ID', (l) => `${l}为空:请填写ID(36位UUID,如 ${UUID_EXAMPLE}),或不传该字段`, (l) => `the ${l} is empty: give an id (a 36-character UUID such as ${UUID_EXAMPLE}) or leave the field out`));
      } else if (!isUuid(value)) {
        const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
        out.push(problem(path, owner, 'INVALID_ID', (l) => `${l}"${shown}"不是有效的ID(ID为36位UUID,如 ${UUID_EXAMPLE})`, (l) => `the ${l} "${shown}" is not an id (ids are 36-character UUIDs such as ${UUID_EXAMPLE})`));
      }
      return value;
    }
    case 'LocalDate': {
      const range = DATE_RANGES[rangeKey];
      if (typeof value === 'string' && range) {
        const p = dateProblem(path, value, range, owner);
        if (p) out.push(p);
      }
      return value;
    }
    default:
      return value;
  }
}

/**
 * Checks the arguments of one root field (`parent` is Query or Mutation) and returns them with
 * blank optional text made null; throws one BAD_USER_INPUT listing every problem. Problems name
 * fields within `input` as the services do (`name`, `eligibility.minAnnualRevenue`); other
 * arguments by their own name (`firmId`, `reason`).
 */
export function checkArguments(parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Record<string, unknown> {
  const problems: FieldProblem[] = [];
  const out: Record<string, unknown> = { ...args };
  for (const arg of field.args as readonly GraphQLArgument[]) {
    if (!(arg.name in out)) continue;
    out[arg.name] = walk(arg.type, out[arg.name], arg.name === 'input' ? '' : arg.name, arg.name, `${field.name}`, `${parent}.${field.name}.${arg.name}`, problems, true);
  }
  if (problems.length) throw new BadInputError(problems);
  return out;
}

/** Every LocalDate the operations take, for the test that each has its documented range. */
export function dateKeysOf(schemaTypes: { parent: string; field: GraphQLField<unknown, unknown> }[]): string[] {
  const dates = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLInputType, key: string) => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      seen.add(named.name);
      for (const f of Object.values(named.getFields())) visit(f.type, `${named.name}.${f.name}`);
    } else if (named.name === 'LocalDate') dates.add(key);
  };
  for (const { parent, field } of schemaTypes) for (const a of field.args) visit(a.type, `${parent}.${field.name}.${a.name}`);
  return [...dates];
}

/**
 * The same rules for an input object that arrives another way than as a GraphQL argument (a row
 * of an imported spreadsheet, src/modules/spreadsheet): the problems of form, named by field path
 * as the services name them, so the import and the API can never disagree about what is valid.
 */
export function inputObjectProblems(type: GraphQLInputObjectType, value: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  walk(type, value, '', type.name, undefined, type.name, problems);
  return problems;
}

/**
 * Checks the arguments of every root field of an operation before any of them runs: a mutation
 * document with two fields, the second with a bad input, is refused whole (HTTP 400, nothing
 * written) rather than running the first and hiding its write behind `data: null`. Variables
 * graphql-js cannot coerce are left for execution to report as it does.
 */
export function checkOperationArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined): void {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : null;
  if (!root) return;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const visitSet = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = root.getFields()[sel.name.value];
        if (!def || !def.args.length) continue;
        try {
          checkArguments(root.name, def, getArgumentValues(def, sel, coerced.coerced));
        } catch (e) {
          if (e instanceof BadInputError) problems.push(...e.allProblems);
          // Anything else (a value graphql-js refuses) is execution's to report.
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) visitSet(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        if (frag) visitSet(frag.selectionSet);
      }
    }
  };
  visitSet(operation.selectionSet);
  if (problems.length) {
    const error = new BadInputError(problems);
    (error.extensions as Record<string, unknown>).http = { status: 400 };
    throw error;
  }
}
