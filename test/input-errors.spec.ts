import { getNamedType, isInputObjectType, type GraphQLField } from 'graphql';
import { addDays, todayInZone } from '../src/common/dates';
import { DATE_RANGES, dateKeysOf } from '../src/common/input-rules';
import { hasLabel } from '../src/common/labels';
import { getSchema } from '../src/schema';
import { TestApp, type Client } from './helpers/app';
import { createBank, createFirm, createProduct, firmInput } from './helpers/factories';
import { createPool, key } from './helpers/pools';

/**
 * One test per class of bad input of issue 11, part 4: each is a BAD_USER_INPUT (or a 400 for a
 * request this API does not serve) naming the field in both languages, and nothing is written.
 * Sent as raw HTTP, so that status codes and the exact shape of the answer are what is checked.
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}, client: Client = app.office): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (client.token) headers.authorization = `Bearer ${client.token}`;
  const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}

/** The problems of a BAD_USER_INPUT answer as `field:CODE`. */
function problems(a: Answer): string[] {
  const e = a.errors?.[0];
  expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
  return (e!.extensions!.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);
}

const CREATE_BANK = 'mutation($input: CreateBankInput!) { createBank(input: $input) { id nameEn sourceNote } }';
const UPDATE_BANK = 'mutation($id: ID!, $input: UpdateBankInput!) { updateBank(id: $id, input: $input) { id nameEn } }';
const CREATE_POOL = 'mutation($input: CreateRiskPoolInput!) { createRiskPool(input: $input) { id } }';
const POOL_ENTRY = 'mutation($input: RecordPoolEntryInput!) { recordPoolEntry(input: $input) { id } }';
const RECORD_LOAN = 'mutation($input: RecordLoanInput!) { recordLoan(input: $input) { id } }';
const LPR = 'mutation($on: LocalDate!, $rate: Rate!) { recordLprRate(effectiveOn: $on, rate: $rate, tenor: ONE_YEAR) { id } }';
const CREATE_FIRM = 'mutation($input: CreateFirmInput!) { createFirm(input: $input) { id } }';
const CREATE_EVENT = 'mutation($input: CreateMatchmakingEventInput!) { createMatchmakingEvent(input: $input) { id } }';
const CREATE_PRODUCT = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
const ADD_QUALIFICATION = 'mutation($firmId: ID!, $input: QualificationInput!) { addFirmQualification(firmId: $firmId, input: $input) { id } }';
const bank = (over: object = {}) => ({ name: `输入测试银行${Math.random()}`, shortName: '输入测试', kind: 'CITY_COMMERCIAL', ...over });
const pool = (over: object = {}) => ({ name: `资金池-${Math.random()}`, kind: 'TECH_GUARANTEE', leverageCap: '10', poolShare: '0.5', perFirmCap: '5000000.00', warningRatio: '0.05', stopRatio: '0.1', ...over });
const today = () => todayInZone();

describe('a control character in text', () => {
  it('is BAD_USER_INPUT naming the field, in any text field, nothing written; line breaks only in free text', async () => {
    const f = await createFirm(app);
    const before = await app.snapshot();
    for (const bad of ['银行\u0000', 'a\u0007b', 'x\u009b']) {
      const a = await gql(CREATE_BANK, { input: bank({ name: bad }) });
      expect(problems(a)).toEqual(['name:CONTROL_CHARACTER']);
      expect(a.errors![0].extensions!.messageZh).toMatch(/^名称含有控制字符/);
      expect(a.errors![0].extensions!.messageEn).toMatch(/^the name contains a control character/);
    }
    expect(problems(await gql(CREATE_BANK, { input: bank({ shortName: '两\n行' }) }))).toEqual(['shortName:CONTROL_CHARACTER']);
    expect(problems(await gql('mutation($id: ID!) { withdrawProduct(id: $id, reason: "停\\u0000售") { id } }', { id: f.id }))).toEqual(['reason:CONTROL_CHARACTER']);
    expect(await app.snapshot()).toEqual(before);
    // A note of several paragraphs is fine.
    const ok = await gql(CREATE_BANK, { input: bank({ sourceNote: '第一段\n第二段\r\n\t缩进' }) });
    expect(ok.errors).toBeUndefined();
  });
});

