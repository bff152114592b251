import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState';
import { graphql } from '../../../gql';
import { daysBetween, todayInChina } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';

export const FirmHomeQuery = graphql(`
  query FirmHome($firmId: ID!) {
    firm(id: $firmId) {
      id
      name
      qualifications {
        id
        validUntil
      }
    }
    matchProducts(firmId: $firmId) {
      productCount
      eligibleCount
    }
    financingDemands(filter: { firmId: $firmId }, first: 1) {
      totalCount
    }
  }
`);

/** The firm's home: how many products fit, its demands, and qualifications running out. */
export function FirmHomePage() {
  const { t } = useI18n();
  const { session } = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FirmHomeQuery, variables: { firmId: session!.firmId! } });
  return (
    <QueryState data={data} fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(d) => {
        const today = todayInChina();
        const expiring = d.firm.qualifications.filter((q) => daysBetween(today, q.validUntil) <= 90).length;
        return (
          <div>
            <Typography.Title level={2}>{d.firm.name}</Typography.Title>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={8}>
                <Link to="/firm/matches">
                  <Card hoverable>
                    <Statistic title={t('home.eligible')} value={d.matchProducts.eligibleCount} suffix={`/ ${d.matchProducts.productCount}`} />
                  </Card>
                </Link>
              </Col>
              <Col xs={24} md={8}>
                <Link to="/firm/demands">
                  <Card hoverable>
                    <Statistic title={t('home.demands')} value={d.financingDemands.totalCount} />
                  </Card>
                </Link>
              </Col>
              <Col xs={24} md={8}>
                <Link to="/firm/profile">
                  <Card hoverable>
                    <Statistic title={t('home.expiring')} value={expiring} />
                  </Card>
                </Link>
              </Col>
            </Row>
            <Typography.Paragraph style={{ marginTop: 24 }}>{t('home.intro')}</Typography.Paragraph>
          </div>
        );
      }}
    </QueryState>
  );
}
