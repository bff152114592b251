import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { LprTenor, RateKind } from '../../gql/graphql';
import { addBps } from '../../lib/decimal';
import { formatDate, formatRate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';

export const LprTableFragment = graphql(`
  fragment LprTable_rate on LprRate {
    effectiveOn
    rate
    tenor
  }
`);

/** The LPR in force today, per tenor (the API lists them newest first). */
export type LprToday = Partial<Record<LprTenor, { rate: string; effectiveOn: string }>>;

export function lprToday(rates: FragmentType<typeof LprTableFragment>[], today: string): LprToday {
  const out: LprToday = {};
  for (const r of rates.map((x) => getFragmentData(LprTableFragment, x))) {
    if (r.effectiveOn <= today && !out[r.tenor]) out[r.tenor] = { rate: r.rate, effectiveOn: r.effectiveOn };
  }
  return out;
}

type RateTerms = { rateKind: RateKind; minRate?: string | null; lprTenor?: LprTenor | null; minSpreadBps?: number | null };

/**
 * The rate fields a product card or page selects (rateKind, minRate, maxRate, lprTenor,
 * minSpreadBps, maxSpreadBps). Passed as plain data rather than a fragment of its own: the API's
 * depth limit counts every fragment spread as two levels, and the firm's matches would exceed it.
 */
export interface ProductRateTerms {
  rateKind: RateKind;
  minRate?: string | null;
  maxRate?: string | null;
  lprTenor?: LprTenor | null;
  minSpreadBps?: number | null;
  maxSpreadBps?: number | null;
}

/** The lowest annual rate today: the fixed minimum, or today's LPR plus the lowest spread. */
export function lowestRateToday(p: RateTerms, lpr: LprToday): string | null {
  if (p.rateKind === 'FIXED') return p.minRate ?? null;
  const base = p.lprTenor ? lpr[p.lprTenor] : undefined;
  return base && p.minSpreadBps != null ? addBps(base.rate, p.minSpreadBps) : null;
}

function bps(n: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${n >= 0 ? '加' : '减'}${Math.abs(n)}个基点` : `${n >= 0 ? '+' : '−'}${Math.abs(n)} bp`;
}

/** The rate as the handbook states it: a fixed range, or LPR plus a spread with today's figures. */
export function ProductRate({ product: p, lpr }: { product: ProductRateTerms; lpr: LprToday }) {
  const { t, lang, enums } = useI18n();
  if (p.rateKind === 'FIXED') {
    const range = p.minRate === p.maxRate ? formatRate(p.minRate) : `${formatRate(p.minRate)}–${formatRate(p.maxRate)}`;
    return <span>{t('rate.fixed', { range })}</span>;
  }
  const base = p.lprTenor ? lpr[p.lprTenor] : undefined;
  const lo = p.minSpreadBps ?? 0;
  const hi = p.maxSpreadBps ?? lo;
  const spread =
    lo === hi
      ? bps(lo, lang)
      : lo >= 0
        ? lang === 'zh'
          ? `加${lo}–${hi}个基点`
          : `+ ${lo}–${hi} bp`
        : `${bps(lo, lang)}${lang === 'zh' ? '至' : ' to '}${bps(hi, lang)}`;
  const tenor = p.lprTenor ? enums.LprTenor[p.lprTenor] : 'LPR';
  if (!base) return <span>{t('rate.lpr', { tenor, spread })}</span>;
  const low = addBps(base.rate, p.minSpreadBps ?? 0);
  const high = addBps(base.rate, p.maxSpreadBps ?? 0);
  return (
    <span>
      {t('rate.lpr', { tenor, spread })}
      <br />
      <small>{t('rate.lprToday', { lpr: formatRate(base.rate), date: formatDate(base.effectiveOn, lang), range: low === high ? formatRate(low) : `${formatRate(low)}–${formatRate(high)}` })}</small>
    </span>
  );
}
