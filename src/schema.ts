import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { projectRoot } from './config';
import { BankBranchResolver, BankOfficerResolver, BankResolver } from './modules/bank/bank.resolver';
import { FirmQualificationResolver, FirmResolver } from './modules/firm/firm.resolver';
import { IpAssetResolver } from './modules/ip-asset/ip-asset.resolver';
import { ProductResolver } from './modules/product/product.resolver';
import { CompensationClaimResolver, LoanResolver, PoolCoverageResolver, RepaymentResolver } from './modules/loan/loan.resolver';
import { PoolLedgerEntryResolver, RiskPoolResolver } from './modules/pool/pool.resolver';
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
  ProductMatchReportResolver,
  ProductMatchResolver,
  FirmMatchReportResolver,
  FirmMatchResolver,
] as const;

export const SCHEMA_FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. Validation is ours (src/common/validation.ts), not class-validator's. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false });
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
