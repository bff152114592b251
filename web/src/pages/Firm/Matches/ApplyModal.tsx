import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { CollateralKind } from '../../../gql/graphql';
import { wanToYuan } from '../../../lib/decimal';
import { describeError, showProblems } from '../../../lib/errors';
import { formatMoney } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { COLLATERAL } from '../../Catalogue/CataloguePage';

const ApplyMutation = graphql(`
  mutation ApplyForProduct($input: FileDemandInput!) {
    fileDemand(input: $input) {
      id
      status
      addressees {
        id
        dueOn
        bank {
          id
          shortName
        }
      }
    }
  }
`);

export interface ApplyTarget {
  productId: string;
  productName: string;
  bankName: string;
  /** Prefilled in 万元. */
  amountWan?: string;
  termMonths?: number;
  collateral?: CollateralKind[];
}

interface Values {
  amount: string;
  termMonths: string;
  purpose: string;
  collateralOffered?: CollateralKind[];
}

/** 申请: a financing demand addressed to the product's bank under that product. */
export function ApplyModal({ firmId, target, onClose, onApplied }: { firmId: string; target: ApplyTarget; onClose: () => void; onApplied: (demandId: string) => void }) {
  const { t, lang, enums } = useI18n();
  const [form] = Form.useForm<Values>();
  const [, apply] = useMutation(ApplyMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = Form.useWatch('amount', form);

  const submit = async (v: Values) => {
    setFailure(null);
    setBusy(true);
    const result = await apply({
      input: { firmId, productId: target.productId, source: 'ONLINE', amount: wanToYuan(v.amount), termMonths: Number(v.termMonths), purpose: v.purpose, collateralOffered: v.collateralOffered?.length ? v.collateralOffered : undefined },
    });
    setBusy(false);
    if (result.error || !result.data) {
      const problem = describeError(result.error!, lang, t('error.network'));
      const rest = showProblems(form, problem.problems, lang, ['amount', 'termMonths', 'purpose', 'collateralOffered']);
      setFailure(rest.length || !problem.problems.length ? (rest.length ? rest.map((p) => (lang === 'zh' ? p.messageZh : p.messageEn)).join(';') : problem.message) : null);
      return;
    }
    onApplied(result.data.fileDemand.id);
  };

  return (
    <Modal open title={t('apply.title', { product: target.productName })} okText={t('apply.submit')} cancelText={t('action.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('apply.intro', { bank: target.bankName })}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="apply"
        layout="vertical"
        onFinish={submit}
        initialValues={{ amount: target.amountWan, termMonths: target.termMonths != null ? String(target.termMonths) : undefined, collateralOffered: target.collateral }}
      >
        <Form.Item
          name="amount"
          label={t('apply.amount')}
          rules={[{ required: true, message: t('apply.amountRequired') }]}
          extra={amount && /^\d+(\.\d+)?$/.test(amount) ? `= ${formatMoney(wanToYuan(amount), lang)}` : undefined}
        >
          <InputNumber<string> stringMode min="0" precision={2} style={{ width: '100%' }} suffix={t('unit.wan')} />
        </Form.Item>
        <Form.Item name="termMonths" label={t('apply.term')} rules={[{ required: true, message: t('apply.termRequired') }]}>
          <InputNumber<string> stringMode min="1" precision={0} style={{ width: '100%' }} suffix={t('unit.months')} />
        </Form.Item>
        <Form.Item name="purpose" label={t('apply.purpose')} rules={[{ required: true, whitespace: true, message: t('apply.purposeRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('apply.purposePlaceholder')} />
        </Form.Item>
        <Form.Item name="collateralOffered" label={t('apply.collateral')}>
          <Select mode="multiple" allowClear options={COLLATERAL.map((c) => ({ value: c, label: enums.CollateralKind[c] }))} />
        </Form.Item>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      </Form>
    </Modal>
  );
}
