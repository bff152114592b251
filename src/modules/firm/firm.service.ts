import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { todayInZone } from '../../common/dates';
import { ConflictError, ForbiddenError, NotFoundError, bi, type FieldProblem } from '../../common/errors';
import { isFinance } from '../auth/access';
import { firmScope, ownFirmScope } from './firm.access';
import type { Actor } from '../auth/auth.types';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, containing, clean, cleanPatch, problemsOf, type Check } from '../../common/validation';
import { applyPatch, findOr404, inTransaction } from '../../common/write';
import { CREDIT_CODE_MESSAGES, creditCodeProblem, normalizeCreditCode } from './credit-code';
import { Firm } from './firm.entity';
import { FirmQualification } from './firm-qualification.entity';
import type { CreateFirmInput, FirmFilter, QualificationInput, UpdateFirmInput, UpdateQualificationInput } from './firm.inputs';


function checkFirm(c: Check, input: Partial<CreateFirmInput>, creating: boolean, today: string): void {
  if (creating || input.name !== undefined) c.text('name', input.name, { max: 100, required: true });
  c.text('nameEn', input.nameEn, { max: 200 });
  c.text('sourceNote', input.sourceNote, { max: 2000 });
  for (const f of ['chain', 'sizeClass', 'foundedOn', 'employees', 'annualRevenue', 'rdSpend', 'taxCreditGrade', 'isFictional'] as const) {
    c.notNull(f, input[f]);
  }
  c.int('employees', input.employees, 0, 1_000_000);
  c.int('knowledgeValueScore', input.knowledgeValueScore, 0, 100);
  c.when(input.foundedOn != null && input.foundedOn > today, 'foundedOn', 'IN_FUTURE', bi(`成立日期(${input.foundedOn})不能晚于今天`, `the founding date (${input.foundedOn}) cannot be in the future`));
  c.when(input.foundedOn != null && input.foundedOn < '1949-10-01', 'foundedOn', 'TOO_EARLY', bi(`成立日期(${input.foundedOn})不能早于1949-10-01`, `the founding date (${input.foundedOn}) cannot be before 1949-10-01`));
}

function checkCreditCode(c: Check, raw: string): string {
  const code = normalizeCreditCode(raw);
  const problem = creditCodeProblem(code);
  if (problem) c.add('creditCode', `CREDIT_CODE_${problem}`, CREDIT_CODE_MESSAGES[problem](code));
  return code;
}

function checkQualificationDates(c: Check, validFrom: string, validUntil: string): void {
  c.ordered('validFrom', 'validUntil', validFrom, validUntil);
}

/**
 * The checks createFirm makes on its input before anything is read, as problems rather than a
 * refusal: the register import (src/modules/spreadsheet) reports them cell by cell, so the import
 * and the API can never disagree about what a valid firm is.
 */
export const firmInputProblems = (input: CreateFirmInput, today: string = todayInZone()): FieldProblem[] =>
  problemsOf((c) => {
    checkCreditCode(c, input.creditCode);
    checkFirm(c, input, true, today);
  });

/** The checks addFirmQualification makes on its input before anything is read, as problems. */
export const qualificationInputProblems = (input: QualificationInput): FieldProblem[] =>
  problemsOf((c) => {
    c.text('certificateNo', input.certificateNo, { max: 60 });
    checkQualificationDates(c, input.validFrom, input.validUntil);
  });

/** Fields only the finance office sets: a firm cannot mark itself real or grade its own knowledge value. */
const OFFICE_ONLY_FIELDS = ['isFictional', 'sourceNote', 'knowledgeValueScore', 'knowledgeValueGrade'] as const;

