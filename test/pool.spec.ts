import { todayInZone } from '../src/common/dates';
import { TestApp } from './helpers/app';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { contribute, createPool, enrolledLoan, key, poolWithProduct, recordLoan, today } from './helpers/pools';
import {
  ApproveClaimDocument,
  ChangeRiskPoolStatusDocument,
  CreateProductDocument,
  CreateRiskPoolDocument,
  DeclareLoanDefaultDocument,
  EnrolLoanDocument,
  FileClaimDocument,
  LoanDocument,
  PayClaimDocument,
  RecordPoolEntryDocument,
  RecordRecoveryDocument,
  RecordRepaymentDocument,
  ReversePoolEntryDocument,
  RiskPoolDocument,
  RiskPoolsDocument,
  UpdateRiskPoolDocument,
} from './generated/operations';
import { productInput } from './helpers/factories';

/** A validity end well ahead, within the plausible range (today + 10 years at most). */
const FAR_END = `${Number(todayInZone().slice(0, 4)) + 5}-12-31`;
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const year = () => Number(today().slice(0, 4));
const figures = async (id: string) => (await app.ok(RiskPoolDocument, { id, year: year(), ledgerFirst: 100 })).riskPool;

describe('a pool\'s whole life, every figure checked at each step', () => {
  it('contribute 7,000,000 at leverage 10; lend, enrol, repay, default, claim, pay, recover', async () => {
    const { pool, product } = await poolWithProduct(app, { pool: { leverageCap: '10', poolShare: '0.5', stopRatio: '0.5', warningRatio: '0.1' } });
    expect(await figures(pool.id)).toMatchObject({ balance: '0.00', capacity: '0.00', headroom: '0.00', leverageUsed: null, firmsServed: 0 });

    await contribute(app, pool.id, '7000000.00');
    expect(await figures(pool.id)).toMatchObject({
      balance: '7000000.00', contributed: '7000000.00', coveredOutstanding: '0.00', capacity: '70000000.00', headroom: '70000000.00', leverageUsed: '0', firmsServed: 0, badLoanRatio: '0',
    });

    const a = await enrolledLoan(app, product.id, '5000000.00');
    const b = await enrolledLoan(app, product.id, '3000000.00');
    const c = await enrolledLoan(app, product.id, '2000000.00');
    let f = await figures(pool.id);
    expect(f).toMatchObject({ coveredOutstanding: '10000000.00', headroom: '60000000.00', leverageUsed: '1.4286', firmsServed: 3 });
    expect(f.lentInYear).toEqual({ year: year(), loans: 3, firms: 3, amount: '10000000.00' });
    const { loan: readA } = await app.ok(LoanDocument, { id: a.loan.id });
    expect(readA.coverage).toMatchObject({ status: 'ACTIVE', coveredPrincipal: '5000000.00', poolShare: '0.5' });

    // A later change of the pool's share does not touch loans already enrolled.
    await app.ok(UpdateRiskPoolDocument, { id: pool.id, input: { poolShare: '0.8' } });

    await app.ok(RecordRepaymentDocument, { input: { loanId: a.loan.id, paidOn: today(), principal: '1000000.00', interest: '18750.00', recordedBy: '工行客户经理', idempotencyKey: key() } });
    expect(await figures(pool.id)).toMatchObject({ coveredOutstanding: '9000000.00', headroom: '61000000.00', firmsServed: 3 });

    const repaid = await app.ok(RecordRepaymentDocument, { input: { loanId: c.loan.id, paidOn: today(), principal: '2000000.00', interest: '0.00', recordedBy: '工行客户经理', idempotencyKey: key() } });
    expect(repaid.recordRepayment.loan).toMatchObject({ status: 'REPAID', outstandingPrincipal: '0.00', closedOn: today() });
    expect((await app.ok(LoanDocument, { id: c.loan.id })).loan.coverage?.status).toBe('RELEASED');
    expect(await figures(pool.id)).toMatchObject({ coveredOutstanding: '7000000.00', headroom: '63000000.00', firmsServed: 2, leverageUsed: '1' });

    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: b.loan.id, on: today(), note: '连续三期未还款' } });
    f = await figures(pool.id);
    // 3,000,000 non-performing of 7,000,000 covered outstanding: 3/7, above the 10 % warning line.
    expect(f).toMatchObject({ badLoanRatio: '0.428571', badLoanWarning: true, stopped: false, coveredOutstanding: '7000000.00' });

    const { fileClaim: claim } = await app.ok(FileClaimDocument, { input: { loanId: b.loan.id, filedOn: today(), idempotencyKey: key() } });
    expect(claim).toMatchObject({ status: 'FILED', outstandingAtDefault: '3000000.00', poolShare: '0.5', amountClaimed: '1500000.00' });
    await app.ok(ApproveClaimDocument, { id: claim.id });
    const { payClaim } = await app.ok(PayClaimDocument, { input: { claimId: claim.id, paidOn: today(), voucherRef: '代偿-2022-001', recordedBy: '金融办王会计', idempotencyKey: key() } });
    expect(payClaim).toMatchObject({ status: 'PAID', paidOn: today(), loan: { status: 'COMPENSATED' } });
    expect(await figures(pool.id)).toMatchObject({
      balance: '5500000.00', contributed: '7000000.00', coveredOutstanding: '4000000.00', capacity: '55000000.00', headroom: '51000000.00', firmsServed: 1, badLoanRatio: '0.428571',
    });

    const { recordRecovery } = await app.ok(RecordRecoveryDocument, {
      input: { claimId: claim.id, amountRecovered: '1000000.00', recoveredOn: today(), voucherRef: '追偿-001', recordedBy: '金融办王会计', idempotencyKey: key() },
    });
    expect(recordRecovery).toMatchObject({ recoveredTotal: '1000000.00', returnedToPool: '500000.00', loan: { outstandingPrincipal: '2000000.00', status: 'COMPENSATED' } });
    f = await figures(pool.id);
    expect(f).toMatchObject({ balance: '6000000.00', capacity: '60000000.00', headroom: '56000000.00', badLoanRatio: '0.333333' });
    expect(f.ledger!.edges.map((e) => [e.node.kind, e.node.signedAmount])).toEqual([
      ['CONTRIBUTION', '7000000.00'],
      ['COMPENSATION', '-1500000.00'],
      ['RECOVERY', '500000.00'],
    ]);
    expect(f.ledger!.edges[1].node.claim?.id).toBe(claim.id);
  });
});

