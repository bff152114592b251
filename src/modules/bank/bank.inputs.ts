import { Field, ID, InputType } from 'type-graphql';
import { BankKind, OfficerTitle } from './bank.enums';

@InputType()
export class CreateBankInput {
  @Field() name!: string;
  @Field() shortName!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => BankKind) kind!: BankKind;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType({ description: '只修改给出的字段;可空字段传null即清空 / Only the fields given change; null clears a nullable field' })
export class UpdateBankInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) shortName?: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => BankKind, { nullable: true }) kind?: BankKind;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class BankFilter {
  @Field(() => BankKind, { nullable: true }) kind?: BankKind;
  @Field(() => String, { nullable: true, description: '名称或简称包含 / Name or short name contains' }) search?: string;
}

@InputType()
export class CreateBankBranchInput {
  @Field(() => ID) bankId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Boolean, { nullable: true }) isTechBranch?: boolean;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class UpdateBankBranchInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Boolean, { nullable: true }) isTechBranch?: boolean;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class CreateBankOfficerInput {
  @Field(() => ID) branchId!: string;
  @Field() name!: string;
  @Field(() => OfficerTitle) title!: OfficerTitle;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}

@InputType()
export class UpdateBankOfficerInput {
  @Field(() => ID, { nullable: true, description: '调往同一银行的另一支行 / Move to another branch of the same bank' }) branchId?: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => OfficerTitle, { nullable: true }) title?: OfficerTitle;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) sourceNote?: string | null;
}
