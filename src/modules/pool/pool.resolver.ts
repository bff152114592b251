import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth.types';
import { Public } from '../auth/authz';
import type { Context } from '../../context';
import type { Dec } from '../../common/decimal';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { DecimalScalar, MoneyScalar, RateScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { CompensationClaim } from '../loan/compensation-claim.entity';
import { Loan } from '../loan/loan.entity';
import { badLoanRatioOf, capacityOf, headroomOf } from './pool-figures';
import { LedgerKind, PoolStatus } from './pool.enums';
import { PoolLedgerEntry } from './pool-ledger-entry.entity';
import { CreateRiskPoolInput, RecordPoolEntryInput, ReversePoolEntryInput, UpdateRiskPoolInput } from './pool.inputs';
import { PoolService } from './pool.service';
import { RiskPool } from './risk-pool.entity';

@ObjectType()
export class RiskPoolConnection extends Connection(RiskPool) {}

@ObjectType()
export class PoolLedgerEntryConnection extends Connection(PoolLedgerEntry) {}

@ObjectType({ description: '资金池某年度放款情况 / A pool\'s lending in one calendar year' })
export class PoolYearFigures {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '当年发放并入池的贷款笔数 / Covered loans disbursed that year' }) loans!: number;
  @Field(() => Int, { description: '涉及企业数 / Firms they went to' }) firms!: number;
  @Field(() => MoneyScalar, { description: '放款金额 / Principal lent' }) amount!: Dec;
}

@Resolver(() => RiskPool)
export class RiskPoolResolver {
  @Public()
  @Query(() => RiskPool, { description: '按ID查资金池:公布的条款对所有人公开,资金数据仅限金融办和合作银行 / One risk pool by id: its published terms for anyone, its figures for the finance office and its partner banks' })
  riskPool(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<RiskPool> {
    return PoolService.get(em, id);
  }

  @Public()
  @Query(() => RiskPoolConnection, { description: '资金池列表(资金数据仅限金融办和合作银行) / Risk pools (their figures for the finance office and partner banks only)' })
  async riskPools(@Args(() => PageArgs) page: PageArgs, @Ctx() { em }: Context): Promise<RiskPoolConnection> {
    return toConnection(RiskPoolConnection, await PoolService.list(em, page));
  }

  @FieldResolver(() => [Bank], { description: '合作银行 / Partner banks' })
  async partnerBanks(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Bank[]> {
    return (await loaders.partnersByPool.load(pool.id)).map((p) => p.bank);
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '余额 = 台账合计 / Balance: the sum of the ledger' })
  async balance(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec> {
    return (await loaders.poolFigures.load(pool.id)).balance;
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '累计入池资金(净额) / Contributed, net of reversals' })
  async contributed(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec> {
    return (await loaders.poolFigures.load(pool.id)).contributed;
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '在保贷款余额 / Outstanding principal of covered loans' })
  async coveredOutstanding(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec> {
    return (await loaders.poolFigures.load(pool.id)).coveredOutstanding;
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '放大容量 = 余额×放大倍数 / Capacity: balance x leverage cap' })
  async capacity(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec> {
    return capacityOf(await loaders.poolFigures.load(pool.id), pool.leverageCap);
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '剩余额度 = 容量 - 在保余额(负数表示超限) / Headroom: capacity minus covered outstanding (negative when over)' })
  async headroom(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec> {
    return headroomOf(await loaders.poolFigures.load(pool.id), pool.leverageCap);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: '实际放大倍数 = 在保余额/余额(余额为0时为空) / Leverage used: covered outstanding / balance (null at a zero balance)' })
  async leverageUsed(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec | null> {
    const f = await loaders.poolFigures.load(pool.id);
    return f.balance.gt(0) ? f.coveredOutstanding.div(f.balance) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: '当前服务企业数(有在保余额) / Firms with covered loans outstanding' })
  async firmsServed(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.poolFigures.load(pool.id)).firmsServed;
  }