describe('headroom under concurrency', () => {
  it.each([1, 2, 3])('run %i: 50 concurrent enrolments, headroom for exactly 10: 10 succeed, 40 are CAPACITY_EXCEEDED', async () => {
    // Balance 1,000,000 x leverage 10 = capacity 10,000,000 = ten loans of 1,000,000.
    const { pool, product } = await poolWithProduct(app, { balance: '1000000.00', pool: { perFirmCap: '100000000.00' } });
    const firms = await Promise.all([0, 1, 2, 3, 4].map(() => createFirm(app)));
    const loans = [];
    for (let i = 0; i < 50; i++) loans.push(await recordLoan(app, product.id, firms[i % 5].id, '1000000.00'));

    const results = await Promise.all(loans.map((loan) => app.request(EnrolLoanDocument, { input: { loanId: loan.id, idempotencyKey: key() } })));
    const ok = results.filter((r) => !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
    expect(ok).toHaveLength(10);
    expect(codes).toEqual(Array(40).fill('CAPACITY_EXCEEDED'));

    const f = await figures(pool.id);
    expect(f).toMatchObject({ coveredOutstanding: '10000000.00', capacity: '10000000.00', headroom: '0.00' });
    const enrolled = ok.map((r) => r.data!.enrolLoan.coveredPrincipal);
    expect(enrolled).toEqual(Array(10).fill('1000000.00'));
  });

  it('20 concurrent identical requests with one idempotency key: one effect, identical answers', async () => {
    const { pool } = await poolWithProduct(app);
    const input = { poolId: pool.id, kind: 'CONTRIBUTION' as const, amount: '123456.78', entryDate: today(), voucherRef: '财拨-0001', recordedBy: '金融办王会计', idempotencyKey: key() };
    const results = await Promise.all(Array.from({ length: 20 }, () => app.request(RecordPoolEntryDocument, { input })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const ids = new Set(results.map((r) => r.data!.recordPoolEntry.id));
    expect(ids.size).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r.data))).size).toBe(1);
    const f = await figures(pool.id);
    expect(f.balance).toBe('123456.78');
    expect(f.ledger!.totalCount).toBe(1);

    const before = await app.snapshot();
    const { code } = await app.fails(RecordPoolEntryDocument, { input: { ...input, amount: '1.00' } });
    expect(code).toBe('CONFLICT');
    expect(await app.snapshot()).toEqual(before);
  });

  it('an enrolment repeated with its key returns the first coverage and commits headroom once', async () => {
    const { pool, product } = await poolWithProduct(app, { balance: '1000000.00' });
    const loan = await recordLoan(app, product.id, (await createFirm(app)).id, '2000000.00');
    const k = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => app.request(EnrolLoanDocument, { input: { loanId: loan.id, idempotencyKey: k } })));
    expect(new Set(results.map((r) => r.data?.enrolLoan.id)).size).toBe(1);
    expect((await figures(pool.id)).coveredOutstanding).toBe('2000000.00');
  });
});

