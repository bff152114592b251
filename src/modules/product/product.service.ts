import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { labelOf } from '../../common/labels';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { BadInputError, InvalidStateError, NotFoundError, bi, type FieldProblem } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, containing, clean, cleanPatch, problemsOf, type Check } from '../../common/validation';
import { applyPatch, findOr404, inTransaction } from '../../common/write';
import { Bank } from '../bank/bank.entity';
import { BankBranch } from '../bank/bank-branch.entity';
import { BankOfficer } from '../bank/bank-officer.entity';
import { RiskPool } from '../pool/risk-pool.entity';
import { RiskPoolPartner } from '../pool/risk-pool-partner.entity';
import { PoolKind } from '../pool/pool.enums';
import { Eligibility } from './eligibility.embeddable';
import { assertActsForBank } from '../bank/bank.access';
import { ownProductScope, productScope } from './product.access';
import type { Actor } from '../auth/auth.types';
import { LoanProduct } from './loan-product.entity';
import { LoanProductContact } from './loan-product-contact.entity';
import { CollateralKind, ProductCategory, ProductStatus, RateKind } from './product.enums';
import type { CreateProductInput, ProductFilter, UpdateProductInput } from './product.inputs';

const MAX_TERM_MONTHS = 360;
const MAX_CONTACTS = 10;
const MIN_SPREAD_BPS = -1000;
const MAX_SPREAD_BPS = 3000;

/** Checks on the input alone, before anything is read. */
function checkInput(c: Check, input: Partial<CreateProductInput>, creating: boolean): void {
  if (creating || input.name !== undefined) c.text('name', input.name, { max: 100, required: true });
  c.text('nameEn', input.nameEn, { max: 200 });
  c.text('description', input.description, { max: 4000 });
  c.text('collateralNote', input.collateralNote, { max: 1000 });
  c.text('sourceNote', input.sourceNote, { max: 2000 });
  for (const f of ['category', 'minAmount', 'maxAmount', 'minTermMonths', 'maxTermMonths', 'rateKind', 'collateralKinds', 'eligibility', 'promisedResponseDays', 'contactOfficerIds'] as const) {
    c.notNull(f, input[f]);
  }
  if (input.contactOfficerIds) {
    c.when(input.contactOfficerIds.length > MAX_CONTACTS, 'contactOfficerIds', 'TOO_MANY', bi(`联系人最多${MAX_CONTACTS}位`, `at most ${MAX_CONTACTS} contacts`));
    c.when(new Set(input.contactOfficerIds).size !== input.contactOfficerIds.length, 'contactOfficerIds', 'DUPLICATE', bi('联系人有重复', 'a contact is listed twice'));
  }
}

