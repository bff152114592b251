import { Entity, Index, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { BankOfficer } from '../bank/bank-officer.entity';
import { LoanProduct } from './loan-product.entity';

/** An officer a firm may call about a product (its listed contacts, in order). */
@Entity({ tableName: 'loan_product_contact' })
@Index({ name: 'loan_product_contact_officer_id_index', properties: ['officer'] })
export class LoanProductContact {
  [PrimaryKeyProp]?: ['product', 'officer'];

  @ManyToOne(() => LoanProduct, { primary: true, deleteRule: 'cascade' })
  product: LoanProduct;

  @ManyToOne(() => BankOfficer, { primary: true, deleteRule: 'restrict' })
  officer: BankOfficer;

  @Property({ type: 'smallint' })
  position: number;

  constructor(product: LoanProduct, officer: BankOfficer, position: number) {
    this.product = product;
    this.officer = officer;
    this.position = position;
  }
}
