import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatMoneyRange } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { EligibilityWords } from './EligibilityWords';
import { ProductRate, type LprToday } from './ProductRate';

export const ProductCardFragment = graphql(`
  fragment ProductCard_product on LoanProduct {
    id
    name
    nameEn
    category
    bank {
      id
      shortName
      nameEn
    }
    minAmount
    maxAmount
    minTermMonths
    maxTermMonths
    collateralKinds
    riskPool {
      id
      name
    }
    rateKind
    minRate
    maxRate
    lprTenor
    minSpreadBps
    maxSpreadBps
    eligibility {
      chains
      sizeClasses
      requiredQualifications
      minYearsOperating
      minAnnualRevenue
      minTaxGrade
      ipRequired
    }
  }
`);

/** One product as the handbook's page shows it, on a card (a phone shows one per row). */
export function ProductCard({ product, lpr, extra, footer }: { product: FragmentType<typeof ProductCardFragment>; lpr: LprToday; extra?: ReactNode; footer?: ReactNode }) {
  const p = getFragmentData(ProductCardFragment, product);
  const { t, lang, enums } = useI18n();
  const name = lang === 'en' && p.nameEn ? p.nameEn : p.name;
  const bank = lang === 'en' && p.bank.nameEn ? p.bank.nameEn : p.bank.shortName;
  return (
    <Card
      className="pc-product-card"
      title={
        <Link to={`/products/${p.id}`} className="pc-product-title">
          {name}
        </Link>
      }
      extra={extra}
      actions={footer ? [footer] : undefined}
    >
      <div className="pc-card-tags">
        <Tag color="blue">{bank}</Tag>
        <Tag>{enums.ProductCategory[p.category]}</Tag>
        {p.riskPool && (
          <Tag color="green" icon={<SafetyCertificateOutlined />}>
            {t('product.poolBacked')}
          </Tag>
        )}
      </div>
      <Descriptions column={1} size="small" colon={false} className="pc-terms">
        <Descriptions.Item label={t('product.amount')}>{formatMoneyRange(p.minAmount, p.maxAmount, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('product.term')}>{t('product.termRange', { min: p.minTermMonths, max: p.maxTermMonths })}</Descriptions.Item>
        <Descriptions.Item label={t('product.rate')}>
          <ProductRate product={p} lpr={lpr} />
        </Descriptions.Item>
        <Descriptions.Item label={t('product.security')}>{p.collateralKinds.map((k) => enums.CollateralKind[k]).join(lang === 'zh' ? '、' : ', ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('product.whoQualifies')}>
          <EligibilityWords eligibility={p.eligibility} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
