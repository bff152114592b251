import { todayInZone } from '../src/common/dates';
import { TestApp } from './helpers/app';
import { createBank, createBranch, createOfficer, createProduct, productInput } from './helpers/factories';
import {
  CatalogueWithContactsDocument,
  CreateProductDocument,
  ProductDocument,
  ProductsDocument,
  PublishProductDocument,
  UpdateProductDocument,
  WithdrawProductDocument,
} from './generated/operations';

/** A validity end well ahead, within the plausible range (today + 10 years at most). */
const FAR_END = `${Number(todayInZone().slice(0, 4)) + 5}-12-31`;
let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

const problemCodes = (error: { extensions?: Record<string, unknown> }) => (error.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);

describe('loan products', () => {
  it('creates an IP-pledge product with branch, contacts and eligibility, exactly as given', async () => {
    const bank = await createBank(app);
    const branch = await createBranch(app, bank.id);
    const president = await createOfficer(app, branch.id, 'BRANCH_PRESIDENT');
    const manager = await createOfficer(app, branch.id);
    const { createProduct } = await app.ok(CreateProductDocument, {
      input: productInput(bank.id, {
        name: '知识产权质押贷',
        category: 'IP_PLEDGE',
        branchId: branch.id,
        minAmount: '500000.00',
        maxAmount: '30000000.00',
        rateKind: 'LPR_SPREAD',
        minRate: null,
        maxRate: null,
        lprTenor: 'ONE_YEAR',
        minSpreadBps: -20,
        maxSpreadBps: 150,
        collateralKinds: ['IP'],
        loanToValue: '0.55',
        eligibility: {
          chains: ['EQUIPMENT_MANUFACTURING', 'POWER_ELECTRONICS'],
          sizeClasses: ['SMALL', 'MEDIUM'],
          requiredQualifications: ['HIGH_TECH_ENTERPRISE'],
          minYearsOperating: 2,
          minAnnualRevenue: '5000000.00',
          minTaxGrade: 'B',
          ipRequired: true,
        },
        validFrom: '2022-01-01',
        validUntil: FAR_END,
        contactOfficerIds: [manager.id, president.id],
      }),
    });
    expect(createProduct).toMatchObject({
      status: 'DRAFT',
      minAmount: '500000.00',
      maxAmount: '30000000.00',
      loanToValue: '0.55',
      minRate: null,
      lprTenor: 'ONE_YEAR',
      minSpreadBps: -20,
      eligibility: { minAnnualRevenue: '5000000.00', minTaxGrade: 'B', ipRequired: true, chains: ['EQUIPMENT_MANUFACTURING', 'POWER_ELECTRONICS'] },
      branch: { id: branch.id },
      contacts: [{ id: manager.id }, { id: president.id }],
      publishedAt: null,
    });
    const { product } = await app.ok(ProductDocument, { id: createProduct.id });
    expect(product.bank.id).toBe(bank.id);
    expect(product.contacts.map((c) => c.title)).toEqual(['ACCOUNT_MANAGER', 'BRANCH_PRESIDENT']);
  });

  it('keeps rates exact: "0.0365" stays 0.0365 and amounts keep their fen', async () => {
    const bank = await createBank(app);
    const p = await createProduct(app, bank.id, { minAmount: '0.10', maxAmount: '0.30', minRate: '0.0365', maxRate: '0.043500' });
    expect(p).toMatchObject({ minAmount: '0.10', maxAmount: '0.30', minRate: '0.0365', maxRate: '0.0435' });
  });

  it('goes draft -> published -> withdrawn -> published, and the catalogue follows', async () => {
    const bank = await createBank(app);
    const p = await createProduct(app, bank.id, { name: '生命周期贷' });
    const inCatalogue = async () => (await app.ok(ProductsDocument, { filter: { search: '生命周期贷' } })).products.totalCount;
    expect(await inCatalogue()).toBe(0);

    const { publishProduct } = await app.ok(PublishProductDocument, { id: p.id });
    expect(publishProduct.status).toBe('PUBLISHED');
    expect(publishProduct.publishedAt).not.toBeNull();
    expect(await inCatalogue()).toBe(1);

    expect((await app.fails(PublishProductDocument, { id: p.id })).code).toBe('INVALID_STATE');
    const { withdrawProduct } = await app.ok(WithdrawProductDocument, { id: p.id, reason: '额度用尽' });
    expect(withdrawProduct).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: '额度用尽' });
    expect(await inCatalogue()).toBe(0);
    expect((await app.fails(WithdrawProductDocument, { id: p.id, reason: '再次下架' })).code).toBe('INVALID_STATE');

    const drafts = await app.ok(ProductsDocument, { filter: { search: '生命周期贷', statuses: ['WITHDRAWN'] } });
    expect(drafts.products.totalCount).toBe(1);
    expect((await app.ok(PublishProductDocument, { id: p.id })).publishProduct.status).toBe('PUBLISHED');
  });

  it('will not publish a product whose validity has ended, nor withdraw without a reason', async () => {
    const bank = await createBank(app);
    const p = await createProduct(app, bank.id, { validFrom: '2020-01-01', validUntil: '2021-12-31' });
    const before = await app.snapshot();
    const { code, error } = await app.fails(PublishProductDocument, { id: p.id });
    expect(code).toBe('INVALID_STATE');
    expect(error.message).toContain('2021-12-31');
    const draft = await createProduct(app, bank.id, {}, true);
    const after = await app.snapshot();
    expect((await app.fails(WithdrawProductDocument, { id: draft.id, reason: '   ' })).code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot()).toEqual(after);
    expect(before.loan_product + 1).toBe(after.loan_product);
  });

  it('filters the catalogue by category, bank, chain, size, amount and term; paginates with cursors', async () => {
    const bank = await createBank(app);
    const other = await createBank(app);
    await createProduct(app, bank.id, { name: '筛选-任意', eligibility: { chains: [], sizeClasses: [], requiredQualifications: [], ipRequired: false } }, true);
    await createProduct(app, bank.id, { name: '筛选-医药小微', eligibility: { chains: ['PHARMA_CHEMICALS'], sizeClasses: ['MICRO', 'SMALL'], requiredQualifications: [], ipRequired: false } }, true);
    await createProduct(app, other.id, { name: '筛选-税易贷', category: 'TAX_CREDIT', minAmount: '10000000.00', maxAmount: '20000000.00', minTermMonths: 12, maxTermMonths: 12 }, true);
    await createProduct(app, bank.id, { name: '筛选-草稿' });

    const names = async (filter: object) => (await app.ok(ProductsDocument, { filter: { search: '筛选-', ...filter } })).products.edges.map((e) => e.node.name);
    expect(await names({})).toEqual(['筛选-任意', '筛选-医药小微', '筛选-税易贷']);
    expect(await names({ categories: ['TAX_CREDIT'] })).toEqual(['筛选-税易贷']);
    expect(await names({ bankId: bank.id })).toEqual(['筛选-任意', '筛选-医药小微']);
    expect(await names({ chain: 'PHARMA_CHEMICALS' })).toEqual(['筛选-任意', '筛选-医药小微', '筛选-税易贷']);
    expect(await names({ chain: 'POWER_ELECTRONICS' })).toEqual(['筛选-任意', '筛选-税易贷']);
    expect(await names({ sizeClass: 'MEDIUM' })).toEqual(['筛选-任意', '筛选-税易贷']);
    expect(await names({ amount: '15000000.00' })).toEqual(['筛选-税易贷']);
    expect(await names({ amount: '5000000.00', termMonths: 36 })).toEqual(['筛选-任意', '筛选-医药小微']);
    expect(await names({ termMonths: 48 })).toEqual([]);
    expect(await names({ statuses: ['DRAFT'] })).toEqual(['筛选-草稿']);

    const first = await app.ok(ProductsDocument, { filter: { search: '筛选-' }, first: 2 });
    expect(first.products).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = await app.ok(ProductsDocument, { filter: { search: '筛选-' }, first: 2, after: first.products.pageInfo.endCursor });
    expect(rest.products.edges.map((e) => e.node.name)).toEqual(['筛选-税易贷']);
    expect(rest.products.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.products.edges[0].cursor });
    expect((await app.fails(ProductsDocument, { after: 'garbage' })).code).toBe('BAD_USER_INPUT');
    expect((await app.fails(ProductsDocument, { first: 101 })).code).toBe('BAD_USER_INPUT');
  });

  it('updates a product partly; the ranges are judged with the unchanged side; contacts are replaced', async () => {
    const bank = await createBank(app);
    const branch = await createBranch(app, bank.id);
    const officer = await createOfficer(app, branch.id);
    const p = await createProduct(app, bank.id, {}, true);
    const { updateProduct } = await app.ok(UpdateProductDocument, { id: p.id, input: { maxAmount: '8000000.00', promisedResponseDays: 3, contactOfficerIds: [officer.id], branchId: branch.id } });
    expect(updateProduct).toMatchObject({ maxAmount: '8000000.00', minAmount: '100000.00', promisedResponseDays: 3, status: 'PUBLISHED', contacts: [{ id: officer.id }], branch: { id: branch.id } });
    const before = await app.snapshot();
    const { error } = await app.fails(UpdateProductDocument, { id: p.id, input: { minAmount: '9000000.00' } });
    expect(problemCodes(error)).toEqual(['maxAmount:RANGE_REVERSED']);
    expect(await app.snapshot()).toEqual(before);
    const { updateProduct: switched } = await app.ok(UpdateProductDocument, {
      id: p.id,
      input: { rateKind: 'LPR_SPREAD', minRate: null, maxRate: null, lprTenor: 'FIVE_YEAR', minSpreadBps: 0, maxSpreadBps: 80, contactOfficerIds: [], branchId: null },
    });
    expect(switched).toMatchObject({ rateKind: 'LPR_SPREAD', minRate: null, lprTenor: 'FIVE_YEAR', contacts: [], branch: null });
  });

  describe('refuses bad input and writes nothing', () => {
    let bankId: string;
    beforeAll(async () => {
      bankId = (await createBank(app)).id;
    });

    it.each([
      ['min amount above max', { minAmount: '6000000.00', maxAmount: '5000000.00' }, ['maxAmount:RANGE_REVERSED']],
      ['a zero amount', { minAmount: '0.00' }, ['minAmount:NOT_POSITIVE']],
      ['terms reversed and out of range', { minTermMonths: 400, maxTermMonths: 12 }, ['minTermMonths:OUT_OF_RANGE', 'maxTermMonths:RANGE_REVERSED']],
      ['rates reversed', { minRate: '0.06', maxRate: '0.04' }, ['maxRate:RANGE_REVERSED']],
      ['a fixed product without rates', { minRate: null, maxRate: null }, ['minRate:RATE_REQUIRED']],
      ['an LPR product with fixed rates and no tenor', { rateKind: 'LPR_SPREAD' }, ['lprTenor:SPREAD_REQUIRED', 'minRate:RATE_KIND_MISMATCH']],
      ['an IP pledge without loan-to-value or IP collateral', { category: 'IP_PLEDGE' }, ['loanToValue:LTV_REQUIRED', 'collateralKinds:IP_COLLATERAL_REQUIRED']],
      ['loan-to-value on a credit product', { loanToValue: '0.5' }, ['loanToValue:LTV_NOT_APPLICABLE']],
      ['NONE mixed with real estate', { collateralKinds: ['NONE', 'REAL_ESTATE'] }, ['collateralKinds:NONE_WITH_OTHERS']],
      ['validity reversed', { validFrom: '2025-01-01', validUntil: '2024-01-01' }, ['validUntil:RANGE_REVERSED']],
      ['response days out of range', { promisedResponseDays: 0 }, ['promisedResponseDays:OUT_OF_RANGE']],
      ['a name too long', { name: '贷'.repeat(101) }, ['name:TOO_LONG']],
    ] as const)('%s', async (_why, over, expected) => {
      const before = await app.snapshot();
      const { code, error } = await app.fails(CreateProductDocument, { input: productInput(bankId, over as never) });
      expect(code).toBe('BAD_USER_INPUT');
      expect(problemCodes(error)).toEqual(expected);
      expect(await app.snapshot()).toEqual(before);
    });

    it.each([
      ['a rate of 3.85 written as a percentage', { minRate: '3.85' }],
      ['a negative amount', { minAmount: '-100.00' }],
      ['an amount with 3 decimals', { maxAmount: '100.005' }],
      ['an amount as a number', { maxAmount: 5000000 as unknown as string }],
      ['a rate with 7 decimals', { maxRate: '0.0550001' }],
    ])('%s is refused by the scalar', async (_why, over) => {
      const before = await app.snapshot();
      expect((await app.fails(CreateProductDocument, { input: productInput(bankId, over) })).code).toBe('BAD_USER_INPUT');
      expect(await app.snapshot()).toEqual(before);
    });

    it('unknown bank, branch and officer ids are NOT_FOUND; another bank\'s branch or officer is refused', async () => {
      const mine = await createBranch(app, bankId);
      const other = await createBank(app);
      const theirBranch = await createBranch(app, other.id);
      const theirOfficer = await createOfficer(app, theirBranch.id);
      const before = await app.snapshot();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await app.fails(CreateProductDocument, { input: productInput(missing) })).code).toBe('NOT_FOUND');
      expect((await app.fails(CreateProductDocument, { input: productInput(bankId, { branchId: missing }) })).code).toBe('NOT_FOUND');
      expect((await app.fails(CreateProductDocument, { input: productInput(bankId, { contactOfficerIds: [missing] }) })).code).toBe('NOT_FOUND');
      const foreignBranch = await app.fails(CreateProductDocument, { input: productInput(bankId, { branchId: theirBranch.id }) });
      expect(problemCodes(foreignBranch.error)).toEqual(['branchId:BRANCH_OF_OTHER_BANK']);
      const foreignOfficer = await app.fails(CreateProductDocument, { input: productInput(bankId, { branchId: mine.id, contactOfficerIds: [theirOfficer.id] }) });
      expect(problemCodes(foreignOfficer.error)).toEqual(['contactOfficerIds:OFFICER_OF_OTHER_BANK']);
      expect((await app.fails(ProductDocument, { id: missing })).code).toBe('NOT_FOUND');
      expect((await app.fails(PublishProductDocument, { id: missing })).code).toBe('NOT_FOUND');
      expect((await app.fails(UpdateProductDocument, { id: missing, input: { name: 'x' } })).code).toBe('NOT_FOUND');
      expect((await app.fails(WithdrawProductDocument, { id: missing, reason: 'x' })).code).toBe('NOT_FOUND');
      expect(await app.snapshot()).toEqual(before);
    });
  });
});

