import fs from 'node:fs';
import path from 'node:path';
import { TestApp } from './helpers/app';

/**
 * The entities and the committed migrations agree: what MikroORM's schema diff (the same one
 * `npx mikro-orm migration:create` and `migration:check` use) would change in a database built by
 * the migrations. Known drift is listed in test/schema-drift.known.sql: objects the migrations
 * make by hand that the entities do not describe (check constraints, partial and expression
 * indexes, the catalogue_version table, a generated column). Anything else, such as an entity
 * changed without a migration, fails here.
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const KNOWN = path.join(__dirname, 'schema-drift.known.sql');
const statements = (sql: string) =>
  sql
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('--'));

it('the schema diff between the entities and the migrated database holds only the known, listed drift', async () => {
  const diff = statements(await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false }));
  if (process.env.UPDATE_SCHEMA_DRIFT) fs.writeFileSync(KNOWN, `-- Known drift (see test/schema-drift.spec.ts); regenerate with UPDATE_SCHEMA_DRIFT=1.\n${diff.sort().join('\n')}\n`);
  const known = statements(fs.readFileSync(KNOWN, 'utf8'));
  expect(diff.filter((s) => !known.includes(s))).toEqual([]);
  // Fixed drift is taken off the list, so that the list only shrinks.
  expect(known.filter((s) => !diff.includes(s))).toEqual([]);
  // The tables added for operations are described exactly.
  expect(diff.filter((s) => s.includes('app_secret'))).toEqual([]);
});
