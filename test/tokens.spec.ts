import { randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { Role } from '../src/modules/auth/auth.types';
import { ARGON2, WorkLimiter, passwordWork, verifyPassword } from '../src/modules/auth/password';
import { AUDIENCE, ISSUER } from '../src/modules/auth/tokens';
import { TEST_TOKENS, TestApp } from './helpers/app';
import { createBank, createFirm } from './helpers/factories';
import { BanksDocument, ChangeMyPasswordDocument, CreateApiTokenDocument, LoginDocument, MeDocument, SetUserActiveDocument } from './generated/operations';

/** Issue 11, part 3: tokens and passwords. */
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const storedHash = async (userId: string) =>
  (await app.orm.em.getConnection().execute<{ password_hash: string }[]>('SELECT password_hash FROM app_user WHERE id = ?', [userId]))[0].password_hash;

describe('a token issued before a password change is refused, whatever the second', () => {
  it('refuses the token that changed the password, and one issued just before, three times of three', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const who = await app.signIn(Role.FIRM, { firmId: (await createFirm(app)).id });
      const sameSecond = app.as((await app.anonymous.ok(LoginDocument, { username: who.username, password: who.password })).login.token);
      await who.client.ok(ChangeMyPasswordDocument, { oldPassword: who.password, newPassword: `new-password-${attempt}-x` });
      for (const stale of [who.client, sameSecond]) {
        const r = await stale.request(MeDocument);
        expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(r.data ?? null).toBeNull();
      }
      const fresh = app.as((await app.anonymous.ok(LoginDocument, { username: who.username, password: `new-password-${attempt}-x` })).login.token);
      expect((await fresh.ok(MeDocument)).me.id).toBe(who.userId);
    }
  });

  it('a disabled account enabled again does not bring its old tokens back', async () => {
    const who = await app.signIn(Role.BANK, { bankId: (await createBank(app)).id });
    await app.ok(SetUserActiveDocument, { id: who.userId, active: false });
    await app.ok(SetUserActiveDocument, { id: who.userId, active: true });
    expect((await who.client.request(MeDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = app.as((await app.anonymous.ok(LoginDocument, { username: who.username, password: who.password })).login.token);
    expect((await again.ok(MeDocument)).me.id).toBe(who.userId);
  });
});

describe('changing a password', () => {
  it('is slowed like sign-in after wrong old passwords, and an API token may not do it', async () => {
    const who = await app.signIn(Role.BANK, { bankId: (await createBank(app)).id });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await who.client.fails(ChangeMyPasswordDocument, { oldPassword: `guess-${i}-guess`, newPassword: 'a-new-password-1' })).code);
    expect(codes.slice(0, 3)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    // Even the right old password waits now.
    expect((await who.client.fails(ChangeMyPasswordDocument, { oldPassword: who.password, newPassword: 'a-new-password-1' })).code).toBe('TOO_MANY_ATTEMPTS');

    const other = await app.signIn(Role.BANK, { bankId: (await createBank(app)).id });
    const { createApiToken } = await other.client.ok(CreateApiTokenDocument, { input: { name: '对接', expiresInDays: 30 } });
    const system = app.as(createApiToken.token);
    expect((await system.fails(ChangeMyPasswordDocument, { oldPassword: other.password, newPassword: 'a-new-password-2' })).code).toBe('FORBIDDEN');
    expect((await other.client.ok(ChangeMyPasswordDocument, { oldPassword: other.password, newPassword: 'a-new-password-2' })).changeMyPassword.id).toBe(other.userId);
  });
});

describe('a token signed with the right secret but malformed claims is UNAUTHENTICATED (HTTP 401), never a 500', () => {
  const sign = (claims: Record<string, unknown>, sub: string) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now).setIssuer(ISSUER).setAudience(AUDIENCE).setSubject(sub).setExpirationTime(now + 600).sign(TEST_TOKENS.secret);
  };

  it('refuses each malformed claim, for a public query too', async () => {
    const bank = await createBank(app);
    const who = await app.signIn(Role.BANK, { bankId: bank.id });
    const good = { name: who.username, role: 'BANK', bank: bank.id, firm: null, ver: 0 };
    // The well-formed one works: the cases below differ from it in one claim each.
    expect((await app.as(await sign(good, who.userId)).ok(MeDocument)).me.id).toBe(who.userId);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['subject not an id', good, 'not-an-id'],
      ['subject with SQL', good, "1' OR '1'='1"],
      ['unknown role', { ...good, role: 'ADMIN' }, who.userId],
      ['bank not an id', { ...good, bank: 'x' }, who.userId],
      ['bank a number', { ...good, bank: 7 }, who.userId],
      ['bank user without a bank', { ...good, bank: null }, who.userId],
      ['office with a firm', { ...good, role: 'FINANCE_OFFICE', bank: null, firm: randomUUID() }, who.userId],
      ['no version', { ...good, ver: undefined }, who.userId],
      ['negative version', { ...good, ver: -1 }, who.userId],
      ['version a string', { ...good, ver: '0' }, who.userId],
      ['name not text', { ...good, name: 12 }, who.userId],
      ['an unknown account', good, randomUUID()],
    ];
    for (const [what, claims, sub] of cases) {
      const token = await sign(claims, sub);
      for (const doc of [MeDocument, BanksDocument]) {
        const res = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: (await import('graphql')).print(doc) }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        expect([what, res.status, body.errors?.[0].extensions?.code, body.data ?? null]).toEqual([what, 401, 'UNAUTHENTICATED', null]);
      }
    }
  });
});