describe('the ledger', () => {
  it('balance equals the ledger sum after contributions, interest, fees, withdrawals, compensation, recovery and reversals', async () => {
    const { pool, product } = await poolWithProduct(app, { pool: { poolShare: '0.8', stopRatio: '1' } });
    const first = await contribute(app, pool.id, '5000000.00');
    await contribute(app, pool.id, '0.10');
    await contribute(app, pool.id, '0.20');
    await contribute(app, pool.id, '12345.67', 'INTEREST');
    const fee = await contribute(app, pool.id, '2000.00', 'FEE');
    await contribute(app, pool.id, '500000.00', 'WITHDRAWAL');
    const reversal = await app.ok(ReversePoolEntryDocument, { input: { entryId: fee.id, entryDate: today(), voucherRef: '冲-01', recordedBy: '金融办王会计', reason: '手续费重复记账', idempotencyKey: key() } });
    expect(reversal.reversePoolEntry).toMatchObject({ kind: 'FEE', amount: '2000.00', signedAmount: '2000.00', reverses: { id: fee.id } });
    const { loan } = await enrolledLoan(app, product.id, '1000000.00');
    await enrolledLoan(app, product.id, '1000000.00'); // performing, so the pool is not stopped by one default
    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: loan.id, on: today() } });
    const { fileClaim } = await app.ok(FileClaimDocument, { input: { loanId: loan.id, filedOn: today(), idempotencyKey: key() } });
    await app.ok(ApproveClaimDocument, { id: fileClaim.id });
    await app.ok(PayClaimDocument, { input: { claimId: fileClaim.id, paidOn: today(), voucherRef: '代偿', recordedBy: '会计', idempotencyKey: key() } });
    await app.ok(RecordRecoveryDocument, { input: { claimId: fileClaim.id, amountRecovered: '333.33', recoveredOn: today(), voucherRef: '追偿', recordedBy: '会计', idempotencyKey: key() } });
    await contribute(app, pool.id, '5000000.00');
    await app.ok(ReversePoolEntryDocument, { input: { entryId: first.id, entryDate: today(), voucherRef: '冲-02', recordedBy: '会计', reason: '入池资金退回重拨', idempotencyKey: key() } });

    const f = await figures(pool.id);
    // 5,000,000 + 0.10 + 0.20 + 12,345.67 - 2,000 - 500,000 + 2,000 - 800,000 (0.8 x 1,000,000) + 266.66 (0.8 x 333.33) + 5,000,000 - 5,000,000 (the first contribution reversed)
    expect(f.balance).toBe('3712612.63');
    expect(f.contributed).toBe('5000000.30');
    const rows = await app.orm.em.getConnection().execute<{ sum: string }[]>('SELECT sum(signed_amount)::text AS sum FROM pool_ledger_entry WHERE pool_id = ?', [pool.id]);
    expect(rows[0].sum).toBe(f.balance);
  });

  it('0.10 + 0.20 comes back as 0.30; 3 decimals, negatives, NaN and 1e3 are refused', async () => {
    const { pool } = await poolWithProduct(app);
    await contribute(app, pool.id, '0.10');
    await contribute(app, pool.id, '0.20');
    expect((await figures(pool.id)).balance).toBe('0.30');
    const before = await app.snapshot();
    for (const amount of ['0.001', '-5.00', 'NaN', '1e3', '0.00']) {
      const { code } = await app.fails(RecordPoolEntryDocument, { input: { poolId: pool.id, kind: 'CONTRIBUTION', amount, entryDate: today(), voucherRef: 'x', recordedBy: 'y', idempotencyKey: key() } });
      expect(code).toBe('BAD_USER_INPUT');
    }
    expect(await app.snapshot()).toEqual(before);
  });

  it('PostgreSQL itself refuses UPDATE and DELETE on a ledger row', async () => {
    const { pool } = await poolWithProduct(app);
    const entry = await contribute(app, pool.id, '100.00');
    const conn = app.orm.em.getConnection();
    await expect(conn.execute('UPDATE pool_ledger_entry SET amount = 1, signed_amount = 1 WHERE id = ?', [entry.id])).rejects.toThrow(/append-only/);
    await expect(conn.execute('DELETE FROM pool_ledger_entry WHERE id = ?', [entry.id])).rejects.toThrow(/append-only/);
    expect((await figures(pool.id)).balance).toBe('100.00');
  });

  it('refuses to take the balance below zero or the capacity below the covered loans, and a second reversal', async () => {
    const { pool, product } = await poolWithProduct(app, { balance: '1000000.00' });
    await enrolledLoan(app, product.id, '6000000.00');
    const before = await app.snapshot();
    const entry = (kind: 'FEE' | 'WITHDRAWAL', amount: string) => ({ input: { poolId: pool.id, kind, amount, entryDate: today(), voucherRef: 'v', recordedBy: 'r', idempotencyKey: key() } });
    expect((await app.fails(RecordPoolEntryDocument, entry('FEE', '1000000.01'))).code).toBe('INSUFFICIENT_BALANCE');
    // 600,000 left x 10 = 6,000,000 still covers; 400,000.01 out would not.
    expect((await app.fails(RecordPoolEntryDocument, entry('WITHDRAWAL', '400000.01'))).code).toBe('CAPACITY_EXCEEDED');
    expect((await app.fails(UpdateRiskPoolDocument, { id: pool.id, input: { leverageCap: '5' } })).code).toBe('CAPACITY_EXCEEDED');
    expect(await app.snapshot()).toEqual(before);
    const w = await contribute(app, pool.id, '400000.00', 'WITHDRAWAL');
    const rev = { entryId: w.id, entryDate: today(), voucherRef: 'v', recordedBy: 'r', reason: '误操作' };
    await app.ok(ReversePoolEntryDocument, { input: { ...rev, idempotencyKey: key() } });
    expect((await app.fails(ReversePoolEntryDocument, { input: { ...rev, idempotencyKey: key() } })).code).toBe('CONFLICT');
  });
});

