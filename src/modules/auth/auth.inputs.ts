import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import { ApiToken } from './api-token.entity';
import { Role } from './auth.types';
import { User } from './user.entity';

@InputType()
export class CreateUserInput {
  @Field() username!: string;
  @Field() displayName!: string;
  @Field({ description: '至少10位 / At least 10 characters' }) password!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true, description: '银行用户所属银行 / The bank of a BANK user' }) bankId?: string | null;
  @Field(() => ID, { nullable: true, description: '企业用户所属企业 / The firm of a FIRM user' }) firmId?: string | null;
}

@ObjectType()
export class LoginResult {
  @Field({ description: '访问令牌(JWT),放在 Authorization: Bearer 头中 / Access token (JWT) for the Authorization: Bearer header' }) token!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => User) user!: User;
}

@ObjectType()
export class NewApiToken {
  @Field({ description: '令牌原文,仅此一次显示 / The token itself, shown this once only' }) token!: string;
  @Field(() => ApiToken) apiToken!: ApiToken;
}

@InputType()
export class CreateApiTokenInput {
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: '有效天数,默认365 / Days until it expires, default 365' }) expiresInDays?: number;
}
