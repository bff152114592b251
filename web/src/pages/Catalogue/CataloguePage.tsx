import { Col, Empty, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../gql';
import type { CollateralKind, ProductCategory } from '../../gql/graphql';
import { compareDecimal, toFen, wanToYuan } from '../../lib/decimal';
import { formatDate, formatRate, todayInChina } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ProductCard } from './ProductCard';
import { lowestRateToday, lprToday } from './ProductRate';

export const CatalogueQuery = graphql(`
  query Catalogue {
    products(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          nameEn
          category
          bank {
            id
          }
          minAmount
          maxAmount
          minTermMonths
          maxTermMonths
          collateralKinds
          riskPool {
            id
          }
          rateKind
          minRate
          lprTenor
          minSpreadBps
          ...ProductCard_product
        }
      }
    }
    banks(first: 100) {
      edges {
        node {
          id
          shortName
          nameEn
        }
      }
    }
    oneYear: lprRates(tenor: ONE_YEAR) {
      ...LprTable_rate
    }
    fiveYear: lprRates(tenor: FIVE_YEAR) {
      ...LprTable_rate
    }
  }
`);

const CATEGORIES: ProductCategory[] = ['CREDIT', 'TECH_GUARANTEE', 'KNOWLEDGE_VALUE', 'IP_PLEDGE', 'TAX_CREDIT', 'GUARANTEED', 'MORTGAGE', 'SUPPLY_CHAIN'];
export const COLLATERAL: CollateralKind[] = ['NONE', 'IP', 'GUARANTEE_COMPANY', 'GUARANTOR', 'REAL_ESTATE', 'EQUIPMENT', 'RECEIVABLES', 'DEPOSIT'];
type Sort = 'handbook' | 'rate' | 'amount';

