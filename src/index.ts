import 'reflect-metadata';
import { ConfigError, loadConfig, maskUrl } from './config';
import { provideDatabase } from './db/database';
import { migrate, openOrm } from './db/orm';
import { DatabaseUnreachableError, waitForDatabase } from './db/wait';
import { configureLog, log } from './ops/log';
import { startServer } from './server';
import { AUDIENCE, ISSUER, loadSecret } from './modules/auth/tokens';
import { seedIfEmpty } from '../seeds/seed';

const info = (line: string) => log.info(line);

/** Start-up only: config -> database (retried) -> migrations -> seed -> secret -> HTTP server; and the drain on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  configureLog(config.logLevel);
  const { url, embedded } = await provideDatabase(config, info, { ownSignals: true });
  let stopping = false;
  // A signal during start-up: stop the embedded database we started, and leave.
  const early = () => {
    if (stopping) return;
    stopping = true;
    void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
  };
  process.once('SIGTERM', early);
  process.once('SIGINT', early);
  // A start-up that fails from here on (the port taken, say) stops the embedded database it
  // started, so the next start does not find it "already running".
  const started = await startUp(config, url).catch(async (e) => {
    await embedded?.stop().catch(() => undefined);
    throw e;
  });
  const { orm, server } = started;
  process.off('SIGTERM', early);
  process.off('SIGINT', early);
  const shown = new URL('graphql', server.url);
  if (['0.0.0.0', '[::]'].includes(shown.hostname)) shown.hostname = 'localhost';
  log.info({ url: shown.toString(), metrics: server.metricsUrl, database: maskUrl(url) }, `GraphQL API ready at ${shown} (metrics at ${server.metricsUrl})`);
  info(`web console at ${new URL('/', shown)}${config.explorer ? `, API explorer at ${new URL('/explorer', shown)}` : ' (API explorer off)'}`);

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: draining (answering every request received, up to ${config.drainTimeoutMs} ms), then stopping`);
    try {
      await server.stop();
      await orm.close(true);
      if (embedded) await embedded.stop();
      log.info('stopped');
      log.flush?.();
      process.exit(0);
    } catch (e) {
      log.error({ err: e }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** Migrations, seed, secret and the HTTP server, once the database answers. */
async function startUp(config: ReturnType<typeof loadConfig>, url: string) {
  await waitForDatabase(url, { waitSeconds: config.startupWaitSeconds, connectTimeoutMs: config.db.connectTimeoutMs, log: info });
  const orm = await openOrm(url, { logSql: config.logSql, limits: config.db });
  try {
    const applied = await migrate(orm);
    if (applied.length) info(`applied migrations: ${applied.join(', ')}`);
    if (config.seedOnEmpty) {
      const seeded = await seedIfEmpty(orm);
      if (seeded) info(`loaded the seed data set: ${seeded}`);
    }
    const secret = await loadSecret(config, orm.em.fork());
    const auth = { secret, issuer: ISSUER, audience: AUDIENCE, ttlSeconds: config.tokenTtlSeconds };
    const server = await startServer(orm, {
      port: config.port,
      host: config.host,
      production: config.production,
      auth,
      metricsPort: config.metricsPort,
      poolReservedForReads: config.db.poolReservedForReads,
      writeWaitMs: config.db.acquireTimeoutMs,
      drainTimeoutMs: config.drainTimeoutMs,
      readyTimeoutMs: Math.min(2000, config.db.connectTimeoutMs),
      explorer: config.explorer,
    });
    return { orm, server };
  } catch (e) {
    await orm.close(true).catch(() => undefined);
    throw e;
  }
}

main().catch((e) => {
  // One line, never a stack trace: the operator needs the reason.
  const reason = e instanceof ConfigError ? `configuration error: ${e.message}` : e instanceof DatabaseUnreachableError ? `could not start: ${e.message}` : `could not start: ${maskUrl(String((e as Error)?.message ?? e)).split('\n')[0]}`;
  log.debug({ err: e }, 'start-up failure in full');
  log.fatal(reason);
  log.flush?.();
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 50).unref();
});
