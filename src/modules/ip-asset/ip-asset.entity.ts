import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { MoneyType } from '../../common/column-types';
import type { Dec } from '../../common/decimal';
import { MoneyScalar } from '../../common/scalars';
import { Firm } from '../firm/firm.entity';

export enum IpKind {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN_PATENT = 'DESIGN_PATENT',
  TRADEMARK = 'TRADEMARK',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
}
registerEnumType(IpKind, {
  name: 'IpKind',
  description: '知识产权类型 / Kind of intellectual property',
  valuesConfig: {
    INVENTION_PATENT: { description: '发明专利 / Invention patent' },
    UTILITY_MODEL: { description: '实用新型专利 / Utility model patent' },
    DESIGN_PATENT: { description: '外观设计专利 / Design patent' },
    TRADEMARK: { description: '注册商标 / Registered trademark' },
    SOFTWARE_COPYRIGHT: { description: '软件著作权 / Software copyright' },
  },
});

@ObjectType({ description: '企业知识产权 / An IP asset a firm owns' })
@Entity({ tableName: 'ip_asset' })
@Check({ name: 'ip_asset_appraised_value_positive', expression: `"appraised_value" is null or "appraised_value" > 0` })
@Index({ name: 'ip_asset_in_force_index', expression: `create index "ip_asset_in_force_index" on "ip_asset" ("expires_on") include ("firm_id") where "annual_fee_paid"` })
@Index({ name: 'ip_asset_pledgeable_index', expression: `create index "ip_asset_pledgeable_index" on "ip_asset" ("firm_id") include ("expires_on", "appraised_value") where "annual_fee_paid" and not "pledged" and "appraised_value" is not null` })
@Unique({ properties: ['kind', 'number'] })
export class IpAsset extends BaseEntity<'appraisedValue' | 'appraiser' | 'appraisedOn' | 'pledged' | 'annualFeePaid'> {
  @ManyToOne(() => Firm, { deleteRule: 'restrict' })
  @Index()
  firm: Firm;

  @Field(() => IpKind)
  @Enum({ items: () => IpKind })
  kind: IpKind;

  @Field({ description: '专利号、注册号或登记号 / Patent, registration or certificate number' })
  @Property({ length: 40 })
  number: string;

  @Field({ description: '名称 / Title' })
  @Property({ length: 200 })
  title: string;

  @Field(() => GraphQLLocalDate, { description: '权利到期日 / Date the right expires' })
  @Property({ type: 'date' })
  expiresOn: string;

  @Field({ description: '年费是否已按期缴纳 / Whether the annual fees are paid up' })
  @Property({ default: true })
  annualFeePaid: boolean = true;

  @Field(() => MoneyScalar, { nullable: true, description: '评估价值(元) / Appraised value (yuan)' })
  @Property({ type: MoneyType, nullable: true })
  appraisedValue: Dec | null = null;

  @Field(() => String, { nullable: true, description: '评估机构 / Appraiser' })
  @Property({ length: 100, nullable: true })
  appraiser: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '评估基准日 / Appraisal date' })
  @Property({ type: 'date', nullable: true })
  appraisedOn: string | null = null;

  @Field({ description: '是否已质押 / Whether it is pledged' })
  @Property({ default: false })
  pledged: boolean = false;

  constructor(firm: Firm, kind: IpKind, number: string, title: string, expiresOn: string) {
    super();
    this.firm = firm;
    this.kind = kind;
    this.number = number;
    this.title = title;
    this.expiresOn = expiresOn;
  }
}
