import { TestApp } from './helpers/app';
import { createBank, createFirm, createProduct } from './helpers/factories';
import { enrolledLoan, key, poolWithProduct, recordLoan, today } from './helpers/pools';
import {
  ApproveClaimDocument,
  CompensationClaimDocument,
  CompensationClaimsDocument,
  DeclareLoanDefaultDocument,
  FileClaimDocument,
  LoanDocument,
  LoansDocument,
  LprRatesDocument,
  MarkLoanCurrentDocument,
  MarkLoanOverdueDocument,
  PayClaimDocument,
  RecordLoanDocument,
  RecordLprRateDocument,
  RecordRecoveryDocument,
  RecordRepaymentDocument,
  RejectClaimDocument,
  WithdrawProductDocument,
  WriteOffLoanDocument,
} from './generated/operations';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const loanInput = (productId: string, firmId: string, over: object = {}) => ({
  input: { productId, firmId, contractNo: `HT-${Math.random().toString(36).slice(2, 10)}`, principal: '1000000.00', annualRate: '0.0450', termMonths: 12, disbursedOn: '2024-03-31', idempotencyKey: key(), ...over },
});

describe('recording a loan', () => {
  it('records a loan within its product, with maturity computed from the term', async () => {
    const bank = await createBank(app);
    const product = await createProduct(app, bank.id, {}, true);
    const firm = await createFirm(app);
    const { recordLoan } = await app.ok(RecordLoanDocument, loanInput(product.id, firm.id, { termMonths: 11 }));
    expect(recordLoan).toMatchObject({ status: 'ACTIVE', principal: '1000000.00', outstandingPrincipal: '1000000.00', interestPaid: '0.00', maturesOn: '2025-02-28' });
    const { loan } = await app.ok(LoanDocument, { id: recordLoan.id });
    expect(loan).toMatchObject({ firm: { id: firm.id }, bank: { id: bank.id }, product: { id: product.id, riskPool: null }, coverage: null, claim: null, repayments: [] });
    const { loans } = await app.ok(LoansDocument, { filter: { firmId: firm.id, statuses: ['ACTIVE'], disbursedFrom: '2024-01-01', disbursedTo: '2024-12-31' } });
    expect(loans.totalCount).toBe(1);
  });

  it('checks an LPR-priced loan against the LPR in force on the disbursement date', async () => {
    const { lprRates } = await app.ok(LprRatesDocument, { tenor: 'ONE_YEAR' });
    expect(lprRates.find((r) => r.effectiveOn === '2024-10-21')?.rate).toBe('0.031');
    const bank = await createBank(app);
    const product = await createProduct(app, bank.id, { rateKind: 'LPR_SPREAD', minRate: null, maxRate: null, lprTenor: 'ONE_YEAR', minSpreadBps: 0, maxSpreadBps: 100 }, true);
    const firm = await createFirm(app);
    // On 2024-11-01 the 1-year LPR is 3.10 %: the product lends from 3.10 % to 4.10 %.
    await app.ok(RecordLoanDocument, loanInput(product.id, firm.id, { disbursedOn: '2024-11-01', annualRate: '0.0410' }));
    const { error } = await app.fails(RecordLoanDocument, loanInput(product.id, firm.id, { disbursedOn: '2024-11-01', annualRate: '0.0411' }));
    expect(error.message).toContain('3.1%至4.1%');
    // Before the cut of 2024-10-21 the LPR was 3.35 %, so 4.11 % was within range.
    await app.ok(RecordLoanDocument, loanInput(product.id, firm.id, { disbursedOn: '2024-10-18', annualRate: '0.0411' }));
    // A newly published LPR applies from its day on; one per tenor and day.
    await app.ok(RecordLprRateDocument, { tenor: 'ONE_YEAR', effectiveOn: '2025-06-20', rate: '0.0290' });
    expect((await app.fails(RecordLprRateDocument, { tenor: 'ONE_YEAR', effectiveOn: '2025-06-20', rate: '0.0290' })).code).toBe('CONFLICT');
    expect((await app.fails(RecordLprRateDocument, { tenor: 'ONE_YEAR', effectiveOn: '2025-07-21', rate: '0.25' })).code).toBe('BAD_USER_INPUT');
    await app.ok(RecordLoanDocument, loanInput(product.id, firm.id, { disbursedOn: '2025-06-23', annualRate: '0.0290' }));
    expect((await app.fails(RecordLoanDocument, loanInput(product.id, firm.id, { disbursedOn: '2025-06-19', annualRate: '0.0290' }))).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a loan outside the product, under an unpublished product, or a duplicate contract, and writes nothing', async () => {
    const bank = await createBank(app);
    const product = await createProduct(app, bank.id, { validFrom: '2023-01-01' }, true);
    const draft = await createProduct(app, bank.id);
    const firm = await createFirm(app);
    const first = await app.ok(RecordLoanDocument, loanInput(product.id, firm.id));
    const before = await app.snapshot();
    const problems = async (over: object) => {
      const { code, error } = await app.fails(RecordLoanDocument, loanInput(product.id, firm.id, over));
      expect(code).toBe('BAD_USER_INPUT');
      return (error.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);
    };
    expect(await problems({ principal: '5000000.01' })).toEqual(['principal:OUTSIDE_PRODUCT_RANGE']);
    expect(await problems({ termMonths: 48, annualRate: '0.0300' })).toEqual(['termMonths:OUTSIDE_PRODUCT_RANGE', 'annualRate:OUTSIDE_PRODUCT_RANGE']);
    expect(await problems({ disbursedOn: '2022-12-31' })).toEqual(['disbursedOn:OUTSIDE_PRODUCT_VALIDITY']);
    expect(await problems({ disbursedOn: '2999-01-01' })).toEqual(['disbursedOn:IN_FUTURE']);
    expect(await problems({ principal: '0.00' })).toEqual(['principal:NOT_POSITIVE']);
    expect((await app.fails(RecordLoanDocument, loanInput(draft.id, firm.id))).code).toBe('INVALID_STATE');
    expect((await app.fails(RecordLoanDocument, loanInput(product.id, firm.id, { contractNo: first.recordLoan.contractNo }))).code).toBe('CONFLICT');
    expect((await app.fails(RecordLoanDocument, loanInput('00000000-0000-4000-8000-000000000000', firm.id))).code).toBe('NOT_FOUND');
    expect((await app.fails(RecordLoanDocument, loanInput(product.id, 'no-such-firm'))).code).toBe('BAD_USER_INPUT');
    await app.ok(WithdrawProductDocument, { id: product.id, reason: '停办' });
    expect((await app.fails(RecordLoanDocument, loanInput(product.id, firm.id))).code).toBe('INVALID_STATE');
    const after = await app.snapshot();
    expect(after.loan).toBe(before.loan);
    expect(after.idempotency_key).toBe(before.idempotency_key);
  });
});

describe('repayments and status', () => {
  it('repays in parts; over-repayment is refused and leaves no trace', async () => {
    const bank = await createBank(app);
    const product = await createProduct(app, bank.id, {}, true);
    const loan = await recordLoan(app, product.id, (await createFirm(app)).id, '1000000.00', { disbursedOn: '2024-01-15' });
    const pay = (principal: string, interest = '0.00', paidOn = '2024-06-30') =>
      ({ input: { loanId: loan.id, paidOn, principal, interest, recordedBy: '客户经理', idempotencyKey: key() } });
    await app.ok(RecordRepaymentDocument, pay('300000.00', '22500.00'));
    const before = await app.snapshot();
    const over = await app.fails(RecordRepaymentDocument, pay('700000.01'));
    expect(over.code).toBe('OVER_REPAYMENT');
    expect(over.error.extensions?.outstandingPrincipal).toBe('700000.00');
    expect((await app.fails(RecordRepaymentDocument, pay('0.00', '0.00'))).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(RecordRepaymentDocument, pay('1.00', '0.00', '2023-12-31'))).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(RecordRepaymentDocument, pay('-1.00'))).code).toBe('BAD_USER_INPUT');
    // Interest no lawful rate could reach (it once overflowed the column: an internal error).
    for (const interest of ['9999999999999999.99', '1000000.01']) {
      const absurd = await app.fails(RecordRepaymentDocument, pay('0.00', interest));
      expect([absurd.code, (absurd.error.extensions?.problems as { field: string; code: string }[])[0]]).toEqual(['BAD_USER_INPUT', expect.objectContaining({ field: 'interest', code: 'INTEREST_IMPLAUSIBLE' })]);
    }
    expect(await app.snapshot()).toEqual(before);
    const done = await app.ok(RecordRepaymentDocument, pay('700000.00', '1000.00'));
    expect(done.recordRepayment.loan).toMatchObject({ status: 'REPAID', outstandingPrincipal: '0.00', interestPaid: '23500.00' });
    const { loan: read } = await app.ok(LoanDocument, { id: loan.id });
    expect(read.repayments.map((r) => r.principal)).toEqual(['300000.00', '700000.00']);
  });

  it('allows only the legal moves: every illegal one is INVALID_STATE and changes nothing', async () => {
    const bank = await createBank(app);
    const product = await createProduct(app, bank.id, {}, true);
    const firm = await createFirm(app);
    const change = (loanId: string, note?: string) => ({ input: { loanId, on: today(), note } });
    const legal = await recordLoan(app, product.id, firm.id, '100000.00');
    expect((await app.ok(MarkLoanOverdueDocument, change(legal.id, '逾期15天'))).markLoanOverdue).toMatchObject({ status: 'OVERDUE', statusNote: '逾期15天' });
    expect((await app.ok(MarkLoanCurrentDocument, change(legal.id))).markLoanCurrent.status).toBe('ACTIVE');
    expect((await app.ok(DeclareLoanDefaultDocument, change(legal.id))).declareLoanDefault).toMatchObject({ status: 'DEFAULTED', defaultedOn: today() });
    expect((await app.ok(WriteOffLoanDocument, change(legal.id))).writeOffLoan).toMatchObject({ status: 'WRITTEN_OFF', closedOn: today() });

    const active = await recordLoan(app, product.id, firm.id, '100000.00');
    const repaid = await recordLoan(app, product.id, firm.id, '100000.00');
    await app.ok(RecordRepaymentDocument, { input: { loanId: repaid.id, paidOn: today(), principal: '100000.00', interest: '0.00', recordedBy: 'x', idempotencyKey: key() } });
    const before = await app.snapshot();
    type StatusDoc = typeof MarkLoanCurrentDocument | typeof MarkLoanOverdueDocument | typeof DeclareLoanDefaultDocument | typeof WriteOffLoanDocument;
    const illegal: [string, StatusDoc][] = [
      [active.id, MarkLoanCurrentDocument],
      [active.id, WriteOffLoanDocument],
      [repaid.id, MarkLoanOverdueDocument],
      [repaid.id, DeclareLoanDefaultDocument],
      [repaid.id, WriteOffLoanDocument],
      [repaid.id, MarkLoanCurrentDocument],
      [legal.id, MarkLoanOverdueDocument],
      [legal.id, DeclareLoanDefaultDocument],
    ];
    for (const [id, doc] of illegal) {
      const { code, error } = await app.fails(doc as typeof MarkLoanCurrentDocument, change(id));
      expect(code).toBe('INVALID_STATE');
      expect(error.message).toMatch(/不能变为.*cannot become/);
    }
    expect((await app.fails(RecordRepaymentDocument, { input: { loanId: legal.id, paidOn: today(), principal: '1.00', interest: '0.00', recordedBy: 'x', idempotencyKey: key() } })).code).toBe('INVALID_STATE');
    expect((await app.fails(MarkLoanOverdueDocument, change('00000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
    expect(await app.snapshot()).toEqual(before);
  });
});

describe('claims', () => {
  it('refuses claims on loans that are not defaulted or not covered; rejects with a reason; recoveries stay within the outstanding', async () => {
    const { pool, product } = await poolWithProduct(app, { balance: '1000000.00', pool: { stopRatio: '1' } });
    const { loan } = await enrolledLoan(app, product.id, '2000000.00');
    await enrolledLoan(app, product.id, '2000000.00');
    const claimOn = (loanId: string) => ({ input: { loanId, filedOn: today(), idempotencyKey: key() } });
    const before = await app.snapshot();
    expect((await app.fails(FileClaimDocument, claimOn(loan.id))).code).toBe('INVALID_STATE');
    const bank = await createBank(app);
    const uncovered = await recordLoan(app, (await createProduct(app, bank.id, {}, true)).id, (await createFirm(app)).id, '100000.00');
    expect((await app.fails(FileClaimDocument, claimOn(uncovered.id))).code).toBe('INVALID_STATE');
    expect((await app.snapshot()).compensation_claim).toBe(before.compensation_claim);

    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: loan.id, on: today() } });
    const { fileClaim } = await app.ok(FileClaimDocument, claimOn(loan.id));
    expect((await app.fails(FileClaimDocument, claimOn(loan.id))).code).toBe('CONFLICT');
    expect((await app.fails(PayClaimDocument, { input: { claimId: fileClaim.id, paidOn: today(), voucherRef: 'v', recordedBy: 'r', idempotencyKey: key() } })).code).toBe('INVALID_STATE');
    expect((await app.fails(WriteOffLoanDocument, { input: { loanId: loan.id, on: today() } })).code).toBe('INVALID_STATE');
    expect((await app.fails(RejectClaimDocument, { id: fileClaim.id, reason: ' ' })).code).toBe('BAD_USER_INPUT');
    const { rejectClaim } = await app.ok(RejectClaimDocument, { id: fileClaim.id, reason: '贷前调查不尽职' });
    expect(rejectClaim).toMatchObject({ status: 'REJECTED', rejectionReason: '贷前调查不尽职' });
    expect((await app.fails(ApproveClaimDocument, { id: fileClaim.id })).code).toBe('INVALID_STATE');
    const { compensationClaim } = await app.ok(CompensationClaimDocument, { id: fileClaim.id });
    expect(compensationClaim.pool.id).toBe(pool.id);
    expect((await app.ok(CompensationClaimsDocument, { filter: { poolId: pool.id, statuses: ['REJECTED'] } })).compensationClaims.totalCount).toBe(1);
  });

  it('a recovery may not exceed what is outstanding, and fills the pool in its frozen share', async () => {
    const { product } = await poolWithProduct(app, { balance: '1000000.00', pool: { stopRatio: '1', poolShare: '0.8' } });
    const { loan } = await enrolledLoan(app, product.id, '1000000.00');
    await enrolledLoan(app, product.id, '1000000.00');
    await app.ok(RecordRepaymentDocument, { input: { loanId: loan.id, paidOn: today(), principal: '250000.00', interest: '0.00', recordedBy: 'x', idempotencyKey: key() } });
    await app.ok(DeclareLoanDefaultDocument, { input: { loanId: loan.id, on: today() } });
    const { fileClaim } = await app.ok(FileClaimDocument, { input: { loanId: loan.id, filedOn: today(), idempotencyKey: key() } });
    expect(fileClaim).toMatchObject({ outstandingAtDefault: '750000.00', amountClaimed: '600000.00' });
    await app.ok(ApproveClaimDocument, { id: fileClaim.id });
    await app.ok(PayClaimDocument, { input: { claimId: fileClaim.id, paidOn: today(), voucherRef: 'v', recordedBy: 'r', idempotencyKey: key() } });
    const recover = (amount: string) => ({ input: { claimId: fileClaim.id, amountRecovered: amount, recoveredOn: today(), voucherRef: 'v', recordedBy: 'r', idempotencyKey: key() } });
    expect((await app.fails(RecordRecoveryDocument, recover('750000.01'))).code).toBe('OVER_REPAYMENT');
    expect((await app.ok(RecordRecoveryDocument, recover('0.01'))).recordRecovery).toMatchObject({ recoveredTotal: '0.01', returnedToPool: '0.01' });
    const last = await app.ok(RecordRecoveryDocument, recover('749999.99'));
    expect(last.recordRecovery).toMatchObject({ recoveredTotal: '750000.00', returnedToPool: '600000.00', loan: { status: 'REPAID', outstandingPrincipal: '0.00' } });
  });
});
