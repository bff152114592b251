import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Empty, Form, InputNumber, List, Row, Select, Space, Tag, Typography, App } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { CollateralKind, MatchCriterion } from '../../../gql/graphql';
import { compareDecimal, wanToYuan, yuanToWan } from '../../../lib/decimal';
import { formatMoney, formatRate, todayInChina } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { COLLATERAL } from '../../Catalogue/CataloguePage';
import { ProductCard, ProductCardFragment } from '../../Catalogue/ProductCard';
import { lprToday, type LprToday } from '../../Catalogue/ProductRate';
import { ApplyModal, type ApplyTarget } from './ApplyModal';

const EligibleMatchFragment = graphql(`
  fragment EligibleMatch_match on ProductMatch {
    rank
    score
    maxBorrowable
    lowestRate
    limits {
      kind
      amount
      binding
    }
    criteria {
      criterion
      passed
      subject
      messageZh
      messageEn
    }
    product {
      id
      name
      nameEn
      minAmount
      minTermMonths
      bank {
        id
        shortName
      }
    }
  }
`);

const IneligibleMatchFragment = graphql(`
  fragment IneligibleMatch_match on ProductMatch {
    rank
    failedCount
    failed {
      criterion
      code
      subject
      messageZh
      messageEn
    }
    product {
      id
      name
      nameEn
      maxAmount
      bank {
        id
        shortName
      }
    }
  }
`);

