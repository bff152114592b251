import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { ConflictError, NotFoundError, bi } from '../../common/errors';
import { NOUN } from '../../common/nouns';
import { paginate, type PageArgs } from '../../common/pagination';
import { check, clean, cleanPatch, type Check } from '../../common/validation';
import { applyPatch, findOr404, inTransaction } from '../../common/write';
import { Firm } from '../firm/firm.entity';
import { isFinance } from '../auth/access';
import { firmScope, ownFirmScope } from '../firm/firm.access';
import type { Actor } from '../auth/auth.types';
import { IpAsset } from './ip-asset.entity';
import type { CreateIpAssetInput, IpAssetFilter, UpdateIpAssetInput } from './ip-asset.inputs';

function checkInput(c: Check, input: Partial<CreateIpAssetInput>, creating: boolean): void {
  if (creating) c.text('number', input.number, { max: 40, required: true });
  if (creating || input.title !== undefined) c.text('title', input.title, { max: 200, required: true });
  c.text('appraiser', input.appraiser, { max: 100 });
  for (const f of ['expiresOn', 'annualFeePaid', 'pledged'] as const) c.notNull(f, input[f]);
  const today = todayInZone();
  c.when(input.appraisedOn != null && input.appraisedOn > today, 'appraisedOn', 'IN_FUTURE', bi(`评估日期(${input.appraisedOn})不能晚于今天`, `the appraisal date (${input.appraisedOn}) cannot be in the future`));
}

/** An appraisal is a value, who appraised it and when: all three or none. */
function checkAppraisal(c: Check, a: IpAsset): void {
  const given = [a.appraisedValue, a.appraiser, a.appraisedOn].filter((v) => v != null).length;
  c.when(given > 0 && given < 3, 'appraisedValue', 'APPRAISAL_INCOMPLETE', bi('评估价值、评估机构和评估日期须同时填写', 'the appraised value, the appraiser and the appraisal date go together: give all three or none'));
  c.when(a.appraisedValue != null && !a.appraisedValue.gt(0), 'appraisedValue', 'NOT_POSITIVE', bi('评估价值须大于0', 'the appraised value must be greater than 0'));
}

export const IpAssetService = {
  get: (em: EntityManager, actor: Actor | null, id: string) => findOr404(em, IpAsset, id, NOUN.ipAsset, { scope: { firm: firmScope(em, actor) } }),

  list(em: EntityManager, actor: Actor | null, filter: IpAssetFilter = {}, page: PageArgs) {
    const where: FilterQuery<IpAsset> = {};
    if (filter.firmId != null) {
      if (!isUuid(filter.firmId)) throw new NotFoundError(NOUN.firm, filter.firmId);
      where.firm = filter.firmId;
    }
    if (filter.kind) where.kind = filter.kind;
    if (filter.pledged != null) where.pledged = filter.pledged;
    return paginate(em, IpAsset, { $and: [where, { firm: firmScope(em, actor) }] } as FilterQuery<IpAsset>, page);
  },

  async create(em: EntityManager, actor: Actor | null, input: CreateIpAssetInput): Promise<IpAsset> {
    const c = check();
    checkInput(c, input, true);
    c.done();
    return inTransaction(em, async (tx) => {
      const firm = await findOr404(tx, Firm, input.firmId, NOUN.firm, { scope: ownFirmScope(actor) });
      const number = clean(input.number)!;
      const existing = await tx.findOne(IpAsset, { kind: input.kind, number });
      if (existing) {
        // A number is one asset's, so the firm must hear that it is taken; but another firm's record
        // (its id) is shown only to the finance office, who settles such disputes.
        if (isFinance(actor) || existing.firm.id === firm.id) {
          throw new ConflictError(bi(`编号为${number}的知识产权已登记`, `an IP asset of this kind numbered ${number} is already recorded`), { existingId: existing.id });
        }
        throw new ConflictError(
          bi(`编号为${number}的知识产权已由另一家企业登记;如有异议,请联系金融办`, `an IP asset of this kind numbered ${number} is recorded for another firm; if that is wrong, contact the finance office`),
        );
      }
      const asset = new IpAsset(firm, input.kind, number, clean(input.title)!, input.expiresOn);
      applyPatch(asset, { annualFeePaid: input.annualFeePaid ?? true, appraisedValue: input.appraisedValue ?? null, appraiser: clean(input.appraiser), appraisedOn: input.appraisedOn ?? null, pledged: input.pledged ?? false }, ['annualFeePaid', 'appraisedValue', 'appraiser', 'appraisedOn', 'pledged']);
      const c2 = check();
      checkAppraisal(c2, asset);
      c2.done();
      tx.persist(asset);
      return asset;
    });
  },

  async update(em: EntityManager, actor: Actor | null, id: string, input: UpdateIpAssetInput): Promise<IpAsset> {
    const c = check();
    checkInput(c, input, false);
    c.done();
    return inTransaction(em, async (tx) => {
      const asset = await findOr404(tx, IpAsset, id, NOUN.ipAsset, { lock: true, scope: { firm: ownFirmScope(actor) } });
      applyPatch(asset, { ...input, title: cleanPatch(input.title), appraiser: cleanPatch(input.appraiser) }, ['title', 'expiresOn', 'annualFeePaid', 'appraisedValue', 'appraiser', 'appraisedOn', 'pledged']);
      const c2 = check();
      checkAppraisal(c2, asset);
      c2.done();
      return asset;
    });
  },
};
