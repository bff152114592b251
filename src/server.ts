import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { clientErrorsPlugin, formatError } from './common/format-error';
import { consoleRoutes, explorerOnBrowserGet } from './console/serve-console';
import { checkOperationArguments } from './common/input-rules';
import { costLimitRule } from './common/query-cost';
import { createContext, type Context } from './context';
import type { TokenSettings } from './modules/auth/tokens';
import { getSchema } from './schema';
import { spreadsheetRouter } from './modules/spreadsheet/routes';
import { MIGRATIONS } from './migrations';
import { ConnectionDrain } from './ops/drain';
import { checkReadiness } from './ops/health';
import { log } from './ops/log';
import { registry, watchGate, watchPool, type PoolView } from './ops/metrics';
import { observePlugin } from './ops/observe';
import { REQUEST_ID_FORM, requestFacts, type RequestFacts } from './ops/request-context';
import { WriteGate } from './ops/write-gate';

export interface RunningServer {
  url: string;
  /** Where GET /metrics answers (the API's own port unless METRICS_PORT moved it). */
  metricsUrl: string;
  /**
   * Stops taking connections, answers every request already received (read or not), closes
   * idle keep-alive connections, then stops Apollo; past the drain deadline, cuts what is left.
   */
  stop: () => Promise<void>;
}

export interface ServerOptions {
  port: number;
  host?: string;
  production?: boolean;
  auth: TokenSettings;
  /** Serve /metrics on this port instead of `port` (0: any free port). */
  metricsPort?: number | null;
  /** Connections kept for reads (writes may hold the rest); default 2. */
  poolReservedForReads?: number;
  /** How long a write waits for a write slot; default 60 s (the server passes DB_ACQUIRE_TIMEOUT_MS). */
  writeWaitMs?: number;
  /** How long stop() may take; default 15 s. */
  drainTimeoutMs?: number;
  /** Timeout of GET /readyz's database check; default 2 s. */
  readyTimeoutMs?: number;
  /** Serve GraphiQL at /explorer and for browsers at GET /graphql; default: unless production. */
  explorer?: boolean;
}

/** Writes one JSON line per GraphQL request: id, operation, caller, outcome, SQL count, duration. */
function requestLogger() {
  const summary = (req: http.IncomingMessage, res: http.ServerResponse, val: object) => {
    const f = (req as { facts?: RequestFacts }).facts;
    const code = f?.code ?? (res.statusCode >= 400 ? `HTTP_${res.statusCode}` : 'OK');
    return { ...val, requestId: f?.id ?? String((req as { id?: unknown }).id), operation: f?.operation ?? null, type: f?.operationType ?? null, role: f?.role ?? null, userId: f?.userId ?? null, code, sql: f?.sql ?? 0 };
  };
  return pinoHttp({
    logger: log,
    genReqId(req, res) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID_FORM.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // Probes and scrapes come every few seconds: only the API's requests are logged.
    autoLogging: { ignore: (req) => !(req.url ?? '').startsWith('/graphql') },
    serializers: {
      req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({ method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? (res.statusCode === 503 ? 'warn' : 'error') : 'info'),
    customSuccessObject: summary,
    customErrorObject: (req, res, _err, val) => summary(req, res, val),
    customSuccessMessage: (req, res, ms) => `${(req as { facts?: RequestFacts }).facts?.operation ?? req.method} ${res.statusCode} in ${ms} ms`,
    customErrorMessage: (req, res) => `${(req as { facts?: RequestFacts }).facts?.operation ?? req.method} ${res.statusCode}`,
  });
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
      async didResolveOperation({ contextValue, schema, document, operation, request }) {
        // Every root field's arguments first: one bad input refuses the whole document, before any field runs.
        if (operation) checkOperationArguments(schema, document, operation, request.variables);
        await contextValue.confirm();
      },
    };
  },
};

