import { randomUUID } from 'node:crypto';
import { addMonths, todayInZone } from '../../src/common/dates';
import type { TestApp } from './app';
import { AddFirmQualificationDocument, CreateIpAssetDocument, MatchProductsDocument, type MatchProductsQuery, type MatchProductsQueryVariables } from '../generated/operations';
import type { CreateIpAssetInput, QualificationKind } from '../generated/schema';

/** A calendar date `months` from today in China (negative: in the past). */
export const monthsFromToday = (months: number) => addMonths(todayInZone(), months);

export async function addQualification(app: TestApp, firmId: string, kind: QualificationKind, validFrom = monthsFromToday(-12), validUntil = monthsFromToday(24)) {
  const { addFirmQualification } = await app.ok(AddFirmQualificationDocument, { firmId, input: { kind, validFrom, validUntil } });
  return addFirmQualification;
}

/** An appraised invention patent in force, unless `over` says otherwise. */
export async function addIp(app: TestApp, firmId: string, appraisedValue: string | null, over: Partial<CreateIpAssetInput> = {}) {
  const { createIpAsset } = await app.ok(CreateIpAssetDocument, {
    input: {
      firmId,
      kind: 'INVENTION_PATENT',
      number: `ZL${randomUUID().replace(/-/g, '').slice(0, 12)}`,
      title: '一种电力电子变流装置',
      expiresOn: monthsFromToday(60),
      annualFeePaid: true,
      pledged: false,
      ...(appraisedValue ? { appraisedValue, appraiser: '湖南某资产评估有限公司', appraisedOn: monthsFromToday(-1) } : {}),
      ...over,
    },
  });
  return createIpAsset;
}

type Report = MatchProductsQuery['matchProducts'];
type EligibleNode = Report['eligible']['edges'][number]['node'];
type IneligibleNode = Report['ineligible']['edges'][number]['node'];

/** The whole report, every page of both lists read (other tests' products are in the same database). */
export async function allMatches(app: TestApp, vars: MatchProductsQueryVariables): Promise<{ report: Report; eligible: EligibleNode[]; ineligible: IneligibleNode[] }> {
  const eligible: EligibleNode[] = [];
  const ineligible: IneligibleNode[] = [];
  let report: Report | undefined;
  // undefined: the first page; a string: the next page; null: that list is read to its end.
  let after: string | null | undefined;
  let ineligibleAfter: string | null | undefined;
  while (after !== null || ineligibleAfter !== null) {
    const { matchProducts } = await app.ok(MatchProductsDocument, { ...vars, first: 100, after: after ?? undefined, ineligibleFirst: 100, ineligibleAfter: ineligibleAfter ?? undefined });
    report ??= matchProducts;
    if (after !== null) {
      eligible.push(...matchProducts.eligible.edges.map((e) => e.node));
      after = matchProducts.eligible.pageInfo.hasNextPage ? matchProducts.eligible.pageInfo.endCursor : null;
    }
    if (ineligibleAfter !== null) {
      ineligible.push(...matchProducts.ineligible.edges.map((e) => e.node));
      ineligibleAfter = matchProducts.ineligible.pageInfo.hasNextPage ? matchProducts.ineligible.pageInfo.endCursor : null;
    }
  }
  return { report: report!, eligible, ineligible };
}

/** How one product fits one firm, found in the firm's report. */
export async function matchOf(app: TestApp, vars: MatchProductsQueryVariables, productId: string) {
  const { eligible, ineligible } = await allMatches(app, vars);
  const found = eligible.find((m) => m.product.id === productId) ?? ineligible.find((m) => m.product.id === productId);
  return found ? { ...found, criteria: found.criteria, failed: found.criteria.filter((c) => !c.passed) } : undefined;
}
