import fs from 'node:fs';
import type { EmbeddedDatabase } from '../../src/db/embedded';
import { admin, quoteIdent } from './test-db';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as any).__parkcredit as { embedded?: EmbeddedDatabase; dataDir?: string; build?: string; adminUrl: string; prefix: string } | undefined;
  if (!state) return;
  if (state.build) fs.rmSync(state.build, { recursive: true, force: true });
  if (state.embedded) {
    await state.embedded.stop();
    if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
    return;
  }
  // On a shared server, leave nothing behind.
  await admin(state.adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${state.prefix}%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
  });
}
