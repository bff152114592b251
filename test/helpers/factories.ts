import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../src/modules/firm/credit-code';
import type { TestApp } from './app';
import {
  CreateBankBranchDocument,
  CreateBankDocument,
  CreateBankOfficerDocument,
  CreateFirmDocument,
  CreateProductDocument,
  PublishProductDocument,
} from '../generated/operations';
import type { CreateFirmInput, CreateProductInput } from '../generated/schema';

let serial = 0;
const next = () => ++serial;

/** A valid credit code (GB 32100-2015) for a Changde firm, unique within the run. */
export function creditCode(n = next()): string {
  let org = '';
  let x = n + 7919 * process.pid;
  for (let i = 0; i < 9; i++) {
    org = CREDIT_CODE_ALPHABET[x % 31] + org;
    x = Math.floor(x / 31);
  }
  const first17 = `91430700${org}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** The same code with a wrong check character. */
export function withWrongCheck(code: string): string {
  const right = code[17];
  const wrong = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(right) + 1) % 31];
  return code.slice(0, 17) + wrong;
}

export function firmInput(over: Partial<CreateFirmInput> = {}): CreateFirmInput {
  const n = next();
  return {
    creditCode: creditCode(n),
    name: `测试企业${n}有限公司`,
    chain: 'EQUIPMENT_MANUFACTURING',
    sizeClass: 'SMALL',
    foundedOn: '2015-06-01',
    employees: 80,
    annualRevenue: '15000000.00',
    rdSpend: '900000.00',
    taxCreditGrade: 'A',
    ...over,
  };
}

export async function createBank(app: TestApp, name = `测试银行${next()}常德分行`) {
  const { createBank } = await app.ok(CreateBankDocument, { input: { name, shortName: name.slice(0, 8), kind: 'CITY_COMMERCIAL' } });
  return createBank;
}

export async function createBranch(app: TestApp, bankId: string, name = `经开区支行${next()}`) {
  const { createBankBranch } = await app.ok(CreateBankBranchDocument, { input: { bankId, name, isTechBranch: false } });
  return createBankBranch;
}

export async function createOfficer(app: TestApp, branchId: string, title: 'BRANCH_PRESIDENT' | 'VICE_PRESIDENT' | 'ACCOUNT_MANAGER' = 'ACCOUNT_MANAGER') {
  const { createBankOfficer } = await app.ok(CreateBankOfficerDocument, { input: { branchId, name: `人员${next()}`, title } });
  return createBankOfficer;
}

export async function createFirm(app: TestApp, over: Partial<CreateFirmInput> = {}) {
  const { createFirm } = await app.ok(CreateFirmDocument, { input: firmInput(over) });
  return createFirm;
}

export function productInput(bankId: string, over: Partial<CreateProductInput> = {}): CreateProductInput {
  return {
    bankId,
    name: `园区经营贷${next()}`,
    category: 'CREDIT',
    minAmount: '100000.00',
    maxAmount: '5000000.00',
    minTermMonths: 6,
    maxTermMonths: 36,
    rateKind: 'FIXED',
    minRate: '0.0365',
    maxRate: '0.0550',
    collateralKinds: ['NONE'],
    promisedResponseDays: 7,
    ...over,
  };
}

export async function createProduct(app: TestApp, bankId: string, over: Partial<CreateProductInput> = {}, publish = false) {
  const { createProduct } = await app.ok(CreateProductDocument, { input: productInput(bankId, over) });
  if (publish) await app.ok(PublishProductDocument, { id: createProduct.id });
  return createProduct;
}
