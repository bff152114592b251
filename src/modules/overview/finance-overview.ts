import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Dec, ZERO } from '../../common/decimal';
import { DecimalScalar, MoneyScalar } from '../../common/scalars';
import { computeYearFigures } from '../pool/pool-figures';
import { RiskPool } from '../pool/risk-pool.entity';

@ObjectType({ description: '放款统计 / Lending figures' })
export class LendingFigures {
  @Field(() => Int, { description: '贷款笔数 / Number of loans' }) loans!: number;
  @Field(() => MoneyScalar, { description: '放款金额(元) / Principal lent (yuan)' }) amount!: Dec;
  @Field(() => Int, { description: '获贷企业数 / Firms that borrowed' }) firms!: number;
}

@ObjectType({ description: '资金池年度数据 / A pool\'s figures for the year' })
export class PoolOverview {
  @Field(() => RiskPool) pool!: RiskPool;
  @Field(() => MoneyScalar, { description: '截至统计日累计入池(净额) / Contributed, net, by the as-of date' }) contributed!: Dec;
  @Field(() => MoneyScalar, { description: '统计日余额 / Balance on the as-of date' }) balance!: Dec;
  @Field(() => MoneyScalar, { description: '统计日在保贷款余额 / Covered outstanding on the as-of date' }) coveredOutstanding!: Dec;
  @Field(() => Int, { description: '统计日服务企业数 / Firms served on the as-of date' }) firmsServed!: number;
  @Field(() => DecimalScalar, { nullable: true, description: '统计日放大倍数 = 在保余额/余额 / Leverage used on the as-of date' }) leverageUsed!: Dec | null;
  @Field(() => LendingFigures, { description: '当年发放并入池的贷款 / Covered loans disbursed in the year' }) lentInYear!: LendingFigures;
}

@ObjectType({ description: '金融办年度数据 / The finance office\'s figures for one year' })
export class FinanceOverview {
  @Field(() => Int) year!: number;
  @Field(() => GraphQLLocalDate, { description: '存量数据的统计日:当年12月31日,本年则为今天 / Date the stock figures are taken on: 31 December, or today for the current year' })
  asOf!: string;
  @Field(() => LendingFigures, { description: '当年协调发放的全部贷款 / All loans disbursed in the year' }) loansArranged!: LendingFigures;
  @Field(() => LendingFigures, { description: '当年知识产权质押贷款 / IP-pledge loans disbursed in the year' }) ipPledge!: LendingFigures;
  @Field(() => [PoolOverview], { description: '各风险补偿资金池 / Each risk pool' }) pools!: PoolOverview[];
}

type Row = Record<string, string | null>;
const dec = (v: string | null | undefined) => (v == null ? ZERO : new Dec(v));
const int = (v: string | null | undefined) => (v == null ? 0 : parseInt(v, 10));
const lending = (r: Row | undefined): LendingFigures => Object.assign(new LendingFigures(), { loans: int(r?.loans), amount: dec(r?.amount), firms: int(r?.firms) });

/**
 * Every figure is computed from the loans, the ledger and the cover, never stored. Flows (loans
 * disbursed) cover the calendar year; stocks (balance, covered outstanding, firms served) are
 * taken on 31 December of that year, from dated ledger entries, repayments, releases and claims,
 * so that a later year's activity does not change an earlier year's report.
 */
export async function financeOverview(em: EntityManager, year: number, asOf: string): Promise<FinanceOverview> {
  const conn = em.getConnection();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [all] = await conn.execute<Row[]>(
    `SELECT count(*)::text AS loans, sum(principal)::text AS amount, count(DISTINCT firm_id)::text AS firms
       FROM loan WHERE disbursed_on BETWEEN ? AND ?`,
    [from, to],
  );
  const [ip] = await conn.execute<Row[]>(
    `SELECT count(*)::text AS loans, sum(l.principal)::text AS amount, count(DISTINCT l.firm_id)::text AS firms
       FROM loan l JOIN loan_product p ON p.id = l.product_id
      WHERE p.category = 'IP_PLEDGE' AND l.disbursed_on BETWEEN ? AND ?`,
    [from, to],
  );
  const ledger = await conn.execute<Row[]>(
    `SELECT pool_id, sum(signed_amount)::text AS balance, sum(signed_amount) FILTER (WHERE kind = 'CONTRIBUTION')::text AS contributed
       FROM pool_ledger_entry WHERE entry_date <= ? GROUP BY pool_id`,
    [asOf],
  );
  const cover = await conn.execute<Row[]>(
    `WITH covered AS (
       SELECT c.pool_id, l.firm_id,
              l.principal - coalesce((SELECT sum(r.principal) FROM repayment r WHERE r.loan_id = l.id AND r.paid_on <= ?), 0) AS outstanding
         FROM pool_coverage c JOIN loan l ON l.id = c.loan_id
        WHERE c.enrolled_on <= ?
          AND (c.released_on IS NULL OR c.released_on > ?)
          AND NOT EXISTS (SELECT 1 FROM compensation_claim cc WHERE cc.coverage_id = c.id AND cc.status = 'PAID' AND cc.paid_on <= ?))
     SELECT pool_id, sum(outstanding)::text AS covered, count(DISTINCT firm_id) FILTER (WHERE outstanding > 0)::text AS firms
       FROM covered GROUP BY pool_id`,
    [asOf, asOf, asOf, asOf],
  );
  const byPool = (rows: Row[]) => new Map(rows.map((r) => [r.pool_id!, r]));
  const [ledgerBy, coverBy] = [byPool(ledger), byPool(cover)];
  const pools = await em.find(RiskPool, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const lent = await computeYearFigures(em, pools.map((p) => ({ poolId: p.id, year })));
  return Object.assign(new FinanceOverview(), {
    year,
    asOf,
    loansArranged: lending(all),
    ipPledge: lending(ip),
    pools: pools.map((pool, i) => {
      const balance = dec(ledgerBy.get(pool.id)?.balance);
      const coveredOutstanding = dec(coverBy.get(pool.id)?.covered);
      return Object.assign(new PoolOverview(), {
        pool,
        contributed: dec(ledgerBy.get(pool.id)?.contributed),
        balance,
        coveredOutstanding,
        firmsServed: int(coverBy.get(pool.id)?.firms),
        leverageUsed: balance.gt(0) ? coveredOutstanding.div(balance) : null,
        lentInYear: Object.assign(new LendingFigures(), lent[i]),
      });
    }),
  });
}
