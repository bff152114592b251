import { Migration } from '@mikro-orm/migrations';

/** Accounts, API tokens (hashed), sign-in throttling, and the append-only audit trail. */
export class Migration20261125192000_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "operation" varchar(60) not null, "actor_id" uuid null, "actor_name" varchar(60) null, "role" text check ("role" in ('FINANCE_OFFICE', 'BANK', 'FIRM')) null, "entity_type" varchar(60) null, "entity_id" uuid null, "input" jsonb not null, "ip" varchar(60) null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_actor_id_created_at_index" on "audit_event" ("actor_id", "created_at");`);
    this.addSql(`create index "audit_event_entity_id_index" on "audit_event" ("entity_id");`);
    this.addSql(`create table "login_throttle" ("key" varchar(120) not null, "failures" int not null default 0, "blocked_until" timestamptz null, "last_failure_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("key"));`);
    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "username" varchar(60) not null, "display_name" varchar(60) not null, "password_hash" varchar(200) not null, "role" text check ("role" in ('FINANCE_OFFICE', 'BANK', 'FIRM')) not null, "bank_id" uuid null, "firm_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_bank_id_index" on "app_user" ("bank_id");`);
    this.addSql(`create index "app_user_firm_id_index" on "app_user" ("firm_id");`);
    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "name" varchar(60) not null, "token_hash" varchar(64) not null, "prefix" varchar(12) not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "app_user" add constraint "app_user_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_organisation" check (("role" = 'BANK') = ("bank_id" is not null) and ("role" = 'FIRM') = ("firm_id" is not null));`);
    this.addSql(`create index "audit_event_created_at_id_index" on "audit_event" ("created_at", "id");`);
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'restrict_violation';
end
$$;`);
    this.addSql(`create trigger audit_event_append_only before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_append_only on "audit_event";`);
    this.addSql(`drop function if exists audit_event_append_only();`);
    this.addSql(`drop table if exists "api_token" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "login_throttle" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }
}
