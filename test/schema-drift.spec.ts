import { TestApp } from './helpers/app';

/**
 * The entities and the committed migrations agree: MikroORM's schema diff (the same one
 * `npx mikro-orm migration:create` and `migration:check` use) finds nothing to change in a
 * database built by the migrations. The entities describe what the migrations make by hand as
 * well: check constraints (@Check, in the form PostgreSQL stores them where its own rewriting
 * differs from the migration's text, e.g. `between` and `in`), partial and covering indexes
 * (@Index with the migration's `create index` statement), the catalogue_version table (an entity
 * outside the GraphQL schema). An entity changed without a migration, or a migration without the
 * entity change, fails here.
 */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const statements = (sql: string) =>
  sql
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('--'));

it('the schema diff between the entities and the migrated database is empty', async () => {
  const diff = statements(await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false }));
  expect(diff).toEqual([]);
});

it('the diff is not blind: a check constraint, a partial index and a table the entities do not describe, and a changed check, are reported', async () => {
  const conn = app.orm.em.getConnection();
  await conn.execute(`alter table "firm" drop constraint "firm_kv_score_range"`);
  await conn.execute(`alter table "firm" add constraint "firm_kv_score_range" check ("knowledge_value_score" is null or "knowledge_value_score" between 0 and 99)`);
  await conn.execute(`create table "drift_probe" ("id" int primary key)`);
  await conn.execute(`alter table "firm" add constraint "firm_drift_probe" check ("employees" < 1000000000)`);
  await conn.execute(`create index "firm_drift_probe_index" on "firm" ("name") where "is_fictional"`);
  try {
    const diff = statements(await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false }));
    expect(diff).toEqual(
      expect.arrayContaining([
        expect.stringContaining('drop table if exists "drift_probe"'),
        expect.stringContaining('drop constraint firm_drift_probe'),
        expect.stringContaining('drop index "firm_drift_probe_index"'),
        expect.stringContaining('add constraint firm_kv_score_range check("knowledge_value_score" is null or "knowledge_value_score" >= 0 and "knowledge_value_score" <= 100)'),
      ]),
    );
  } finally {
    await conn.execute(`drop index "firm_drift_probe_index"`);
    await conn.execute(`alter table "firm" drop constraint "firm_drift_probe"`);
    await conn.execute(`drop table "drift_probe"`);
    await conn.execute(`alter table "firm" drop constraint "firm_kv_score_range"`);
    await conn.execute(`alter table "firm" add constraint "firm_kv_score_range" check ("knowledge_value_score" is null or "knowledge_value_score" between 0 and 100)`);
  }
  expect(statements(await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false }))).toEqual([]);
});
