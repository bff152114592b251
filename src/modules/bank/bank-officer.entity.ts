import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { BankBranch } from './bank-branch.entity';
import { OfficerTitle } from './bank.enums';

@ObjectType({ description: '银行人员(行长、副行长、客户经理) / A bank officer' })
@Entity({ tableName: 'bank_officer' })
export class BankOfficer extends BaseEntity<'phone' | 'email' | 'sourceNote'> {
  @ManyToOne(() => BankBranch, { deleteRule: 'restrict' })
  @Index()
  branch: BankBranch;

  @Field()
  @Property({ length: 50 })
  name: string;

  @Field(() => OfficerTitle)
  @Enum({ items: () => OfficerTitle })
  title: OfficerTitle;

  @Field(() => String, { nullable: true })
  @Property({ length: 40, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(branch: BankBranch, name: string, title: OfficerTitle) {
    super();
    this.branch = branch;
    this.name = name;
    this.title = title;
  }
}
