import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth.types';
import type { Context } from '../../context';
import { todayInZone } from '../../common/dates';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { IpAsset } from '../ip-asset/ip-asset.entity';
import { Firm } from './firm.entity';
import { FirmQualification } from './firm-qualification.entity';
import { CreateFirmInput, FirmFilter, QualificationInput, UpdateFirmInput, UpdateQualificationInput } from './firm.inputs';
import { FirmService } from './firm.service';

@ObjectType()
export class FirmConnection extends Connection(Firm) {}

@Resolver(() => Firm)
export class FirmResolver {
  @Authorized()
  @Query(() => Firm, { description: '按ID查企业 / One firm by id' })
  firm(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Firm> {
    return FirmService.get(em, actor, id);
  }

  @Authorized()
  @Query(() => Firm, { description: '按统一社会信用代码查企业 / One firm by its unified social credit code' })
  firmByCreditCode(@Arg('creditCode') creditCode: string, @Ctx() { em, actor }: Context): Promise<Firm> {
    return FirmService.getByCreditCode(em, actor, creditCode);
  }

  @Authorized()
  @Query(() => FirmConnection, { description: '企业列表(仅限可见范围) / Firms the caller may see, filtered and paginated' })
  async firms(
    @Arg('filter', () => FirmFilter, { nullable: true }) filter: FirmFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<FirmConnection> {
    return toConnection(FirmConnection, await FirmService.list(em, actor, filter, page));
  }

  @FieldResolver(() => [FirmQualification], { description: '资质(含已过期) / Qualifications, expired ones included' })
  qualifications(@Root() firm: Firm, @Ctx() { loaders }: Context): Promise<FirmQualification[]> {
    return loaders.qualificationsByFirm.load(firm.id);
  }

  @FieldResolver(() => [IpAsset], { description: '知识产权 / IP assets' })
  ipAssets(@Root() firm: Firm, @Ctx() { loaders }: Context): Promise<IpAsset[]> {
    return loaders.ipAssetsByFirm.load(firm.id);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => Firm, { description: '登记企业 / Register a firm' })
  createFirm(@Arg('input', () => CreateFirmInput) input: CreateFirmInput, @Ctx() { em }: Context): Promise<Firm> {
    return FirmService.create(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => Firm, { description: '修改企业信息(信用代码不可改) / Change a firm (its credit code cannot change)' })
  updateFirm(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateFirmInput) input: UpdateFirmInput, @Ctx() { em, actor }: Context): Promise<Firm> {
    return FirmService.update(em, actor, id, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => FirmQualification, { description: '登记企业资质 / Record a qualification of a firm' })
  addFirmQualification(
    @Arg('firmId', () => ID) firmId: string,
    @Arg('input', () => QualificationInput) input: QualificationInput,
    @Ctx() { em, actor }: Context,
  ): Promise<FirmQualification> {
    return FirmService.addQualification(em, actor, firmId, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => FirmQualification, { description: '修改企业资质 / Change a qualification record' })
  updateFirmQualification(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateQualificationInput) input: UpdateQualificationInput,
    @Ctx() { em, actor }: Context,
  ): Promise<FirmQualification> {
    return FirmService.updateQualification(em, actor, id, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => Firm, { description: '删除录错的资质记录,返回企业 / Remove a qualification recorded in error; returns the firm' })
  removeFirmQualification(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Firm> {
    return FirmService.removeQualification(em, actor, id);
  }
}

@Resolver(() => FirmQualification)
export class FirmQualificationResolver {
  @FieldResolver(() => Boolean, { description: '今天(北京时间)是否有效 / Whether it is valid today (China time)' })
  validToday(@Root() q: FirmQualification): boolean {
    const today = todayInZone();
    return q.validFrom <= today && today <= q.validUntil;
  }

  @FieldResolver(() => Firm)
  async firm(@Root() q: FirmQualification, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(q.firm.id))!;
  }
}
