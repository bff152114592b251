import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, ForbiddenError, RuleError, UnauthenticatedError, bi } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { check, clean } from '../../common/validation';
import { findOr404, inTransaction } from '../../common/write';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { ApiToken } from './api-token.entity';
import { isFinance, requireActor } from './access';
import type { CreateApiTokenInput, CreateUserInput } from './auth.inputs';
import { Role, type Actor } from './auth.types';
import { LoginThrottle } from './login-throttle.entity';
import { PASSWORD_RULES, dummyHash, hashPassword, needsRehash, passwordWork, verifyPassword } from './password';
import { hashApiToken, newApiToken, signAccessToken, type TokenSettings } from './tokens';
import { User } from './user.entity';

const USERNAME = /^[A-Za-z0-9_.\-]{3,60}$/;

/**
 * Failed sign-ins are slowed down per account and per address: after a few free failures each
 * further one doubles the wait, up to 15 minutes. A success clears the account's count.
 */
const FREE_FAILURES = { account: 3, address: 10 };
const MAX_WAIT_MS = 15 * 60_000;
const waitAfter = (failures: number, free: number) => (failures < free ? 0 : Math.min(1000 * 2 ** (failures - free), MAX_WAIT_MS));

const BAD_LOGIN = () => new UnauthenticatedError(bi('用户名或密码错误', 'wrong username or password'));

export function checkNewUser(input: CreateUserInput): void {
  const c = check();
  c.when(!USERNAME.test(input.username ?? ''), 'username', 'INVALID_USERNAME', bi('用户名须为3到60位字母、数字或 _.-', 'username must be 3 to 60 letters, digits or _.-'));
  c.text('displayName', input.displayName, { max: 60, required: true });
  c.text('password', input.password, { max: PASSWORD_RULES.max, min: PASSWORD_RULES.min, required: true });
  c.when(input.role === Role.BANK && !input.bankId, 'bankId', 'REQUIRED', bi('银行用户须指定所属银行', 'a bank user needs the bank they work for'));
  c.when(input.role === Role.FIRM && !input.firmId, 'firmId', 'REQUIRED', bi('企业用户须指定所属企业', 'a firm user needs the firm they work for'));
  c.when(input.role !== Role.BANK && input.bankId != null, 'bankId', 'NOT_APPLICABLE', bi('只有银行用户有所属银行', 'only a bank user belongs to a bank'));
  c.when(input.role !== Role.FIRM && input.firmId != null, 'firmId', 'NOT_APPLICABLE', bi('只有企业用户有所属企业', 'only a firm user belongs to a firm'));
  c.done();
}

