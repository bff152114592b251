import { PrinterOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDate, formatMoneyRange, formatShare, todayInChina } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { EligibilityWords } from '../Catalogue/EligibilityWords';
import { ProductRate, lprToday, type LprToday } from '../Catalogue/ProductRate';

const HandbookEntryFragment = graphql(`
  fragment HandbookEntry_product on LoanProduct {
    id
    name
    nameEn
    category
    description
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
    }
    contacts {
      id
      name
      title
      phone
      branch {
        id
        name
        phone
      }
    }
  }
`);

export const HandbookQuery = graphql(`
  query Handbook {
    products(first: 100) {
      edges {
        node {
          id
          bank {
            id
            name
            nameEn
          }
          ...HandbookEntry_product
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

function HandbookEntry({ product, lpr, n }: { product: FragmentType<typeof HandbookEntryFragment>; lpr: LprToday; n: string }) {
  const p = getFragmentData(HandbookEntryFragment, product);
  const { t, lang, enums } = useI18n();
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  return (
    <article className="pc-hb-entry" id={`p-${p.id}`}>
      <h3>
        {n} {lang === 'en' && p.nameEn ? p.nameEn : p.name}
        <span className="pc-hb-category">{enums.ProductCategory[p.category]}</span>
      </h3>
      {p.description && <p>{p.description}</p>}
      <table className="pc-hb-table">
        <tbody>
          <tr>
            <th scope="row">{t('product.amount')}</th>
            <td>{formatMoneyRange(p.minAmount, p.maxAmount, lang)}</td>
            <th scope="row">{t('product.term')}</th>
            <td>{t('product.termRange', { min: p.minTermMonths, max: p.maxTermMonths })}</td>
          </tr>
          <tr>
            <th scope="row">{t('product.rate')}</th>
            <td>
              <ProductRate product={p} lpr={lpr} />
            </td>
            <th scope="row">{t('product.security')}</th>
            <td>
              {list(p.collateralKinds.map((k) => enums.CollateralKind[k]))}
              {p.loanToValue ? `(${t('product.loanToValue')} ${formatShare(p.loanToValue)})` : ''}
              {p.collateralNote ? <div>{p.collateralNote}</div> : null}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('product.whoQualifies')}</th>
            <td colSpan={3}>
              <EligibilityWords eligibility={p.eligibility} />
            </td>
          </tr>
          {p.riskPool && (
            <tr>
              <th scope="row">{t('product.pool')}</th>
              <td colSpan={3}>{p.riskPool.name}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('product.contacts')}</th>
            <td colSpan={3}>
              {p.contacts.length
                ? p.contacts.map((c) => `${c.name}(${enums.OfficerTitle[c.title]},${c.branch.name}${c.phone ?? c.branch.phone ? ',' + (c.phone ?? c.branch.phone) : ''})`).join(lang === 'zh' ? ';' : '; ')
                : t('product.noContacts')}
              {' · '}
              {t('product.responseDaysValue', { n: p.promisedResponseDays })}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

/** The printed handbook, A4: cover, table of contents, one section per bank. */
export function HandbookPage() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HandbookQuery });
  const today = todayInChina();
  return (
    <div className="pc-handbook">
      <QueryState data={data} fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(d) => {
          const lpr = lprToday([...d.oneYear, ...d.fiveYear], today);
          const banks = new Map<string, { name: string; products: typeof d.products.edges }>();
          for (const e of d.products.edges) {
            const b = e.node.bank;
            const g = banks.get(b.id) ?? { name: lang === 'en' && b.nameEn ? b.nameEn : b.name, products: [] };
            g.products.push(e);
            banks.set(b.id, g);
          }
          const sections = [...banks.entries()];
          return (
            <>
              <div className="no-print pc-hb-toolbar">
                <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
                  {t('handbook.print')}
                </Button>
                <Typography.Text type="secondary">{t('handbook.printHint')}</Typography.Text>
              </div>
              <section className="pc-hb-cover">
                <p className="pc-hb-zone">{t('handbook.zone')}</p>
                <h1>{t('handbook.title')}</h1>
                <p>{t('handbook.subtitle', { banks: sections.length, products: d.products.edges.length })}</p>
                <p>{t('handbook.date', { date: formatDate(today, lang) })}</p>
              </section>
              <nav className="pc-hb-toc" aria-label={t('handbook.toc')}>
                <h2>{t('handbook.toc')}</h2>
                <ol>
                  {sections.map(([id, g], i) => (
                    <li key={id}>
                      <a href={`#b-${id}`}>{g.name}</a>
                      <ol>
                        {g.products.map((e, j) => (
                          <li key={e.node.id}>
                            <a href={`#p-${e.node.id}`}>
                              {i + 1}.{j + 1} {getFragmentData(HandbookEntryFragment, e.node).name}
                            </a>
                          </li>
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              </nav>
              {sections.map(([id, g], i) => (
                <section key={id} id={`b-${id}`} className="pc-hb-bank">
                  <h2>
                    {i + 1}. {g.name}
                  </h2>
                  {g.products.map((e, j) => (
                    <HandbookEntry key={e.node.id} product={e.node} lpr={lpr} n={`${i + 1}.${j + 1}`} />
                  ))}
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
