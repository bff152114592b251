import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import os from 'node:os';
import { Algorithm, hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { AppError, bi } from '../../common/errors';

/**
 * Passwords: Argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), a random
 * 16-byte salt, stored in the PHC string format ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"),
 * which carries its own parameters so they can be raised later.
 *
 * Hashes written before this (scrypt at N = 2^15, below OWASP's scrypt minimum of N = 2^17) are
 * still verified, and replaced by an Argon2id hash at the account's next successful sign-in
 * (needsRehash).
 */
export const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2Hash(password.normalize('NFKC'), ARGON2);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const normalized = password.normalize('NFKC');
  if (stored.startsWith('$argon2')) {
    try {
      return await argon2Verify(stored, normalized);
    } catch {
      return false; // a malformed stored hash verifies nothing
    }
  }
  if (stored.startsWith('scrypt$')) return verifyLegacyScrypt(normalized, stored);
  return false;
}

/** Whether a stored hash was made with other (older) parameters than today's. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`);
}

/** "scrypt$N$r$p$salt$hash", as written before Argon2id. Bounded parameters: a stored row cannot ask for gigabytes. */
function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, hash] = stored.split('$');
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (!hash || ![N, R, P].every(Number.isInteger) || N > 2 ** 17 || R > 16 || P > 4) return Promise.resolve(false);
  const expected = Buffer.from(hash, 'base64');
  return new Promise((resolve) =>
    scryptCb(password, Buffer.from(salt, 'base64'), expected.length, { N, r: R, p: P, maxmem: 256 * N * R }, (err, key) =>
      resolve(!err && key.length === expected.length && timingSafeEqual(key, expected)),
    ),
  );
}

/** A hash to verify against when the user does not exist, so both cases take the same time. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword(randomBytes(16).toString('hex')));

export const PASSWORD_RULES = { min: 10, max: 128 };

/**
 * Bounds the password work running at once. Each Argon2id hash takes 19 MiB and a thread for
 * tens of milliseconds; a burst of sign-ins would otherwise take memory and the thread pool
 * without limit. Work past the bound waits its turn (before any database transaction opens);
 * past the queue's bound it is refused at once as a busy service, to be retried.
 */
export class WorkLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {}

  get stats() {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new AppError('SERVICE_UNAVAILABLE', bi('登录请求过多,请稍后重试', 'too many sign-ins at once; try again in a moment'), {
          retryAfterSeconds: 1,
          http: { status: 503, headers: new Map([['retry-after', '1']]) },
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next in line
      else this.running -= 1;
    }
  }
}

/** As many at once as there are cores (at least 2): 2 × 19 MiB here. */
export const passwordWork = new WorkLimiter(Math.max(2, os.availableParallelism()), 200);
