import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, List, Row, Select, Space, Switch, Tag, Typography, App } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState';
import { graphql } from '../../../gql';
import type { QualificationKind } from '../../../gql/graphql';
import { wanToYuan, yuanToWan } from '../../../lib/decimal';
import { describeError, showProblems } from '../../../lib/errors';
import { daysBetween, formatDate, formatMoney, todayInChina } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';

export const FirmProfileQuery = graphql(`
  query FirmProfile($id: ID!) {
    firm(id: $id) {
      id
      name
      nameEn
      creditCode
      chain
      sizeClass
      foundedOn
      employees
      annualRevenue
      rdSpend
      taxCreditGrade
      knowledgeValueScore
      knowledgeValueGrade
      qualifications {
        id
        kind
        certificateNo
        validFrom
        validUntil
        validToday
      }
      ipAssets {
        id
        kind
        number
        title
        expiresOn
        annualFeePaid
        appraisedValue
        appraiser
        appraisedOn
        pledged
      }
    }
  }
`);

const UpdateFirmMutation = graphql(`
  mutation UpdateOwnFirm($id: ID!, $input: UpdateFirmInput!) {
    updateFirm(id: $id, input: $input) {
      id
      name
      nameEn
      employees
      annualRevenue
      rdSpend
      foundedOn
    }
  }
`);

const AddQualificationMutation = graphql(`
  mutation AddOwnQualification($firmId: ID!, $input: QualificationInput!) {
    addFirmQualification(firmId: $firmId, input: $input) {
      id
    }
  }
`);

const IpFeeMutation = graphql(`
  mutation MarkIpFee($id: ID!, $paid: Boolean!) {
    updateIpAsset(id: $id, input: { annualFeePaid: $paid }) {
      id
      annualFeePaid
    }
  }
`);

const QUALIFICATIONS: QualificationKind[] = ['HIGH_TECH_ENTERPRISE', 'TECH_SME', 'SPECIALIZED_SME', 'LITTLE_GIANT'];

function Validity({ until }: { until: string }) {
  const { t } = useI18n();
  const left = daysBetween(todayInChina(), until);
  if (left < 0) return <Tag color="red">{t('profile.expired')}</Tag>;
  if (left <= 90) return <Tag color="orange">{t('profile.expiresIn', { n: left })}</Tag>;
  return <Tag color="green">{t('profile.valid')}</Tag>;
}

interface FirmValues {
  name: string;
  nameEn?: string;
  employees: string;
  annualRevenue: string;
  rdSpend: string;
  foundedOn: string;
}

