import { bi, type Bilingual } from '../../common/errors';
import type { FinanceOverview } from '../overview/finance-overview';
import { PoolKind } from '../pool/pool.enums';

/**
 * The figures the zone published for a year (../shared/seed/FACTS.md for 2022: the zone's 2022
 * summary, converted from 万元 and 亿元 to yuan), each with where financeOverview computes it.
 * The overview export puts them beside the computed ones.
 */
export interface PublishedFigure {
  id: string;
  label: Bilingual;
  /** The wording of the source, as published. */
  source: string;
  kind: 'money' | 'int' | 'decimal';
  published: string;
  computed: (o: FinanceOverview) => string | null;
}

const pool = (o: FinanceOverview, kind: PoolKind) => o.pools.find((p) => p.pool.kind === kind);

export const PUBLISHED_FIGURES: Record<number, PublishedFigure[]> = {
  2022: [
    { id: 'F3', label: bi('协调放款金额', 'Loans arranged'), source: '协调金融机构为辖区内企业提供贷款30.03亿元', kind: 'money', published: '3003000000.00', computed: (o) => o.loansArranged.amount.toFixed(2) },
    { id: 'F4', label: bi('科技担保贷资金池入池金额', 'Tech guarantee pool: contributed'), source: '"科技担保贷"经开区入池金额700万元', kind: 'money', published: '7000000.00', computed: (o) => pool(o, PoolKind.TECH_GUARANTEE)?.contributed.toFixed(2) ?? null },
    { id: 'F5', label: bi('科技担保贷资金池余额', 'Tech guarantee pool: balance'), source: '资金池余额320万', kind: 'money', published: '3200000.00', computed: (o) => pool(o, PoolKind.TECH_GUARANTEE)?.balance.toFixed(2) ?? null },
    { id: 'F6', label: bi('科技担保贷服务企业数', 'Tech guarantee pool: firms served'), source: '目前为园区6家科技型企业提供融资服务', kind: 'int', published: '6', computed: (o) => String(pool(o, PoolKind.TECH_GUARANTEE)?.firmsServed ?? '') || null },
    { id: 'F7', label: bi('科技担保贷在保贷款余额', 'Tech guarantee pool: guaranteed loans outstanding'), source: '担保贷款余额2369.6万元', kind: 'money', published: '23696000.00', computed: (o) => pool(o, PoolKind.TECH_GUARANTEE)?.coveredOutstanding.toFixed(2) ?? null },
    { id: 'F8', label: bi('知识价值信用贷资金池入池金额', 'Knowledge value pool: contributed'), source: '"知识价值信用贷"经开区入池金额500万元', kind: 'money', published: '5000000.00', computed: (o) => pool(o, PoolKind.KNOWLEDGE_VALUE)?.contributed.toFixed(2) ?? null },
    { id: 'F9', label: bi('知识价值信用贷获贷企业数', 'Knowledge value pool: firms that borrowed'), source: '经开区有28家企业贷款到位', kind: 'int', published: '28', computed: (o) => String(pool(o, PoolKind.KNOWLEDGE_VALUE)?.lentInYear.firms ?? '') || null },
    { id: 'F9', label: bi('知识价值信用贷放款金额', 'Knowledge value pool: amount lent'), source: '共计获得贷款6874.5万元', kind: 'money', published: '68745000.00', computed: (o) => pool(o, PoolKind.KNOWLEDGE_VALUE)?.lentInYear.amount.toFixed(2) ?? null },
    { id: 'F10', label: bi('知识产权质押贷款金额', 'IP-pledge loans'), source: '为大度新材等企业提供"知识产权"质押贷款7332.5万元', kind: 'money', published: '73325000.00', computed: (o) => o.ipPledge.amount.toFixed(2) },
  ],
};
