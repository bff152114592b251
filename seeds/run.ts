import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { provideDatabase } from '../src/db/database';
import { migrate, openOrm } from '../src/db/orm';
import { reseed } from './seed';

/** `npm run seed`: migrate, then empty the catalogue and load the seed data set again. */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[parkcredit seed] ${line}`);
  const config = loadConfig();
  const { url, embedded } = await provideDatabase(config, log);
  const orm = await openOrm(url, { logSql: config.logSql });
  try {
    await migrate(orm);
    log(`loaded: ${await reseed(orm)}`);
  } finally {
    await orm.close(true);
    if (embedded) await embedded.stop();
  }
}

main().catch((e) => {
  console.error('[parkcredit seed] failed', e);
  process.exit(1);
});
