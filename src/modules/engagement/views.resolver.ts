import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Context } from '../../context';
import type { Dec } from '../../common/decimal';
import { RateScalar } from '../../common/scalars';
import { Bank } from '../bank/bank.entity';
import { ViewsService } from './views.service';

@ObjectType({ description: '银行答复时效 / How one bank answers the demands addressed to it' })
export class BankResponseStats {
  bankId!: string;
  @Field(() => Int, { description: '推送给该行的需求数 / Demands addressed to it' }) addressed!: number;
  @Field(() => Int, { description: '已答复(报价或拒绝) / Answered, by offer or decline' }) answered!: number;
  @Field(() => Int, { description: '按期答复 / Answered on or before the deadline' }) answeredInTime!: number;
  @Field(() => Int, { description: '超期答复 / Answered after the deadline' }) answeredLate!: number;
  @Field(() => Int, { description: '超期仍未答复(含超期后撤回的) / Not answered, deadline passed (also those withdrawn after it)' }) unansweredPastDue!: number;
  @Field(() => Int, { description: '待答复(含未到期的) / Still awaiting an answer, due or not' }) awaiting!: number;
  @Field(() => RateScalar, { nullable: true, description: '按期答复占比 = 按期 / (按期 + 超期答复 + 超期未答复);尚无可判定的为空 / Share answered in time: in time / (in time + late + unanswered past due); empty while none can be judged' })
  shareInTime!: Dec | null;
  @Field(() => Float, { nullable: true, description: '答复用时中位数(自然日,自推送日至答复日) / Median days from addressed to answered (calendar days)' })
  medianResponseDays!: number | null;
}

@Resolver(() => BankResponseStats)
export class EngagementViewsResolver {
  @Query(() => [BankResponseStats], {
    description: '各银行答复时效:按期答复占比和答复用时中位数(按推送日筛选) / Each bank\'s answering: share in time and median response days, over demands addressed from `from` to `to`',
  })
  async bankResponseStats(
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | undefined,
    @Arg('bankIds', () => [ID], { nullable: true }) bankIds: string[] | undefined,
    @Ctx() { em }: Context,
  ): Promise<BankResponseStats[]> {
    const rows = await ViewsService.bankResponseStats(em, { from, to, bankIds });
    return rows.map((r) => Object.assign(new BankResponseStats(), r));
  }

  @FieldResolver(() => Bank)
  async bank(@Root() s: BankResponseStats, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(s.bankId))!;
  }
}
