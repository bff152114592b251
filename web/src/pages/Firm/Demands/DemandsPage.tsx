import { Alert, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { AddresseeStatus, DemandStatus } from '../../../gql/graphql';
import { formatDate, formatMoney, formatRate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';

const DemandCardFragment = graphql(`
  fragment DemandCard_demand on FinancingDemand {
    id
    amount
    termMonths
    purpose
    source
    status
    filedOn
    recommendedOn
    creditGrantedOn
    disbursedOn
    declinedOn
    declineReason
    collateralOffered
    addressees {
      id
      addressedOn
      dueOn
      status
      overdue
      answeredOn
      bank {
        id
        shortName
      }
      product {
        id
        name
      }
    }
    offers {
      id
      decision
      answeredOn
      amount
      annualRate
      termMonths
      conditions
      validUntil
      declineReason
      bank {
        id
        shortName
      }
    }
  }
`);

export const FirmDemandsQuery = graphql(`
  query FirmDemands($firmId: ID!) {
    financingDemands(filter: { firmId: $firmId }, first: 100) {
      totalCount
      edges {
        node {
          id
          ...DemandCard_demand
        }
      }
    }
  }
`);

const STATUS_COLOR: Record<DemandStatus, string> = { FILED: 'default', RECOMMENDED: 'blue', IN_TALKS: 'cyan', CREDIT_GRANTED: 'green', DISBURSED: 'green', DECLINED: 'red' };
const ADDRESSEE_COLOR: Record<AddresseeStatus, string> = { AWAITING: 'blue', OFFERED: 'green', DECLINED: 'red', WITHDRAWN: 'default' };

function DemandCard({ demand, isNew }: { demand: FragmentType<typeof DemandCardFragment>; isNew: boolean }) {
  const d = getFragmentData(DemandCardFragment, demand);
  const { t, lang, enums } = useI18n();
  return (
    <Card
      className={isNew ? 'pc-new' : undefined}
      data-testid="demand"
      title={
        <Space wrap>
          <span>{formatMoney(d.amount, lang)}</span>
          <Tag color={STATUS_COLOR[d.status]}>{enums.DemandStatus[d.status]}</Tag>
          {isNew && <Tag color="gold">{t('demands.new')}</Tag>}
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('demands.term')}>{t('demands.months', { n: d.termMonths })}</Descriptions.Item>
        <Descriptions.Item label={t('demands.filedOn')}>{formatDate(d.filedOn, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('demands.source')}>{enums.DemandSource[d.source]}</Descriptions.Item>
        <Descriptions.Item label={t('demands.purpose')} span="filled">
          {d.purpose}
        </Descriptions.Item>
        {d.creditGrantedOn && <Descriptions.Item label={t('demands.grantedOn')}>{formatDate(d.creditGrantedOn, lang)}</Descriptions.Item>}
        {d.disbursedOn && <Descriptions.Item label={t('demands.disbursedOn')}>{formatDate(d.disbursedOn, lang)}</Descriptions.Item>}
        {d.declinedOn && (
          <Descriptions.Item label={t('demands.declinedOn')} span="filled">
            {formatDate(d.declinedOn, lang)}: {d.declineReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5}>{t('demands.banks')}</Typography.Title>
      <List
        size="small"
        dataSource={d.addressees}
        locale={{ emptyText: t('demands.notSent') }}
        renderItem={(a) => {
          const answer = d.offers.find((o) => o.bank.id === a.bank.id);
          return (
            <List.Item>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <strong>{a.bank.shortName}</strong>
                  {a.product && <Link to={`/products/${a.product.id}`}>{a.product.name}</Link>}
                  <Tag color={ADDRESSEE_COLOR[a.status]}>{enums.AddresseeStatus[a.status]}</Tag>
                  {a.overdue && <Tag color="red">{t('demands.overdue')}</Tag>}
                </Space>
                <Typography.Text type="secondary">{t('demands.deadline', { from: formatDate(a.addressedOn, lang), due: formatDate(a.dueOn, lang) })}</Typography.Text>
                {answer?.decision === 'OFFERED' && (
                  <span>
                    {t('demands.offer', { amount: formatMoney(answer.amount, lang), rate: formatRate(answer.annualRate), months: answer.termMonths ?? '—', until: formatDate(answer.validUntil, lang) })}
                    {answer.conditions ? ` · ${answer.conditions}` : ''}
                  </span>
                )}
                {answer?.decision === 'DECLINED' && <span>{t('demands.declined', { reason: answer.declineReason ?? '—', on: formatDate(answer.answeredOn, lang) })}</span>}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/** 融资需求: the firm's demands, the banks they went to, deadlines, offers and declines. */
export function DemandsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const [params] = useSearchParams();
  const fresh = params.get('new');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FirmDemandsQuery, variables: { firmId: session!.firmId! }, requestPolicy: 'network-only' });
  return (
    <div>
      <Typography.Title level={2}>{t('demands.title')}</Typography.Title>
      {fresh && <Alert type="success" showIcon title={t('demands.applied')} style={{ marginBottom: 16 }} />}
      <QueryState data={data} fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(d) =>
          d.financingDemands.edges.length === 0 ? (
            <Empty description={<span>{t('demands.none')} <Link to="/firm/matches">{t('demands.findProducts')}</Link></span>} />
          ) : (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {[...d.financingDemands.edges].reverse().map((e) => (
                <DemandCard key={e.node.id} demand={e.node} isNew={e.node.id === fresh} />
              ))}
            </Space>
          )
        }
      </QueryState>
    </div>
  );
}
