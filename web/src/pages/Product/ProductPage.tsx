import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../gql';
import { formatDate, formatMoney, formatMoneyRange, formatShare, todayInChina } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { EligibilityWords } from '../Catalogue/EligibilityWords';
import { ProductRate, lprToday } from '../Catalogue/ProductRate';

export const ProductPageQuery = graphql(`
  query ProductPage($id: ID!) {
    product(id: $id) {
      id
      name
      nameEn
      category
      description
      bank {
        id
        name
        shortName
        nameEn
      }
      branch {
        id
        name
        address
        phone
      }
      minAmount
      maxAmount
      minTermMonths
      maxTermMonths
      rateKind
      minRate
      maxRate
      lprTenor
      minSpreadBps
      maxSpreadBps
      collateralKinds
      collateralNote
      loanToValue
      promisedResponseDays
      validFrom
      validUntil
      eligibility {
      chains
      sizeClasses
      requiredQualifications
      minYearsOperating
      minAnnualRevenue
      minTaxGrade
      ipRequired
    }
      riskPool {
        id
        name
        kind
        description
        poolShare
        perFirmCap
      }
      contacts {
        id
        name
        title
        phone
        email
        branch {
          id
          name
          phone
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

/** One product's page: every term, who qualifies, its pool, and who to call. */
export function ProductPage() {
  const { id = '' } = useParams();
  const { t, lang, enums } = useI18n();
  const { session } = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductPageQuery, variables: { id } });
  return (
    <div className="pc-page">
      <QueryState data={data} fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(d) => {
          const p = d.product;
          const lpr = lprToday([...d.oneYear, ...d.fiveYear], todayInChina());
          const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
          return (
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <div>
                <Link to="/">{t('product.back')}</Link>
                <Typography.Title level={2} style={{ marginTop: 8 }}>
                  {lang === 'en' && p.nameEn ? p.nameEn : p.name}
                </Typography.Title>
                <Space wrap>
                  <Tag color="blue">{lang === 'en' && p.bank.nameEn ? p.bank.nameEn : p.bank.name}</Tag>
                  <Tag>{enums.ProductCategory[p.category]}</Tag>
                  {p.riskPool && <Tag color="green">{t('product.poolBacked')}</Tag>}
                </Space>
                {p.description && <Typography.Paragraph style={{ marginTop: 12 }}>{p.description}</Typography.Paragraph>}
                {session?.role === 'FIRM' ? (
                  <Link to={`/firm/matches?product=${p.id}`}>
                    <Button type="primary">{t('product.checkFit')}</Button>
                  </Link>
                ) : (
                  !session && <Alert type="info" showIcon title={<span>{t('product.signInToApply')} <Link to={`/login?next=${encodeURIComponent(`/firm/matches?product=${p.id}`)}`}>{t('action.signIn')}</Link></span>} />
                )}
              </div>
              <Card title={t('product.terms')}>
                <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
                  <Descriptions.Item label={t('product.amount')}>
                    {formatMoneyRange(p.minAmount, p.maxAmount, lang)}
                    <br />
                    <Typography.Text type="secondary">
                      {formatMoney(p.minAmount, lang)} – {formatMoney(p.maxAmount, lang)}
                    </Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('product.term')}>{t('product.termRange', { min: p.minTermMonths, max: p.maxTermMonths })}</Descriptions.Item>
                  <Descriptions.Item label={t('product.rate')}>
                    <ProductRate product={p} lpr={lpr} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('product.security')}>{list(p.collateralKinds.map((k) => enums.CollateralKind[k])) || '—'}</Descriptions.Item>
                  {p.collateralNote && <Descriptions.Item label={t('product.securityNote')}>{p.collateralNote}</Descriptions.Item>}
                  {p.loanToValue && <Descriptions.Item label={t('product.loanToValue')}>{formatShare(p.loanToValue)}</Descriptions.Item>}
                  <Descriptions.Item label={t('product.responseDays')}>{t('product.responseDaysValue', { n: p.promisedResponseDays })}</Descriptions.Item>
                  <Descriptions.Item label={t('product.validity')}>
                    {formatDate(p.validFrom, lang)} – {p.validUntil ? formatDate(p.validUntil, lang) : t('product.openEnded')}
                  </Descriptions.Item>
                  {p.branch && <Descriptions.Item label={t('product.branch')}>{p.branch.name}</Descriptions.Item>}
                </Descriptions>
              </Card>
              <Card title={t('product.whoQualifies')}>
                <EligibilityWords eligibility={p.eligibility} />
              </Card>
              {p.riskPool && (
                <Card title={t('product.pool')}>
                  <Typography.Paragraph strong>{p.riskPool.name}</Typography.Paragraph>
                  {p.riskPool.description && <Typography.Paragraph>{p.riskPool.description}</Typography.Paragraph>}
                  <Typography.Paragraph>{t('product.poolTerms', { share: formatShare(p.riskPool.poolShare), cap: formatMoney(p.riskPool.perFirmCap, lang, 'short') })}</Typography.Paragraph>
                </Card>
              )}
              <Card title={t('product.contacts')}>
                <List
                  dataSource={p.contacts}
                  locale={{ emptyText: t('product.noContacts') }}
                  renderItem={(c) => (
                    <List.Item>
                      <List.Item.Meta
                        title={`${c.name} · ${enums.OfficerTitle[c.title]}`}
                        description={
                          <Space orientation="vertical" size={0}>
                            <span>{c.branch.name}</span>
                            {c.phone ?? c.branch.phone ? (
                              <a href={`tel:${c.phone ?? c.branch.phone}`}>
                                <PhoneOutlined aria-hidden /> {c.phone ?? c.branch.phone}
                              </a>
                            ) : (
                              <Typography.Text type="secondary">{t('product.noPhone')}</Typography.Text>
                            )}
                          </Space>
                        }
                      />
                    </List.Item>
                  )}
                />
              </Card>
            </Space>
          );
        }}
      </QueryState>
    </div>
  );
}