/** Checks on the product as it would be saved: a patch is judged with what it leaves unchanged. */
export function checkProduct(c: Check, p: LoanProduct): void {
  c.positive('minAmount', p.minAmount).positive('maxAmount', p.maxAmount);
  c.ordered('minAmount', 'maxAmount', p.minAmount, p.maxAmount, (d) => d.toFixed(2));
  c.int('minTermMonths', p.minTermMonths, 1, MAX_TERM_MONTHS).int('maxTermMonths', p.maxTermMonths, 1, MAX_TERM_MONTHS);
  c.ordered('minTermMonths', 'maxTermMonths', p.minTermMonths, p.maxTermMonths);
  if (p.rateKind === RateKind.FIXED) {
    c.when(p.minRate == null || p.maxRate == null, 'minRate', 'RATE_REQUIRED', bi('固定利率产品须填写最低和最高年利率', 'a FIXED-rate product needs its lowest and highest annual rate'));
    c.when(p.lprTenor != null || p.minSpreadBps != null || p.maxSpreadBps != null, 'lprTenor', 'RATE_KIND_MISMATCH', bi('固定利率产品不填LPR品种和加点,请传null清空', 'a FIXED-rate product has no LPR tenor or spreads: set them to null'));
    c.ordered('minRate', 'maxRate', p.minRate, p.maxRate, (d) => d.toFixed());
  } else {
    c.when(p.lprTenor == null || p.minSpreadBps == null || p.maxSpreadBps == null, 'lprTenor', 'SPREAD_REQUIRED', bi('LPR加点产品须填写LPR品种和最低、最高加点', 'an LPR_SPREAD product needs its LPR tenor and its lowest and highest spread'));
    c.when(p.minRate != null || p.maxRate != null, 'minRate', 'RATE_KIND_MISMATCH', bi('LPR加点产品不填固定利率,请传null清空', 'an LPR_SPREAD product has no fixed rates: set the lowest and highest annual rate to null'));
    c.int('minSpreadBps', p.minSpreadBps, MIN_SPREAD_BPS, MAX_SPREAD_BPS).int('maxSpreadBps', p.maxSpreadBps, MIN_SPREAD_BPS, MAX_SPREAD_BPS);
    c.ordered('minSpreadBps', 'maxSpreadBps', p.minSpreadBps, p.maxSpreadBps);
  }
  if (p.category === ProductCategory.IP_PLEDGE) {
    c.when(p.loanToValue == null || !p.loanToValue.gt(0), 'loanToValue', 'LTV_REQUIRED', bi('知识产权质押产品须填写大于0的质押率', 'an IP_PLEDGE product needs a loan-to-value above 0'));
    c.when(!p.collateralKinds.includes(CollateralKind.IP), 'collateralKinds', 'IP_COLLATERAL_REQUIRED', bi('知识产权质押产品的担保方式须包含IP', 'an IP_PLEDGE product must accept IP as collateral'));
  } else {
    c.when(p.loanToValue != null, 'loanToValue', 'LTV_NOT_APPLICABLE', bi('质押率仅适用于知识产权质押产品', 'a loan-to-value applies only to IP_PLEDGE products'));
  }
  c.when(p.collateralKinds.includes(CollateralKind.NONE) && p.collateralKinds.length > 1, 'collateralKinds', 'NONE_WITH_OTHERS', bi('纯信用(NONE)不能与其他担保方式同时选择', 'NONE (unsecured) cannot be combined with other forms of security'));
  c.when(new Set(p.collateralKinds).size !== p.collateralKinds.length, 'collateralKinds', 'DUPLICATE', bi('担保方式有重复', 'a form of security is listed twice'));
  c.int('promisedResponseDays', p.promisedResponseDays, 1, 90);
  c.ordered('validFrom', 'validUntil', p.validFrom, p.validUntil);
  const e = p.eligibility;
  c.int('eligibility.minYearsOperating', e.minYearsOperating, 0, 100);
  for (const [field, list] of [['eligibility.chains', e.chains], ['eligibility.sizeClasses', e.sizeClasses], ['eligibility.requiredQualifications', e.requiredQualifications]] as const) {
    const l = labelOf(field);
    c.when(new Set<string>(list).size !== list.length, field, 'DUPLICATE', bi(`${l.zh}有重复项`, `the ${l.en} list a value twice`));
  }
}

function toEligibility(input: Eligibility): Eligibility {
  return Object.assign(new Eligibility(), {
    chains: input.chains ?? [],
    sizeClasses: input.sizeClasses ?? [],
    requiredQualifications: input.requiredQualifications ?? [],
    minYearsOperating: input.minYearsOperating ?? null,
    minAnnualRevenue: input.minAnnualRevenue ?? null,
    minTaxGrade: input.minTaxGrade ?? null,
    ipRequired: input.ipRequired ?? false,
  });
}

async function resolveBranch(tx: EntityManager, bank: Bank, branchId: string): Promise<BankBranch> {
  const branch = await findOr404(tx, BankBranch, branchId, NOUN.branch);
  if (branch.bank.id !== bank.id) {
    throw BadInputError.one('branchId', 'BRANCH_OF_OTHER_BANK', bi('经办支行须属于本产品所属银行', 'the handling branch must belong to the product\'s bank'));
  }
  return branch;
}

/** Which pool kind each pool-backed category draws on. */
const POOL_KIND_OF: Partial<Record<ProductCategory, PoolKind>> = {
  TECH_GUARANTEE: PoolKind.TECH_GUARANTEE,
  KNOWLEDGE_VALUE: PoolKind.KNOWLEDGE_VALUE,
  IP_PLEDGE: PoolKind.IP_PLEDGE,
};

