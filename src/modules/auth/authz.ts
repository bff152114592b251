import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError, bi } from '../../common/errors';
import type { Context } from '../../context';
import type { Role } from './auth.types';

/** type-graphql's role check: @Authorized() means "signed in", @Authorized(roles) one of those roles. */
export const authChecker: AuthChecker<Context, Role> = async ({ context }, roles) => {
  // `deniedBy: ROLE` tells a role refusal from an object-level one (which answers NOT_FOUND).
  await context.confirm();
  if (!context.actor) throw new UnauthenticatedError(bi('请先登录', 'sign in first'), { deniedBy: 'ROLE' });
  if (roles.length && !roles.includes(context.actor.role)) {
    throw new ForbiddenError(bi('您的角色无权执行此操作', 'your role may not do this'), { deniedBy: 'ROLE' });
  }
  return true;
};

const PUBLIC = new Set<string>();

/** Marks a query or mutation as open to anonymous callers: the published catalogue, and login. */
export function Public(): MethodDecorator {
  return (target, key) => {
    PUBLIC.add(`${(target as { constructor: { name: string } }).constructor.name}.${String(key)}`);
  };
}

/**
 * Every query and mutation must say who may call it: @Authorized(...) or @Public(). One with
 * neither stops the schema from building, so a new operation cannot ship without an access rule.
 */
export function assertEveryOperationHasAnAccessRule(): void {
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
  const missing = [...storage.queries, ...storage.mutations]
    .map((op) => `${op.target.name}.${op.methodName}`)
    .filter((name) => !authorized.has(name) && !PUBLIC.has(name));
  if (missing.length) {
    throw new Error(`operations without an access rule (add @Authorized(...) or @Public()): ${missing.join(', ')}`);
  }
}

export const isPublicOperation = (className: string, method: string) => PUBLIC.has(`${className}.${method}`);
