import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { consoleRoutes, explorerOnBrowserGet } from './console/serve-console';
import { formatError } from './common/format-error';
import { costLimitRule } from './common/query-cost';
import { createContext, type Context } from './context';
import type { TokenSettings } from './modules/auth/tokens';
import { getSchema } from './schema';

export interface RunningServer {
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop: () => Promise<void>;
}

/**
 * Limits chosen for the queries the platform really serves (the deepest, a pool's ledger with
 * each entry's loan and claim, is 6 levels; the largest, a page of 100 financing demands with
 * their banks and answers, is estimated at about 31,000): generous for those, refusing anything
 * far beyond.
 */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxDirectives: 20, maxCost: 50_000, bodyBytes: '100kb' } as const;

/**
 * The caller's account (or API token) is looked up once the document has been parsed and has
 * passed every limit and validation rule, and before anything executes: a refused document costs
 * no SQL, and a bad credential is refused for the whole request (HTTP 401, no data).
 */
const confirmCallerAfterValidation: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue }) {
        await contextValue.confirm();
      },
    };
  },
};

export async function startServer(orm: MikroORM, opts: { port: number; host?: string; production?: boolean; auth: TokenSettings; explorer?: boolean }): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !!opts.production },
  });
  const protection = armor.protect();
  const server = new ApolloServer<Context>({
    ...protection,
    schema: await getSchema(),
    formatError,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/index.ts): it stops the server first, then the ORM and database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [...(protection.validationRules ?? []), costLimitRule(LIMITS.maxCost)],
    // No cache hints are given (every answer depends on its caller), so the cache-control plugin,
    // which would wrap every field resolver to collect them, is off; `no-store` is set below.
    // Apollo's landing page loads its sandbox from a CDN: off. Browsers get our own explorer (below).
    plugins: [...(protection.plugins ?? []), confirmCallerAfterValidation, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  // The web console and GraphiQL from web/dist; the explorer is off in production unless asked for.
  const consoleOpts = { explorer: opts.explorer ?? !opts.production };
  app.use('/graphql', explorerOnBrowserGet(consoleOpts));
  app.use(
    '/graphql',
    // Answers are the caller's own (a firm's finances, a bank's loans): no cache may keep them.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(server, { context: async ({ req }) => createContext(orm, opts.auth, { headers: req.headers, ip: req.ip ?? req.socket.remoteAddress }) }),
  );
  app.use(consoleRoutes(consoleOpts));
  await new Promise<void>((resolve) => httpServer.listen({ port: opts.port, host: opts.host }, resolve));
  const address = httpServer.address() as { port: number; address: string };
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : 'localhost';
  return { url: `http://${host}:${address.port}/graphql`, stop: () => server.stop() };
}
