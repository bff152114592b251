import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { Firm } from './firm.entity';
import { QualificationKind } from './firm.enums';

@ObjectType({ description: '企业资质及其有效期 / A qualification a firm holds, with its validity dates' })
@Entity({ tableName: 'firm_qualification' })
@Check({ name: 'firm_qualification_dates_ordered', expression: `"valid_from" <= "valid_until"` })
@Index({ name: 'firm_qualification_kind_valid_until_index', expression: `create index "firm_qualification_kind_valid_until_index" on "firm_qualification" ("kind", "valid_until") include ("valid_from", "firm_id")` })
export class FirmQualification extends BaseEntity<'certificateNo'> {
  @ManyToOne(() => Firm, { deleteRule: 'cascade' })
  @Index()
  firm: Firm;

  @Field(() => QualificationKind)
  @Enum({ items: () => QualificationKind })
  kind: QualificationKind;

  @Field(() => String, { nullable: true, description: '证书编号 / Certificate number' })
  @Property({ length: 60, nullable: true })
  certificateNo: string | null = null;

  @Field(() => GraphQLLocalDate, { description: '生效日期 / Valid from' })
  @Property({ type: 'date' })
  validFrom: string;

  @Field(() => GraphQLLocalDate, { description: '有效期至(含当日) / Valid until, inclusive' })
  @Property({ type: 'date' })
  validUntil: string;

  constructor(firm: Firm, kind: QualificationKind, validFrom: string, validUntil: string) {
    super();
    this.firm = firm;
    this.kind = kind;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
  }
}
