import { Migration } from '@mikro-orm/migrations';

/** Secrets every replica shares (the generated token-signing secret when JWT_SECRET is unset). */
export class Migration20261210120000_app_secret extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "app_secret" ("name" varchar(60) not null, "value" text not null, "created_at" timestamptz not null default now(), constraint "app_secret_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "app_secret" cascade;`);
  }
}
