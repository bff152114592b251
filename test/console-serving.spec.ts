/**
 * How the server hands out the web console and the API explorer (no browser needed): one origin,
 * nothing from a CDN, the explorer off in production unless EXPLORER=on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { startServer, type RunningServer } from '../src/server';
import { openOrm } from '../src/db/orm';
import type { MikroORM } from '@mikro-orm/postgresql';
import { TEST_TOKENS } from './helpers/app';
import { TEST_ENV, admin, quoteIdent, urlFor } from './setup/test-db';
import { ensureConsoleBuilt } from './browser/browser';

const dist = path.join(__dirname, '..', 'web', 'dist');
let orm: MikroORM;
let database: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  ensureConsoleBuilt();
  const adminUrl = process.env[TEST_ENV.adminUrl]!;
  database = `${process.env[TEST_ENV.prefix]}serving`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(process.env[TEST_ENV.template]!)}`));
  orm = await openOrm(urlFor(adminUrl, database));
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await orm.close(true);
  await admin(process.env[TEST_ENV.adminUrl]!, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
});

async function serve(opts: { production?: boolean; explorer?: boolean }): Promise<string> {
  const server = await startServer(orm, { port: 0, host: '127.0.0.1', auth: TEST_TOKENS, ...opts });
  servers.push(server);
  return new URL('/', server.url).toString();
}

const page = (url: string, accept = 'text/html,application/xhtml+xml') => fetch(url, { headers: { accept } });

describe('the console on the API\'s origin', () => {
  it('serves the console at / and at each of its addresses, with a policy that lets a page reach no other host', async () => {
    const base = await serve({});
    const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    for (const address of ['', 'products/00000000-0000-4000-8000-000000000000', 'handbook', 'login', 'firm', 'firm/matches', 'firm/demands', 'firm/profile']) {
      const res = await page(base + address);
      expect([address, res.status]).toEqual([address, 200]);
      expect(await res.text()).toBe(index);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    }
    // Every script and style the page names is on this origin, and is served.
    const assets = [...index.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((a) => !a.startsWith('data:'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.startsWith('/assets/')).toBe(true);
      const res = await fetch(base + asset.slice(1));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    expect((await fetch(base + 'assets/missing.js')).status).toBe(404);
  });

  it('gives a browser\'s GET of /graphql GraphiQL from the build, never Apollo\'s CDN page; JSON clients still get the API', async () => {
    const base = await serve({});
    const explorer = fs.readFileSync(path.join(dist, 'explorer.html'), 'utf8');
    for (const address of ['graphql', 'explorer']) {
      const res = await page(base + address);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toBe(explorer);
      expect(html).not.toMatch(/apollographql|cdn\.|googleapis|https?:\/\//);
    }
    const api = await fetch(base + 'graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps the explorer off in production unless EXPLORER=on', async () => {
    const off = await serve({ production: true });
    for (const address of ['graphql', 'explorer']) {
      const res = await page(off + address);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('EXPLORER=on');
    }
    expect((await page(off)).status).toBe(200);
    const on = await serve({ production: true, explorer: true });
    expect((await page(on + 'explorer')).status).toBe(200);

    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', EXPLORER: 'on' }).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'off' }).explorer).toBe(false);
    expect(() => loadConfig({ EXPLORER: 'maybe' })).toThrow('EXPLORER must be on or off; got "maybe"');
  });
});
