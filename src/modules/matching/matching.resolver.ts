import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { Dec } from '../../common/decimal';
import { PageArgs, asksFor, pageOfList, toConnection } from '../../common/pagination';
import { MoneyScalar } from '../../common/scalars';
import { Firm } from '../firm/firm.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { CollateralKind } from '../product/product.enums';
import { MatchingService } from './matching.service';
import { FirmMatch, FirmMatchConnection, FirmMatchReport, ProductMatch, ProductMatchConnection, ProductMatchReport } from './matching.types';
import { Role } from '../auth/auth.types';
import { ownProductScope } from '../product/product.access';
import { NOUN } from '../../common/nouns';
import { findOr404 } from '../../common/write';

@Resolver(() => ProductMatchReport)
export class ProductMatchReportResolver {
  @Authorized(Role.FINANCE_OFFICE, Role.BANK, Role.FIRM)
  @Query(() => ProductMatchReport, {
    description:
      '企业与全部在售产品的匹配:逐项条件、可贷额度、排序,以及所欠缺的 / Every product on offer judged for one firm: criterion by criterion, how much it could borrow, ranked, and what it lacks',
  })
  async matchProducts(
    @Arg('firmId', () => ID) firmId: string,
    @Arg('amount', () => MoneyScalar, { nullable: true, description: '拟申请金额(元) / The amount the firm wants (yuan)' }) amount: Dec | null | undefined,
    @Arg('termMonths', () => Int, { nullable: true, description: '拟申请期限(月,1–360) / The term it wants, in months (1-360)' }) termMonths: number | null | undefined,
    @Arg('collateral', () => [CollateralKind], { nullable: true, description: '企业可提供的担保方式 / The forms of security the firm can offer' }) collateral: CollateralKind[] | null | undefined,
    @Ctx() { em, actor }: Context,
  ): Promise<ProductMatchReport> {
    // A firm matches itself; a bank the firms it lent to, is paired with or was asked by (checked by the service).
    return MatchingService.matchProducts(em, actor, { firmId, amount, termMonths, collateral });
  }

  @FieldResolver(() => Firm)
  async firm(@Root() report: ProductMatchReport, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(report.firmId))!;
  }

  @FieldResolver(() => ProductMatchConnection, { description: '符合条件的产品,按得分从高到低 / The products the firm qualifies for, highest score first' })
  eligible(@Root() report: ProductMatchReport, @Args(() => PageArgs) page: PageArgs): ProductMatchConnection {
    return toConnection(ProductMatchConnection, pageOfList(report.eligibleList, page, report.node));
  }

  @FieldResolver(() => ProductMatchConnection, { description: '不符合条件的产品,差得最少的在前 / The products it does not qualify for, nearest first' })
  ineligible(@Root() report: ProductMatchReport, @Args(() => PageArgs) page: PageArgs): ProductMatchConnection {
    return toConnection(ProductMatchConnection, pageOfList(report.ineligibleList, page, report.node));
  }
}

@Resolver(() => ProductMatch)
export class ProductMatchResolver {
  @FieldResolver(() => LoanProduct)
  async product(@Root() match: ProductMatch, @Ctx() { loaders }: Context): Promise<LoanProduct> {
    return (await loaders.product.load(match.productId))!;
  }
}

@Resolver(() => FirmMatchReport)
export class FirmMatchReportResolver {
  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Query(() => FirmMatchReport, { description: '适合某产品的企业(供产品所属银行使用) / The firms that fit one product, for the bank that owns it' })
  async matchFirms(@Arg('productId', () => ID) productId: string, @Ctx() { em, loaders, actor }: Context): Promise<FirmMatchReport> {
    // Another bank's product is answered as if it did not exist.
    await findOr404(em, LoanProduct, productId, NOUN.product, { scope: ownProductScope(actor) });
    return MatchingService.matchFirms(em, loaders, productId);
  }

  @FieldResolver(() => LoanProduct)
  async product(@Root() report: FirmMatchReport, @Ctx() { loaders }: Context): Promise<LoanProduct> {
    return (await loaders.product.load(report.terms.id))!;
  }

  @FieldResolver(() => FirmMatchConnection, { description: '符合产品全部企业条件的企业,按得分从高到低 / Firms meeting every firm-level criterion, highest score first' })
  async firms(@Root() report: FirmMatchReport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<FirmMatchConnection> {
    return toConnection(FirmMatchConnection, await MatchingService.firmPage(ctx, report, 'eligible', page, asksFor(info, 'totalCount')));
  }

  @FieldResolver(() => FirmMatchConnection, { description: '仅差一项条件的企业,按得分从高到低 / Firms failing exactly one firm-level criterion, highest score first' })
  async nearMisses(@Root() report: FirmMatchReport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<FirmMatchConnection> {
    return toConnection(FirmMatchConnection, await MatchingService.firmPage(ctx, report, 'nearMiss', page, asksFor(info, 'totalCount')));
  }
}

@Resolver(() => FirmMatch)
export class FirmMatchResolver {
  @FieldResolver(() => Firm, { nullable: true, description: '企业档案(仅限可见范围内的企业) / The firm\'s record: only for a firm within the caller\'s scope' })
  async firm(@Root() match: FirmMatch, @Ctx() { loaders }: Context): Promise<Firm | null> {
    return loaders.firm.load(match.firmId);
  }
}
