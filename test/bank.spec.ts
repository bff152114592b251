import { TestApp } from './helpers/app';
import { createBank, createBranch, createOfficer } from './helpers/factories';
import {
  BankBranchDocument,
  BankDocument,
  BankOfficerDocument,
  BanksDocument,
  CreateBankBranchDocument,
  CreateBankDocument,
  CreateBankOfficerDocument,
  UpdateBankBranchDocument,
  UpdateBankDocument,
  UpdateBankOfficerDocument,
} from './generated/operations';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

describe('banks, branches and officers', () => {
  it('creates a bank with a branch and officers, and reads them back through every query', async () => {
    const { createBank: bank } = await app.ok(CreateBankDocument, {
      input: { name: '中国工商银行常德分行', shortName: '工商银行', nameEn: 'ICBC Changde Branch', kind: 'LARGE_STATE_OWNED' },
    });
    expect(bank).toMatchObject({ name: '中国工商银行常德分行', shortName: '工商银行', kind: 'LARGE_STATE_OWNED' });

    const { createBankBranch: branch } = await app.ok(CreateBankBranchDocument, {
      input: { bankId: bank.id, name: '  常德经开区科技支行 ', isTechBranch: true, address: '常德经开区德山大道', phone: '0736-7000001' },
    });
    expect(branch).toMatchObject({ name: '常德经开区科技支行', isTechBranch: true, bank: { id: bank.id } });

    const { createBankOfficer: president } = await app.ok(CreateBankOfficerDocument, {
      input: { branchId: branch.id, name: '李明', title: 'BRANCH_PRESIDENT', email: 'liming@example.cn' },
    });
    expect(president).toMatchObject({ title: 'BRANCH_PRESIDENT', branch: { id: branch.id }, bank: { id: bank.id } });

    const { bank: read } = await app.ok(BankDocument, { id: bank.id });
    expect(read.branches).toHaveLength(1);
    expect(read.branches[0].officers.map((o) => o.name)).toEqual(['李明']);

    const { bankBranch } = await app.ok(BankBranchDocument, { id: branch.id });
    expect(bankBranch.bank.name).toBe('中国工商银行常德分行');
    const { bankOfficer } = await app.ok(BankOfficerDocument, { id: president.id });
    expect(bankOfficer).toMatchObject({ name: '李明', branch: { id: branch.id }, bank: { id: bank.id } });
  });

  it('updates only the fields given, and clears a nullable one with null', async () => {
    const bank = await createBank(app);
    const { updateBank } = await app.ok(UpdateBankDocument, { id: bank.id, input: { nameEn: 'Test Bank', kind: 'RURAL_COMMERCIAL' } });
    expect(updateBank).toMatchObject({ name: bank.name, nameEn: 'Test Bank', kind: 'RURAL_COMMERCIAL' });
    const { updateBank: cleared } = await app.ok(UpdateBankDocument, { id: bank.id, input: { nameEn: null } });
    expect(cleared.nameEn).toBeNull();

    const branch = await createBranch(app, bank.id);
    const { updateBankBranch } = await app.ok(UpdateBankBranchDocument, { id: branch.id, input: { isTechBranch: true, phone: '0736-7123456' } });
    expect(updateBankBranch).toMatchObject({ isTechBranch: true, phone: '0736-7123456', name: branch.name });

    const officer = await createOfficer(app, branch.id);
    const other = await createBranch(app, bank.id);
    const { updateBankOfficer } = await app.ok(UpdateBankOfficerDocument, { id: officer.id, input: { title: 'VICE_PRESIDENT', branchId: other.id } });
    expect(updateBankOfficer).toMatchObject({ title: 'VICE_PRESIDENT', branch: { id: other.id } });
  });

  it('lists banks with a filter and cursor pagination', async () => {
    for (let i = 0; i < 5; i++) await createBank(app, `分页农商银行${i}`);
    const page1 = await app.ok(BanksDocument, { filter: { search: '分页农商' }, first: 2 });
    expect(page1.banks.totalCount).toBe(5);
    expect(page1.banks.edges.map((e) => e.node.name)).toEqual(['分页农商银行0', '分页农商银行1']);
    expect(page1.banks.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.ok(BanksDocument, { filter: { search: '分页农商' }, first: 2, after: page1.banks.pageInfo.endCursor });
    expect(page2.banks.edges.map((e) => e.node.name)).toEqual(['分页农商银行2', '分页农商银行3']);
    const page3 = await app.ok(BanksDocument, { filter: { search: '分页农商' }, first: 2, after: page2.banks.pageInfo.endCursor });
    expect(page3.banks.edges.map((e) => e.node.name)).toEqual(['分页农商银行4']);
    expect(page3.banks.pageInfo.hasNextPage).toBe(false);

    const { banks } = await app.ok(BanksDocument, { filter: { kind: 'POLICY' } });
    expect(banks.totalCount).toBe(0);
  });

  describe('refuses bad input and writes nothing', () => {
    it('a duplicate bank name is a CONFLICT', async () => {
      const bank = await createBank(app);
      const before = await app.snapshot();
      const { code, error } = await app.fails(CreateBankDocument, { input: { name: bank.name, shortName: 'x', kind: 'JOINT_STOCK' } });
      expect(code).toBe('CONFLICT');
      expect(error.message).toMatch(/已有名为.*的银行 \/ a bank named .* already exists/);
      expect(await app.snapshot()).toEqual(before);
    });

    it('empty and over-long names are BAD_USER_INPUT, all problems reported at once', async () => {
      const before = await app.snapshot();
      const { code, error } = await app.fails(CreateBankDocument, { input: { name: '   ', shortName: 'x'.repeat(41), kind: 'JOINT_STOCK' } });
      expect(code).toBe('BAD_USER_INPUT');
      const problems = error.extensions?.problems as { field: string; code: string }[];
      expect(problems.map((p) => [p.field, p.code])).toEqual([
        ['name', 'REQUIRED'],
        ['shortName', 'TOO_LONG'],
      ]);
      expect(await app.snapshot()).toEqual(before);
    });

    it('an unknown enum value is refused by GraphQL itself', async () => {
      const { code } = await app.fails(CreateBankDocument, { input: { name: '某银行', shortName: '某', kind: 'PAWN_SHOP' as never } });
      expect(code).toBe('BAD_USER_INPUT');
    });

    it('unknown ids are NOT_FOUND; malformed ids are BAD_USER_INPUT naming the field', async () => {
      for (const [id, code] of [['00000000-0000-4000-8000-000000000000', 'NOT_FOUND'], ['not-a-uuid', 'BAD_USER_INPUT']]) {
        expect((await app.fails(BankDocument, { id })).code).toBe(code);
        expect((await app.fails(BankBranchDocument, { id })).code).toBe(code);
        expect((await app.fails(BankOfficerDocument, { id })).code).toBe(code);
        expect((await app.fails(UpdateBankDocument, { id, input: { nameEn: 'x' } })).code).toBe(code);
        const before = await app.snapshot();
        const branch = await app.fails(CreateBankBranchDocument, { input: { bankId: id, name: '孤儿支行' } });
        expect(branch.code).toBe(code);
        if (code === 'BAD_USER_INPUT') expect(branch.error.extensions?.problems).toEqual([expect.objectContaining({ field: 'bankId', code: 'INVALID_ID' })]);
        expect((await app.fails(CreateBankOfficerDocument, { input: { branchId: id, name: '无名', title: 'ACCOUNT_MANAGER' } })).code).toBe(code);
        expect(await app.snapshot()).toEqual(before);
      }
    });

    it('a duplicate branch name within a bank is a CONFLICT; a bad phone or email is BAD_USER_INPUT', async () => {
      const bank = await createBank(app);
      const branch = await createBranch(app, bank.id);
      const before = await app.snapshot();
      expect((await app.fails(CreateBankBranchDocument, { input: { bankId: bank.id, name: branch.name } })).code).toBe('CONFLICT');
      expect((await app.fails(UpdateBankBranchDocument, { id: branch.id, input: { phone: 'call me' } })).code).toBe('BAD_USER_INPUT');
      expect((await app.fails(CreateBankOfficerDocument, { input: { branchId: branch.id, name: '王五', title: 'ACCOUNT_MANAGER', email: 'not-an-email' } })).code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await app.fails(UpdateBankDocument, { id: bank.id, input: { kind: null } })).code).toBe('BAD_USER_INPUT');
      expect(await app.snapshot()).toEqual(before);
    });

    it('an officer cannot move to a branch of another bank', async () => {
      const a = await createBank(app);
      const b = await createBank(app);
      const officer = await createOfficer(app, (await createBranch(app, a.id)).id);
      const foreign = await createBranch(app, b.id);
      const before = await app.snapshot();
      const { code } = await app.fails(UpdateBankOfficerDocument, { id: officer.id, input: { branchId: foreign.id, title: 'BRANCH_PRESIDENT' } });
      expect(code).toBe('CONFLICT');
      expect(await app.snapshot()).toEqual(before);
    });
  });
});
