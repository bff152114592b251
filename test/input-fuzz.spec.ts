import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { addDays, todayInZone } from '../src/common/dates';
import { Role } from '../src/modules/auth/auth.types';
import { getSchema } from '../src/schema';
import { TestApp, type Client } from './helpers/app';
import { createBranch, createFirm, createOfficer, creditCode } from './helpers/factories';
import { bankWithPresident, fileDemand, pairing, visit } from './helpers/engagement';
import { contribute, createPool, recordLoan } from './helpers/pools';
import { createProduct } from './helpers/factories';
import { CreateMatchmakingEventDocument } from './generated/operations';

/**
 * Every mutation, signed in as the office and as a bank, with one argument (or one field of an
 * input object, at any depth) replaced by a bad value of its kind. Each must be refused with
 * BAD_USER_INPUT naming that field (a bank may instead be refused outright: FORBIDDEN, NOT_FOUND,
 * UNAUTHENTICATED), never an internal error, never a success, and no table may change.
 */
let app: TestApp;
let office: Client;
let bank: Client;
/** Real ids of a small world, by the name of the field that takes them. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await TestApp.start();
  office = app.office;
  const { bank: b, branch, president } = await bankWithPresident(app);
  const firm = await createFirm(app);
  const pool = await createPool(app, [b.id]);
  await contribute(app, pool.id, '10000000.00');
  const product = await createProduct(app, b.id, { category: 'TECH_GUARANTEE', collateralKinds: ['GUARANTEE_COMPANY'], riskPoolId: pool.id, maxAmount: '10000000.00' }, true);
  const loan = await recordLoan(app, product.id, firm.id, '1000000.00');
  const p = await pairing(app, president.id, firm.id);
  const v = await visit(app, p.id);
  const demand = await fileDemand(app, firm.id);
  const { createMatchmakingEvent: event } = await app.ok(CreateMatchmakingEventDocument, {
    input: { name: '金融入园惠企', kind: 'BANK_FIRM_MATCHMAKING', heldOn: addDays(todayInZone(), -10), place: '经开区', bankIds: [b.id], firmIds: [firm.id] },
  });
  Object.assign(ids, {
    bankId: b.id, bankIds: b.id, partnerBankIds: b.id, fromBankId: b.id, branchId: branch.id, officerId: president.id, contactOfficerIds: president.id,
    firmId: firm.id, firmIds: firm.id, productId: product.id, riskPoolId: pool.id, poolId: pool.id, loanId: loan.id, pairingId: p.id,
    visitId: v.id, demandId: demand.id, eventId: event.id,
  });
  // The `id` argument of each mutation that takes one.
  Object.assign(ids, {
    'updateBank.id': b.id, 'updateBankBranch.id': branch.id, 'updateBankOfficer.id': president.id, 'updateFirm.id': firm.id,
    'updateProduct.id': product.id, 'publishProduct.id': product.id, 'withdrawProduct.id': product.id, 'updateRiskPool.id': pool.id,
    'changeRiskPoolStatus.id': pool.id,
  });
  await createBranch(app, b.id);
  await createOfficer(app, branch.id);
  bank = (await app.signIn(Role.BANK, { bankId: b.id })).client;
});
afterAll(() => app.close());

const today = () => todayInZone();

/** A value GraphQL and the services accept, so that only the one bad value is wrong. */
function good(type: GraphQLInputType, name: string, owner: string): unknown {
  if (isNonNullType(type)) return good(type.ofType, name, owner);
  if (isListType(type)) {
    const item = good(type.ofType, name, owner);
    return item === undefined ? [] : [item];
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = good(f.type, f.name, type.name);
    return out;
  }
  if (!isScalarType(type)) throw new Error(`no value for ${String(type)}`);
  switch (type.name) {
    case 'ID':
      return ids[`${owner}.${name}`] ?? ids[name] ?? randomUUID();
    case 'String':
      if (name === 'creditCode') return creditCode();
      if (name === 'password' || name === 'newPassword' || name === 'oldPassword') return 'a-long-password-1';
      if (name === 'idempotencyKey') return `fuzz-${randomUUID()}`;
      return `fuzz-${name}`;
    case 'Int':
      return 12;
    case 'Boolean':
      return false;
    case 'Money':
      return '1000.00';
    case 'Rate':
      return '0.05';
    case 'Decimal':
      return '5';
    case 'LocalDate':
      return addDays(today(), -1);
    default:
      throw new Error(`no value for scalar ${type.name}`);
  }
}