export const FirmService = {
  get: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, Firm, id, NOUN.firm, { scope: firmScope(em, actor) }),

  async getByCreditCode(em: EntityManager, actor: Actor | null, raw: string): Promise<Firm> {
    const code = normalizeCreditCode(raw);
    const firm = await em.findOne(Firm, { $and: [{ creditCode: code }, firmScope(em, actor)] });
    if (!firm) throw new NotFoundError(NOUN.firm, code);
    return firm;
  },

  /** The firms, of those the caller may see, holding one of these credit codes or these names (the register import matches on both). */
  findByCodesOrNames(em: EntityManager, actor: Actor | null, creditCodes: string[], names: string[]): Promise<Firm[]> {
    if (!creditCodes.length && !names.length) return Promise.resolve([]);
    return em.find(Firm, { $and: [{ $or: [{ creditCode: { $in: creditCodes } }, { name: { $in: names } }] }, firmScope(em, actor)] } as FilterQuery<Firm>);
  },

  list(em: EntityManager, actor: Actor | null, filter: FirmFilter = {}, page: PageArgs) {
    const where: FilterQuery<Firm> = {};
    if (filter.chain) where.chain = filter.chain;
    if (filter.sizeClass) where.sizeClass = filter.sizeClass;
    const q = clean(filter.search);
    if (q) where.$or = [{ name: { $ilike: containing(q) } }, { creditCode: normalizeCreditCode(q) }];
    if (filter.qualification) {
      const today = todayInZone();
      where.id = {
        $in: em.createQueryBuilder(FirmQualification, 'q').select('q.firm_id').where({ kind: filter.qualification, validFrom: { $lte: today }, validUntil: { $gte: today } }).getKnexQuery(),
      } as any;
    }
    return paginate(em, Firm, { $and: [where, firmScope(em, actor)] } as FilterQuery<Firm>, page);
  },

  async create(em: EntityManager, input: CreateFirmInput): Promise<Firm> {
    const c = check();
    const creditCode = checkCreditCode(c, input.creditCode);
    checkFirm(c, input, true, todayInZone());
    c.done();
    return inTransaction(em, async (tx) => {
      const existing = await tx.findOne(Firm, { creditCode });
      if (existing) {
        throw new ConflictError(bi(`统一社会信用代码${creditCode}已登记为"${existing.name}"`, `credit code ${creditCode} is already registered to "${existing.name}"`), {
          existingId: existing.id,
        });
      }
      const firm = new Firm({ ...input, creditCode, name: clean(input.name)! });
      applyPatch(firm, { nameEn: clean(input.nameEn), knowledgeValueScore: input.knowledgeValueScore ?? null, knowledgeValueGrade: input.knowledgeValueGrade ?? null, isFictional: input.isFictional ?? false, sourceNote: clean(input.sourceNote) }, ['nameEn', 'knowledgeValueScore', 'knowledgeValueGrade', 'isFictional', 'sourceNote']);
      tx.persist(firm);
      return firm;
    });
  },

  async update(em: EntityManager, actor: Actor | null, id: string, input: UpdateFirmInput): Promise<Firm> {
    const reserved = isFinance(actor) ? [] : OFFICE_ONLY_FIELDS.filter((f) => input[f] !== undefined);
    if (reserved.length) throw new ForbiddenError(bi(`${reserved.join('、')}只能由金融办填写`, `only the finance office sets ${reserved.join(', ')}`));
    const c = check();
    checkFirm(c, input, false, todayInZone());
    c.done();
    return inTransaction(em, async (tx) => {
      const firm = await findOr404(tx, Firm, id, NOUN.firm, { lock: true, scope: ownFirmScope(actor) });
      applyPatch(firm, { ...input, name: cleanPatch(input.name), nameEn: cleanPatch(input.nameEn), sourceNote: cleanPatch(input.sourceNote) }, [
        'name', 'nameEn', 'chain', 'sizeClass', 'foundedOn', 'employees', 'annualRevenue', 'rdSpend', 'taxCreditGrade',
        'knowledgeValueScore', 'knowledgeValueGrade', 'isFictional', 'sourceNote',
      ]);
      return firm;
    });
  },

  async addQualification(em: EntityManager, actor: Actor | null, firmId: string, input: QualificationInput): Promise<FirmQualification> {
    const c = check();
    c.text('certificateNo', input.certificateNo, { max: 60 });
    checkQualificationDates(c, input.validFrom, input.validUntil);
    c.done();
    return inTransaction(em, async (tx) => {
      const firm = await findOr404(tx, Firm, firmId, NOUN.firm, { lock: true, scope: ownFirmScope(actor) });
      // Two certificates of one kind may follow each other, but their periods must not overlap.
      const overlapping = await tx.findOne(FirmQualification, { firm, kind: input.kind, validFrom: { $lte: input.validUntil }, validUntil: { $gte: input.validFrom } });
      if (overlapping) {
        throw new ConflictError(
          bi(`该企业已有一项${overlapping.validFrom}至${overlapping.validUntil}有效的同类资质,请修改原记录`, `the firm already holds this qualification from ${overlapping.validFrom} to ${overlapping.validUntil}; change that record instead`),
          { existingId: overlapping.id },
        );
      }
      const q = new FirmQualification(firm, input.kind, input.validFrom, input.validUntil);
      q.certificateNo = clean(input.certificateNo);
      tx.persist(q);
      return q;
    });
  },

  async updateQualification(em: EntityManager, actor: Actor | null, id: string, input: UpdateQualificationInput): Promise<FirmQualification> {
    const c = check();
    c.text('certificateNo', input.certificateNo, { max: 60 });
    c.notNull('validFrom', input.validFrom);
    c.notNull('validUntil', input.validUntil);
    c.done();
    return inTransaction(em, async (tx) => {
      const q = await findOr404(tx, FirmQualification, id, NOUN.qualification, { lock: true, scope: { firm: ownFirmScope(actor) } });
      applyPatch(q, { certificateNo: cleanPatch(input.certificateNo), validFrom: input.validFrom, validUntil: input.validUntil }, ['certificateNo', 'validFrom', 'validUntil']);
      const c2 = check();
      checkQualificationDates(c2, q.validFrom, q.validUntil);
      c2.done();
      const overlapping = await tx.findOne(FirmQualification, { firm: q.firm, kind: q.kind, id: { $ne: q.id }, validFrom: { $lte: q.validUntil }, validUntil: { $gte: q.validFrom } });
      if (overlapping) {
        throw new ConflictError(bi(`与${overlapping.validFrom}至${overlapping.validUntil}的同类资质有效期重叠`, `overlaps the same qualification valid ${overlapping.validFrom} to ${overlapping.validUntil}`), {
          existingId: overlapping.id,
        });
      }
      return q;
    });
  },

  async removeQualification(em: EntityManager, actor: Actor | null, id: string): Promise<Firm> {
    return inTransaction(em, async (tx) => {
      const q = await findOr404(tx, FirmQualification, id, NOUN.qualification, { scope: { firm: ownFirmScope(actor) } });
      const firm = await tx.findOneOrFail(Firm, q.firm.id);
      tx.remove(q);
      return firm;
    });
  },
};
