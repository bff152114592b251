import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes as bytes } from 'node:crypto';
import { CountingLogger, openOrm } from '../../src/db/orm';
import { startServer, type RunningServer } from '../../src/server';
import { AuthService } from '../../src/modules/auth/auth.service';
import { Role } from '../../src/modules/auth/auth.types';
import { AUDIENCE, ISSUER, signAccessToken, type TokenSettings } from '../../src/modules/auth/tokens';
import { TEST_ENV, admin, quoteIdent, urlFor } from '../setup/test-db';

export interface GqlResult<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** A caller: a bearer token, or none for an anonymous client. */
export class Client {
  constructor(
    readonly url: string,
    readonly token: string | null,
  ) {}

  /** Sends one operation over HTTP and returns the parsed body. */
  async request<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<GqlResult<TData>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query: print(doc), variables }) });
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
}

export const TEST_TOKENS: TokenSettings = { secret: new TextEncoder().encode('test-secret-'.padEnd(48, 'x')), issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 };

/**
 * One test file's world: its own copy of the migrated template database, the real ORM and the
 * real Apollo server listening on a free port. Requests go over HTTP like any client's.
 */
export class TestApp {
  /** The finance office: the default caller of ok(), fails() and request(). */
  readonly office: Client;
  readonly anonymous: Client;

  private constructor(
    readonly orm: MikroORM,
    readonly server: RunningServer,
    readonly database: string,
    private readonly adminUrl: string,
    officeToken: string,
  ) {
    this.office = new Client(server.url, officeToken);
    this.anonymous = new Client(server.url, null);
  }

  static async start(): Promise<TestApp> {
    const adminUrl = process.env[TEST_ENV.adminUrl];
    const template = process.env[TEST_ENV.template];
    const prefix = process.env[TEST_ENV.prefix];
    if (!adminUrl || !template || !prefix) throw new Error('test database not prepared: run through jest (globalSetup)');
    const database = `${prefix}${randomBytes(4).toString('hex')}`;
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`));
    const orm = await openOrm(urlFor(adminUrl, database), { poolMax: 20 });
    const server = await startServer(orm, { port: 0, host: '127.0.0.1', auth: TEST_TOKENS });
    const app = new TestApp(orm, server, database, adminUrl, '');
    const office = await app.signIn(Role.FINANCE_OFFICE);
    Object.assign(app, { office: office.client });
    return app;
  }

  /** A new account of that role (for BANK and FIRM, of that organisation) and a client signed in as it. */
  async signIn(role: Role, org: { bankId?: string; firmId?: string } = {}): Promise<{ client: Client; userId: string; username: string; password: string }> {
    const username = `${role.toLowerCase()}-${bytes(4).toString('hex')}`;
    const password = `pw-${bytes(8).toString('hex')}`;
    const user = await AuthService.createUser(this.orm.em.fork(), { username, displayName: username, password, role, bankId: org.bankId ?? null, firmId: org.firmId ?? null });
    const { token } = await signAccessToken(TEST_TOKENS, { sub: user.id, name: username, role, bank: org.bankId ?? null, firm: org.firmId ?? null, ver: user.tokenVersion });
    return { client: new Client(this.server.url, token), userId: user.id, username, password };
  }

  as(token: string | null): Client {
    return new Client(this.server.url, token);
  }

  get url(): string {
    return this.server.url;
  }

  request<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<GqlResult<TData>> {
    return this.office.request(doc, variables);
  }

  ok<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData> {
    return this.office.ok(doc, variables);
  }

  fails<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<{ code: string; error: GraphQLFormattedError }> {
    return this.office.fails(doc, variables);
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