export const AuthService = {
  /** Waits its turn for the password work (password.ts) before it opens a transaction. */
  login(em: EntityManager, settings: TokenSettings, username: string, password: string, ip: string | null) {
    return passwordWork.run(() => AuthService.loginNow(em, settings, username, password, ip));
  },

  async loginNow(em: EntityManager, settings: TokenSettings, username: string, password: string, ip: string | null) {
    const keys = [`user:${(username ?? '').trim().toLowerCase()}`, `ip:${ip ?? 'unknown'}`];
    const now = new Date();
    // One transaction holds the account's and the address's throttle rows locked through the
    // password check, so parallel guesses queue and each sees the failures before it.
    const outcome = await em.transactional(async (tx) => {
      await tx.execute('INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (?, 0, now()), (?, 0, now()) ON CONFLICT (key) DO NOTHING', keys);
      const throttles = await tx.find(LoginThrottle, { key: { $in: keys } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const blocked = throttles.find((t) => t.blockedUntil && t.blockedUntil > now);
      if (blocked) return { blockedSeconds: Math.ceil((blocked.blockedUntil!.getTime() - now.getTime()) / 1000) };
      const user = await tx.findOne(User, { username: (username ?? '').trim() });
      const ok = await verifyPassword(password ?? '', user?.passwordHash ?? (await dummyHash()));
      if (!ok || !user || !user.active) {
        for (const t of throttles) {
          t.failures += 1;
          t.lastFailureAt = now;
          const wait = waitAfter(t.failures, t.key.startsWith('user:') ? FREE_FAILURES.account : FREE_FAILURES.address);
          t.blockedUntil = wait ? new Date(now.getTime() + wait) : null;
        }
        return { failed: true as const };
      }
      const account = throttles.find((t) => t.key === keys[0])!;
      Object.assign(account, { failures: 0, blockedUntil: null });
      user.lastLoginAt = now;
      // A hash made with older parameters is replaced now, while the password is at hand.
      if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(password);
      return { user };
    });
    if ('blockedSeconds' in outcome) {
      const seconds = outcome.blockedSeconds;
      throw new RuleError('TOO_MANY_ATTEMPTS', bi(`登录失败次数过多,请${seconds}秒后再试`, `too many failed sign-ins; try again in ${seconds} s`), { retryAfterSeconds: seconds });
    }
    if ('failed' in outcome) throw BAD_LOGIN();
    const user = outcome.user;
    const { token, expiresAt } = await signAccessToken(settings, { sub: user.id, name: user.username, role: user.role, bank: user.bank?.id ?? null, firm: user.firm?.id ?? null, ver: user.tokenVersion });
    return { token, expiresAt, user };
  },

  async createUser(em: EntityManager, input: CreateUserInput): Promise<User> {
    checkNewUser(input);
    const passwordHash = await passwordWork.run(() => hashPassword(input.password));
    return inTransaction(em, async (tx) => {
      if (await tx.findOne(User, { username: input.username })) {
        throw new ConflictError(bi(`用户名${input.username}已被使用`, `the username ${input.username} is taken`));
      }
      const user = new User(input.username, clean(input.displayName)!, passwordHash, input.role);
      if (input.bankId) user.bank = await findOr404(tx, Bank, input.bankId, NOUN.bank);
      if (input.firmId) user.firm = await findOr404(tx, Firm, input.firmId, NOUN.firm);
      tx.persist(user);
      return user;
    });
  },

  async setActive(em: EntityManager, id: string, active: boolean): Promise<User> {
    return inTransaction(em, async (tx) => {
      const user = await findOr404(tx, User, id, NOUN.user, { lock: true });
      // Disabling signs the account out everywhere: its tokens stay refused if it is enabled again.
      if (user.active && !active) user.tokenVersion += 1;
      user.active = active;
      return user;
    });
  },

  async changePassword(em: EntityManager, actor: Actor | null, oldPassword: string, newPassword: string): Promise<User> {
    const me = requireActor(actor);
    // A system's API token may not take over the account of the person who made it.
    if (me.via === 'api-token') throw new ForbiddenError(bi('API令牌不能修改密码,请本人登录后修改', 'an API token cannot change a password: sign in as the person'));
    const c = check();
    c.text('newPassword', newPassword, { max: PASSWORD_RULES.max, min: PASSWORD_RULES.min, required: true });
    c.done();
    // Guessing the old password is slowed like guessing at sign-in: the same per-account count.
    const key = `user:${me.username.trim().toLowerCase()}`;
    return passwordWork.run(async () => {
      const [throttle] = await em.getConnection().execute<{ blocked_until: string | Date | null }[]>('SELECT blocked_until FROM login_throttle WHERE key = ?', [key]);
      const now = new Date();
      const blockedUntil = throttle?.blocked_until ? new Date(throttle.blocked_until) : null;
      if (blockedUntil && blockedUntil > now) {
        const seconds = Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000);
        throw new RuleError('TOO_MANY_ATTEMPTS', bi(`原密码错误次数过多,请${seconds}秒后再试`, `too many wrong old passwords; try again in ${seconds} s`), { retryAfterSeconds: seconds });
      }
      const current = await em.fork().findOneOrFail(User, me.userId);
      if (!(await verifyPassword(oldPassword, current.passwordHash))) {
        const [{ failures }] = await em.getConnection().execute<{ failures: number }[]>(
          `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (?, 1, now())
           ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = now() RETURNING failures`,
          [key],
        );
        const wait = waitAfter(failures, FREE_FAILURES.account);
        if (wait) await em.getConnection().execute('UPDATE login_throttle SET blocked_until = ? WHERE key = ?', [new Date(now.getTime() + wait), key]);
        throw BadInputError.one('oldPassword', 'WRONG_PASSWORD', bi('原密码不正确', 'the old password is wrong'));
      }
      // Hashed only once the old one is right: a wrong guess costs one hash, not two.
      const passwordHash = await hashPassword(newPassword);
      return inTransaction(em, async (tx) => {
        const user = await tx.findOneOrFail(User, me.userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        // Changed by another request since it was checked: this one's old password is no longer the password.
        if (user.passwordHash !== current.passwordHash) throw BadInputError.one('oldPassword', 'WRONG_PASSWORD', bi('原密码不正确', 'the old password is wrong'));
        user.passwordHash = passwordHash;
        user.passwordChangedAt = new Date();
        // Every token issued before this moment is refused from the next request on, including
        // one issued in the same second (tokens carry the version, not just a time).
        user.tokenVersion += 1;
        await tx.nativeUpdate(LoginThrottle, { key }, { failures: 0, blockedUntil: null });
        return user;
      });
    });
  },


  async createApiToken(em: EntityManager, actor: Actor | null, input: CreateApiTokenInput): Promise<{ token: string; apiToken: ApiToken }> {
    const me = requireActor(actor);
    const c = check();
    c.text('name', input.name, { max: 60, required: true });
    c.int('expiresInDays', input.expiresInDays, 1, 730);
    c.done();
    const token = newApiToken();
    const apiToken = await inTransaction(em, async (tx) => {
      const user = await tx.findOneOrFail(User, me.userId);
      const t = new ApiToken(user, clean(input.name)!, hashApiToken(token), token.slice(0, 10));
      t.expiresAt = new Date(Date.now() + (input.expiresInDays ?? 365) * 86_400_000);
      tx.persist(t);
      return t;
    });
    return { token, apiToken };
  },

  async revokeApiToken(em: EntityManager, actor: Actor | null, id: string): Promise<ApiToken> {
    const me = requireActor(actor);
    return inTransaction(em, async (tx) => {
      const token = await findOr404(tx, ApiToken, id, NOUN.apiToken, { lock: true, scope: isFinance(me) ? {} : { user: me.userId } });
      if (!token.revokedAt) token.revokedAt = new Date();
      return token;
    });
  },

  myApiTokens: (em: EntityManager, actor: Actor | null) => em.find(ApiToken, { user: requireActor(actor).userId }, { orderBy: { createdAt: 'desc' } }),
};
