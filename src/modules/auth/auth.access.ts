import { NOUN } from '../../common/nouns';
import type { TypeRules } from '../../common/visibility';
import { isFinance } from './access';
import type { ApiToken } from './api-token.entity';
import type { User } from './user.entity';

/** Accounts: the finance office sees all; anyone else only their own account and its API tokens. */
export const AUTH_RULES: TypeRules[] = [
  { type: 'User', noun: NOUN.user, row: (ctx, u: User) => isFinance(ctx.actor) || ctx.actor?.userId === u.id },
  { type: 'ApiToken', noun: NOUN.apiToken, row: (ctx, t: ApiToken) => isFinance(ctx.actor) || ctx.actor?.userId === t.user.id },
];
