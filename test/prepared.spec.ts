import { TestApp } from './helpers/app';
import { executePrepared } from '../src/db/prepared';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

describe('executePrepared', () => {
  it('prepares the statement once on its connection, reuses it, and counts each run', async () => {
    const sql = 'SELECT ?::int + 1 AS n, ?::text AS s';
    await app.orm.em.fork().transactional(async (tx) => {
      // One transaction: one connection, whose prepared statements PostgreSQL lists.
      const before = await app.countStatements(async () => {
        expect(await executePrepared<{ n: number; s: string }>(tx, 'test_prepared', sql, [1, 'a'])).toEqual([{ n: 2, s: 'a' }]);
        expect(await executePrepared<{ n: number; s: string }>(tx, 'test_prepared', sql, [41, '两'])).toEqual([{ n: 42, s: '两' }]);
      });
      expect(before).toBe(2);
      const listed = await tx.getConnection().execute<{ name: string; statement: string }[]>(
        `SELECT name, statement FROM pg_prepared_statements WHERE name = 'test_prepared'`,
        [],
        'all',
        tx.getTransactionContext(),
      );
      expect(listed).toEqual([{ name: 'test_prepared', statement: 'SELECT $1::int + 1 AS n, $2::text AS s' }]);
    });
  });
});
