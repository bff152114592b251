import { SignJWT } from 'jose';
import { Dec } from '../src/common/decimal';
import { CountingLogger } from '../src/db/orm';
import { Role } from '../src/modules/auth/auth.types';
import { AUDIENCE, ISSUER } from '../src/modules/auth/tokens';
import { Client, TEST_TOKENS, TestApp } from './helpers/app';
import { createBank, createBranch, createFirm, createProduct, creditCode } from './helpers/factories';
import { enrolledLoan, key, poolWithProduct, recordLoan, today } from './helpers/pools';
import {
  AuditEventsDocument,
  BanksDocument,
  ChangeMyPasswordDocument,
  CompensationClaimDocument,
  CreateApiTokenDocument,
  CreateIpAssetDocument,
  CreateProductDocument,
  DeclareLoanDefaultDocument,
  EnrolLoanDocument,
  FileClaimDocument,
  FirmDocument,
  FirmsDocument,
  IpAssetsDocument,
  LoanDocument,
  LoansDocument,
  LoginDocument,
  MarkLoanOverdueDocument,
  MeDocument,
  MyApiTokensDocument,
  PoolPublicViewDocument,
  ProductDocument,
  ProductsDocument,
  PublishProductDocument,
  RecordLoanDocument,
  RecordRepaymentDocument,
  RevokeApiTokenDocument,
  PoolForBankDocument,
  RiskPoolDocument,
  SetUserActiveDocument,
  UpdateBankBranchDocument,
  UpdateFirmDocument,
  UpdateProductDocument,
  WithdrawProductDocument,
} from './generated/operations';
import { productInput } from './helpers/factories';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