/** 企业信息: the profile, qualifications and IP; what the firm may change itself is editable. */
export function ProfilePage() {
  const { message } = App.useApp();
  const { t, lang, enums } = useI18n();
  const { session } = useSession();
  const firmId = session!.firmId!;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FirmProfileQuery, variables: { id: firmId } });
  const [, updateFirm] = useMutation(UpdateFirmMutation);
  const [, addQualification] = useMutation(AddQualificationMutation);
  const [, markFee] = useMutation(IpFeeMutation);
  const [firmForm] = Form.useForm<FirmValues>();
  const [qForm] = Form.useForm<{ kind: QualificationKind; certificateNo?: string; validFrom: string; validUntil: string }>();
  const [firmFailure, setFirmFailure] = useState<string | null>(null);
  const [qFailure, setQFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const saveFirm = async (v: FirmValues) => {
    setFirmFailure(null);
    const result = await updateFirm({
      id: firmId,
      input: { name: v.name, nameEn: v.nameEn || null, employees: Number(v.employees), annualRevenue: wanToYuan(v.annualRevenue), rdSpend: wanToYuan(v.rdSpend), foundedOn: v.foundedOn },
    });
    if (result.error) {
      const problem = describeError(result.error, lang, t('error.network'));
      const rest = showProblems(firmForm, problem.problems, lang, ['name', 'nameEn', 'employees', 'annualRevenue', 'rdSpend', 'foundedOn']);
      setFirmFailure(rest.length || !problem.problems.length ? problem.message : null);
      return;
    }
    void message.success(t('profile.saved'));
    setEditing(false);
    refresh();
  };

  const saveQualification = async (v: { kind: QualificationKind; certificateNo?: string; validFrom: string; validUntil: string }) => {
    setQFailure(null);
    const result = await addQualification({ firmId, input: { kind: v.kind, certificateNo: v.certificateNo || null, validFrom: v.validFrom, validUntil: v.validUntil } });
    if (result.error) {
      const problem = describeError(result.error, lang, t('error.network'));
      const rest = showProblems(qForm, problem.problems, lang, ['kind', 'certificateNo', 'validFrom', 'validUntil']);
      setQFailure(rest.length || !problem.problems.length ? problem.message : null);
      return;
    }
    void message.success(t('profile.saved'));
    qForm.resetFields();
    refresh();
  };

  return (
    <div>
      <Typography.Title level={2}>{t('profile.title')}</Typography.Title>
      <QueryState data={data} fetching={fetching} error={error} retry={refresh}>
        {({ firm }) => (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card title={firm.name} extra={!editing && <Button onClick={() => setEditing(true)}>{t('action.edit')}</Button>}>
              {editing ? (
                <Form<FirmValues>
                  form={firmForm}
                  name="firm"
                  layout="vertical"
                  onFinish={saveFirm}
                  initialValues={{ name: firm.name, nameEn: firm.nameEn ?? '', employees: String(firm.employees), annualRevenue: yuanToWan(firm.annualRevenue), rdSpend: yuanToWan(firm.rdSpend), foundedOn: firm.foundedOn }}
                >
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item name="name" label={t('profile.name')} rules={[{ required: true, whitespace: true, message: t('profile.nameRequired') }]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name="nameEn" label={t('profile.nameEn')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name="employees" label={t('profile.employees')}>
                        <InputNumber<string> stringMode precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name="foundedOn" label={t('profile.foundedOn')}>
                        <Input type="date" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name="annualRevenue" label={t('profile.revenue')}>
                        <InputNumber<string> stringMode precision={2} style={{ width: '100%' }} suffix={t('unit.wan')} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name="rdSpend" label={t('profile.rdSpend')}>
                        <InputNumber<string> stringMode precision={2} style={{ width: '100%' }} suffix={t('unit.wan')} />
                      </Form.Item>
                    </Col>
                  </Row>
                  {firmFailure && <Alert type="error" showIcon role="alert" title={firmFailure} style={{ marginBottom: 12 }} />}
                  <Space>
                    <Button type="primary" htmlType="submit">
                      {t('action.save')}
                    </Button>
                    <Button onClick={() => setEditing(false)}>{t('action.cancel')}</Button>
                  </Space>
                </Form>
              ) : (
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('profile.creditCode')}>{firm.creditCode}</Descriptions.Item>
                  {firm.nameEn && <Descriptions.Item label={t('profile.nameEn')}>{firm.nameEn}</Descriptions.Item>}
                  <Descriptions.Item label={t('profile.chain')}>{enums.IndustrialChain[firm.chain]}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.size')}>{enums.SizeClass[firm.sizeClass]}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.foundedOn')}>{formatDate(firm.foundedOn, lang)}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.employees')}>{firm.employees}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.revenue')}>{formatMoney(firm.annualRevenue, lang)}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.rdSpend')}>{formatMoney(firm.rdSpend, lang)}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.taxGrade')}>{enums.TaxCreditGrade[firm.taxCreditGrade]}</Descriptions.Item>
                  <Descriptions.Item label={t('profile.knowledgeValue')}>
                    {firm.knowledgeValueScore != null ? `${firm.knowledgeValueScore} (${firm.knowledgeValueGrade ?? '—'})` : '—'}
                  </Descriptions.Item>
                </Descriptions>
              )}
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t('profile.officeFields')}
              </Typography.Paragraph>
            </Card>
            <Card title={t('profile.qualifications')}>
              <List
                dataSource={firm.qualifications}
                locale={{ emptyText: t('profile.noQualifications') }}
                renderItem={(q) => (
                  <List.Item>
                    <Space wrap>
                      <strong>{enums.QualificationKind[q.kind]}</strong>
                      <span>{q.certificateNo ?? ''}</span>
                      <span>
                        {formatDate(q.validFrom, lang)} – {formatDate(q.validUntil, lang)}
                      </span>
                      <Validity until={q.validUntil} />
                    </Space>
                  </List.Item>
                )}
              />
              <Typography.Title level={5}>{t('profile.addQualification')}</Typography.Title>
              <Form form={qForm} name="qualification" layout="vertical" onFinish={saveQualification}>
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item name="kind" label={t('profile.qualificationKind')} rules={[{ required: true, message: t('profile.kindRequired') }]}>
                      <Select options={QUALIFICATIONS.map((k) => ({ value: k, label: enums.QualificationKind[k] }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name="certificateNo" label={t('profile.certificateNo')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="validFrom" label={t('profile.validFrom')} rules={[{ required: true, message: t('profile.dateRequired') }]}>
                      <Input type="date" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="validUntil" label={t('profile.validUntil')} rules={[{ required: true, message: t('profile.dateRequired') }]}>
                      <Input type="date" />
                    </Form.Item>
                  </Col>
                </Row>
                {qFailure && <Alert type="error" showIcon role="alert" title={qFailure} style={{ marginBottom: 12 }} />}
                <Button htmlType="submit">{t('profile.addQualification')}</Button>
              </Form>
            </Card>
            <Card title={t('profile.ip')}>
              <List
                dataSource={firm.ipAssets}
                locale={{ emptyText: t('profile.noIp') }}
                renderItem={(ip) => (
                  <List.Item>
                    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                      <Space wrap>
                        <strong>{ip.title}</strong>
                        <Tag>{enums.IpKind[ip.kind]}</Tag>
                        <span>{ip.number}</span>
                        <Validity until={ip.expiresOn} />
                        {ip.pledged && <Tag color="purple">{t('profile.pledged')}</Tag>}
                      </Space>
                      <Typography.Text type="secondary">
                        {t('profile.expiresOn', { date: formatDate(ip.expiresOn, lang) })} ·{' '}
                        {ip.appraisedValue ? t('profile.appraisal', { value: formatMoney(ip.appraisedValue, lang), by: ip.appraiser ?? '—', on: formatDate(ip.appraisedOn, lang) }) : t('profile.notAppraised')}
                      </Typography.Text>
                      <Space>
                        <Switch
                          id={`fee-${ip.id}`}
                          checked={ip.annualFeePaid}
                          onChange={async (paid) => {
                            const r = await markFee({ id: ip.id, paid });
                            if (r.error) void message.error(describeError(r.error, lang, t('error.network')).message);
                            else refresh();
                          }}
                        />
                        <label htmlFor={`fee-${ip.id}`}>{ip.annualFeePaid ? t('profile.feePaid') : t('profile.feeUnpaid')}</label>
                      </Space>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        )}
      </QueryState>
    </div>
  );
}
