import { Migration } from '@mikro-orm/migrations';

/**
 * Signed tokens carry the account's token version; a password change or a disabling raises it,
 * refusing every token issued before (one-second `iat` could not tell a token issued in the same
 * second as the change from one issued after).
 */
export class Migration20261201200000_token_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "token_version" integer not null default 0;`);
    this.addSql(`alter table "app_user" add constraint "app_user_token_version_check" check ("token_version" >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column if exists "token_version";`);
  }
}
