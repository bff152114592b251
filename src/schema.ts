import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { defaultFieldResolver, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Context } from './context';
import { checkArguments } from './common/input-rules';
import { auditScope } from './modules/audit/audit';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { assertEveryOperationHasAnAccessRule, authChecker } from './modules/auth/authz';
import { projectRoot } from './config';
import { BankBranchResolver, BankOfficerResolver, BankResolver } from './modules/bank/bank.resolver';
import { FirmQualificationResolver, FirmResolver } from './modules/firm/firm.resolver';
import { IpAssetResolver } from './modules/ip-asset/ip-asset.resolver';
import { ProductResolver } from './modules/product/product.resolver';
import { CompensationClaimResolver, LoanResolver, PoolCoverageResolver, RepaymentResolver } from './modules/loan/loan.resolver';
import { PoolLedgerEntryResolver, RiskPoolResolver } from './modules/pool/pool.resolver';
import { FinanceOverviewResolver } from './modules/overview/finance-overview.resolver';
import { DemandAddresseeResolver, FinancingDemandResolver, LoanDemandResolver, OfferResolver } from './modules/engagement/demand.resolver';
import { EventSigningResolver, LoanEventResolver, MatchmakingEventResolver } from './modules/engagement/event.resolver';
import { PairingResolver, ServiceVisitResolver } from './modules/engagement/pairing.resolver';
import { EngagementViewsResolver } from './modules/engagement/views.resolver';
import { guardScopedFields, type TypeRules } from './common/visibility';
import { AUDIT_RULES } from './modules/audit/audit.access';
import { AUTH_RULES } from './modules/auth/auth.access';
import { ENGAGEMENT_RULES } from './modules/engagement/engagement.access';
import { FIRM_RULES } from './modules/firm/firm.access';
import { IP_ASSET_RULES } from './modules/ip-asset/ip-asset.access';
import { LOAN_RULES } from './modules/loan/loan.access';
import { MATCHING_RULES } from './modules/matching/matching.access';
import { POOL_RULES } from './modules/pool/pool.access';
import { FirmMatchReportResolver, FirmMatchResolver, ProductMatchReportResolver, ProductMatchResolver } from './modules/matching/matching.resolver';

export const RESOLVERS = [
  BankResolver,
  BankBranchResolver,
  BankOfficerResolver,
  FirmResolver,
  FirmQualificationResolver,
  IpAssetResolver,
  ProductResolver,
  RiskPoolResolver,
  PoolLedgerEntryResolver,
  LoanResolver,
  PoolCoverageResolver,
  RepaymentResolver,
  CompensationClaimResolver,
  FinanceOverviewResolver,
  AuthResolver,
  AuditResolver,
  PairingResolver,
  ServiceVisitResolver,
  FinancingDemandResolver,
  DemandAddresseeResolver,
  OfferResolver,
  LoanDemandResolver,
  MatchmakingEventResolver,
  EventSigningResolver,
  LoanEventResolver,
  EngagementViewsResolver,
  ProductMatchReportResolver,
  ProductMatchResolver,
  FirmMatchReportResolver,
  FirmMatchResolver,
] as const;

/** Who may see what of each type, module by module (src/common/visibility.ts applies them to every field). */
export const ACCESS_RULES: readonly TypeRules[] = [...FIRM_RULES, ...IP_ASSET_RULES, ...LOAN_RULES, ...POOL_RULES, ...ENGAGEMENT_RULES, ...MATCHING_RULES, ...AUTH_RULES, ...AUDIT_RULES];

/**
 * Root fields: confirm the caller's account once, check the arguments against the input rules
 * every operation shares (src/common/input-rules.ts), and give each mutation its audit scope.
 * Wrapped onto the root fields of the built schema rather than given to type-graphql as a global
 * middleware: a global middleware wraps every field of every answer (a product match page has
 * about 1,500) in its own chain of promises, which cost more than the rest of the answer.
 */
function guardRootFields(schema: GraphQLSchema): void {
  const mutationType = schema.getMutationType();
  for (const type of [schema.getQueryType(), mutationType]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const audited = type === mutationType && field.name !== 'login';
      const parent = type === mutationType ? 'Mutation' : 'Query';
      field.resolve = async (root, rawArgs, context: Context, info) => {
        await context.confirm();
        const args = checkArguments(parent, field, rawArgs);
        if (!audited) return resolve(root, args, context, info);
        return auditScope.run({ operation: info.fieldName, input: args, actor: context.actor, ip: context.ip, recorded: false }, () => resolve(root, args, context, info));
      };
    }
  }
}

export const SCHEMA_FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. Validation is ours (src/common/validation.ts), not class-validator's. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false, authChecker, authMode: 'error' }).then((schema) => {
    assertEveryOperationHasAnAccessRule();
    guardScopedFields(schema, ACCESS_RULES);
    guardRootFields(schema);
    return schema;
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so that a diff shows only real changes. */
export async function printedSchema(): Promise<string> {
  const header = '# Emitted from the code by `npm run schema`. Do not edit: a diff here is an API change to review.\n\n';
  return header + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

if (require.main === module) {
  printedSchema().then((sdl) => {
    fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  });
}