describe('no N+1', () => {
  it('lists 100 products with bank, branch, branch officers and contacts in as many statements as 2', async () => {
    const banks = await Promise.all([0, 1, 2, 3].map(() => createBank(app)));
    const branches = await Promise.all(banks.map((b) => createBranch(app, b.id)));
    const officers = await Promise.all(branches.map((br) => createOfficer(app, br.id, 'BRANCH_PRESIDENT')));
    for (let i = 0; i < 100; i++) {
      const k = i % 4;
      await createProduct(app, banks[k].id, { name: `批量产品${i}`, branchId: branches[k].id, contactOfficerIds: [officers[k].id] }, true);
    }
    const list = (first: number) => app.ok(CatalogueWithContactsDocument, { filter: { search: '批量产品' }, first });
    let two: Awaited<ReturnType<typeof list>> | undefined;
    let hundred: Awaited<ReturnType<typeof list>> | undefined;
    const forTwo = await app.countStatements(async () => (two = await list(2)));
    const forHundred = await app.countStatements(async () => (hundred = await list(100)));
    expect(two!.products.edges).toHaveLength(2);
    expect(hundred!.products.edges).toHaveLength(100);
    expect(hundred!.products.edges.every((e) => e.node.bank.id && e.node.branch!.officers.length === 1 && e.node.contacts.length === 1)).toBe(true);
    // the caller's account check, products page, count, banks, branches, branch officers, contacts (with their officers)
    expect(forHundred).toBe(forTwo);
    expect(forHundred).toBeGreaterThanOrEqual(6);
    expect(forHundred).toBeLessThanOrEqual(7);
  });
});