describe('enrolment rules', () => {
  it('refuses a suspended pool, the per-firm cap, an ineligible firm, a product with no pool, a second enrolment', async () => {
    const { bank, pool, product } = await poolWithProduct(app, {
      balance: '10000000.00',
      pool: { perFirmCap: '3000000.00' },
      product: { eligibility: { chains: [], sizeClasses: [], requiredQualifications: ['TECH_SME'], ipRequired: false } },
    });
    const eligible = await createFirm(app);
    const { addFirmQualification } = await import('./generated/operations').then(async (ops) =>
      app.ok(ops.AddFirmQualificationDocument, { firmId: eligible.id, input: { kind: 'TECH_SME', validFrom: '2020-01-01', validUntil: FAR_END } }),
    );
    expect(addFirmQualification.validToday).toBe(true);
    const enrol = (loanId: string) => app.fails(EnrolLoanDocument, { input: { loanId, idempotencyKey: key() } });

    const first = await recordLoan(app, product.id, eligible.id, '2000000.00');
    await app.ok(EnrolLoanDocument, { input: { loanId: first.id, idempotencyKey: key() } });
    const before = await app.snapshot();
    expect((await enrol(first.id)).code).toBe('CONFLICT');
    const second = await recordLoan(app, product.id, eligible.id, '1500000.00');
    const cap = await enrol(second.id);
    expect(cap.code).toBe('PER_FIRM_CAP_EXCEEDED');

    const stranger = await createFirm(app);
    const ineligible = await enrol((await recordLoan(app, product.id, stranger.id, '100000.00')).id);
    expect(ineligible.code).toBe('NOT_ELIGIBLE');
    expect(ineligible.error.message).toContain('须具备科技型中小企业资格');

    const plain = await createProduct(app, bank.id, {}, true);
    expect((await enrol((await recordLoan(app, plain.id, eligible.id, '100000.00')).id)).code).toBe('INVALID_STATE');

    await app.ok(ChangeRiskPoolStatusDocument, { id: pool.id, status: 'SUSPENDED', reason: '年度审计期间暂停新增' });
    expect((await app.fails(ChangeRiskPoolStatusDocument, { id: pool.id, status: 'SUSPENDED', reason: '再次暂停' })).code).toBe('INVALID_STATE');
    expect((await app.fails(ChangeRiskPoolStatusDocument, { id: pool.id, status: 'CLOSED', reason: '关闭' })).code).toBe('INVALID_STATE');
    expect((await enrol(second.id)).code).toBe('POOL_NOT_ACTIVE');
    expect((await app.snapshot()).pool_coverage).toBe(before.pool_coverage);
  });

  it('stops new cover and claims once the bad-loan ratio reaches the stop ratio', async () => {
    const { pool, product } = await poolWithProduct(app, { balance: '10000000.00', pool: { stopRatio: '0.2', warningRatio: '0.1' } });
    const good = await enrolledLoan(app, product.id, '4000000.00');
    const bad = await enrolledLoan(app, product.id, '1000000.00');
    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: bad.loan.id, on: today() } });
    expect(await figures(pool.id)).toMatchObject({ badLoanRatio: '0.2', stopped: true });
    const next = await recordLoan(app, product.id, good.firm.id, '100000.00');
    expect((await app.fails(EnrolLoanDocument, { input: { loanId: next.id, idempotencyKey: key() } })).code).toBe('POOL_STOPPED');
    expect((await app.fails(FileClaimDocument, { input: { loanId: bad.loan.id, filedOn: today(), idempotencyKey: key() } })).code).toBe('POOL_STOPPED');
  });

  it('never pays a claim beyond the balance', async () => {
    const { pool, product } = await poolWithProduct(app, { balance: '100000.00', pool: { stopRatio: '1' } });
    const { loan } = await enrolledLoan(app, product.id, '900000.00');
    await enrolledLoan(app, product.id, '100000.00');
    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: loan.id, on: today() } });
    const { fileClaim } = await app.ok(FileClaimDocument, { input: { loanId: loan.id, filedOn: today(), idempotencyKey: key() } });
    expect(fileClaim.amountClaimed).toBe('450000.00');
    await app.ok(ApproveClaimDocument, { id: fileClaim.id });
    const before = await app.snapshot();
    const { code, error } = await app.fails(PayClaimDocument, { input: { claimId: fileClaim.id, paidOn: today(), voucherRef: 'v', recordedBy: 'r', idempotencyKey: key() } });
    expect(code).toBe('INSUFFICIENT_BALANCE');
    expect(error.message).toContain('100000.00');
    expect(await app.snapshot()).toEqual(before);
    expect((await figures(pool.id)).balance).toBe('100000.00');
  });
});

