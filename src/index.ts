import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { provideDatabase } from './db/database';
import { migrate, openOrm } from './db/orm';
import { startServer } from './server';
import { AUDIENCE, ISSUER, loadSecret } from './modules/auth/tokens';
import { seedIfEmpty } from '../seeds/seed';

const log = (line: string) => console.log(`[parkcredit] ${line}`);

/** Start-up only: config -> database -> migrations -> seed -> HTTP server; and a clean stop. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { url, embedded } = await provideDatabase(config, log);
  const orm = await openOrm(url, { logSql: config.logSql });
  const applied = await migrate(orm);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  if (config.seedOnEmpty) {
    const seeded = await seedIfEmpty(orm);
    if (seeded) log(`loaded the seed data set: ${seeded}`);
  }
  const auth = { secret: loadSecret(process.env, config.dataDir), issuer: ISSUER, audience: AUDIENCE, ttlSeconds: config.tokenTtlSeconds };
  const server = await startServer(orm, { port: config.port, host: config.host, production: config.production, auth, explorer: config.explorer });
  const shown = new URL('graphql', server.url);
  if (['0.0.0.0', '[::]'].includes(shown.hostname)) shown.hostname = 'localhost';
  log(`GraphQL API ready at ${shown}`);
  log(`web console at ${new URL('/', shown)}${config.explorer ? `, API explorer at ${new URL('/explorer', shown)}` : ' (API explorer off)'}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests and stopping`);
    try {
      await server.stop();
      await orm.close(true);
      if (embedded) await embedded.stop();
      log('stopped');
      process.exit(0);
    } catch (e) {
      console.error('[parkcredit] error while stopping', e);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  if (e instanceof ConfigError) console.error(`[parkcredit] configuration error: ${e.message}`);
  else console.error('[parkcredit] failed to start', e);
  process.exit(1);
});
