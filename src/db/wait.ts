import { Client } from 'pg';
import { maskUrl } from '../config';

export class DatabaseUnreachableError extends Error {}

/**
 * Start-up: tries the database until it answers SELECT 1, backing off (0.25 s doubling to 5 s),
 * one log line per failed try; after `waitSeconds` gives up with a one-line reason.
 */
export async function waitForDatabase(url: string, opts: { waitSeconds: number; connectTimeoutMs: number; log: (line: string) => void }): Promise<void> {
  const started = Date.now();
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: opts.connectTimeoutMs });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) opts.log(`the database answers (try ${attempt})`);
      return;
    } catch (e) {
      const why = maskUrl(String((e as Error)?.message || e)).split('\n')[0] || 'no answer';
      const elapsed = Date.now() - started;
      if (elapsed + delay > opts.waitSeconds * 1000) {
        throw new DatabaseUnreachableError(`the database at ${maskUrl(url)} did not answer within ${opts.waitSeconds} s (${attempt} tries; last: ${why})`);
      }
      opts.log(`the database at ${maskUrl(url)} does not answer (try ${attempt}: ${why}); trying again in ${(delay / 1000).toFixed(2)} s`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 5000);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
