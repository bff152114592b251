import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/auth.types';
import type { Context } from '../../context';
import { todayInZone } from '../../common/dates';
import { check } from '../../common/validation';
import { bi } from '../../common/errors';
import { FinanceOverview, financeOverview } from './finance-overview';

@Resolver()
export class FinanceOverviewResolver {
  @Authorized(Role.FINANCE_OFFICE)
  @Query(() => FinanceOverview, { description: '金融办年度数据:协调放款、各资金池、知识产权质押 / The finance office\'s yearly figures: loans arranged, each pool, IP pledges' })
  financeOverview(@Arg('year', () => Int) year: number, @Ctx() { em }: Context): Promise<FinanceOverview> {
    const today = todayInZone();
    const thisYear = Number(today.slice(0, 4));
    const c = check();
    c.when(year < 2000 || year > thisYear, 'year', 'OUT_OF_RANGE', bi(`年份须在2000至${thisYear}之间`, `year must be from 2000 to ${thisYear}`));
    c.done();
    const yearEnd = `${year}-12-31`;
    return financeOverview(em, year, yearEnd < today ? yearEnd : today);
  }
}