  @FieldResolver(() => RateScalar, { nullable: true, description: '不良率 / Bad-loan ratio (non-performing over outstanding, of covered loans)' })
  async badLoanRatio(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<Dec> {
    return badLoanRatioOf(await loaders.poolFigures.load(pool.id));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '不良率是否达到预警线 / Whether the bad-loan ratio has reached the warning line' })
  async badLoanWarning(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<boolean> {
    return badLoanRatioOf(await loaders.poolFigures.load(pool.id)).gte(pool.warningRatio);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '不良率是否达到暂停线 / Whether the bad-loan ratio has reached the stop line' })
  async stopped(@Root() pool: RiskPool, @Ctx() { loaders }: Context): Promise<boolean> {
    return badLoanRatioOf(await loaders.poolFigures.load(pool.id)).gte(pool.stopRatio);
  }

  @FieldResolver(() => PoolYearFigures, { nullable: true, description: '某年度入池贷款的发放情况 / Covered loans disbursed in a calendar year' })
  async lentInYear(@Root() pool: RiskPool, @Arg('year', () => Int) year: number, @Ctx() { loaders }: Context): Promise<PoolYearFigures> {
    return Object.assign(new PoolYearFigures(), { year, ...(await loaders.poolYear.load({ poolId: pool.id, year })) });
  }

  @FieldResolver(() => PoolLedgerEntryConnection, { nullable: true, description: '台账(按记录顺序;仅限金融办) / The ledger, in the order it was written (the finance office only)' })
  async ledger(
    @Root() pool: RiskPool,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [LedgerKind], { nullable: true }) kinds: LedgerKind[] | undefined,
    @Ctx() { em }: Context,
  ): Promise<PoolLedgerEntryConnection> {
    return toConnection(PoolLedgerEntryConnection, await PoolService.ledger(em, pool.id, kinds, page));
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => RiskPool, { description: '设立资金池 / Set up a risk pool' })
  createRiskPool(@Arg('input', () => CreateRiskPoolInput) input: CreateRiskPoolInput, @Ctx() { em }: Context): Promise<RiskPool> {
    return PoolService.create(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => RiskPool, { description: '修改资金池参数 / Change a pool\'s parameters' })
  updateRiskPool(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateRiskPoolInput) input: UpdateRiskPoolInput, @Ctx() { em }: Context): Promise<RiskPool> {
    return PoolService.update(em, id, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => RiskPool, { description: '暂停、恢复或关闭资金池 / Suspend, resume or close a pool' })
  changeRiskPoolStatus(@Arg('id', () => ID) id: string, @Arg('status', () => PoolStatus) status: PoolStatus, @Arg('reason') reason: string, @Ctx() { em }: Context): Promise<RiskPool> {
    return PoolService.changeStatus(em, id, status, reason);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => PoolLedgerEntry, { description: '登记入池、利息、费用或资金退出 / Record a contribution, interest, fee or withdrawal' })
  recordPoolEntry(@Arg('input', () => RecordPoolEntryInput) input: RecordPoolEntryInput, @Ctx() { em }: Context): Promise<PoolLedgerEntry> {
    return PoolService.recordEntry(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => PoolLedgerEntry, { description: '冲正一笔分录(登记反向分录) / Reverse an entry by recording its opposite' })
  reversePoolEntry(@Arg('input', () => ReversePoolEntryInput) input: ReversePoolEntryInput, @Ctx() { em }: Context): Promise<PoolLedgerEntry> {
    return PoolService.reverseEntry(em, input);
  }
}

@Resolver(() => PoolLedgerEntry)
export class PoolLedgerEntryResolver {
  @FieldResolver(() => RiskPool)
  async pool(@Root() e: PoolLedgerEntry, @Ctx() { loaders }: Context): Promise<RiskPool> {
    return (await loaders.pool.load(e.pool.id))!;
  }

  @FieldResolver(() => Loan, { nullable: true })
  loan(@Root() e: PoolLedgerEntry, @Ctx() { loaders }: Context): Promise<Loan | null> | null {
    return e.loan ? loaders.loan.load(e.loan.id) : null;
  }

  @FieldResolver(() => CompensationClaim, { nullable: true })
  claim(@Root() e: PoolLedgerEntry, @Ctx() { loaders }: Context): Promise<CompensationClaim | null> | null {
    return e.claim ? loaders.claim.load(e.claim.id) : null;
  }

  @FieldResolver(() => PoolLedgerEntry, { nullable: true, description: '被本分录冲正的分录 / The entry this one reverses' })
  reverses(@Root() e: PoolLedgerEntry, @Ctx() { loaders }: Context): Promise<PoolLedgerEntry | null> | null {
    return e.reverses ? loaders.ledgerEntry.load(e.reverses.id) : null;
  }
}
