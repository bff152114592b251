import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { isUuid } from '../../common/base.entity';
import { Connection, PageArgs, paginate, toConnection } from '../../common/pagination';
import { Role } from '../auth/auth.types';
import { AuditEvent } from './audit-event.entity';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: '被操作对象 / The object changed' }) entityId?: string;
  @Field(() => ID, { nullable: true, description: '操作人 / Who changed it' }) actorId?: string;
  @Field(() => String, { nullable: true }) operation?: string;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Role.FINANCE_OFFICE)
  @Query(() => AuditEventConnection, { description: '审计记录(按时间) / The audit trail, oldest first' })
  async auditEvents(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<AuditEventConnection> {
    const where: Record<string, unknown> = {};
    for (const key of ['entityId', 'actorId'] as const) {
      const v = filter?.[key];
      if (v != null) where[key] = isUuid(v) ? v : '00000000-0000-0000-0000-000000000000';
    }
    if (filter?.operation) where.operation = filter.operation;
    return toConnection(AuditEventConnection, await paginate(em, AuditEvent, where, page));
  }
}
