import { Check, Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { IndustrialChain, KnowledgeValueGrade, SizeClass, TaxCreditGrade } from './firm.enums';

@ObjectType({ description: '园区企业 / A firm in the park' })
@Entity({ tableName: 'firm' })
@Index({ name: 'firm_created_at_id_index', properties: ['createdAt', 'id'] })
@Check({ name: 'firm_credit_code_length', expression: `char_length("credit_code") = 18` })
@Check({ name: 'firm_money_non_negative', expression: `"annual_revenue" >= 0 and "rd_spend" >= 0 and "employees" >= 0` })
@Check({ name: 'firm_kv_score_range', expression: `"knowledge_value_score" is null or "knowledge_value_score" >= 0 and "knowledge_value_score" <= 100` })
export class Firm extends BaseEntity<'nameEn' | 'knowledgeValueScore' | 'knowledgeValueGrade' | 'isFictional' | 'sourceNote'> {
  @Field({ description: '统一社会信用代码(18位,GB 32100-2015) / Unified social credit code (18 characters)' })
  @Property({ length: 18 })
  @Unique()
  creditCode: string;

  @Field()
  @Property({ length: 100 })
  @Index()
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  nameEn: string | null = null;

  @Field(() => IndustrialChain)
  @Enum({ items: () => IndustrialChain })
  chain: IndustrialChain;

  @Field(() => SizeClass)
  @Enum({ items: () => SizeClass })
  sizeClass: SizeClass;

  @Field(() => GraphQLLocalDate, { description: '成立日期 / Date founded' })
  @Property({ type: 'date' })
  foundedOn: string;

  @Field(() => Int, { description: '从业人数 / Employees' })
  @Property({ type: 'integer' })
  employees: number;

  @Field(() => MoneyScalar, { description: '上年营业收入(元) / Revenue in the last full year (yuan)' })
  @Property({ type: MoneyType })
  annualRevenue: Dec;

  @Field(() => MoneyScalar, { description: '上年研发投入(元) / R&D spend in the last full year (yuan)' })
  @Property({ type: MoneyType })
  rdSpend: Dec;

  @Field(() => TaxCreditGrade, { description: '纳税信用等级 / Tax credit grade' })
  @Enum({ items: () => TaxCreditGrade })
  taxCreditGrade: TaxCreditGrade;

  @Field(() => Int, { nullable: true, description: '知识价值信用评价得分(0-100) / Knowledge-value credit score (0-100)' })
  @Property({ type: 'smallint', nullable: true })
  knowledgeValueScore: number | null = null;

  @Field(() => KnowledgeValueGrade, { nullable: true, description: '知识价值信用评价等级 / Knowledge-value credit grade' })
  @Enum({ items: () => KnowledgeValueGrade, nullable: true })
  knowledgeValueGrade: KnowledgeValueGrade | null = null;

  @Field({ description: '是否为虚构的示例企业 / Whether this firm is invented sample data' })
  @Property({ default: false })
  isFictional: boolean = false;

  @Field(() => String, { nullable: true, description: '数据来源说明 / Where this row comes from' })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  constructor(init: {
    creditCode: string;
    name: string;
    chain: IndustrialChain;
    sizeClass: SizeClass;
    foundedOn: string;
    employees: number;
    annualRevenue: Dec;
    rdSpend: Dec;
    taxCreditGrade: TaxCreditGrade;
  }) {
    super();
    this.creditCode = init.creditCode;
    this.name = init.name;
    this.chain = init.chain;
    this.sizeClass = init.sizeClass;
    this.foundedOn = init.foundedOn;
    this.employees = init.employees;
    this.annualRevenue = init.annualRevenue;
    this.rdSpend = init.rdSpend;
    this.taxCreditGrade = init.taxCreditGrade;
  }
}
