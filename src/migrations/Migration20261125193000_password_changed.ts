import { Migration } from '@mikro-orm/migrations';

/** Tokens issued before a password change are refused: the change is recorded on the account. */
export class Migration20261125193000_password_changed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "password_changed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column if exists "password_changed_at";`);
  }
}