export const FirmMatchesQuery = graphql(`
  query FirmMatches($firmId: ID!, $amount: Money, $termMonths: Int, $collateral: [CollateralKind!]) {
    matchProducts(firmId: $firmId, amount: $amount, termMonths: $termMonths, collateral: $collateral) {
      asOf
      productCount
      eligibleCount
      eligible(first: 50) {
        totalCount
        edges {
          node {
            product {
              id
              ...ProductCard_product
            }
            ...EligibleMatch_match
          }
        }
      }
      ineligible(first: 100) {
        totalCount
        edges {
          node {
            failedCount
            failed {
              criterion
              subject
            }
            product {
              id
              maxAmount
            }
            ...IneligibleMatch_match
          }
        }
      }
      lacks {
        criterion
        subject
        code
        messageZh
        messageEn
        products
        onlyLack
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

/** What a firm can do something about, and what it cannot (its size class, its chain, its age, a pool's state). */
const CAN_CHANGE: ReadonlySet<MatchCriterion> = new Set(['QUALIFICATION', 'IP_REQUIRED', 'IP_PLEDGE_VALUE', 'TAX_GRADE', 'COLLATERAL', 'AMOUNT', 'TERM']);

/**
 * One product the firm qualifies for. The card's fragment is spread by the page query on the
 * match's product (not inside this fragment): the API's depth limit counts each spread as two levels.
 */
function EligibleMatch({ match, card, lpr, onApply }: { match: FragmentType<typeof EligibleMatchFragment>; card: FragmentType<typeof ProductCardFragment>; lpr: LprToday; onApply: () => void }) {
  const m = getFragmentData(EligibleMatchFragment, match);
  const { t, lang, enums, pick } = useI18n();
  const why = m.criteria.filter((c) => c.passed && !c.criterion.startsWith('PRODUCT_'));
  return (
    <div className="pc-match">
      <ProductCard
        product={card}
        lpr={lpr}
        extra={<Tag color="gold">{t('matches.rank', { n: m.rank })}</Tag>}
        footer={
          <Button type="primary" onClick={onApply} aria-label={t('matches.applyFor', { product: m.product.name })}>
            {t('matches.apply')}
          </Button>
        }
      />
      <Card size="small" className="pc-match-facts">
        <Typography.Paragraph strong>
          {t('matches.canBorrow', { amount: formatMoney(m.maxBorrowable, lang) })}
          {m.lowestRate && <> · {t('matches.lowestRate', { rate: formatRate(m.lowestRate) })}</>}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('matches.limits')}</Typography.Text>
        <ul className="pc-plain-list">
          {m.limits.map((l) => (
            <li key={l.kind}>
              {enums.BorrowingLimitKind[l.kind]}: {formatMoney(l.amount, lang)} {l.binding && <Tag color="orange">{t('matches.binding')}</Tag>}
            </li>
          ))}
        </ul>
        <Collapse
          size="small"
          items={[
            {
              key: 'why',
              label: t('matches.whyFits'),
              children: (
                <ul className="pc-plain-list">
                  {why.map((c) => (
                    <li key={c.criterion + (c.subject ?? '')}>
                      <CheckCircleTwoTone twoToneColor="#389e0d" aria-hidden /> {pick(c.messageZh, c.messageEn)}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

function IneligibleMatch({ match }: { match: FragmentType<typeof IneligibleMatchFragment> }) {
  const m = getFragmentData(IneligibleMatchFragment, match);
  const { t, lang, pick } = useI18n();
  return (
    <List.Item>
      <List.Item.Meta
        title={
          <Link to={`/products/${m.product.id}`}>
            {lang === 'en' && m.product.nameEn ? m.product.nameEn : m.product.name} · {m.product.bank.shortName}
          </Link>
        }
        description={
          <>
            <Typography.Text type="secondary">{t('matches.failedCount', { n: m.failedCount })}</Typography.Text>
            <ul className="pc-plain-list">
              {m.failed.map((c) => (
                <li key={c.criterion + (c.subject ?? '')}>
                  <CloseCircleTwoTone twoToneColor="#cf1322" aria-hidden /> {pick(c.messageZh, c.messageEn)}
                </li>
              ))}
            </ul>
          </>
        }
      />
    </List.Item>
  );
}

interface Ask {
  amount?: string;
  term?: string;
  collateral?: CollateralKind[];
}

/** 产品匹配: which products fit the firm, why the others do not, and what would change that. */
export function MatchesPage() {
  const { message } = App.useApp();
  const { t, lang, enums, pick } = useI18n();
  const { session } = useSession();
  const firmId = session!.firmId!;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const ask: Ask = {
    amount: params.get('amount') ?? undefined,
    term: params.get('term') ?? undefined,
    collateral: (params.get('collateral')?.split(',').filter(Boolean) as CollateralKind[] | undefined) ?? undefined,
  };
  const focus = params.get('product');
  const variables = {
    firmId,
    amount: ask.amount ? wanToYuan(ask.amount) : undefined,
    termMonths: ask.term ? Number(ask.term) : undefined,
    collateral: ask.collateral?.length ? ask.collateral : undefined,
  };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FirmMatchesQuery, variables });
  const [applying, setApplying] = useState<ApplyTarget | null>(null);
  const lpr = useMemo(() => (data ? lprToday([...data.oneYear, ...data.fiveYear], todayInChina()) : {}), [data]);

  const onAsk = (v: Ask) => {
    const next = new URLSearchParams();
    if (v.amount) next.set('amount', v.amount);
    if (v.term) next.set('term', v.term);
    if (v.collateral?.length) next.set('collateral', v.collateral.join(','));
    if (focus) next.set('product', focus);
    setParams(next);
  };

  return (
    <div>
      <Typography.Title level={2}>{t('matches.title')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form<Ask> name="ask" layout="vertical" initialValues={ask} onFinish={onAsk} aria-label={t('matches.askLabel')}>
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Form.Item name="amount" label={t('matches.amount')}>
                <InputNumber<string> stringMode min="0" style={{ width: '100%' }} suffix={t('unit.wan')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="term" label={t('matches.term')}>
                <InputNumber<string> stringMode min="1" max="360" precision={0} style={{ width: '100%' }} suffix={t('unit.months')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="collateral" label={t('matches.collateral')}>
                <Select mode="multiple" allowClear options={COLLATERAL.map((c) => ({ value: c, label: enums.CollateralKind[c] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item label={<span aria-hidden>&nbsp;</span>}>
                <Button type="primary" htmlType="submit" block>
                  {t('matches.find')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <QueryState data={data} fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(d) => {
          const r = d.matchProducts;
          const ineligible = r.ineligible.edges.map((e) => e.node);
          const opens = (criterion: MatchCriterion, subject: string | null | undefined) => {
            const only = ineligible.filter((n) => n.failedCount === 1 && n.failed[0].criterion === criterion && (n.failed[0].subject ?? null) === (subject ?? null));
            const most = only.map((n) => n.product.maxAmount).sort((a, b) => compareDecimal(b, a))[0];
            return { count: only.length, most };
          };
          const lackItem = (l: (typeof r.lacks)[number]) => {
            const o = opens(l.criterion, l.subject);
            return (
              <List.Item key={l.criterion + (l.subject ?? '') + l.code}>
                <List.Item.Meta
                  title={pick(l.messageZh, l.messageEn)}
                  description={
                    <>
                      {enums.MatchCriterion[l.criterion]} · {t('matches.lackProducts', { n: l.products })}
                      {l.onlyLack > 0 && <> · <strong>{t('matches.lackOpens', { n: l.onlyLack, amount: o.most ? formatMoney(o.most, lang, 'short') : '—' })}</strong></>}
                    </>
                  }
                />
              </List.Item>
            );
          };
          const canChange = r.lacks.filter((l) => CAN_CHANGE.has(l.criterion));
          const cannot = r.lacks.filter((l) => !CAN_CHANGE.has(l.criterion));
          const eligibleFocus = focus ? r.eligible.edges.find((e) => e.node.product.id === focus) : undefined;
          const ineligibleFocus = focus ? r.ineligible.edges.find((e) => e.node.product.id === focus) : undefined;
          const startApply = (m: FragmentType<typeof EligibleMatchFragment>) => {
            const x = getFragmentData(EligibleMatchFragment, m);
            const wanted = variables.amount && x.maxBorrowable && compareDecimal(variables.amount, x.maxBorrowable) <= 0 ? variables.amount : x.maxBorrowable ?? x.product.minAmount;
            setApplying({ productId: x.product.id, productName: lang === 'en' && x.product.nameEn ? x.product.nameEn : x.product.name, bankName: x.product.bank.shortName, amountWan: yuanToWan(wanted), termMonths: variables.termMonths ?? x.product.minTermMonths, collateral: variables.collateral });
          };
          return (
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <Alert type="info" showIcon title={t('matches.summary', { eligible: r.eligibleCount, total: r.productCount })} />
              {focus && eligibleFocus && <Alert type="success" showIcon title={t('matches.focusEligible')} />}
              {focus && ineligibleFocus && <Alert type="warning" showIcon title={t('matches.focusIneligible')} description={<List dataSource={[ineligibleFocus.node]} renderItem={(n) => <IneligibleMatch match={n} />} />} />}
              <section aria-labelledby="eligible-h">
                <Typography.Title level={3} id="eligible-h">
                  {t('matches.eligible', { n: r.eligibleCount })}
                </Typography.Title>
                {r.eligible.edges.length === 0 ? (
                  <Empty description={t('matches.noneEligible')} />
                ) : (
                  <Row gutter={[16, 16]}>
                    {r.eligible.edges.map((e) => (
                      <Col key={e.node.product.id} xs={24} lg={12} xxl={8}>
                        <EligibleMatch match={e.node} card={e.node.product} lpr={lpr} onApply={() => startApply(e.node)} />
                      </Col>
                    ))}
                  </Row>
                )}
              </section>
              <section aria-labelledby="lacks-h">
                <Typography.Title level={3} id="lacks-h">
                  {t('matches.lacks')}
                </Typography.Title>
                <Row gutter={[16, 16]}>
                  <Col xs={24} md={12}>
                    <Card title={t('matches.canChange')} size="small">
                      <List dataSource={canChange} locale={{ emptyText: t('matches.nothing') }} renderItem={lackItem} />
                    </Card>
                  </Col>
                  <Col xs={24} md={12}>
                    <Card title={t('matches.cannotChange')} size="small">
                      <List dataSource={cannot} locale={{ emptyText: t('matches.nothing') }} renderItem={lackItem} />
                    </Card>
                  </Col>
                </Row>
              </section>
              <section aria-labelledby="ineligible-h">
                <Typography.Title level={3} id="ineligible-h">
                  {t('matches.ineligible', { n: r.ineligible.totalCount })}
                </Typography.Title>
                <Card size="small">
                  <List dataSource={r.ineligible.edges} rowKey={(e) => e.node.product.id} renderItem={(e) => <IneligibleMatch match={e.node} />} />
                </Card>
              </section>
              {applying && (
                <ApplyModal
                  firmId={firmId}
                  target={applying}
                  onClose={() => setApplying(null)}
                  onApplied={(id) => {
                    setApplying(null);
                    void message.success(t('apply.done'));
                    navigate(`/firm/demands?new=${id}`);
                  }}
                />
              )}
            </Space>
          );
        }}
      </QueryState>
    </div>
  );
}
