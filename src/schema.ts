import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
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

/** Root fields: confirm the caller's account once, and give each mutation its audit scope. */
const RootMiddleware: MiddlewareFn<Context> = async ({ info, args, context }, next) => {
  const root = info.parentType.name;
  if (root !== 'Query' && root !== 'Mutation') return next();
  await context.confirm();
  if (root !== 'Mutation' || info.fieldName === 'login') return next();
  return auditScope.run({ operation: info.fieldName, input: args, actor: context.actor, ip: context.ip, recorded: false }, next);
};

export const SCHEMA_FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. Validation is ours (src/common/validation.ts), not class-validator's. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false, authChecker, authMode: 'error', globalMiddlewares: [RootMiddleware] }).then((schema) => {
    assertEveryOperationHasAnAccessRule();
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
