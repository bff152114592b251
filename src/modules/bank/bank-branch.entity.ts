import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Bank } from './bank.entity';

@ObjectType({ description: '银行支行 / A branch of a bank' })
@Entity({ tableName: 'bank_branch' })
@Unique({ properties: ['bank', 'name'] })
export class BankBranch extends BaseEntity<'nameEn' | 'address' | 'phone' | 'isTechBranch' | 'sourceNote'> {
  @ManyToOne(() => Bank, { deleteRule: 'restrict' })
  @Index()
  bank: Bank;

  @Field({ description: '名称,如"常德经开区支行" / Name' })
  @Property({ length: 100 })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  nameEn: string | null = null;

  @Field({ description: '是否科技支行 / Whether it is a tech branch (科技支行)' })
  @Property({ default: false })
  isTechBranch: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ length: 40, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(bank: Bank, name: string) {
    super();
    this.bank = bank;
    this.name = name;
  }
}