/** Listens, or fails with the reason (a port already taken), instead of an unhandled 'error' event. */
function listen(server: http.Server, port: number, host?: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} is already in use${host ? ` on ${host}` : ''}: set PORT (or METRICS_PORT) to a free one` : e.message));
    server.once('error', fail);
    server.listen({ port, host }, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

export async function startServer(orm: MikroORM, opts: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const drain = new ConnectionDrain(httpServer);
  const poolMax = Number((orm.config.get('pool') as { max?: number } | undefined)?.max ?? 10);
  const gate = new WriteGate(Math.max(1, poolMax - (opts.poolReservedForReads ?? 2)), opts.writeWaitMs ?? 60_000);
  const unwatchGate = watchGate(gate);
  const knexPool = (orm.em.getConnection().getKnex().client as { pool?: PoolView }).pool;
  const unwatchPool = knexPool ? watchPool(knexPool) : () => undefined;
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
    // No automatic persisted queries: every document is sent whole (a mismatched hash was an internal error).
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    validationRules: [...(protection.validationRules ?? []), costLimitRule(LIMITS.maxCost)],
    // No cache hints are given (every answer depends on its caller), so the cache-control plugin,
    // which would wrap every field resolver to collect them, is off; `no-store` is set below.
    // clientErrorsPlugin first: client mistakes (armor's token limit included) are HTTP 400 with a code, never 500.
    // The drain is ours (src/ops/drain.ts): Apollo's would reset connections whose requests are not yet read.
    // Apollo's landing page loads its sandbox from a CDN: off. Browsers get our own explorer (below).
    plugins: [clientErrorsPlugin(), ...(protection.plugins ?? []), confirmCallerAfterValidation, observePlugin(gate), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();
  app.use(requestLogger());
  // The process answers: for a liveness probe. No database work.
  app.get('/healthz', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ status: 'ok' });
  });
  // The database answers and every migration is applied: for the load balancer.
  app.get('/readyz', async (_req, res) => {
    const url = String(orm.config.get('clientUrl'));
    const r = await checkReadiness({ url, timeoutMs: opts.readyTimeoutMs ?? 2000, migrations: MIGRATIONS.map((m) => m.name), draining: drain.isDraining });
    res.setHeader('cache-control', 'no-store');
    res.status(r.ready ? 200 : 503).json({ status: r.ready ? 'ready' : 'unavailable', ...r });
  });
  const metrics = async (_req: express.Request, res: express.Response) => {
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(await registry.metrics());
  };
  let metricsServer: http.Server | null = null;
  if (opts.metricsPort === undefined || opts.metricsPort === null) app.get('/metrics', metrics);
  else {
    const metricsApp = express();
    metricsApp.disable('x-powered-by');
    metricsApp.get('/metrics', metrics);
    metricsServer = http.createServer(metricsApp);
    await listen(metricsServer, opts.metricsPort!, opts.host);
  }
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
    // From here on, the request's facts follow every await (the SQL count, the error's requestId).
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      const facts: RequestFacts = { id: String(req.id), operation: null, operationType: null, role: null, userId: null, code: null, sql: 0 };
      (req as { facts?: RequestFacts }).facts = facts;
      requestFacts.run(facts, next);
    },
    expressMiddleware(server, { context: async ({ req }) => createContext(orm, opts.auth, { headers: req.headers, ip: req.ip ?? req.socket.remoteAddress }) }),
  );
  // A body express could not read (malformed JSON, too large, an unsupported charset) is answered
  // like every other refusal: JSON with a code and both languages, not express's HTML page.
  app.use('/graphql', (err: { status?: number; type?: string } | undefined, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err || res.headersSent) return next(err);
    const [status, code, zh, en]: [number, string, string, string] =
      err.type === 'entity.too.large'
        ? [413, 'PAYLOAD_TOO_LARGE', `请求体超过${LIMITS.bodyBytes}上限`, `the request body is over the ${LIMITS.bodyBytes} limit`]
        : err.type === 'charset.unsupported' || err.type === 'encoding.unsupported'
          ? [415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为UTF-8编码的JSON', 'the request body must be JSON in UTF-8']
          : [400, 'BAD_REQUEST', '请求体不是有效的JSON,请检查引号、逗号与括号', 'the request body is not valid JSON: check its quotes, commas and brackets'];
    res.status(err.status && err.status >= 400 && err.status < 500 ? err.status : status).json({
      errors: [{ message: `${zh} / ${en}`, extensions: { code, messageZh: zh, messageEn: en, requestId: String(req.id ?? '') } }],
    });
  });
  // Excel files in and out (issue 18): /exports/*.xlsx and /imports/*, same sign-in and access rules.
  app.use(spreadsheetRouter(orm, opts.auth));
  // The web console: last, it answers the addresses nothing above took.
  app.use(consoleRoutes(consoleOpts));
  await listen(httpServer, opts.port, opts.host);
  const address = httpServer.address() as { port: number; address: string };
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : 'localhost';
  const metricsAddress = (metricsServer?.address() as { port: number } | null)?.port ?? address.port;
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      await drain.drain(opts.drainTimeoutMs ?? 15_000);
      await server.stop();
      if (metricsServer) await new Promise<void>((resolve) => metricsServer!.close(() => resolve()));
      unwatchGate();
      unwatchPool();
    })());
  return { url: `http://${host}:${address.port}/graphql`, metricsUrl: `http://${host}:${metricsAddress}/metrics`, stop };
}
