import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { ClaimStatus, LoanStatus } from './loan.enums';

@InputType()
export class RecordLoanInput {
  @Field(() => ID) productId!: string;
  @Field(() => ID) firmId!: string;
  @Field({ description: '借款合同编号 / Loan contract number' }) contractNo!: string;
  @Field(() => MoneyScalar) principal!: Dec;
  @Field(() => RateScalar) annualRate!: Dec;
  @Field(() => Int) termMonths!: number;
  @Field(() => GraphQLLocalDate) disbursedOn!: string;
  @Field() idempotencyKey!: string;
}

@InputType()
export class RecordRepaymentInput {
  @Field(() => ID) loanId!: string;
  @Field(() => GraphQLLocalDate) paidOn!: string;
  @Field(() => MoneyScalar) principal!: Dec;
  @Field(() => MoneyScalar) interest!: Dec;
  @Field() recordedBy!: string;
  @Field() idempotencyKey!: string;
}

@InputType()
export class LoanStatusChangeInput {
  @Field(() => ID) loanId!: string;
  @Field(() => GraphQLLocalDate, { description: '发生日期 / When it happened' }) on!: string;
  @Field(() => String, { nullable: true, description: '说明 / Note' }) note?: string | null;
}

@InputType()
export class EnrolLoanInput {
  @Field(() => ID) loanId!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: '入池日期,默认今天 / Enrolment date, default today' }) enrolledOn?: string | null;
  @Field() idempotencyKey!: string;
}

@InputType()
export class FileClaimInput {
  @Field(() => ID) loanId!: string;
  @Field(() => GraphQLLocalDate) filedOn!: string;
  @Field() idempotencyKey!: string;
}

@InputType()
export class PayClaimInput {
  @Field(() => ID) claimId!: string;
  @Field(() => GraphQLLocalDate) paidOn!: string;
  @Field() voucherRef!: string;
  @Field() recordedBy!: string;
  @Field() idempotencyKey!: string;
}

@InputType()
export class RecordRecoveryInput {
  @Field(() => ID) claimId!: string;
  @Field(() => MoneyScalar, { description: '向借款人追回的本金 / Principal recovered from the borrower' }) amountRecovered!: Dec;
  @Field(() => GraphQLLocalDate) recoveredOn!: string;
  @Field() voucherRef!: string;
  @Field() recordedBy!: string;
  @Field() idempotencyKey!: string;
}

@InputType()
export class LoanFilter {
  @Field(() => ID, { nullable: true }) bankId?: string;
  @Field(() => ID, { nullable: true }) firmId?: string;
  @Field(() => ID, { nullable: true }) productId?: string;
  @Field(() => ID, { nullable: true, description: '入池于该资金池 / Covered by this pool' }) poolId?: string;
  @Field(() => [LoanStatus], { nullable: true }) statuses?: LoanStatus[];
  @Field(() => GraphQLLocalDate, { nullable: true }) disbursedFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) disbursedTo?: string;
}

@InputType()
export class ClaimFilter {
  @Field(() => ID, { nullable: true }) poolId?: string;
  @Field(() => [ClaimStatus], { nullable: true }) statuses?: ClaimStatus[];
}