describe('pool set-up', () => {
  it('lists pools with their figures and refuses bad parameters, names and mismatched products', async () => {
    const bank = await createBank(app);
    const other = await createBank(app);
    const pool = await createPool(app, [bank.id], { kind: 'KNOWLEDGE_VALUE' });
    expect(pool.partnerBanks).toEqual([{ id: bank.id }]);
    expect((await app.ok(RiskPoolsDocument)).riskPools.edges.some((e) => e.node.id === pool.id)).toBe(true);
    const before = await app.snapshot();
    const base = { name: 'x池', kind: 'IP_PLEDGE' as const, leverageCap: '5', poolShare: '0.8', perFirmCap: '1000000.00', warningRatio: '0.05', stopRatio: '0.08', partnerBankIds: [bank.id] };
    expect((await app.fails(CreateRiskPoolDocument, { input: { ...base, warningRatio: '0.1', stopRatio: '0.05' } })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(CreateRiskPoolDocument, { input: { ...base, leverageCap: '0' } })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(CreateRiskPoolDocument, { input: { ...base, name: pool.name } })).code).toBe('CONFLICT');
    expect((await app.fails(CreateRiskPoolDocument, { input: { ...base, partnerBankIds: ['00000000-0000-4000-8000-000000000000'] } })).code).toBe('NOT_FOUND');
    const wrongKind = await app.fails(CreateProductDocument, { input: productInput(bank.id, { category: 'TECH_GUARANTEE', collateralKinds: ['GUARANTEE_COMPANY'], riskPoolId: pool.id }) });
    expect(wrongKind.error.extensions?.problems).toEqual([expect.objectContaining({ code: 'POOL_KIND_MISMATCH' })]);
    const notPartner = await app.fails(CreateProductDocument, { input: productInput(other.id, { category: 'KNOWLEDGE_VALUE', riskPoolId: pool.id }) });
    expect(notPartner.error.extensions?.problems).toEqual([expect.objectContaining({ code: 'NOT_A_PARTNER_BANK' })]);
    expect(await app.snapshot()).toEqual(before);
  });
});
