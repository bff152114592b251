import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, checkContact, clean, cleanPatch, containing, type Check } from '../../common/validation';
import { applyPatch, findOr404, inTransaction } from '../../common/write';
import { ConflictError, bi } from '../../common/errors';
import { assertActsForBank } from './bank.access';
import type { Actor } from '../auth/auth.types';
import { Bank } from './bank.entity';
import { BankBranch } from './bank-branch.entity';
import { BankOfficer } from './bank-officer.entity';
import type {
  BankFilter,
  CreateBankBranchInput,
  CreateBankInput,
  CreateBankOfficerInput,
  UpdateBankBranchInput,
  UpdateBankInput,
  UpdateBankOfficerInput,
} from './bank.inputs';


function checkBank(c: Check, input: Partial<CreateBankInput>, creating: boolean): void {
  if (creating || input.name !== undefined) c.text('name', input.name, { max: 100, required: true });
  if (creating || input.shortName !== undefined) c.text('shortName', input.shortName, { max: 40, required: true });
  c.text('nameEn', input.nameEn, { max: 200 });
  c.text('sourceNote', input.sourceNote, { max: 2000 });
  c.notNull('kind', input.kind);
}

function checkBranch(c: Check, input: Partial<CreateBankBranchInput>, creating: boolean): void {
  if (creating || input.name !== undefined) c.text('name', input.name, { max: 100, required: true });
  c.text('nameEn', input.nameEn, { max: 200 });
  c.text('address', input.address, { max: 200 });
  c.notNull('isTechBranch', input.isTechBranch);
  c.text('sourceNote', input.sourceNote, { max: 2000 });
  checkContact(c, input);
}

function checkOfficer(c: Check, input: Partial<CreateBankOfficerInput>, creating: boolean): void {
  if (creating || input.name !== undefined) c.text('name', input.name, { max: 50, required: true });
  c.notNull('title', input.title);
  c.notNull('branchId', (input as UpdateBankOfficerInput).branchId);
  c.text('sourceNote', input.sourceNote, { max: 2000 });
  checkContact(c, input);
}

async function assertBankNameFree(em: EntityManager, name: string, exceptId?: string): Promise<void> {
  const other = await em.findOne(Bank, { name });
  if (other && other.id !== exceptId) {
    throw new ConflictError(bi(`已有名为"${name}"的银行`, `a bank named "${name}" already exists`), { existingId: other.id });
  }
}

async function assertBranchNameFree(em: EntityManager, bank: Bank, name: string, exceptId?: string): Promise<void> {
  const other = await em.findOne(BankBranch, { bank, name });
  if (other && other.id !== exceptId) {
    throw new ConflictError(bi(`该银行已有名为"${name}"的支行`, `this bank already has a branch named "${name}"`), { existingId: other.id });
  }
}

