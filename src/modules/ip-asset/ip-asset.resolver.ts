import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth.types';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { Firm } from '../firm/firm.entity';
import { IpAsset } from './ip-asset.entity';
import { CreateIpAssetInput, IpAssetFilter, UpdateIpAssetInput } from './ip-asset.inputs';
import { IpAssetService } from './ip-asset.service';

@ObjectType()
export class IpAssetConnection extends Connection(IpAsset) {}

@Resolver(() => IpAsset)
export class IpAssetResolver {
  @Authorized()
  @Query(() => IpAsset, { description: '按ID查知识产权 / One IP asset by id' })
  ipAsset(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<IpAsset> {
    return IpAssetService.get(em, actor, id);
  }

  @Authorized()
  @Query(() => IpAssetConnection, { description: '知识产权列表 / IP assets, filtered and paginated' })
  async ipAssets(
    @Arg('filter', () => IpAssetFilter, { nullable: true }) filter: IpAssetFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<IpAssetConnection> {
    return toConnection(IpAssetConnection, await IpAssetService.list(em, actor, filter, page));
  }

  @FieldResolver(() => Firm)
  async firm(@Root() asset: IpAsset, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(asset.firm.id))!;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => IpAsset, { description: '登记知识产权 / Record an IP asset of a firm' })
  createIpAsset(@Arg('input', () => CreateIpAssetInput) input: CreateIpAssetInput, @Ctx() { em, actor }: Context): Promise<IpAsset> {
    return IpAssetService.create(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.FIRM)
  @Mutation(() => IpAsset, { description: '修改知识产权信息 / Change an IP asset' })
  updateIpAsset(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateIpAssetInput) input: UpdateIpAssetInput, @Ctx() { em, actor }: Context): Promise<IpAsset> {
    return IpAssetService.update(em, actor, id, input);
  }
}
