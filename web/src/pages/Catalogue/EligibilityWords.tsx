import type { IndustrialChain, QualificationKind, SizeClass, TaxCreditGrade } from '../../gql/graphql';
import { formatMoney } from '../../lib/format';
import { useI18n } from '../../lib/i18n';

/**
 * What a card or page selects of a product's eligibility: every field of Eligibility. Plain data,
 * not a fragment, for the same reason as ProductRateTerms (the API's depth limit).
 */
export interface EligibilityTerms {
  chains: IndustrialChain[];
  sizeClasses: SizeClass[];
  requiredQualifications: QualificationKind[];
  minYearsOperating?: number | null;
  minAnnualRevenue?: string | null;
  minTaxGrade?: TaxCreditGrade | null;
  ipRequired: boolean;
}

/** Who qualifies, in plain words: one short sentence per criterion, or "any firm in the zone". */
export function useEligibilityWords(e: EligibilityTerms): string[] {
  const { t, enums, lang } = useI18n();
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  const out: string[] = [];
  if (e.chains.length) out.push(t('eligibility.chains', { list: list(e.chains.map((c) => enums.IndustrialChain[c])) }));
  if (e.sizeClasses.length) out.push(t('eligibility.sizes', { list: list(e.sizeClasses.map((s) => enums.SizeClass[s])) }));
  for (const q of e.requiredQualifications) out.push(t('eligibility.qualification', { kind: enums.QualificationKind[q] }));
  if (e.minYearsOperating) out.push(t('eligibility.years', { n: e.minYearsOperating }));
  if (e.minAnnualRevenue) out.push(t('eligibility.revenue', { amount: formatMoney(e.minAnnualRevenue, lang, 'short') }));
  if (e.minTaxGrade) out.push(t('eligibility.taxGrade', { grade: e.minTaxGrade }));
  if (e.ipRequired) out.push(t('eligibility.ip'));
  return out.length ? out : [t('eligibility.anyFirm')];
}

export function EligibilityWords({ eligibility }: { eligibility: EligibilityTerms }) {
  const words = useEligibilityWords(eligibility);
  return (
    <ul className="pc-plain-list">
      {words.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}