export const BankService = {
  get: (em: EntityManager, id: string) => findOr404(em, Bank, id, NOUN.bank),
  getBranch: (em: EntityManager, id: string) => findOr404(em, BankBranch, id, NOUN.branch),
  getOfficer: (em: EntityManager, id: string) => findOr404(em, BankOfficer, id, NOUN.officer),

  list(em: EntityManager, filter: BankFilter = {}, page: PageArgs) {
    const where: FilterQuery<Bank> = {};
    if (filter.kind) where.kind = filter.kind;
    const q = clean(filter.search);
    if (q) where.$or = [{ name: { $ilike: containing(q) } }, { shortName: { $ilike: containing(q) } }];
    return paginate(em, Bank, where, page);
  },

  async create(em: EntityManager, input: CreateBankInput): Promise<Bank> {
    const c = check();
    checkBank(c, input, true);
    c.done();
    return inTransaction(em, async (tx) => {
      const name = clean(input.name)!;
      await assertBankNameFree(tx, name);
      const bank = new Bank(name, clean(input.shortName)!, input.kind);
      bank.nameEn = clean(input.nameEn);
      bank.sourceNote = clean(input.sourceNote);
      tx.persist(bank);
      return bank;
    });
  },

  async update(em: EntityManager, actor: Actor | null, id: string, input: UpdateBankInput): Promise<Bank> {
    const c = check();
    checkBank(c, input, false);
    c.done();
    return inTransaction(em, async (tx) => {
      const bank = await findOr404(tx, Bank, id, NOUN.bank, { lock: true });
      assertActsForBank(actor, bank.id);
      const name = cleanPatch(input.name);
      if (name && name !== bank.name) await assertBankNameFree(tx, name, bank.id);
      applyPatch(bank, { name, shortName: cleanPatch(input.shortName), nameEn: cleanPatch(input.nameEn), kind: input.kind ?? undefined, sourceNote: cleanPatch(input.sourceNote) }, ['name', 'shortName', 'nameEn', 'kind', 'sourceNote']);
      return bank;
    });
  },

  async createBranch(em: EntityManager, actor: Actor | null, input: CreateBankBranchInput): Promise<BankBranch> {
    const c = check();
    checkBranch(c, input, true);
    c.done();
    return inTransaction(em, async (tx) => {
      const bank = await findOr404(tx, Bank, input.bankId, NOUN.bank);
      assertActsForBank(actor, bank.id);
      const name = clean(input.name)!;
      await assertBranchNameFree(tx, bank, name);
      const branch = new BankBranch(bank, name);
      applyPatch(branch, { nameEn: clean(input.nameEn), isTechBranch: input.isTechBranch ?? false, address: clean(input.address), phone: clean(input.phone), sourceNote: clean(input.sourceNote) }, ['nameEn', 'isTechBranch', 'address', 'phone', 'sourceNote']);
      tx.persist(branch);
      return branch;
    });
  },

  async updateBranch(em: EntityManager, actor: Actor | null, id: string, input: UpdateBankBranchInput): Promise<BankBranch> {
    const c = check();
    checkBranch(c, input, false);
    c.done();
    return inTransaction(em, async (tx) => {
      const branch = await findOr404(tx, BankBranch, id, NOUN.branch, { lock: true });
      assertActsForBank(actor, branch.bank.id);
      const name = cleanPatch(input.name);
      if (name && name !== branch.name) await assertBranchNameFree(tx, branch.bank, name, branch.id);
      applyPatch(branch, { name, nameEn: cleanPatch(input.nameEn), isTechBranch: input.isTechBranch ?? undefined, address: cleanPatch(input.address), phone: cleanPatch(input.phone), sourceNote: cleanPatch(input.sourceNote) }, ['name', 'nameEn', 'isTechBranch', 'address', 'phone', 'sourceNote']);
      return branch;
    });
  },

  async createOfficer(em: EntityManager, actor: Actor | null, input: CreateBankOfficerInput): Promise<BankOfficer> {
    const c = check();
    checkOfficer(c, input, true);
    c.done();
    return inTransaction(em, async (tx) => {
      const branch = await findOr404(tx, BankBranch, input.branchId, NOUN.branch);
      assertActsForBank(actor, branch.bank.id);
      const officer = new BankOfficer(branch, clean(input.name)!, input.title);
      applyPatch(officer, { phone: clean(input.phone), email: clean(input.email), sourceNote: clean(input.sourceNote) }, ['phone', 'email', 'sourceNote']);
      tx.persist(officer);
      return officer;
    });
  },

  async updateOfficer(em: EntityManager, actor: Actor | null, id: string, input: UpdateBankOfficerInput): Promise<BankOfficer> {
    const c = check();
    checkOfficer(c, input, false);
    c.done();
    return inTransaction(em, async (tx) => {
      const officer = await findOr404(tx, BankOfficer, id, NOUN.officer, { lock: true });
      assertActsForBank(actor, (await tx.findOneOrFail(BankBranch, officer.branch.id)).bank.id);
      if (input.branchId != null && input.branchId !== officer.branch.id) {
        const target = await findOr404(tx, BankBranch, input.branchId, NOUN.branch);
        const current = await tx.findOneOrFail(BankBranch, officer.branch.id);
        if (target.bank.id !== current.bank.id) {
          throw new ConflictError(bi('银行人员只能调往本行的其他支行', 'an officer can only move to another branch of the same bank'));
        }
        officer.branch = target;
      }
      applyPatch(officer, { name: cleanPatch(input.name), title: input.title ?? undefined, phone: cleanPatch(input.phone), email: cleanPatch(input.email), sourceNote: cleanPatch(input.sourceNote) }, ['name', 'title', 'phone', 'email', 'sourceNote']);
      return officer;
    });
  },
};