describe('object-level rules: nothing of another bank or another firm', () => {
  it('bank A, using every bank-B id it can name, learns nothing and changes nothing', async () => {
    const { bank: b, product: bPublished } = await poolWithProduct(app, { balance: '10000000.00', pool: { stopRatio: '1' } });
    const a = await createBank(app);
    const bankA = (await app.signIn(Role.BANK, { bankId: a.id })).client;
    const bankB = (await app.signIn(Role.BANK, { bankId: b.id })).client;
    const bDraft = await createProduct(app, b.id);
    const bBranch = await createBranch(app, b.id);
    const { loan: bLoan } = await enrolledLoan(app, bPublished.id, '1000000.00');
    await enrolledLoan(app, bPublished.id, '1000000.00');
    await bankB.ok(DeclareLoanDefaultDocument, { input: { loanId: bLoan.id, on: today() } });
    const { fileClaim: bClaim } = await bankB.ok(FileClaimDocument, { input: { loanId: bLoan.id, filedOn: today(), idempotencyKey: key() } });
    const anyFirm = await createFirm(app);
    const before = await app.snapshot();

    // B's draft does not exist for A, in a list or by id; B's published product does.
    expect((await bankA.fails(ProductDocument, { id: bDraft.id })).code).toBe('NOT_FOUND');
    expect((await bankA.ok(ProductsDocument, { filter: { bankId: b.id, statuses: ['DRAFT'] } })).products.totalCount).toBe(0);
    expect((await bankA.ok(ProductDocument, { id: bPublished.id })).product.id).toBe(bPublished.id);
    for (const [doc, vars] of [
      [UpdateProductDocument, { id: bDraft.id, input: { name: '改名' } }],
      [PublishProductDocument, { id: bDraft.id }],
      [WithdrawProductDocument, { id: bPublished.id, reason: '下架' }],
      [LoanDocument, { id: bLoan.id }],
      [MarkLoanOverdueDocument, { input: { loanId: bLoan.id, on: today() } }],
      [RecordRepaymentDocument, { input: { loanId: bLoan.id, paidOn: today(), principal: '1.00', interest: '0.00', recordedBy: 'A', idempotencyKey: key() } }],
      [EnrolLoanDocument, { input: { loanId: bLoan.id, idempotencyKey: key() } }],
      [FileClaimDocument, { input: { loanId: bLoan.id, filedOn: today(), idempotencyKey: key() } }],
      [CompensationClaimDocument, { id: bClaim.id }],
      [RecordLoanDocument, { input: { productId: bPublished.id, firmId: anyFirm.id, contractNo: 'A-1', principal: '1000000.00', annualRate: '0.045', termMonths: 12, disbursedOn: today(), idempotencyKey: key() } }],
    ] as const) {
      const { code } = await bankA.fails(doc as unknown as typeof ProductDocument, vars as never);
      const name = (doc as unknown as { definitions: readonly { name?: { value: string } }[] }).definitions[0].name?.value;
      expect({ name, code }).toEqual({ name, code: 'NOT_FOUND' });
    }
    expect((await bankA.ok(LoansDocument, { filter: { bankId: b.id } })).loans.totalCount).toBe(0);
    // Mass assignment: A cannot make a product for B, nor change B's branch.
    expect((await bankA.fails(CreateProductDocument, { input: productInput(b.id) })).code).toBe('FORBIDDEN');
    expect((await bankA.fails(UpdateBankBranchDocument, { id: bBranch.id, input: { phone: '0736-1234567' } })).code).toBe('FORBIDDEN');
    // Pools: A is not a partner of B's pool: it reads the published terms, never the figures.
    const bPool = (await app.ok(PoolPublicViewDocument, { productId: bPublished.id })).product.riskPool!.id;
    expect((await bankA.ok(PoolForBankDocument, { id: bPool })).riskPool).toMatchObject({ id: bPool, leverageCap: '10', balance: null, coveredOutstanding: null, headroom: null });
    expect((await bankB.ok(PoolForBankDocument, { id: bPool })).riskPool).toMatchObject({ id: bPool, coveredOutstanding: '2000000.00' });
    // The ledger is the finance office's alone, even for a partner bank.
    expect((await bankB.ok(RiskPoolDocument, { id: bPool, year: 2022 })).riskPool).toMatchObject({ balance: '10000000.00', ledger: null });
    expect(await app.snapshot()).toEqual(before);
  });

  it('firm X cannot reach firm Y: by id, by list, by its IP, through a loan, or by writing', async () => {
    const x = await createFirm(app);
    const y = await createFirm(app);
    const firmX = (await app.signIn(Role.FIRM, { firmId: x.id })).client;
    await app.ok(CreateIpAssetDocument, { input: { firmId: y.id, kind: 'TRADEMARK', number: `${Date.now()}`.slice(-8), title: 'Y的商标', expiresOn: '2030-01-01' } });
    const bank = await createBank(app);
    const product = await createProduct(app, bank.id, {}, true);
    const yLoan = await recordLoan(app, product.id, y.id, '500000.00');
    const xLoan = await recordLoan(app, product.id, x.id, '500000.00');
    const before = await app.snapshot();

    expect((await firmX.fails(FirmDocument, { id: y.id })).code).toBe('NOT_FOUND');
    expect((await firmX.ok(FirmsDocument, {})).firms.edges.map((e) => e.node.id)).toEqual([x.id]);
    expect((await firmX.ok(IpAssetsDocument, { filter: { firmId: y.id } })).ipAssets.totalCount).toBe(0);
    expect((await firmX.fails(LoanDocument, { id: yLoan.id })).code).toBe('NOT_FOUND');
    expect((await firmX.ok(LoansDocument, {})).loans.edges.map((e) => e.node.id)).toEqual([xLoan.id]);
    expect((await firmX.ok(LoanDocument, { id: xLoan.id })).loan.firm.id).toBe(x.id);
    expect((await firmX.fails(UpdateFirmDocument, { id: y.id, input: { employees: 1 } })).code).toBe('NOT_FOUND');
    // Its own record, but not the fields only the finance office sets.
    expect((await firmX.fails(UpdateFirmDocument, { id: x.id, input: { isFictional: false, knowledgeValueScore: 100 } })).code).toBe('FORBIDDEN');
    expect((await firmX.ok(UpdateFirmDocument, { id: x.id, input: { employees: 99 } })).updateFirm.employees).toBe(99);
    const after = await app.snapshot();
    const ignore = { 'firm.updated_at': 0, audit_event: 0, 'audit_event.updated_at': 0 };
    expect({ ...after, ...ignore }).toEqual({ ...before, ...ignore });
  });

  it('a non-partner bank gets a pool\'s terms but no figures through a product, a firm no claim through its loan, and a key reused by another account is a CONFLICT', async () => {
    const { bank, product } = await poolWithProduct(app, { balance: '10000000.00', pool: { stopRatio: '1' } });
    const outsider = (await app.signIn(Role.BANK, { bankId: (await createBank(app)).id })).client;
    const partner = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
    expect((await outsider.ok(PoolPublicViewDocument, { productId: product.id })).product.riskPool).toMatchObject({ kind: 'TECH_GUARANTEE', balance: null });
    expect((await partner.ok(PoolPublicViewDocument, { productId: product.id })).product.riskPool?.balance).toBe('10000000.00');

    const { loan, firm } = await enrolledLoan(app, product.id, '1000000.00');
    await enrolledLoan(app, product.id, '1000000.00');
    await partner.ok(DeclareLoanDefaultDocument, { input: { loanId: loan.id, on: today() } });
    const k = key();
    await partner.ok(FileClaimDocument, { input: { loanId: loan.id, filedOn: today(), idempotencyKey: k } });
    const borrower = (await app.signIn(Role.FIRM, { firmId: firm.id })).client;
    expect((await borrower.ok(LoanDocument, { id: loan.id })).loan.claim).toBeNull();
    expect((await partner.ok(LoanDocument, { id: loan.id })).loan.claim).not.toBeNull();
    // The same key and the same input from the finance office: not the bank's result, a CONFLICT.
    expect((await app.fails(FileClaimDocument, { input: { loanId: loan.id, filedOn: today(), idempotencyKey: k } })).code).toBe('CONFLICT');
  });

  it('a bank sees the firms it lent to, and only those', async () => {
    const bank = await createBank(app);
    const teller = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
    const product = await createProduct(app, bank.id, {}, true);
    const borrower = await createFirm(app);
    const stranger = await createFirm(app);
    await teller.ok(RecordLoanDocument, { input: { productId: product.id, firmId: borrower.id, contractNo: 'BANK-LOAN-1', principal: '500000.00', annualRate: '0.04', termMonths: 12, disbursedOn: today(), idempotencyKey: key() } });
    expect((await teller.ok(FirmDocument, { id: borrower.id })).firm.id).toBe(borrower.id);
    expect((await teller.fails(FirmDocument, { id: stranger.id })).code).toBe('NOT_FOUND');
    expect((await teller.ok(FirmsDocument, {})).firms.edges.map((e) => e.node.id)).toEqual([borrower.id]);
  });

  it('a pool\'s figures reached through a product are not for anonymous callers or firms', async () => {
    const { product } = await poolWithProduct(app, { balance: '100.00' });
    const anon = await app.anonymous.request(PoolPublicViewDocument, { productId: product.id });
    expect(anon.errors).toBeUndefined();
    expect(anon.data?.product.riskPool).toMatchObject({ kind: 'TECH_GUARANTEE', balance: null });
    const office = await app.ok(PoolPublicViewDocument, { productId: product.id });
    expect(office.product.riskPool?.balance).toBe('100.00');
  });
});

