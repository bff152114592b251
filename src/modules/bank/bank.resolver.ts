import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth.types';
import { Public } from '../auth/authz';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { LoanProduct } from '../product/loan-product.entity';
import { Bank } from './bank.entity';
import { BankBranch } from './bank-branch.entity';
import { BankOfficer } from './bank-officer.entity';
import {
  BankFilter,
  CreateBankBranchInput,
  CreateBankInput,
  CreateBankOfficerInput,
  UpdateBankBranchInput,
  UpdateBankInput,
  UpdateBankOfficerInput,
} from './bank.inputs';
import { BankService } from './bank.service';

@ObjectType()
export class BankConnection extends Connection(Bank) {}

@Resolver(() => Bank)
export class BankResolver {
  @Public()
  @Query(() => Bank, { description: '按ID查银行 / One bank by id' })
  bank(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Bank> {
    return BankService.get(em, id);
  }

  @Public()
  @Query(() => BankConnection, { description: '银行列表 / Banks, filtered and paginated' })
  async banks(
    @Arg('filter', () => BankFilter, { nullable: true }) filter: BankFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<BankConnection> {
    return toConnection(BankConnection, await BankService.list(em, filter, page));
  }

  @FieldResolver(() => [BankBranch], { description: '支行 / Branches' })
  branches(@Root() bank: Bank, @Ctx() { loaders }: Context): Promise<BankBranch[]> {
    return loaders.branchesByBank.load(bank.id);
  }

  @FieldResolver(() => [LoanProduct], { description: '已发布的信贷产品 / Its published products' })
  products(@Root() bank: Bank, @Ctx() { loaders }: Context): Promise<LoanProduct[]> {
    return loaders.publishedProductsByBank.load(bank.id);
  }

  @Authorized(Role.FINANCE_OFFICE)
  @Mutation(() => Bank, { description: '新增银行 / Add a bank' })
  createBank(@Arg('input', () => CreateBankInput) input: CreateBankInput, @Ctx() { em }: Context): Promise<Bank> {
    return BankService.create(em, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => Bank, { description: '修改银行信息 / Change a bank' })
  updateBank(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateBankInput) input: UpdateBankInput, @Ctx() { em, actor }: Context): Promise<Bank> {
    return BankService.update(em, actor, id, input);
  }
}

@Resolver(() => BankBranch)
export class BankBranchResolver {
  @Public()
  @Query(() => BankBranch, { description: '按ID查支行 / One branch by id' })
  bankBranch(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<BankBranch> {
    return BankService.getBranch(em, id);
  }

  @FieldResolver(() => Bank)
  async bank(@Root() branch: BankBranch, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(branch.bank.id))!;
  }

  @FieldResolver(() => [BankOfficer], { description: '支行人员 / Its officers' })
  officers(@Root() branch: BankBranch, @Ctx() { loaders }: Context): Promise<BankOfficer[]> {
    return loaders.officersByBranch.load(branch.id);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => BankBranch, { description: '新增支行 / Add a branch to a bank' })
  createBankBranch(@Arg('input', () => CreateBankBranchInput) input: CreateBankBranchInput, @Ctx() { em, actor }: Context): Promise<BankBranch> {
    return BankService.createBranch(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => BankBranch, { description: '修改支行信息 / Change a branch' })
  updateBankBranch(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateBankBranchInput) input: UpdateBankBranchInput,
    @Ctx() { em, actor }: Context,
  ): Promise<BankBranch> {
    return BankService.updateBranch(em, actor, id, input);
  }
}

@Resolver(() => BankOfficer)
export class BankOfficerResolver {
  @Public()
  @Query(() => BankOfficer, { description: '按ID查银行人员 / One bank officer by id' })
  bankOfficer(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<BankOfficer> {
    return BankService.getOfficer(em, id);
  }

  @FieldResolver(() => BankBranch)
  async branch(@Root() officer: BankOfficer, @Ctx() { loaders }: Context): Promise<BankBranch> {
    return (await loaders.branch.load(officer.branch.id))!;
  }

  @FieldResolver(() => Bank)
  async bank(@Root() officer: BankOfficer, @Ctx() { loaders }: Context): Promise<Bank> {
    const branch = (await loaders.branch.load(officer.branch.id))!;
    return (await loaders.bank.load(branch.bank.id))!;
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => BankOfficer, { description: '新增银行人员 / Add a bank officer' })
  createBankOfficer(@Arg('input', () => CreateBankOfficerInput) input: CreateBankOfficerInput, @Ctx() { em, actor }: Context): Promise<BankOfficer> {
    return BankService.createOfficer(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => BankOfficer, { description: '修改银行人员信息 / Change a bank officer' })
  updateBankOfficer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateBankOfficerInput) input: UpdateBankOfficerInput,
    @Ctx() { em, actor }: Context,
  ): Promise<BankOfficer> {
    return BankService.updateOfficer(em, actor, id, input);
  }
}
