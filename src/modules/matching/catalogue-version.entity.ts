import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The published catalogue's version number: one row, bumped by a statement-level trigger on
 * loan_product (the matching migration); matchProducts reloads its in-memory catalogue when it
 * moves (catalogue.ts, which reads it with plain SQL). Described here so that the ORM's schema
 * diff knows the table; never written through the ORM and not reachable through the API.
 */
@Entity({ tableName: 'catalogue_version' })
@Check({ name: 'catalogue_version_one_row', expression: '"id" = 1' })
export class CatalogueVersion {
  @PrimaryKey({ type: 'smallint', autoincrement: false, default: 1 })
  id = 1;

  @Property({ type: 'bigint' })
  version!: string;
}