describe('tokens', () => {
  const forge = async (claims: Record<string, unknown>, opts: { secret?: Uint8Array; exp?: number | null } = {}) => {
    const now = Math.floor(Date.now() / 1000);
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now).setIssuer(ISSUER).setAudience(AUDIENCE).setSubject(String(claims.sub));
    if (opts.exp !== null) jwt = jwt.setExpirationTime(opts.exp ?? now + 600);
    return jwt.sign(opts.secret ?? TEST_TOKENS.secret);
  };

  it('refuses alg none, a wrong key, an expired token, one without expiry and a tampered payload', async () => {
    const me = await app.signIn(Role.BANK, { bankId: (await createBank(app)).id });
    const claims = { sub: me.userId, name: me.username, role: 'BANK', bank: null, firm: null };
    expect((await me.client.ok(MeDocument)).me.username).toBe(me.username);

    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 600 })}.`;
    const wrongKey = await forge(claims, { secret: new TextEncoder().encode('another-secret-'.padEnd(48, 'y')) });
    const expired = await forge(claims, { exp: now - 10 });
    const noExpiry = await forge(claims, { exp: null });
    const genuine = (me.client.token as string).split('.');
    const tampered = [genuine[0], b64({ ...JSON.parse(Buffer.from(genuine[1], 'base64url').toString()), role: 'FINANCE_OFFICE' }), genuine[2]].join('.');
    for (const token of [none, wrongKey, expired, noExpiry, tampered, 'not-a-jwt', `pc_${'x'.repeat(43)}`]) {
      const result = await app.as(token).request(MeDocument);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // A bad token is refused even for the public catalogue: it never falls back to anonymous.
      expect((await app.as(token).request(BanksDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('signs in with a password, is slowed down after repeated failures, and a disabled account stops working', async () => {
    const who = await app.signIn(Role.FIRM, { firmId: (await createFirm(app)).id });
    const { login } = await app.anonymous.ok(LoginDocument, { username: who.username, password: who.password });
    expect(login.user.role).toBe('FIRM');
    const client = app.as(login.token);
    expect((await client.ok(MeDocument)).me.id).toBe(who.userId);
    expect((await client.fails(ChangeMyPasswordDocument, { oldPassword: 'wrong-password', newPassword: 'a-new-password-1' })).code).toBe('BAD_USER_INPUT');

    // The wrong old password above counts as the first of the account's three free failures.
    for (let i = 0; i < 2; i++) expect((await app.anonymous.fails(LoginDocument, { username: who.username, password: 'nope-nope-nope' })).code).toBe('UNAUTHENTICATED');
    const slowed = await app.anonymous.fails(LoginDocument, { username: who.username, password: who.password });
    expect(slowed.code).toBe('TOO_MANY_ATTEMPTS');
    expect(slowed.error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await app.anonymous.fails(LoginDocument, { username: 'nobody-at-all', password: 'whatever-it-is' })).code).toBe('UNAUTHENTICATED');

    await app.ok(SetUserActiveDocument, { id: who.userId, active: false });
    expect((await client.request(MeDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changing the password signs out the tokens issued before it', async () => {
    const who = await app.signIn(Role.FIRM, { firmId: (await createFirm(app)).id });
    const old = app.as((await app.anonymous.ok(LoginDocument, { username: who.username, password: who.password })).login.token);
    await new Promise((r) => setTimeout(r, 1100));
    await old.ok(ChangeMyPasswordDocument, { oldPassword: who.password, newPassword: 'a-brand-new-password' });
    expect((await old.request(MeDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = app.as((await app.anonymous.ok(LoginDocument, { username: who.username, password: 'a-brand-new-password' })).login.token);
    expect((await fresh.ok(MeDocument)).me.id).toBe(who.userId);
  });

  it('API tokens: shown once, stored hashed, usable until revoked', async () => {
    const bank = await createBank(app);
    const staff = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
    const { createApiToken } = await staff.ok(CreateApiTokenDocument, { input: { name: '信贷系统对接', expiresInDays: 30 } });
    expect(createApiToken.token).toMatch(/^pc_/);
    const rows = await app.orm.em.getConnection().execute<{ token_hash: string }[]>('SELECT token_hash FROM api_token WHERE id = ?', [createApiToken.apiToken.id]);
    expect(rows[0].token_hash).not.toContain(createApiToken.token);
    const system = app.as(createApiToken.token);
    expect((await system.ok(MeDocument)).me.role).toBe('BANK');
    expect((await staff.ok(MyApiTokensDocument)).myApiTokens.map((t) => t.prefix)).toEqual([createApiToken.token.slice(0, 10)]);
    const other = (await app.signIn(Role.BANK, { bankId: bank.id })).client;
    expect((await other.fails(RevokeApiTokenDocument, { id: createApiToken.apiToken.id })).code).toBe('NOT_FOUND');
    await staff.ok(RevokeApiTokenDocument, { id: createApiToken.apiToken.id });
    expect((await system.request(MeDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the audit trail', () => {
  it('records who changed what in the same transaction; a refused write records nothing; the database refuses edits', async () => {
    const bank = await createBank(app);
    const staff = await app.signIn(Role.BANK, { bankId: bank.id });
    const { createProduct } = await staff.client.ok(CreateProductDocument, { input: productInput(bank.id, { name: '审计样例贷' }) });
    const { auditEvents } = await app.ok(AuditEventsDocument, { filter: { entityId: createProduct.id } });
    expect(auditEvents.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ operation: 'createProduct', actorId: staff.userId, actorName: staff.username, role: 'BANK', entityType: 'LoanProduct', entityId: createProduct.id }),
    ]);
    const recorded = (auditEvents.edges[0].node.input as { input: { name: string; minAmount: string } }).input;
    expect(recorded.name).toBe('审计样例贷');
    expect(new Dec(recorded.minAmount).eq('100000.00')).toBe(true);

    const before = (await app.ok(AuditEventsDocument, {})).auditEvents.totalCount;
    await staff.client.fails(CreateProductDocument, { input: productInput(bank.id, { minAmount: '9000000.00' }) });
    expect((await app.ok(AuditEventsDocument, {})).auditEvents.totalCount).toBe(before);
    expect((await staff.client.fails(AuditEventsDocument, {})).code).toBe('FORBIDDEN');

    const conn = app.orm.em.getConnection();
    await expect(conn.execute('UPDATE audit_event SET operation = ? WHERE entity_id = ?', ['x', createProduct.id])).rejects.toThrow(/append-only/);
    await expect(conn.execute('DELETE FROM audit_event WHERE entity_id = ?', [createProduct.id])).rejects.toThrow(/append-only/);
    // Passwords never reach the trail.
    const created = (await app.ok(AuditEventsDocument, { filter: { operation: 'createUser' } })).auditEvents;
    expect(JSON.stringify(created)).not.toMatch(/pw-/);
  });
});

describe('a hardened endpoint: refused before any SQL runs', () => {
  const raw = async (init: RequestInit & { url?: string }) => {
    const before = CountingLogger.statements;
    const res = await fetch(init.url ?? app.url, init);
    const text = await res.text();
    return { status: res.status, text, statements: CountingLogger.statements - before };
  };
  const post = (body: unknown) => raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('no answer may be kept by a cache: every response says no-store, refusals too', async () => {
    const { client } = await app.signIn(Role.FINANCE_OFFICE);
    for (const res of [
      await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` }, body: JSON.stringify({ query: '{ me { id } }' }) }),
      await fetch(`${app.url}?query=${encodeURIComponent('{ banks { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } }),
      await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ nope }"}' }),
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('a query one level too deep', async () => {
    // 11 levels: products > edges > node > bank > products > bank > products > bank > products > bank > id
    const r = await post({ query: '{ products { edges { node { bank { products { bank { products { bank { products { bank { id } } } } } } } } } } }' });
    expect(r.text).toMatch(/depth/i);
    expect(r.statements).toBe(0);
    const ok = await post({ query: '{ products { edges { node { bank { products { bank { products { bank { id } } } } } } } } }' });
    expect(ok.text).not.toMatch(/errors/);
  });

  it('one alias too many', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: banks { totalCount }`).join(' ');
    const r = await post({ query: `{ ${aliases} }` });
    expect(r.text).toMatch(/alias/i);
    expect(r.statements).toBe(0);
  });

  it('an over-cost list', async () => {
    const r = await post({ query: '{ banks(first: 100) { edges { node { branches { officers { bank { branches { officers { id } } } } } } } } }' });
    expect(r.text).toMatch(/query too large \(estimated cost \d+, limit 50000\)/);
    expect(r.statements).toBe(0);
  });

  it('a batch of two operations, a mutation over GET, a text/plain POST, an oversized body', async () => {
    const batch = await post([{ query: '{ banks { totalCount } }' }, { query: '{ products { totalCount } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.statements).toBe(0);
    const get = await raw({ method: 'GET', url: `${app.url}?query=${encodeURIComponent('mutation { createBank(input: { name: "x", shortName: "x", kind: POLICY }) { id } }')}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    expect(get.statements).toBe(0);
    const text = await raw({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ banks { totalCount } }' }) });
    expect(text.status).toBe(400);
    expect(text.statements).toBe(0);
    const big = await post({ query: `{ banks { totalCount } } # ${'x'.repeat(200_000)}` });
    expect(big.status).toBe(413);
    expect(big.statements).toBe(0);
    expect(JSON.parse(big.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // A body that is not JSON, or JSON null: a JSON refusal with a code, not an HTML page.
    for (const body of ['{"query": "{ banks { totalCount } }"', 'null']) {
      const bad = await raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.text).errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', messageZh: expect.any(String) });
      expect(bad.text).not.toMatch(/<html|at .*\.js:/i);
    }
    // No automatic persisted queries: a document's hash is refused as a client mistake.
    const apq = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(apq.status).toBe(400);
    expect(JSON.parse(apq.text).errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('too many tokens', async () => {
    const r = await post({ query: `{ banks { ${'totalCount '.repeat(2100)} } }` });
    expect(r.text).toMatch(/token/i);
    expect(r.statements).toBe(0);
  });
});

describe('sign-in throttling per address', () => {
  it('after ten failures from one address, even a right password from it waits', async () => {
    const who = await app.signIn(Role.FINANCE_OFFICE);
    // Failures of other accounts from this address (earlier tests made a few) count together.
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) codes.push((await app.anonymous.fails(LoginDocument, { username: `guess-${i}`, password: 'guess-guess-guess' })).code);
    expect(codes[0]).toBe('UNAUTHENTICATED');
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    expect((await app.anonymous.fails(LoginDocument, { username: who.username, password: who.password })).code).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('production mode', () => {
  it('has no introspection, no field suggestions and never a stack trace', async () => {
    const { startServer } = await import('../src/server');
    const server = await startServer(app.orm, { port: 0, host: '127.0.0.1', production: true, auth: TEST_TOKENS });
    try {
      const client = new Client(server.url, null);
      const intro = await client.request({ kind: 'Document', definitions: (await import('graphql')).parse('{ __schema { types { name } } }').definitions } as never);
      expect(intro.errors?.[0].message).toMatch(/introspection/i);
      const typo = await client.request((await import('graphql')).parse('{ bankz { totalCount } }') as never);
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
      expect(JSON.stringify(typo.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
    } finally {
      await server.stop();
    }
  });
});

export { creditCode };
