import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth.types';
import { Public } from '../auth/authz';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { Bank } from '../bank/bank.entity';
import { Firm } from '../firm/firm.entity';
import { LoanProduct } from '../product/loan-product.entity';
import { LprTenor } from '../product/product.enums';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { RateScalar } from '../../common/scalars';
import { RiskPool } from '../pool/risk-pool.entity';
import { CompensationClaim } from './compensation-claim.entity';
import { LoanStatus } from './loan.enums';
import { Loan } from './loan.entity';
import {
  ClaimFilter,
  EnrolLoanInput,
  FileClaimInput,
  LoanFilter,
  LoanStatusChangeInput,
  PayClaimInput,
  RecordLoanInput,
  RecordRecoveryInput,
  RecordRepaymentInput,
} from './loan.inputs';
import { LoanService } from './loan.service';
import { LprRate } from './lpr-rate.entity';
import { PoolCoverage } from './pool-coverage.entity';
import { Repayment } from './repayment.entity';

@ObjectType()
export class LoanConnection extends Connection(Loan) {}

@ObjectType()
export class CompensationClaimConnection extends Connection(CompensationClaim) {}

@Resolver(() => Loan)
export class LoanResolver {
  @Authorized()
  @Query(() => Loan, { description: '按ID查贷款 / One loan by id' })
  loan(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<Loan> {
    return LoanService.get(em, actor, id);
  }

  @Authorized()
  @Query(() => LoanConnection, { description: '贷款列表(银行限本行,企业限本企业) / Loans: a bank\'s own, a firm\'s own, or all for the finance office' })
  async loans(
    @Arg('filter', () => LoanFilter, { nullable: true }) filter: LoanFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<LoanConnection> {
    return toConnection(LoanConnection, await LoanService.list(em, actor, filter, page));
  }

  @Public()
  @Query(() => [LprRate], { description: '已公布的LPR(新的在前) / Published loan prime rates, newest first' })
  lprRates(@Arg('tenor', () => LprTenor) tenor: LprTenor, @Ctx() { em }: Context): Promise<LprRate[]> {
    return em.find(LprRate, { tenor }, { orderBy: { effectiveOn: 'desc' } });
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => LprRate, { description: '登记新公布的LPR / Record a newly published loan prime rate' })
  recordLprRate(
    @Arg('tenor', () => LprTenor) tenor: LprTenor,
    @Arg('effectiveOn', () => GraphQLLocalDate) effectiveOn: string,
    @Arg('rate', () => RateScalar) rate: Dec,
    @Ctx() { em }: Context,
  ): Promise<LprRate> {
    return LoanService.recordLpr(em, tenor, effectiveOn, rate);
  }

  @FieldResolver(() => Firm)
  async firm(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<Firm> {
    return (await loaders.firm.load(loan.firm.id))!;
  }

  @FieldResolver(() => LoanProduct)
  async product(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<LoanProduct> {
    return (await loaders.product.load(loan.product.id))!;
  }

  @FieldResolver(() => Bank)
  async bank(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(loan.bank.id))!;
  }

  @FieldResolver(() => [Repayment])
  repayments(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<Repayment[]> {
    return loaders.repaymentsByLoan.load(loan.id);
  }

  @FieldResolver(() => PoolCoverage, { nullable: true, description: '入池情况 / Its pool cover, if enrolled' })
  async coverage(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<PoolCoverage | null> {
    return (await loaders.coverageByLoan.load(loan.id))[0] ?? null;
  }

  @FieldResolver(() => CompensationClaim, { nullable: true, description: '代偿申请 / Its compensation claim, if any' })
  async claim(@Root() loan: Loan, @Ctx() { loaders }: Context): Promise<CompensationClaim | null> {
    // Claims are between the bank and the office: the firm gets null (loan.access.ts).
    return (await loaders.claimsByLoan.load(loan.id))[0] ?? null;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Loan, { description: '银行登记已发放贷款 / A bank records a loan it disbursed' })
  recordLoan(@Arg('input', () => RecordLoanInput) input: RecordLoanInput, @Ctx() { em, actor }: Context): Promise<Loan> {
    return LoanService.recordLoan(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Repayment, { description: '登记还款 / Record a repayment' })
  recordRepayment(@Arg('input', () => RecordRepaymentInput) input: RecordRepaymentInput, @Ctx() { em, actor }: Context): Promise<Repayment> {
    return LoanService.recordRepayment(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Loan, { description: '标记逾期 / Mark a loan overdue' })
  markLoanOverdue(@Arg('input', () => LoanStatusChangeInput) input: LoanStatusChangeInput, @Ctx() { em, actor }: Context): Promise<Loan> {
    return LoanService.changeStatus(em, actor, LoanStatus.OVERDUE, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Loan, { description: '逾期已纠正,恢复正常 / An overdue loan is current again' })
  markLoanCurrent(@Arg('input', () => LoanStatusChangeInput) input: LoanStatusChangeInput, @Ctx() { em, actor }: Context): Promise<Loan> {
    return LoanService.changeStatus(em, actor, LoanStatus.ACTIVE, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Loan, { description: '认定违约 / Declare a loan defaulted' })
  declareLoanDefault(@Arg('input', () => LoanStatusChangeInput) input: LoanStatusChangeInput, @Ctx() { em, actor }: Context): Promise<Loan> {
    return LoanService.changeStatus(em, actor, LoanStatus.DEFAULTED, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Loan, { description: '核销 / Write a loan off' })
  writeOffLoan(@Arg('input', () => LoanStatusChangeInput) input: LoanStatusChangeInput, @Ctx() { em, actor }: Context): Promise<Loan> {
    return LoanService.changeStatus(em, actor, LoanStatus.WRITTEN_OFF, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => PoolCoverage, { description: '贷款入池(纳入其产品挂钩的资金池) / Enrol a loan in the pool its product draws on' })
  enrolLoan(@Arg('input', () => EnrolLoanInput) input: EnrolLoanInput, @Ctx() { em, actor }: Context): Promise<PoolCoverage> {
    return LoanService.enrol(em, actor, input);
  }
}

@Resolver(() => PoolCoverage)
export class PoolCoverageResolver {
  @FieldResolver(() => Loan)
  async loan(@Root() c: PoolCoverage, @Ctx() { loaders }: Context): Promise<Loan> {
    return (await loaders.loan.load(c.loan.id))!;
  }

  @FieldResolver(() => RiskPool)
  async pool(@Root() c: PoolCoverage, @Ctx() { loaders }: Context): Promise<RiskPool> {
    return (await loaders.pool.load(c.pool.id))!;
  }
}

@Resolver(() => Repayment)
export class RepaymentResolver {
  @FieldResolver(() => Loan)
  async loan(@Root() r: Repayment, @Ctx() { loaders }: Context): Promise<Loan> {
    return (await loaders.loan.load(r.loan.id))!;
  }
}

@Resolver(() => CompensationClaim)
export class CompensationClaimResolver {
  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Query(() => CompensationClaim, { description: '按ID查代偿申请 / One compensation claim by id' })
  compensationClaim(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<CompensationClaim> {
    return LoanService.getClaim(em, actor, id);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Query(() => CompensationClaimConnection, { description: '代偿申请列表 / Compensation claims' })
  async compensationClaims(
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<CompensationClaimConnection> {
    return toConnection(CompensationClaimConnection, await LoanService.listClaims(em, actor, filter, page));
  }

  @FieldResolver(() => Loan)
  async loan(@Root() c: CompensationClaim, @Ctx() { loaders }: Context): Promise<Loan> {
    return (await loaders.loan.load(c.loan.id))!;
  }

  @FieldResolver(() => RiskPool)
  async pool(@Root() c: CompensationClaim, @Ctx() { loaders }: Context): Promise<RiskPool> {
    return (await loaders.pool.load(c.pool.id))!;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => CompensationClaim, { description: '银行就违约的在保贷款申请代偿 / A bank claims on a defaulted covered loan' })
  fileClaim(@Arg('input', () => FileClaimInput) input: FileClaimInput, @Ctx() { em, actor }: Context): Promise<CompensationClaim> {
    return LoanService.fileClaim(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => CompensationClaim, { description: '审核通过代偿申请 / Approve a claim' })
  approveClaim(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<CompensationClaim> {
    return LoanService.decideClaim(em, id, true);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => CompensationClaim, { description: '驳回代偿申请 / Reject a claim' })
  rejectClaim(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() { em }: Context): Promise<CompensationClaim> {
    return LoanService.decideClaim(em, id, false, reason);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => CompensationClaim, { description: '从资金池拨付代偿 / Pay a claim from the pool' })
  payClaim(@Arg('input', () => PayClaimInput) input: PayClaimInput, @Ctx() { em }: Context): Promise<CompensationClaim> {
    return LoanService.payClaim(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => CompensationClaim, { description: '登记代偿后追回的款项,按比例返还资金池 / Record a recovery; the pool gets back its share' })
  recordRecovery(@Arg('input', () => RecordRecoveryInput) input: RecordRecoveryInput, @Ctx() { em }: Context): Promise<CompensationClaim> {
    return LoanService.recordRecovery(em, input);
  }
}
