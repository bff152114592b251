import pino, { type Logger } from 'pino';

/**
 * The process's one logger: JSON lines (one object per line) for log shipping, readable lines
 * through pino-pretty when standard output is a terminal. Passwords, tokens and the
 * authorization header are redacted wherever they appear in a logged object.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'password',
  'token',
  '*.password',
  '*.token',
  '*.newPassword',
  '*.oldPassword',
  'variables.password',
  'variables.*.password',
];

function build(level: string, pretty: boolean): Logger {
  const options = { level, base: { service: 'parkcredit', pid: process.pid }, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime };
  if (!pretty) return pino(options);
  // pino-pretty in this thread (no worker), only for a person at a terminal.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pinoPretty = require('pino-pretty') as (o: object) => NodeJS.WritableStream;
  return pino(options, pinoPretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }) as never);
}

/** Silent inside jest's own process (its tests read the answers, not the log); configured at start-up otherwise. */
export let log: Logger = build(process.env.JEST_WORKER_ID ? 'silent' : process.env.LOG_LEVEL || 'info', false);

export function configureLog(level: string, pretty = !!process.stdout.isTTY): Logger {
  log = build(level, pretty);
  return log;
}
