import { Migration } from '@mikro-orm/migrations';

/**
 * From a visit to a disbursed loan: bank-officer pairings with firms, service visits and their
 * follow-ups, financing demands with the banks they are addressed to (each with its response
 * deadline), the banks' offers and declines, matchmaking events with their participants, the
 * amounts signed there and the loans that followed.
 */
export class Migration20261125191000_engagement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "matchmaking_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "kind" text check ("kind" in ('FINANCE_INTO_PARK', 'BANK_FIRM_MATCHMAKING', 'PRODUCT_PROMOTION', 'ONLINE', 'OTHER')) not null, "held_on" date not null, "place" varchar(200) not null, "organizer" varchar(100) null, "note" text null, constraint "matchmaking_event_pkey" primary key ("id"));`);
    this.addSql(`create index "matchmaking_event_held_on_index" on "matchmaking_event" ("held_on");`);
    this.addSql(`create table "event_firm" ("event_id" uuid not null, "firm_id" uuid not null, constraint "event_firm_pkey" primary key ("event_id", "firm_id"));`);
    this.addSql(`create index "event_firm_firm_id_index" on "event_firm" ("firm_id");`);
    this.addSql(`create table "event_bank" ("event_id" uuid not null, "bank_id" uuid not null, constraint "event_bank_pkey" primary key ("event_id", "bank_id"));`);
    this.addSql(`create index "event_bank_bank_id_index" on "event_bank" ("bank_id");`);
    this.addSql(`create table "pairing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "officer_id" uuid not null, "firm_id" uuid not null, "starts_on" date not null, "ends_on" date null, "status" text check ("status" in ('ACTIVE', 'ENDED')) not null default 'ACTIVE', "note" text null, "end_reason" text null, constraint "pairing_pkey" primary key ("id"));`);
    this.addSql(`create index "pairing_officer_id_index" on "pairing" ("officer_id");`);
    this.addSql(`create index "pairing_firm_id_index" on "pairing" ("firm_id");`);
    this.addSql(`create table "event_signing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "event_id" uuid not null, "firm_id" uuid not null, "bank_id" uuid not null, "product_id" uuid null, "amount" numeric(18,2) not null, "note" text null, constraint "event_signing_pkey" primary key ("id"));`);
    this.addSql(`create index "event_signing_firm_id_index" on "event_signing" ("firm_id");`);
    this.addSql(`create index "event_signing_bank_id_index" on "event_signing" ("bank_id");`);
    this.addSql(`alter table "event_signing" add constraint "event_signing_event_id_firm_id_bank_id_unique" unique ("event_id", "firm_id", "bank_id");`);
    this.addSql(`create table "event_signing_loan" ("signing_id" uuid not null, "loan_id" uuid not null, "created_at" timestamptz not null default now(), constraint "event_signing_loan_pkey" primary key ("signing_id", "loan_id"));`);
    this.addSql(`alter table "event_signing_loan" add constraint "event_signing_loan_loan_id_unique" unique ("loan_id");`);
    this.addSql(`create table "service_visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "pairing_id" uuid not null, "visited_on" date not null, "visitors" varchar(200) not null, "findings" text not null, "follow_up_due" date null, "follow_up_by" varchar(100) null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "closed_on" date null, "outcome" text null, constraint "service_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "service_visit_pairing_id_index" on "service_visit" ("pairing_id");`);
    this.addSql(`create index "service_visit_status_follow_up_due_index" on "service_visit" ("status", "follow_up_due");`);
    this.addSql(`create table "financing_demand" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "firm_id" uuid not null, "amount" numeric(18,2) not null, "term_months" smallint not null, "purpose" text not null, "collateral_offered" text[] not null default '{}', "collateral_note" text null, "source" text check ("source" in ('VISIT', 'EVENT', 'ONLINE')) not null, "visit_id" uuid null, "event_id" uuid null, "status" text check ("status" in ('FILED', 'RECOMMENDED', 'IN_TALKS', 'CREDIT_GRANTED', 'DISBURSED', 'DECLINED')) not null default 'FILED', "filed_on" date not null, "recommended_on" date null, "talks_started_on" date null, "credit_granted_on" date null, "disbursed_on" date null, "declined_on" date null, "decline_reason" text null, "granted_offer_id" uuid null, "loan_id" uuid null, constraint "financing_demand_pkey" primary key ("id"));`);
    this.addSql(`create index "financing_demand_firm_id_index" on "financing_demand" ("firm_id");`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_visit_id_unique" unique ("visit_id");`);
    this.addSql(`create index "financing_demand_event_id_index" on "financing_demand" ("event_id");`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_loan_id_unique" unique ("loan_id");`);
    this.addSql(`create index "financing_demand_status_index" on "financing_demand" ("status");`);
    this.addSql(`create table "demand_addressee" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "demand_id" uuid not null, "bank_id" uuid not null, "product_id" uuid null, "addressed_on" date not null, "response_days" smallint not null, "deadline_basis" text check ("deadline_basis" in ('PRODUCT', 'DEFAULT')) not null, "due_on" date not null, "status" text check ("status" in ('AWAITING', 'OFFERED', 'DECLINED', 'WITHDRAWN')) not null default 'AWAITING', "answered_on" date null, "withdrawn_on" date null, "routed_from_id" uuid null, constraint "demand_addressee_pkey" primary key ("id"));`);
    this.addSql(`create index "demand_addressee_bank_id_index" on "demand_addressee" ("bank_id");`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_routed_from_id_unique" unique ("routed_from_id");`);
    this.addSql(`create index "demand_addressee_status_due_on_index" on "demand_addressee" ("status", "due_on");`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_demand_id_bank_id_unique" unique ("demand_id", "bank_id");`);
    this.addSql(`create table "offer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "addressee_id" uuid not null, "demand_id" uuid not null, "bank_id" uuid not null, "product_id" uuid null, "decision" text check ("decision" in ('OFFERED', 'DECLINED')) not null, "answered_on" date not null, "amount" numeric(18,2) null, "annual_rate" numeric(9,6) null, "term_months" smallint null, "conditions" text null, "valid_until" date null, "decline_reason" text null, constraint "offer_pkey" primary key ("id"));`);
    this.addSql(`alter table "offer" add constraint "offer_addressee_id_unique" unique ("addressee_id");`);
    this.addSql(`create index "offer_demand_id_index" on "offer" ("demand_id");`);
    this.addSql(`create index "offer_bank_id_index" on "offer" ("bank_id");`);
    this.addSql(`alter table "event_firm" add constraint "event_firm_event_id_foreign" foreign key ("event_id") references "matchmaking_event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_firm" add constraint "event_firm_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_bank" add constraint "event_bank_event_id_foreign" foreign key ("event_id") references "matchmaking_event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_bank" add constraint "event_bank_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pairing" add constraint "pairing_officer_id_foreign" foreign key ("officer_id") references "bank_officer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pairing" add constraint "pairing_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_signing" add constraint "event_signing_event_id_foreign" foreign key ("event_id") references "matchmaking_event" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_signing" add constraint "event_signing_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_signing" add constraint "event_signing_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_signing" add constraint "event_signing_product_id_foreign" foreign key ("product_id") references "loan_product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_signing_loan" add constraint "event_signing_loan_signing_id_foreign" foreign key ("signing_id") references "event_signing" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event_signing_loan" add constraint "event_signing_loan_loan_id_foreign" foreign key ("loan_id") references "loan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_visit" add constraint "service_visit_pairing_id_foreign" foreign key ("pairing_id") references "pairing" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_visit_id_foreign" foreign key ("visit_id") references "service_visit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_event_id_foreign" foreign key ("event_id") references "matchmaking_event" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_granted_offer_id_foreign" foreign key ("granted_offer_id") references "offer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_loan_id_foreign" foreign key ("loan_id") references "loan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_demand_id_foreign" foreign key ("demand_id") references "financing_demand" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_product_id_foreign" foreign key ("product_id") references "loan_product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_routed_from_id_foreign" foreign key ("routed_from_id") references "demand_addressee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_addressee_id_foreign" foreign key ("addressee_id") references "demand_addressee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_demand_id_foreign" foreign key ("demand_id") references "financing_demand" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_product_id_foreign" foreign key ("product_id") references "loan_product" ("id") on update cascade on delete restrict;`);
    // Hand-written: keyset pagination order, one active pairing per officer and firm, and the rules
    // of dates and money the services check, held by the database as well.
    this.addSql(`create index "pairing_created_at_id_index" on "pairing" ("created_at", "id");`);
    this.addSql(`create index "financing_demand_created_at_id_index" on "financing_demand" ("created_at", "id");`);
    this.addSql(`create index "matchmaking_event_created_at_id_index" on "matchmaking_event" ("created_at", "id");`);
    this.addSql(`create unique index "pairing_one_active_per_officer_and_firm" on "pairing" ("officer_id", "firm_id") where "status" = 'ACTIVE';`);
    this.addSql(`alter table "pairing" add constraint "pairing_dates" check ("ends_on" >= "starts_on" and ("status" <> 'ENDED' or "ends_on" is not null));`);
    this.addSql(`alter table "service_visit" add constraint "service_visit_dates" check ("follow_up_due" >= "visited_on" and "closed_on" >= "visited_on" and ("status" = 'CLOSED') = ("closed_on" is not null));`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_terms" check ("amount" > 0 and "term_months" between 1 and 360);`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_source" check (("source" = 'VISIT') = ("visit_id" is not null) and ("source" = 'EVENT') = ("event_id" is not null));`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_steps" check (("status" = 'DISBURSED') = ("loan_id" is not null and "disbursed_on" is not null) and ("status" = 'DECLINED') = ("declined_on" is not null and "decline_reason" is not null) and ("status" not in ('CREDIT_GRANTED', 'DISBURSED') or ("granted_offer_id" is not null and "credit_granted_on" is not null)) and ("status" = 'FILED' or "status" = 'DECLINED' or "recommended_on" is not null));`);
    this.addSql(`alter table "financing_demand" add constraint "financing_demand_dates" check ("recommended_on" >= "filed_on" and "talks_started_on" >= "recommended_on" and "credit_granted_on" >= "talks_started_on" and "disbursed_on" >= "filed_on" and "declined_on" >= "filed_on");`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_deadline" check ("response_days" between 1 and 90 and "due_on" = "addressed_on" + "response_days" and ("deadline_basis" = 'PRODUCT') = ("product_id" is not null));`);
    this.addSql(`alter table "demand_addressee" add constraint "demand_addressee_answer" check (("status" in ('OFFERED', 'DECLINED')) = ("answered_on" is not null) and ("status" = 'WITHDRAWN') = ("withdrawn_on" is not null) and "answered_on" >= "addressed_on" and "withdrawn_on" >= "addressed_on");`);
    this.addSql(`alter table "offer" add constraint "offer_decision" check (("decision" = 'OFFERED' and "amount" is not null and "amount" > 0 and "annual_rate" is not null and "annual_rate" >= 0 and "annual_rate" <= 1 and "term_months" is not null and "term_months" between 1 and 360 and "valid_until" is not null and "valid_until" >= "answered_on" and "decline_reason" is null) or ("decision" = 'DECLINED' and "decline_reason" is not null and "amount" is null and "annual_rate" is null and "term_months" is null and "valid_until" is null));`);
    this.addSql(`alter table "event_signing" add constraint "event_signing_amount_positive" check ("amount" > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "financing_demand" drop constraint if exists "financing_demand_granted_offer_id_foreign";`);
    this.addSql(`drop table if exists "offer" cascade;`);
    this.addSql(`drop table if exists "demand_addressee" cascade;`);
    this.addSql(`drop table if exists "financing_demand" cascade;`);
    this.addSql(`drop table if exists "event_signing_loan" cascade;`);
    this.addSql(`drop table if exists "event_signing" cascade;`);
    this.addSql(`drop table if exists "event_bank" cascade;`);
    this.addSql(`drop table if exists "event_firm" cascade;`);
    this.addSql(`drop table if exists "matchmaking_event" cascade;`);
    this.addSql(`drop table if exists "service_visit" cascade;`);
    this.addSql(`drop table if exists "pairing" cascade;`);
  }
}
