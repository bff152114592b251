import fs from 'node:fs';
import path from 'node:path';
import { getSchema } from '../src/schema';
import { Role } from '../src/modules/auth/auth.types';
import { Client, TestApp } from './helpers/app';
import { createBank, createFirm } from './helpers/factories';
import { operationsOf } from './helpers/operations-from-schema';

/**
 * Who may call what: every query and mutation in the schema, called by each kind of caller, is
 * compared with the checked-in table test/access-matrix.json. An operation missing from the
 * table (or a table row for an operation that no longer exists) fails this test, so a new
 * operation cannot land without someone deciding who may call it.
 *
 * "allowed" means the role check let the call through: it may still fail on its (sample)
 * arguments, or answer NOT_FOUND for an object outside the caller's scope.
 * Run with RECORD_ACCESS_MATRIX=1 to print what the server does now, for review.
 */
const TABLE = path.join(__dirname, 'access-matrix.json');
const ACTORS = ['anonymous', 'bankA', 'bankB', 'finance', 'firmX', 'firmY'] as const;
type ActorName = (typeof ACTORS)[number];

let app: TestApp;
let clients: Record<ActorName, Client>;

beforeAll(async () => {
  app = await TestApp.start();
  const [a, b] = [await createBank(app), await createBank(app)];
  const [x, y] = [await createFirm(app), await createFirm(app)];
  clients = {
    anonymous: app.anonymous,
    bankA: (await app.signIn(Role.BANK, { bankId: a.id })).client,
    bankB: (await app.signIn(Role.BANK, { bankId: b.id })).client,
    finance: app.office,
    firmX: (await app.signIn(Role.FIRM, { firmId: x.id })).client,
    firmY: (await app.signIn(Role.FIRM, { firmId: y.id })).client,
  };
});
afterAll(() => app.close());

it('every query and mutation is allowed to exactly the callers the table names', async () => {
  const table = JSON.parse(fs.readFileSync(TABLE, 'utf8')) as Record<string, string[]>;
  const operations = operationsOf(await getSchema());
  const seen: Record<string, string[]> = {};
  for (const op of operations) {
    seen[op.name] = [];
    for (const actor of ACTORS) {
      const result = await clients[actor].request(op.document, op.variables);
      const denied = result.errors?.some((e) => e.extensions?.deniedBy === 'ROLE');
      if (!denied) seen[op.name].push(actor);
    }
  }
  if (process.env.RECORD_ACCESS_MATRIX) console.log(JSON.stringify(seen, null, 2));
  expect(Object.keys(table).sort()).toEqual(Object.keys(seen).sort());
  for (const name of Object.keys(seen)) expect({ [name]: seen[name] }).toEqual({ [name]: table[name] });
}, 120000);
