import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { vouch } from '../../common/visibility';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, CreateUserInput, LoginResult, NewApiToken } from './auth.inputs';
import { AuthService } from './auth.service';
import { Role } from './auth.types';
import { Public } from './authz';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  @Public()
  @Mutation(() => LoginResult, { description: '登录,取得访问令牌 / Sign in and get an access token' })
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<LoginResult> {
    const result = await AuthService.login(ctx.em, ctx.auth, username, password, ctx.ip);
    // The caller is still anonymous in this request: the account it signed in to, and its firm, are its own.
    vouch(ctx, result.user, result.user.firm);
    return Object.assign(new LoginResult(), result);
  }

  @Authorized()
  @Query(() => User, { description: '当前用户 / The signed-in user' })
  me(@Ctx() { em, actor }: Context): Promise<User> {
    return em.findOneOrFail(User, actor!.userId);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => User, { description: '开设用户 / Open an account' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() { em }: Context): Promise<User> {
    return AuthService.createUser(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => User, { description: '启用或停用用户 / Enable or disable an account' })
  setUserActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() { em }: Context): Promise<User> {
    return AuthService.setActive(em, id, active);
  }

  @Authorized()
  @Mutation(() => User, { description: '修改本人密码 / Change your own password' })
  changeMyPassword(@Arg('oldPassword') oldPassword: string, @Arg('newPassword') newPassword: string, @Ctx() { em, actor }: Context): Promise<User> {
    return AuthService.changePassword(em, actor, oldPassword, newPassword);
  }

  @Authorized(Role.BANK, Role.FINANCE_OFFICE)
  @Mutation(() => NewApiToken, { description: '为本机构系统创建API令牌(原文仅显示一次) / Create an API token for your own systems; shown once' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() { em, actor }: Context): Promise<NewApiToken> {
    return Object.assign(new NewApiToken(), await AuthService.createApiToken(em, actor, input));
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: '吊销API令牌 / Revoke an API token' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<ApiToken> {
    return AuthService.revokeApiToken(em, actor, id);
  }

  @Authorized()
  @Query(() => [ApiToken], { description: '本人的API令牌 / Your API tokens' })
  myApiTokens(@Ctx() { em, actor }: Context): Promise<ApiToken[]> {
    return AuthService.myApiTokens(em, actor);
  }

  @FieldResolver(() => Bank, { nullable: true })
  bank(@Root() user: User, @Ctx() { loaders }: Context): Promise<Bank | null> | null {
    return user.bank ? loaders.bank.load(user.bank.id) : null;
  }

  @FieldResolver(() => Firm, { nullable: true })
  firm(@Root() user: User, @Ctx() { loaders }: Context): Promise<Firm | null> | null {
    return user.firm ? loaders.firm.load(user.firm.id) : null;
  }
}