describe('a document of several mutations', () => {
  it('is refused whole when any of them has a bad input: HTTP 400, no data, nothing written (the first does not run)', async () => {
    const before = await app.snapshot();
    const a = await gql(`mutation($good: CreateBankInput!, $bad: CreateBankInput!) { a: createBank(input: $good) { id } b: createBank(input: $bad) { id } }`, {
      good: bank(),
      bad: bank({ name: 'bad\u0000name' }),
    });
    expect(a.status).toBe(400);
    expect(a.data ?? null).toBeNull();
    expect(problems(a)).toEqual(['name:CONTROL_CHARACTER']);
    expect(await app.snapshot()).toEqual(before);
    // The same two, both good, both run.
    const both = await gql(`mutation($good: CreateBankInput!, $also: CreateBankInput!) { a: createBank(input: $good) { id } b: createBank(input: $also) { id } }`, { good: bank(), also: bank() });
    expect(both.errors).toBeUndefined();
  });
});

describe('many bad values', () => {
  it('list the first 100 problems and say how many more, rather than answer megabytes', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `bad-${i}`);
    const a = await gql('query($ids: [ID!]) { bankResponseStats(from: "2024-01-01", to: "2024-12-31", bankIds: $ids) { bank { id } } }', { ids });
    expect(problems(a)).toHaveLength(100);
    expect(a.errors![0].extensions!.problemsOmitted).toBe(200);
    expect(a.errors![0].message).toContain('299');
  });
});

describe('an empty or malformed id', () => {
  it('in a list or alone is BAD_USER_INPUT naming the item, not an internal error', async () => {
    const b = await createBank(app);
    const before = await app.snapshot();
    expect(problems(await gql(CREATE_POOL, { input: pool({ partnerBankIds: [''] }) }))).toEqual(['partnerBankIds[0]:INVALID_ID']);
    expect(problems(await gql(CREATE_POOL, { input: pool({ partnerBankIds: [b.id, 'not-an-id'] }) }))).toEqual(['partnerBankIds[1]:INVALID_ID']);
    const event = { name: '银企对接会', kind: 'BANK_FIRM_MATCHMAKING', heldOn: today(), place: '经开区' };
    expect(problems(await gql(CREATE_EVENT, { input: { ...event, bankIds: [''], firmIds: [' '] } }))).toEqual(['bankIds[0]:INVALID_ID', 'firmIds[0]:INVALID_ID']);
    const product = await gql(CREATE_PRODUCT, { input: { bankId: b.id, name: '贷', category: 'CREDIT', minAmount: '1.00', maxAmount: '2.00', minTermMonths: 1, maxTermMonths: 2, rateKind: 'FIXED', minRate: '0.03', maxRate: '0.04', contactOfficerIds: [''] } });
    expect(problems(product)).toEqual(['contactOfficerIds[0]:INVALID_ID']);
    expect(product.errors![0].extensions!.messageZh).toMatch(/^联系人\(第1项\)为空/);
    expect(problems(await gql('query($id: ID!) { bank(id: $id) { id } }', { id: '' }))).toEqual(['id:INVALID_ID']);
    expect(await app.snapshot()).toEqual(before);
  });
});

