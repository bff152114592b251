import { Migration } from '@mikro-orm/migrations';

/**
 * Matching: a version number for the published catalogue, and indexes for judging 100,000 firms
 * against one product in SQL (matchFirms).
 */
export class Migration20261125190000_matching extends Migration {
  override async up(): Promise<void> {
    // matchProducts keeps the catalogue in memory and reloads it when this number moves
    // (src/modules/matching/catalogue.ts). A row, not a sequence: the bump belongs to the writer's
    // transaction, so no reader sees the new number before the rows it stands for.
    this.addSql(`create table "catalogue_version" ("id" smallint not null default 1, "version" bigint not null, constraint "catalogue_version_pkey" primary key ("id"), constraint "catalogue_version_one_row" check ("id" = 1));`);
    this.addSql(`insert into "catalogue_version" ("id", "version") values (1, 1);`);
    this.addSql(`create function catalogue_version_bump() returns trigger language plpgsql as $$
begin
  update "catalogue_version" set "version" = "version" + 1;
  return null;
end
$$;`);
    this.addSql(`create trigger loan_product_catalogue_version after insert or update or delete or truncate on "loan_product" for each statement execute function catalogue_version_bump();`);

    // Firms holding a qualification of a kind valid on a day: an index-only range scan per kind.
    this.addSql(`create index "firm_qualification_kind_valid_until_index" on "firm_qualification" ("kind", "valid_until") include ("valid_from", "firm_id");`);
    // Firms with IP in force (fees paid, not expired): an index-only range scan.
    this.addSql(`create index "ip_asset_in_force_index" on "ip_asset" ("expires_on") include ("firm_id") where "annual_fee_paid";`);
    // Each firm's pledgeable IP (in force, not pledged, appraised), in firm order: its appraised value
    // is summed firm by firm as the index is read, with no hash table to spill to disk.
    this.addSql(`create index "ip_asset_pledgeable_index" on "ip_asset" ("firm_id") include ("expires_on", "appraised_value") where "annual_fee_paid" and not "pledged" and "appraised_value" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "ip_asset_pledgeable_index";`);
    this.addSql(`drop index if exists "ip_asset_in_force_index";`);
    this.addSql(`drop index if exists "firm_qualification_kind_valid_until_index";`);
    this.addSql(`drop trigger if exists loan_product_catalogue_version on "loan_product";`);
    this.addSql(`drop function if exists catalogue_version_bump();`);
    this.addSql(`drop table if exists "catalogue_version";`);
  }
}