async function resolvePool(tx: EntityManager, product: LoanProduct, poolId: string): Promise<RiskPool> {
  const pool = await findOr404(tx, RiskPool, poolId, NOUN.pool);
  if (POOL_KIND_OF[product.category] !== pool.kind) {
    throw BadInputError.one('riskPoolId', 'POOL_KIND_MISMATCH', bi('产品类别与资金池类型不符(科技担保贷、知识价值信用贷、知识产权质押各对应同类资金池)', 'the product\'s category does not match the pool\'s kind'));
  }
  if (!(await tx.findOne(RiskPoolPartner, { pool, bank: product.bank }))) {
    throw BadInputError.one('riskPoolId', 'NOT_A_PARTNER_BANK', bi('本行不是该资金池的合作银行', 'the product\'s bank is not a partner of that pool'));
  }
  return pool;
}

async function replaceContacts(tx: EntityManager, product: LoanProduct, officerIds: string[]): Promise<void> {
  const bad = officerIds.find((id) => !isUuid(id));
  if (bad) throw new NotFoundError(NOUN.officer, bad);
  const officers = officerIds.length ? await tx.find(BankOfficer, { id: { $in: officerIds } }, { populate: ['branch'] }) : [];
  const byId = new Map(officers.map((o) => [o.id, o]));
  const missing = officerIds.find((id) => !byId.has(id));
  if (missing) throw new NotFoundError(NOUN.officer, missing);
  if (officers.some((o) => o.branch.bank.id !== product.bank.id)) {
    throw BadInputError.one('contactOfficerIds', 'OFFICER_OF_OTHER_BANK', bi('联系人须为本行人员', 'contacts must be officers of the product\'s bank'));
  }
  await tx.nativeDelete(LoanProductContact, { product });
  officerIds.forEach((id, i) => tx.persist(new LoanProductContact(product, byId.get(id)!, i)));
}

const PATCHABLE = [
  'name', 'nameEn', 'category', 'description', 'minAmount', 'maxAmount', 'minTermMonths', 'maxTermMonths', 'rateKind',
  'minRate', 'maxRate', 'lprTenor', 'minSpreadBps', 'maxSpreadBps', 'collateralKinds', 'collateralNote', 'loanToValue',
  'promisedResponseDays', 'validFrom', 'validUntil', 'sourceNote',
] as const;

function cleanTexts<T extends Partial<CreateProductInput>>(input: T): T {
  return {
    ...input,
    name: cleanPatch(input.name) ?? undefined,
    nameEn: cleanPatch(input.nameEn),
    description: cleanPatch(input.description),
    collateralNote: cleanPatch(input.collateralNote),
    sourceNote: cleanPatch(input.sourceNote),
  };
}

/**
 * The checks createProduct makes before it reads anything (the input, then the product as it
 * would be saved), as problems rather than a refusal: the product-list import
 * (src/modules/spreadsheet) reports them per cell, so the import and the API agree on what is valid.
 */
export function productInputProblems(input: CreateProductInput): FieldProblem[] {
  const first = problemsOf((c) => checkInput(c, input, true));
  if (first.length) return first;
  return problemsOf((c) => {
    const product = new LoanProduct({ ...input, bank: { id: input.bankId } as Bank, name: clean(input.name)! });
    applyPatch(product, cleanTexts({ ...input, collateralKinds: input.collateralKinds ?? [] }), PATCHABLE);
    if (input.eligibility) product.eligibility = toEligibility(input.eligibility);
    checkProduct(c, product);
  });
}