describe('passwords: Argon2id at OWASP\'s parameters; older hashes upgraded at sign-in; bounded work', () => {
  it('stores new passwords as Argon2id with m = 19 MiB, t = 2, p = 1', async () => {
    const who = await app.signIn(Role.FINANCE_OFFICE);
    const stored = await storedHash(who.userId);
    expect(stored).toMatch(new RegExp(`^\\$argon2id\\$v=19\\$m=${ARGON2.memoryCost},t=2,p=1\\$`));
    expect(ARGON2.memoryCost).toBe(19 * 1024);
    expect(await verifyPassword(who.password, stored)).toBe(true);
    expect(await verifyPassword(`${who.password}x`, stored)).toBe(false);
  });

  it('a scrypt hash of before still signs in, and is replaced by Argon2id at that sign-in (not after a wrong password)', async () => {
    const who = await app.signIn(Role.FIRM, { firmId: (await createFirm(app)).id });
    const salt = randomBytes(16);
    const legacy = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), scryptSync(who.password.normalize('NFKC'), salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 2 ** 26 }).toString('base64')].join('$');
    await app.orm.em.getConnection().execute('UPDATE app_user SET password_hash = ? WHERE id = ?', [legacy, who.userId]);

    expect((await app.anonymous.fails(LoginDocument, { username: who.username, password: 'not-the-password' })).code).toBe('UNAUTHENTICATED');
    expect(await storedHash(who.userId)).toBe(legacy);

    await app.anonymous.ok(LoginDocument, { username: who.username, password: who.password });
    const upgraded = await storedHash(who.userId);
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(who.password, upgraded)).toBe(true);
    await app.anonymous.ok(LoginDocument, { username: who.username, password: who.password });
  });

  it('30 concurrent sign-ins all answer, never more than the bound hashing at once', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => app.signIn(Role.FINANCE_OFFICE)));
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, passwordWork.stats.running)), 1);
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => app.anonymous.request(LoginDocument, { username: people[i % 6].username, password: people[i % 6].password })),
      );
      expect(results.filter((r) => r.data?.login.token).length).toBe(30);
    } finally {
      clearInterval(sampler);
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(passwordWork.concurrency);
  });

  it('the limiter runs at most its bound at once, in order, and refuses past its queue with SERVICE_UNAVAILABLE', async () => {
    const limiter = new WorkLimiter(2, 3);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gate: Array<() => void> = [];
    const task = (i: number) =>
      limiter.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gate.push(resolve));
        order.push(i);
        running -= 1;
        return i;
      });
    const accepted = [0, 1, 2, 3, 4].map(task);
    await expect(task(5)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 } });
    while (order.length < 5) {
      await new Promise((r) => setImmediate(r));
      gate.shift()?.();
    }
    expect(await Promise.all(accepted)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(limiter.stats).toEqual({ running: 0, waiting: 0 });
  });
});