/** 产品目录: the handbook online, filtered and sorted in the address bar (deep-linkable). */
export function CataloguePage() {
  const { t, lang, enums } = useI18n();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CatalogueQuery });
  const today = todayInChina();
  const f = {
    q: params.get('q') ?? '',
    category: (params.get('category') as ProductCategory | null) ?? undefined,
    bank: params.get('bank') ?? undefined,
    amount: params.get('amount') ?? undefined,
    term: params.get('term') ?? undefined,
    security: (params.get('security') as CollateralKind | null) ?? undefined,
    pool: params.get('pool') ?? undefined,
    sort: (params.get('sort') as Sort | null) ?? 'handbook',
  };
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value == null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const lpr = useMemo(() => (data ? lprToday([...data.oneYear, ...data.fiveYear], today) : {}), [data, today]);
  const shown = useMemo(() => {
    if (!data) return [];
    const q = f.q.trim().toLowerCase();
    const amountYuan = f.amount && /^\d+(\.\d+)?$/.test(f.amount) ? wanToYuan(f.amount) : null;
    const term = f.term && /^\d+$/.test(f.term) ? Number(f.term) : null;
    const list = data.products.edges
      .map((e) => e.node)
      .filter((p) => !q || p.name.toLowerCase().includes(q) || (p.nameEn ?? '').toLowerCase().includes(q))
      .filter((p) => !f.category || p.category === f.category)
      .filter((p) => !f.bank || p.bank.id === f.bank)
      .filter((p) => !amountYuan || (toFen(p.minAmount) <= toFen(amountYuan) && toFen(amountYuan) <= toFen(p.maxAmount)))
      .filter((p) => term == null || (p.minTermMonths <= term && term <= p.maxTermMonths))
      .filter((p) => !f.security || p.collateralKinds.includes(f.security))
      .filter((p) => !f.pool || (f.pool === 'yes') === (p.riskPool != null));
    if (f.sort === 'rate') {
      const rate = (p: (typeof list)[number]) => lowestRateToday(p, lpr) ?? '1';
      list.sort((a, b) => compareDecimal(rate(a), rate(b)));
    } else if (f.sort === 'amount') list.sort((a, b) => compareDecimal(b.maxAmount, a.maxAmount));
    return list;
  }, [data, f.q, f.category, f.bank, f.amount, f.term, f.security, f.pool, f.sort, lpr]);

  return (
    <div className="pc-page">
      <Typography.Title level={2}>{t('catalogue.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('catalogue.intro')}</Typography.Paragraph>
      <QueryState data={data} fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(d) => (
          <>
            <Form layout="vertical" className="pc-filters" aria-label={t('catalogue.filters')}>
              <Row gutter={[12, 0]}>
                <Col xs={24} md={12} lg={8}>
                  <Form.Item label={t('catalogue.search')} htmlFor="f-q">
                    <Input.Search id="f-q" allowClear defaultValue={f.q} placeholder={t('catalogue.searchPlaceholder')} onSearch={(v) => set('q', v)} onChange={(e) => set('q', e.target.value)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.category')} htmlFor="f-category">
                    <Select id="f-category" allowClear value={f.category} placeholder={t('catalogue.all')} onChange={(v) => set('category', v)} options={CATEGORIES.map((c) => ({ value: c, label: enums.ProductCategory[c] }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.bank')} htmlFor="f-bank">
                    <Select
                      id="f-bank"
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      value={f.bank}
                      placeholder={t('catalogue.all')}
                      onChange={(v) => set('bank', v)}
                      options={d.banks.edges.map(({ node: b }) => ({ value: b.id, label: lang === 'en' && b.nameEn ? b.nameEn : b.shortName }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.amount')} htmlFor="f-amount">
                    <InputNumber<string> id="f-amount" stringMode min="0" style={{ width: '100%' }} suffix={t('unit.wan')} value={f.amount ?? null} onChange={(v) => set('amount', v)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.term')} htmlFor="f-term">
                    <InputNumber<string> id="f-term" stringMode min="1" max="360" precision={0} style={{ width: '100%' }} suffix={t('unit.months')} value={f.term ?? null} onChange={(v) => set('term', v)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.security')} htmlFor="f-security">
                    <Select id="f-security" allowClear value={f.security} placeholder={t('catalogue.all')} onChange={(v) => set('security', v)} options={COLLATERAL.map((c) => ({ value: c, label: enums.CollateralKind[c] }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.pool')} htmlFor="f-pool">
                    <Select
                      id="f-pool"
                      allowClear
                      value={f.pool}
                      placeholder={t('catalogue.all')}
                      onChange={(v) => set('pool', v)}
                      options={[
                        { value: 'yes', label: t('catalogue.poolYes') },
                        { value: 'no', label: t('catalogue.poolNo') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6} lg={4}>
                  <Form.Item label={t('catalogue.sort')} htmlFor="f-sort">
                    <Select<Sort>
                      id="f-sort"
                      value={f.sort}
                      onChange={(v) => set('sort', v === 'handbook' ? null : v)}
                      options={[
                        { value: 'handbook', label: t('catalogue.sortHandbook') },
                        { value: 'rate', label: t('catalogue.sortRate') },
                        { value: 'amount', label: t('catalogue.sortAmount') },
                      ]}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Form>
            <Space wrap className="pc-lpr-note">
              <Typography.Text role="status" data-testid="result-count">
                {t('catalogue.count', { shown: shown.length, total: d.products.totalCount })}
              </Typography.Text>
              {lpr.ONE_YEAR && (
                <Typography.Text type="secondary">
                  {t('catalogue.lprNote', { one: formatRate(lpr.ONE_YEAR.rate), five: formatRate(lpr.FIVE_YEAR?.rate), date: formatDate(lpr.ONE_YEAR.effectiveOn, lang) })}
                </Typography.Text>
              )}
            </Space>
            {shown.length === 0 ? (
              <Empty description={t('catalogue.none')} />
            ) : (
              <Row gutter={[16, 16]} className="pc-card-grid">
                {shown.map((p) => (
                  <Col key={p.id} xs={24} md={12} xl={8}>
                    <ProductCard product={p} lpr={lpr} />
                  </Col>
                ))}
              </Row>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
