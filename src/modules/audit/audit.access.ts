import type { TypeRules } from '../../common/visibility';
import { isFinance } from '../auth/access';

/** The audit trail is the finance office's only. */
export const AUDIT_RULES: TypeRules[] = [{ type: 'AuditEvent', noun: { zh: '审计记录', en: 'audit event' }, row: (ctx) => isFinance(ctx.actor) }];
