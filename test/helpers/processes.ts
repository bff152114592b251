import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_ENV } from '../setup/test-db';

/**
 * Real processes for the operational tests: the compiled server (test/setup/build.ts) spawned as
 * `npm start` would run it, and a PostgreSQL the test owns (embedded, in a temporary folder, on
 * a port of its own) that it can stop and start for real. Traffic goes to 127.0.0.1 only.
 */
export const root = path.join(__dirname, '..', '..');

export function built(file: string): string {
  const dir = process.env[TEST_ENV.build];
  if (!dir) throw new Error('no test build: run through jest (globalSetup)');
  return path.join(dir, file);
}

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Starts the embedded PostgreSQL in a child process (test/helpers/embedded-child.js); resolves with it and its port. */
function embeddedChild(dataDir: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'embedded-child.js'), built('src/db/embedded.js'), dataDir, String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const w = watch(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded PostgreSQL not ready:\n${w.output()}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /READY (\d+)/.exec(w.output());
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    void w.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited with ${code}:\n${w.output()}`));
    });
  });
}

/** A PostgreSQL of the test's own, which it may stop and start again on the same port. */
export class OwnDatabase {
  private constructor(
    private child: ChildProcess | null,
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<OwnDatabase> {
    const dataDir = tempDir('parkcredit-pg-');
    // A port from a range of its own; a free one is taken if it is busy.
    const { child, port } = await embeddedChild(dataDir, 55000 + (process.pid % 2000));
    return new OwnDatabase(child, dataDir, port);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres:parkcredit-local@127.0.0.1:${this.port}/${database}`;
  }

  /** Stops PostgreSQL (a fast shutdown: its connections are closed). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  async restart(): Promise<void> {
    const { child, port } = await embeddedChild(this.dataDir, this.port);
    this.child = child;
    if (port !== this.port) throw new Error('the port was taken while the database was down');
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  base: string;
  /** Everything it printed so far. */
  output: () => string;
  /** Its JSON log lines so far. */
  lines: () => Array<Record<string, any>>;
  exited: Promise<number | null>;
  /** SIGTERM, and the exit code. */
  stop: () => Promise<number | null>;
}

function watch(child: ChildProcess) {
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, any>;
        } catch {
          return {};
        }
      });
  return { output: () => out, lines, exited };
}

/** Starts the compiled server with `env` (PORT 0, 127.0.0.1); resolves once it says where it listens. */
export function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ServerProcess> {
  const full: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  delete full.JEST_WORKER_ID;
  const child = spawn(process.execPath, [built('src/index.js')], { cwd: root, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  const w = watch(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not serving after ${timeoutMs} ms:\n${w.output()}`)), timeoutMs);
    const poll = setInterval(() => {
      const m = /GraphQL API ready at (http:\/\/[^\s"]+)/.exec(w.output());
      if (!m) return;
      clearInterval(poll);
      clearTimeout(timer);
      const url = m[1];
      resolve({
        child,
        url,
        base: new URL(url).origin,
        ...w,
        stop: async () => {
          child.kill('SIGTERM');
          return w.exited;
        },
      });
    }, 25);
    void w.exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving:\n${w.output()}`));
    });
  });
}

/** Runs a compiled command-line script to its end. */
export function runScript(file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<{ code: number | null; out: string }> {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  delete full.JEST_WORKER_ID;
  const child = spawn(process.execPath, [built(file), ...args], { cwd: root, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  const w = watch(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return w.exited.then((code) => {
    clearTimeout(timer);
    return { code, out: w.output() };
  });
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  ms: number;
}

/** One GraphQL request over HTTP, bounded in time. */
export async function post(url: string, query: string, opts: { token?: string | null; variables?: object; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const started = Date.now();
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: opts.variables }), signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, ms: Date.now() - started };
}

/** Waits, bounded in tries and time, until `check` is true. */
export async function eventually(check: () => Promise<boolean>, opts: { tries?: number; everyMs?: number; what: string }): Promise<void> {
  const tries = opts.tries ?? 100;
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 100));
  }
  throw new Error(`not so after ${tries} tries: ${opts.what}`);
}
