import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth.types';
import { Public } from '../auth/authz';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection } from '../../common/pagination';
import { Bank } from '../bank/bank.entity';
import { BankBranch } from '../bank/bank-branch.entity';
import { BankOfficer } from '../bank/bank-officer.entity';
import { RiskPool } from '../pool/risk-pool.entity';
import { LoanProduct } from './loan-product.entity';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './product.inputs';
import { ProductService } from './product.service';

@ObjectType()
export class LoanProductConnection extends Connection(LoanProduct) {}

@Resolver(() => LoanProduct)
export class ProductResolver {
  @Public()
  @Query(() => LoanProduct, { description: '按ID查信贷产品 / One loan product by id' })
  product(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<LoanProduct> {
    return ProductService.get(em, actor, id);
  }

  @Public()
  @Query(() => LoanProductConnection, { description: '信贷产品目录(默认仅已发布;银行可看本行草稿) / The product catalogue (published products unless asked otherwise; a bank also sees its own drafts)' })
  async products(
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, actor }: Context,
  ): Promise<LoanProductConnection> {
    return toConnection(LoanProductConnection, await ProductService.list(em, actor, filter, page));
  }

  @FieldResolver(() => Bank)
  async bank(@Root() product: LoanProduct, @Ctx() { loaders }: Context): Promise<Bank> {
    return (await loaders.bank.load(product.bank.id))!;
  }

  @FieldResolver(() => BankBranch, { nullable: true, description: '经办支行 / Handling branch' })
  async branch(@Root() product: LoanProduct, @Ctx() { loaders }: Context): Promise<BankBranch | null> {
    return product.branch ? loaders.branch.load(product.branch.id) : null;
  }

  @FieldResolver(() => RiskPool, { nullable: true, description: '挂钩的风险补偿资金池 / The risk pool it draws on' })
  riskPool(@Root() product: LoanProduct, @Ctx() { loaders }: Context): Promise<RiskPool | null> | null {
    // Its published terms are public; its figures are the office's and the partner banks' (pool.access.ts).
    return product.riskPool ? loaders.pool.load(product.riskPool.id) : null;
  }

  @FieldResolver(() => [BankOfficer], { description: '联系人 / Contact officers' })
  async contacts(@Root() product: LoanProduct, @Ctx() { loaders }: Context): Promise<BankOfficer[]> {
    return (await loaders.contactsByProduct.load(product.id)).map((c) => c.officer);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => LoanProduct, { description: '新建产品(草稿) / Create a product, as a draft' })
  createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() { em, actor }: Context): Promise<LoanProduct> {
    return ProductService.create(em, actor, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => LoanProduct, { description: '修改产品 / Change a product' })
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() { em, actor }: Context): Promise<LoanProduct> {
    return ProductService.update(em, actor, id, input);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => LoanProduct, { description: '发布产品到目录 / Publish a product to the catalogue' })
  publishProduct(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<LoanProduct> {
    return ProductService.publish(em, actor, id);
  }

  @Authorized(Role.FINANCE_OFFICE, Role.BANK)
  @Mutation(() => LoanProduct, { description: '下架产品 / Withdraw a product from the catalogue' })
  withdrawProduct(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() { em, actor }: Context): Promise<LoanProduct> {
    return ProductService.withdraw(em, actor, id, reason);
  }
}