describe('requests this API does not serve, and refused documents', () => {
  it('a subscription, too many aliases, too many tokens, a syntax error: HTTP 400 with a code and both languages', async () => {
    const sub = await gql('subscription { banks { totalCount } }');
    expect(sub.status).toBe(400);
    expect(sub.errors![0].extensions!.code).toBe('BAD_REQUEST');
    expect(sub.errors![0].extensions!.messageZh).toMatch(/订阅/);
    const aliases = await gql(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: banks { totalCount }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', messageZh: expect.stringMatching(/别名/) });
    const tokens = await gql(`{ banks { ${'totalCount '.repeat(2100)} } }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', messageZh: expect.stringMatching(/token/) });
    const syntax = await gql('{ banks { ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', messageZh: expect.stringMatching(/^请求的GraphQL语法有误\(第1行第11列\)/) });
  });
});

describe('dates', () => {
  it('every date an operation takes has a documented plausible range', async () => {
    const schema = await getSchema();
    const roots = [['Query', schema.getQueryType()!], ['Mutation', schema.getMutationType()!]] as const;
    const fields = roots.flatMap(([parent, t]) => Object.values(t.getFields()).map((field) => ({ parent, field: field as GraphQLField<unknown, unknown> })));
    expect(dateKeysOf(fields).filter((k) => !DATE_RANGES[k])).toEqual([]);
  });

  it('0001-01-01 and 9999-12-31 are refused wherever they were accepted, naming the field', async () => {
    const b = await createBank(app);
    const firm = await createFirm(app);
    const p = (await gql(CREATE_POOL, { input: pool({ partnerBankIds: [b.id], establishedOn: addDays(today(), -30) }) })).data!.createRiskPool as { id: string };
    const product = await createProduct(app, b.id, {}, true);
    const before = await app.snapshot();
    const loan = { productId: product.id, firmId: firm.id, contractNo: 'HT-DATE', principal: '200000.00', annualRate: '0.04', termMonths: 12, idempotencyKey: key() };
    expect(problems(await gql(RECORD_LOAN, { input: { ...loan, disbursedOn: '0001-01-01' } }))).toEqual(['disbursedOn:TOO_EARLY']);
    const entry = { poolId: p.id, kind: 'CONTRIBUTION', amount: '1000.00', voucherRef: '财-1', recordedBy: '王会计', idempotencyKey: key() };
    expect(problems(await gql(POOL_ENTRY, { input: { ...entry, entryDate: '0001-01-01' } }))).toEqual(['entryDate:TOO_EARLY']);
    // Not before the pool was established, which would shift every balance since.
    const early = await gql(POOL_ENTRY, { input: { ...entry, entryDate: addDays(today(), -31) } });
    expect(problems(early)).toEqual(['entryDate:TOO_EARLY']);
    expect(early.errors![0].extensions!.messageZh).toContain('资金池设立日期');
    expect(problems(await gql(LPR, { on: '0001-01-01', rate: '0.0345' }))).toEqual(['effectiveOn:TOO_EARLY']);
    const beforeReform = await gql(LPR, { on: '2019-08-19', rate: '0.0345' });
    expect(problems(beforeReform)).toEqual(['effectiveOn:TOO_EARLY']);
    expect(beforeReform.errors![0].extensions!.messageZh).toMatch(/LPR生效日\(2019-08-19\)不能早于LPR改革后首次报价日\(2019-08-20\)/);
    const event = { name: '银企对接会', kind: 'BANK_FIRM_MATCHMAKING', place: '经开区' };
    expect(problems(await gql(CREATE_EVENT, { input: { ...event, heldOn: '0001-01-01' } }))).toEqual(['heldOn:TOO_EARLY']);
    expect(problems(await gql(CREATE_EVENT, { input: { ...event, heldOn: '9999-12-31' } }))).toEqual(['heldOn:TOO_LATE']);
    const q = { kind: 'TECH_SME', validFrom: '2024-01-01' };
    expect(problems(await gql(ADD_QUALIFICATION, { firmId: firm.id, input: { ...q, validFrom: '0001-01-01', validUntil: '2025-01-01' } }))).toEqual(['validFrom:TOO_EARLY']);
    expect(problems(await gql(ADD_QUALIFICATION, { firmId: firm.id, input: { ...q, validUntil: '9999-12-31' } }))).toEqual(['validUntil:TOO_LATE']);
    const prod = { bankId: b.id, name: '贷', category: 'CREDIT', minAmount: '1.00', maxAmount: '2.00', minTermMonths: 1, maxTermMonths: 2, rateKind: 'FIXED', minRate: '0.03', maxRate: '0.04' };
    expect(problems(await gql(CREATE_PRODUCT, { input: { ...prod, validFrom: '0001-01-01', validUntil: '9999-12-31' } }))).toEqual(['validFrom:TOO_EARLY', 'validUntil:TOO_LATE']);
    expect(problems(await gql(RECORD_LOAN, { input: { ...loan, disbursedOn: addDays(today(), 1) } }))).toEqual(['disbursedOn:IN_FUTURE']);
    expect(await app.snapshot()).toEqual(before);
  });
});

describe('money and blank text', () => {
  it('a padded amount is refused by every mutation alike, by the scalar, naming the field', async () => {
    const b = await createBank(app);
    const p = (await gql(CREATE_POOL, { input: pool({ partnerBankIds: [b.id] }) })).data!.createRiskPool as { id: string };
    const before = await app.snapshot();
    const entry = { poolId: p.id, kind: 'CONTRIBUTION', entryDate: today(), voucherRef: '财-1', recordedBy: '王会计', idempotencyKey: key() };
    for (const amount of [' 1.00 ', '1.00 ', ' 1.00', '\t1.00']) {
      const a = await gql(POOL_ENTRY, { input: { ...entry, amount } });
      expect(a.status).toBe(400);
      expect(problems(a)).toEqual(['amount:PADDED']);
    }
    expect(problems(await gql(CREATE_FIRM, { input: firmInput({ annualRevenue: ' 15000000.00 ' }) }))).toEqual(['annualRevenue:PADDED']);
    expect(problems(await gql(CREATE_POOL, { input: pool({ poolShare: ' 0.5', leverageCap: '10 ' }) }))).toEqual(['leverageCap:PADDED', 'poolShare:PADDED']);
    expect(await app.snapshot()).toEqual(before);
  });

  it('blank optional text is stored as absent (null), on create and on update', async () => {
    const created = (await gql(CREATE_BANK, { input: bank({ nameEn: '', sourceNote: '   ' }) })).data!.createBank as { id: string; nameEn: string | null; sourceNote: string | null };
    expect(created).toMatchObject({ nameEn: null, sourceNote: null });
    await gql(UPDATE_BANK, { id: created.id, input: { nameEn: 'Some Bank' } });
    const cleared = (await gql(UPDATE_BANK, { id: created.id, input: { nameEn: ' ' } })).data!.updateBank as { nameEn: string | null };
    expect(cleared.nameEn).toBeNull();
    const rows = await app.orm.em.getConnection().execute<{ n: string }[]>(`SELECT count(*)::text AS n FROM bank WHERE name_en = '' OR source_note = ''`);
    expect(rows[0].n).toBe('0');
    // Blank is absent in the rules too: an appraisal "by" a blank appraiser is half an appraisal.
    const firm = await createFirm(app);
    const ip = { firmId: firm.id, kind: 'TRADEMARK', number: `${Date.now()}`.slice(-8), title: '商标', expiresOn: addDays(today(), 3000), appraisedValue: '100000.00', appraiser: '  ', appraisedOn: today() };
    expect(problems(await gql('mutation($input: CreateIpAssetInput!) { createIpAsset(input: $input) { id } }', { input: ip }))).toEqual(['appraisedValue:APPRAISAL_INCOMPLETE']);
    // A required name left blank is still REQUIRED.
    expect(problems(await gql(UPDATE_BANK, { id: created.id, input: { name: '  ' } }))).toEqual(['name:REQUIRED']);
  });
});

describe('messages for people', () => {
  it('name fields by their labels, Chinese in Chinese and English in English; problems[].field is the input path', async () => {
    const short = await gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username: 'label-test', displayName: '测试', password: 'short', role: 'FINANCE_OFFICE' } });
    expect(problems(short)).toEqual(['password:TOO_SHORT']);
    expect(short.errors![0].extensions).toMatchObject({ messageZh: '密码至少10个字符', messageEn: 'the password needs at least 10 characters' });
    const b = await createBank(app);
    const reversed = await gql(CREATE_PRODUCT, { input: { bankId: b.id, name: '贷', category: 'CREDIT', minAmount: '6000000.00', maxAmount: '5000000.00', minTermMonths: 1, maxTermMonths: 2, rateKind: 'FIXED', minRate: '0.03', maxRate: '0.04', eligibility: { minYearsOperating: 200 } } });
    expect(problems(reversed)).toEqual(['maxAmount:RANGE_REVERSED', 'eligibility.minYearsOperating:OUT_OF_RANGE']);
    const [amounts, years] = reversed.errors![0].extensions!.problems;
    expect(amounts).toMatchObject({ messageZh: '最高金额(5000000.00)不能小于最低金额(6000000.00)', messageEn: 'the maximum amount (5000000.00) cannot be less than the minimum amount (6000000.00)' });
    expect(years.messageZh).toBe('最低经营年限须为0到100之间的整数(现为200)');
    for (const text of [reversed.errors![0].extensions!.messageZh, amounts.messageZh, years.messageZh]) expect(text).not.toMatch(/[a-z]+[A-Z][a-z]+/);
  });

  it('every input field and argument has a label', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(t) || t.name.startsWith('__')) continue;
      for (const f of Object.values(t.getFields())) if (!hasLabel(f.name, t.name)) missing.push(`${t.name}.${f.name}`);
    }
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const f of Object.values(root.getFields())) for (const a of f.args) if (!isInputObjectType(getNamedType(a.type)) && !hasLabel(a.name, f.name)) missing.push(`${root.name}.${f.name}(${a.name})`);
    }
    expect(missing).toEqual([]);
  });
});

describe('a value GraphQL itself refuses', () => {
  it('in variables: every bad one at once, in both languages, with problems, HTTP 400', async () => {
    const a = await gql('mutation($on: LocalDate!, $rate: Rate!, $tenor: LprTenor!) { recordLprRate(effectiveOn: $on, rate: $rate, tenor: $tenor) { id } }', { on: '2024-02-30', rate: '4.5', tenor: 'TEN_YEARS' });
    expect(a.status).toBe(400);
    expect(a.errors).toHaveLength(1);
    expect(problems(a)).toEqual(['effectiveOn:INVALID_DATE', 'rate:INVALID_RATE', 'tenor:INVALID_CHOICE']);
    const [date, rate, tenor] = a.errors![0].extensions!.problems;
    expect(date.messageZh).toMatch(/^LPR生效日须为有效日期/);
    expect(rate).toMatchObject({ messageZh: expect.stringMatching(/^利率:比率"4\.5"无效.*0\.0385/), messageEn: expect.stringMatching(/^the rate: "4\.5" is not a rate/) });
    expect(tenor.messageZh).toMatch(/ONE_YEAR、FIVE_YEAR/);
    expect(a.errors![0].extensions!.messageZh).toMatch(/另有2处输入错误/);
    expect(a.errors![0].message).toMatch(/ \/ /);

    // Inside an input object, under another variable name, with a missing and an unknown field.
    const nested = await gql(CREATE_FIRM.replace('$input: CreateFirmInput!', '$firm: CreateFirmInput!').replace('input: $input', 'input: $firm'), {
      firm: { ...firmInput({ employees: 2 ** 31, annualRevenue: 5 as never }), name: undefined, colour: 'red' },
    });
    expect(nested.status).toBe(400);
    expect(problems(nested).sort()).toEqual(['annualRevenue:NOT_A_STRING', 'colour:UNKNOWN_FIELD', 'employees:NOT_AN_INTEGER', 'name:REQUIRED']);
  });

  it('as literals in the document: the same shape, naming the field', async () => {
    const a = await gql('mutation { recordLprRate(effectiveOn: "2024-13-01", rate: " 0.0345", tenor: ONE_YEAR) { id } }');
    expect(a.status).toBe(400);
    expect(problems(a)).toEqual(['effectiveOn:INVALID_DATE', 'rate:PADDED']);
    const b = await gql('mutation { createRiskPool(input: { name: "x", kind: TECH_GUARANTEE, leverageCap: "10", poolShare: "0.5", perFirmCap: 5, warningRatio: "0.1", stopRatio: "0.2", partnerBankIds: [""] }) { id } }');
    expect(problems(b)).toEqual(['perFirmCap:NOT_A_STRING']);
  });
});