export const ProductService = {
  get: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, LoanProduct, id, NOUN.product, { scope: productScope(actor) }),

  list(em: EntityManager, actor: Actor | null, filter: ProductFilter = {}, page: PageArgs) {
    const and: FilterQuery<LoanProduct>[] = [productScope(actor) as FilterQuery<LoanProduct>];
    const statuses = filter.statuses?.length ? filter.statuses : [ProductStatus.PUBLISHED];
    and.push({ status: { $in: statuses } });
    if (filter.categories?.length) and.push({ category: { $in: filter.categories } });
    if (filter.bankId != null) {
      if (!isUuid(filter.bankId)) throw new NotFoundError(NOUN.bank, filter.bankId);
      and.push({ bank: filter.bankId });
    }
    if (filter.chain) and.push({ $or: [{ eligibility: { chains: { $eq: [] } } }, { eligibility: { chains: { $contains: [filter.chain] } } }] } as any);
    if (filter.sizeClass) and.push({ $or: [{ eligibility: { sizeClasses: { $eq: [] } } }, { eligibility: { sizeClasses: { $contains: [filter.sizeClass] } } }] } as any);
    if (filter.amount) and.push({ minAmount: { $lte: filter.amount.toFixed(2) }, maxAmount: { $gte: filter.amount.toFixed(2) } } as any);
    if (filter.termMonths != null) and.push({ minTermMonths: { $lte: filter.termMonths }, maxTermMonths: { $gte: filter.termMonths } });
    const q = clean(filter.search);
    if (q) and.push({ name: { $ilike: containing(q) } });
    return paginate(em, LoanProduct, { $and: and }, page);
  },

  async create(em: EntityManager, actor: Actor | null, input: CreateProductInput): Promise<LoanProduct> {
    const c = check();
    checkInput(c, input, true);
    c.done();
    return inTransaction(em, async (tx) => {
      const bank = await findOr404(tx, Bank, input.bankId, NOUN.bank);
      assertActsForBank(actor, bank.id);
      const product = new LoanProduct({ ...input, bank, name: clean(input.name)! });
      applyPatch(product, cleanTexts({ ...input, collateralKinds: input.collateralKinds ?? [] }), PATCHABLE);
      if (input.eligibility) product.eligibility = toEligibility(input.eligibility);
      const c2 = check();
      checkProduct(c2, product);
      c2.done();
      if (input.branchId) product.branch = await resolveBranch(tx, bank, input.branchId);
      if (input.riskPoolId) product.riskPool = await resolvePool(tx, product, input.riskPoolId);
      tx.persist(product);
      if (input.contactOfficerIds?.length) await replaceContacts(tx, product, input.contactOfficerIds);
      return product;
    });
  },

  async update(em: EntityManager, actor: Actor | null, id: string, input: UpdateProductInput): Promise<LoanProduct> {
    const c = check();
    checkInput(c, input, false);
    c.done();
    return inTransaction(em, async (tx) => {
      const product = await findOr404(tx, LoanProduct, id, NOUN.product, { lock: true, scope: ownProductScope(actor) });
      applyPatch(product, cleanTexts(input), PATCHABLE);
      if (input.eligibility) product.eligibility = toEligibility(input.eligibility);
      const c2 = check();
      checkProduct(c2, product);
      c2.done();
      if (input.branchId === null) product.branch = null;
      else if (input.branchId !== undefined) product.branch = await resolveBranch(tx, await tx.findOneOrFail(Bank, product.bank.id), input.branchId);
      if (input.riskPoolId === null) product.riskPool = null;
      else if (input.riskPoolId !== undefined) product.riskPool = await resolvePool(tx, product, input.riskPoolId);
      else if (product.riskPool && input.category) await resolvePool(tx, product, product.riskPool.id);
      if (input.contactOfficerIds) await replaceContacts(tx, product, input.contactOfficerIds);
      return product;
    });
  },

  async publish(em: EntityManager, actor: Actor | null, id: string): Promise<LoanProduct> {
    return inTransaction(em, async (tx) => {
      const product = await findOr404(tx, LoanProduct, id, NOUN.product, { lock: true, scope: ownProductScope(actor) });
      if (product.status === ProductStatus.PUBLISHED) {
        throw new InvalidStateError(bi('该产品已发布', 'the product is already published'), { status: product.status });
      }
      const today = todayInZone();
      if (product.validUntil != null && product.validUntil < today) {
        throw new InvalidStateError(bi(`产品有效期已于${product.validUntil}结束,请先延长有效期`, `the product's validity ended on ${product.validUntil}; extend its end of validity first`), {
          status: product.status,
        });
      }
      product.status = ProductStatus.PUBLISHED;
      product.publishedAt = new Date();
      product.withdrawnAt = null;
      product.withdrawalReason = null;
      return product;
    });
  },

  async withdraw(em: EntityManager, actor: Actor | null, id: string, reason: string): Promise<LoanProduct> {
    const c = check();
    c.text('reason', reason, { max: 500, required: true });
    c.done();
    return inTransaction(em, async (tx) => {
      const product = await findOr404(tx, LoanProduct, id, NOUN.product, { lock: true, scope: ownProductScope(actor) });
      if (product.status !== ProductStatus.PUBLISHED) {
        throw new InvalidStateError(bi('只有已发布的产品才能下架', 'only a published product can be withdrawn'), { status: product.status });
      }
      product.status = ProductStatus.WITHDRAWN;
      product.withdrawnAt = new Date();
      product.withdrawalReason = clean(reason);
      return product;
    });
  },
};
