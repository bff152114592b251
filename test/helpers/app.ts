import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CountingLogger, openOrm } from '../../src/db/orm';
import { startServer, type RunningServer } from '../../src/server';
import { TEST_ENV, admin, quoteIdent, urlFor } from '../setup/test-db';

export interface GqlResult<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/**
 * One test file's world: its own copy of the migrated template database, the real ORM and the
 * real Apollo server listening on a free port. Requests go over HTTP like any client's.
 */
export class TestApp {
  private constructor(
    readonly orm: MikroORM,
    readonly server: RunningServer,
    readonly database: string,
    private readonly adminUrl: string,
  ) {}

  static async start(): Promise<TestApp> {
    const adminUrl = process.env[TEST_ENV.adminUrl];
    const template = process.env[TEST_ENV.template];
    const prefix = process.env[TEST_ENV.prefix];
    if (!adminUrl || !template || !prefix) throw new Error('test database not prepared: run through jest (globalSetup)');
    const database = `${prefix}${randomBytes(4).toString('hex')}`;
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`));
    const orm = await openOrm(urlFor(adminUrl, database), { poolMax: 20 });
    const server = await startServer(orm, { port: 0, host: '127.0.0.1' });
    return new TestApp(orm, server, database, adminUrl);
  }

  get url(): string {
    return this.server.url;
  }

  /** Sends one operation over HTTP and returns the parsed body. */
  async request<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<GqlResult<TData>> {
    const res = await fetch(this.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return (await res.json()) as GqlResult<TData>;
  }

  /** Like request(), but fails the test on any error and returns the data. */
  async ok<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData> {
    const result = await this.request(doc, variables);
    if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as TData;
  }

  /** Expects the operation to fail; returns the first error's code and the whole error. */
  async fails<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<{ code: string; error: GraphQLFormattedError }> {
    const result = await this.request(doc, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
    const error = result.errors[0];
    return { code: String(error.extensions?.code), error };
  }

  /** How many SQL statements the ORM sent while `work` ran. */
  async countStatements(work: () => Promise<unknown>): Promise<number> {
    const before = CountingLogger.statements;
    await work();
    return CountingLogger.statements - before;
  }

  /** Row counts of every table, to show that a refused write left no trace. */
  async snapshot(): Promise<Record<string, number>> {
    const conn = this.orm.em.getConnection();
    const tables = (await conn.execute<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'mikro_orm_migrations' ORDER BY tablename`)).map((r) => r.tablename);
    const out: Record<string, number> = {};
    for (const t of tables) {
      const [row] = await conn.execute<{ n: string; changed: string | null }[]>(`SELECT count(*)::text AS n, max(updated_at)::text AS changed FROM ${quoteIdent(t)}`).catch(() => conn.execute<{ n: string; changed: null }[]>(`SELECT count(*)::text AS n, NULL AS changed FROM ${quoteIdent(t)}`));
      out[t] = Number(row.n);
      if (row.changed) out[`${t}.updated_at`] = Date.parse(row.changed);
    }
    return out;
  }

  async close(): Promise<void> {
    await this.server.stop();
    await this.orm.close(true);
    await admin(this.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(this.database)} WITH (FORCE)`));
  }
}