/** Bad values of a leaf's kind; blank only where the field is required (blank optional text means absent). */
function badValues(type: GraphQLInputType): unknown[] {
  const required = isNonNullType(type);
  const named = getNamedType(type);
  let items: unknown[];
  if (isEnumType(named)) items = ['NOT_A_VALUE'];
  else if (!isScalarType(named)) items = [];
  else {
    items = (
      {
        String: ['\u0000x', 'a\u0007b', ...(required ? ['   '] : [])],
        ID: ['', 'not-an-id'],
        Int: [2147483647, 2 ** 31],
        Money: [' 1.00 ', '1e9', '99999999999999999999'],
        Rate: [' 0.05 ', '4.5'],
        Decimal: [' 5 ', '1e3'],
        LocalDate: ['0001-01-01', '9999-12-31'],
        Boolean: [],
      } as Record<string, unknown[]>
    )[named.name] ?? [];
  }
  return items;
}

interface Case {
  mutation: string;
  /** The input path the problem must name, as problems[].field spells it. */
  field: string;
  variables: Record<string, unknown>;
  bad: unknown;
}

/** Values of `type` with exactly one leaf bad, each with the input path of that leaf. */
function variants(type: GraphQLInputType, name: string, owner: string): { value: unknown; path: string; bad: unknown }[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    if (isInputObjectType(getNamedType(item))) return variants(item, name, owner).map((v) => ({ ...v, value: [v.value], path: `[0]${v.path}` }));
    return badValues(item).map((bad) => ({ value: [bad], path: '[0]', bad }));
  }
  if (isInputObjectType(inner)) {
    const out: { value: unknown; path: string; bad: unknown }[] = [];
    for (const f of Object.values(inner.getFields())) {
      for (const v of variants(f.type, f.name, inner.name)) {
        out.push({ value: { ...(good(inner, name, owner) as object), [f.name]: v.value }, path: `.${f.name}${v.path}`, bad: v.bad });
      }
    }
    return out;
  }
  return badValues(type).map((bad) => ({ value: bad, path: '', bad }));
}

function casesOf(field: GraphQLField<unknown, unknown>): Case[] {
  const out: Case[] = [];
  for (const arg of field.args) {
    for (const v of variants(arg.type, arg.name, field.name)) {
      const variables = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, good(a.type, a.name, field.name)]));
      variables[arg.name] = v.value;
      // For `input`, problems name fields within it (`name`, `eligibility.minAnnualRevenue`); else the argument leads.
      const path = arg.name === 'input' ? v.path.replace(/^\./, '') : `${arg.name}${v.path}`;
      out.push({ mutation: field.name, field: path, variables, bad: v.bad });
    }
  }
  return out;
}

async function send(client: Client, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>) {
  const decl = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `mutation Fuzz${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (client.token) headers.authorization = `Bearer ${client.token}`;
  const res = await fetch(client.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, any> }[] } };
}

it('every mutation refuses every bad value with BAD_USER_INPUT naming the field, and writes nothing', async () => {
  const schema = await getSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const failures: string[] = [];
  let calls = 0;
  for (const field of mutations) {
    const cases = casesOf(field);
    if (!cases.length) continue;
    const before = await app.snapshot();
    for (const c of cases) {
      for (const [who, client] of [['office', office], ['bank', bank]] as const) {
        calls++;
        const { status, body } = await send(client, field, c.variables);
        const error = body.errors?.[0];
        const code = error?.extensions?.code;
        const fields = (error?.extensions?.problems ?? []).map((p: { field: string }) => p.field);
        const refusedOutright = who === 'bank' && ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(code);
        // A 32-bit whole number too large for the field is the service's range check; on a baseline
        // the field does not apply to (spreads on a fixed-rate product) the service may name another.
        const named = code === 'BAD_USER_INPUT' && (fields.includes(c.field) || c.bad === 2147483647);
        if (!named && !refusedOutright) {
          failures.push(`${who} ${c.mutation} ${c.field}=${JSON.stringify(c.bad)}: ${error ? `${code} [${fields.join(', ')}] ${error.message}` : 'succeeded'} (HTTP ${status})`);
        }
      }
    }
    const after = await app.snapshot();
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
      failures.push(`${field.name}: tables changed: ${changed.join(', ')}`);
    }
  }
  expect(calls).toBeGreaterThan(500);
  expect(failures).toEqual([]);
});
