import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { BankKind } from './bank.enums';

@ObjectType({ description: '银行(法人机构在常德的分行) / A bank present in Changde' })
@Entity({ tableName: 'bank' })
export class Bank extends BaseEntity<'nameEn' | 'sourceNote'> {
  @Field({ description: '名称,如"中国工商银行常德分行" / Name, e.g. 中国工商银行常德分行' })
  @Property({ length: 100 })
  @Unique()
  name: string;

  @Field({ description: '简称,如"工商银行" / Short name' })
  @Property({ length: 40 })
  shortName: string;

  @Field(() => String, { nullable: true, description: '英文名 / English name' })
  @Property({ length: 200, nullable: true })
  nameEn: string | null = null;

  @Field(() => BankKind)
  @Enum({ items: () => BankKind })
  kind: BankKind;

  @Field(() => String, { nullable: true, description: '数据来源说明 / Where this row comes from' })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(name: string, shortName: string, kind: BankKind) {
    super();
    this.name = name;
    this.shortName = shortName;
    this.kind = kind;
  }
}
