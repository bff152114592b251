import { Migration } from '@mikro-orm/migrations';

/**
 * Risk pools, their append-only ledger, disbursed loans, repayments, pool coverage and
 * compensation claims; the LPR table (1-year and 5-year-plus, as published by the PBoC's
 * National Interbank Funding Center, through 2025-05-20); idempotency keys.
 */
export class Migration20261125180000_pools_and_loans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("key" varchar(100) not null, "operation" varchar(60) not null, "request_hash" varchar(64) not null, "result_id" uuid not null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("key"));`);
    this.addSql(`create table "lpr_rate" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenor" text check ("tenor" in ('ONE_YEAR', 'FIVE_YEAR')) not null, "effective_on" date not null, "rate" numeric(9,6) not null, constraint "lpr_rate_pkey" primary key ("id"));`);
    this.addSql(`alter table "lpr_rate" add constraint "lpr_rate_tenor_effective_on_unique" unique ("tenor", "effective_on");`);
    this.addSql(`create table "risk_pool" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(100) not null, "kind" text check ("kind" in ('TECH_GUARANTEE', 'KNOWLEDGE_VALUE', 'IP_PLEDGE')) not null, "description" text null, "leverage_cap" numeric(12,4) not null, "pool_share" numeric(9,6) not null, "per_firm_cap" numeric(18,2) not null, "warning_ratio" numeric(9,6) not null, "stop_ratio" numeric(9,6) not null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'CLOSED')) not null default 'ACTIVE', "established_on" date null, "source_note" text null, constraint "risk_pool_pkey" primary key ("id"));`);
    this.addSql(`alter table "risk_pool" add constraint "risk_pool_name_unique" unique ("name");`);
    this.addSql(`create table "loan" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "firm_id" uuid not null, "product_id" uuid not null, "bank_id" uuid not null, "contract_no" varchar(60) not null, "principal" numeric(18,2) not null, "annual_rate" numeric(9,6) not null, "term_months" smallint not null, "disbursed_on" date not null, "matures_on" date not null, "status" text check ("status" in ('ACTIVE', 'OVERDUE', 'REPAID', 'DEFAULTED', 'COMPENSATED', 'WRITTEN_OFF')) not null default 'ACTIVE', "outstanding_principal" numeric(18,2) not null, "interest_paid" numeric(18,2) not null, "defaulted_on" date null, "closed_on" date null, "status_note" text null, "source_note" text null, constraint "loan_pkey" primary key ("id"));`);
    this.addSql(`create index "loan_firm_id_index" on "loan" ("firm_id");`);
    this.addSql(`create index "loan_product_id_index" on "loan" ("product_id");`);
    this.addSql(`create index "loan_bank_id_index" on "loan" ("bank_id");`);
    this.addSql(`create index "loan_disbursed_on_index" on "loan" ("disbursed_on");`);
    this.addSql(`alter table "loan" add constraint "loan_bank_id_contract_no_unique" unique ("bank_id", "contract_no");`);
    this.addSql(`create table "repayment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "loan_id" uuid not null, "paid_on" date not null, "principal" numeric(18,2) not null, "interest" numeric(18,2) not null, "recorded_by" varchar(50) not null, constraint "repayment_pkey" primary key ("id"));`);
    this.addSql(`create index "repayment_loan_id_index" on "repayment" ("loan_id");`);
    this.addSql(`create table "pool_coverage" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "loan_id" uuid not null, "pool_id" uuid not null, "covered_principal" numeric(18,2) not null, "pool_share" numeric(9,6) not null, "status" text check ("status" in ('ACTIVE', 'RELEASED', 'CLAIMED')) not null default 'ACTIVE', "enrolled_on" date not null, "released_on" date null, constraint "pool_coverage_pkey" primary key ("id"));`);
    this.addSql(`alter table "pool_coverage" add constraint "pool_coverage_loan_id_unique" unique ("loan_id");`);
    this.addSql(`create index "pool_coverage_pool_id_status_index" on "pool_coverage" ("pool_id", "status");`);
    this.addSql(`create table "compensation_claim" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "coverage_id" uuid not null, "loan_id" uuid not null, "pool_id" uuid not null, "outstanding_at_default" numeric(18,2) not null, "pool_share" numeric(9,6) not null, "amount_claimed" numeric(18,2) not null, "status" text check ("status" in ('FILED', 'APPROVED', 'REJECTED', 'PAID')) not null default 'FILED', "filed_on" date not null, "decided_on" date null, "rejection_reason" text null, "paid_on" date null, "recovered_total" numeric(18,2) not null, "returned_to_pool" numeric(18,2) not null, constraint "compensation_claim_pkey" primary key ("id"));`);
    this.addSql(`alter table "compensation_claim" add constraint "compensation_claim_coverage_id_unique" unique ("coverage_id");`);
    this.addSql(`create index "compensation_claim_loan_id_index" on "compensation_claim" ("loan_id");`);
    this.addSql(`create index "compensation_claim_pool_id_index" on "compensation_claim" ("pool_id");`);
    this.addSql(`create table "pool_ledger_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "pool_id" uuid not null, "kind" text check ("kind" in ('CONTRIBUTION', 'INTEREST', 'COMPENSATION', 'RECOVERY', 'FEE', 'WITHDRAWAL')) not null, "amount" numeric(18,2) not null, "signed_amount" numeric(18,2) not null, "entry_date" date not null, "voucher_ref" varchar(60) not null, "recorded_by" varchar(50) not null, "memo" text null, "loan_id" uuid null, "claim_id" uuid null, "reverses_id" uuid null, constraint "pool_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "pool_ledger_entry_loan_id_index" on "pool_ledger_entry" ("loan_id");`);
    this.addSql(`create index "pool_ledger_entry_claim_id_index" on "pool_ledger_entry" ("claim_id");`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_reverses_id_unique" unique ("reverses_id");`);
    this.addSql(`create index "pool_ledger_entry_pool_id_entry_date_index" on "pool_ledger_entry" ("pool_id", "entry_date");`);
    this.addSql(`create table "risk_pool_partner" ("pool_id" uuid not null, "bank_id" uuid not null, constraint "risk_pool_partner_pkey" primary key ("pool_id", "bank_id"));`);
    this.addSql(`alter table "loan" add constraint "loan_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "loan" add constraint "loan_product_id_foreign" foreign key ("product_id") references "loan_product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "loan" add constraint "loan_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "repayment" add constraint "repayment_loan_id_foreign" foreign key ("loan_id") references "loan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pool_coverage" add constraint "pool_coverage_loan_id_foreign" foreign key ("loan_id") references "loan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pool_coverage" add constraint "pool_coverage_pool_id_foreign" foreign key ("pool_id") references "risk_pool" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "compensation_claim" add constraint "compensation_claim_coverage_id_foreign" foreign key ("coverage_id") references "pool_coverage" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "compensation_claim" add constraint "compensation_claim_loan_id_foreign" foreign key ("loan_id") references "loan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "compensation_claim" add constraint "compensation_claim_pool_id_foreign" foreign key ("pool_id") references "risk_pool" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_pool_id_foreign" foreign key ("pool_id") references "risk_pool" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_loan_id_foreign" foreign key ("loan_id") references "loan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_claim_id_foreign" foreign key ("claim_id") references "compensation_claim" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_reverses_id_foreign" foreign key ("reverses_id") references "pool_ledger_entry" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "risk_pool_partner" add constraint "risk_pool_partner_pool_id_foreign" foreign key ("pool_id") references "risk_pool" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "risk_pool_partner" add constraint "risk_pool_partner_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "loan_product" add column "risk_pool_id" uuid null;`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_risk_pool_id_foreign" foreign key ("risk_pool_id") references "risk_pool" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "loan_product_risk_pool_id_index" on "loan_product" ("risk_pool_id");`);
    this.addSql(`create index "loan_created_at_id_index" on "loan" ("created_at", "id");`);
    this.addSql(`create index "pool_ledger_entry_pool_id_created_at_id_index" on "pool_ledger_entry" ("pool_id", "created_at", "id");`);
    this.addSql(`create index "risk_pool_partner_bank_id_index" on "risk_pool_partner" ("bank_id");`);
    this.addSql(`alter table "risk_pool" add constraint "risk_pool_parameters" check ("leverage_cap" > 0 and "pool_share" > 0 and "pool_share" <= 1 and "per_firm_cap" > 0 and "warning_ratio" >= 0 and "warning_ratio" <= "stop_ratio" and "stop_ratio" <= 1);`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_amount_positive" check ("amount" > 0);`);
    this.addSql(`alter table "pool_ledger_entry" add constraint "pool_ledger_entry_sign" check ("signed_amount" = "amount" * (case when "kind" in ('CONTRIBUTION', 'INTEREST', 'RECOVERY') then 1 else -1 end) * (case when "reverses_id" is null then 1 else -1 end));`);
    this.addSql(`alter table "loan" add constraint "loan_amounts" check ("principal" > 0 and "outstanding_principal" >= 0 and "outstanding_principal" <= "principal" and "interest_paid" >= 0);`);
    this.addSql(`alter table "loan" add constraint "loan_terms" check ("term_months" between 1 and 360 and "annual_rate" >= 0 and "annual_rate" <= 1 and "matures_on" > "disbursed_on");`);
    this.addSql(`alter table "repayment" add constraint "repayment_amounts" check ("principal" >= 0 and "interest" >= 0 and "principal" + "interest" > 0);`);
    this.addSql(`alter table "pool_coverage" add constraint "pool_coverage_amounts" check ("covered_principal" > 0 and "pool_share" > 0 and "pool_share" <= 1);`);
    this.addSql(`alter table "compensation_claim" add constraint "compensation_claim_amounts" check ("outstanding_at_default" >= 0 and "amount_claimed" >= 0 and "recovered_total" >= 0 and "returned_to_pool" >= 0);`);
    this.addSql(`alter table "lpr_rate" add constraint "lpr_rate_range" check ("rate" > 0 and "rate" < 1);`);
    this.addSql(`create function pool_ledger_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'pool_ledger_entry is append-only: % refused; correct a mistake with a reversing entry', tg_op
    using errcode = 'restrict_violation';
end
$$;`);
    this.addSql(`create trigger pool_ledger_entry_append_only before update or delete on "pool_ledger_entry" for each row execute function pool_ledger_entry_append_only();`);
    this.addSql(`insert into "lpr_rate" ("id", "tenor", "effective_on", "rate") values
(gen_random_uuid(), 'ONE_YEAR', '2019-08-20', 0.0425),
(gen_random_uuid(), 'ONE_YEAR', '2019-09-20', 0.0420),
(gen_random_uuid(), 'ONE_YEAR', '2019-11-20', 0.0415),
(gen_random_uuid(), 'ONE_YEAR', '2020-02-20', 0.0405),
(gen_random_uuid(), 'ONE_YEAR', '2020-04-20', 0.0385),
(gen_random_uuid(), 'ONE_YEAR', '2021-12-20', 0.0380),
(gen_random_uuid(), 'ONE_YEAR', '2022-01-20', 0.0370),
(gen_random_uuid(), 'ONE_YEAR', '2022-08-22', 0.0365),
(gen_random_uuid(), 'ONE_YEAR', '2023-06-20', 0.0355),
(gen_random_uuid(), 'ONE_YEAR', '2023-08-21', 0.0345),
(gen_random_uuid(), 'ONE_YEAR', '2024-07-22', 0.0335),
(gen_random_uuid(), 'ONE_YEAR', '2024-10-21', 0.0310),
(gen_random_uuid(), 'ONE_YEAR', '2025-05-20', 0.0300),
(gen_random_uuid(), 'FIVE_YEAR', '2019-08-20', 0.0485),
(gen_random_uuid(), 'FIVE_YEAR', '2019-11-20', 0.0480),
(gen_random_uuid(), 'FIVE_YEAR', '2020-02-20', 0.0475),
(gen_random_uuid(), 'FIVE_YEAR', '2020-04-20', 0.0465),
(gen_random_uuid(), 'FIVE_YEAR', '2022-01-20', 0.0460),
(gen_random_uuid(), 'FIVE_YEAR', '2022-05-20', 0.0445),
(gen_random_uuid(), 'FIVE_YEAR', '2022-08-22', 0.0430),
(gen_random_uuid(), 'FIVE_YEAR', '2023-06-20', 0.0420),
(gen_random_uuid(), 'FIVE_YEAR', '2024-02-20', 0.0395),
(gen_random_uuid(), 'FIVE_YEAR', '2024-07-22', 0.0385),
(gen_random_uuid(), 'FIVE_YEAR', '2024-10-21', 0.0360),
(gen_random_uuid(), 'FIVE_YEAR', '2025-05-20', 0.0350);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists pool_ledger_entry_append_only on "pool_ledger_entry";`);
    this.addSql(`drop function if exists pool_ledger_entry_append_only();`);
    this.addSql(`alter table "loan_product" drop constraint if exists "loan_product_risk_pool_id_foreign";`);
    this.addSql(`alter table "loan_product" drop column if exists "risk_pool_id";`);
    this.addSql(`drop table if exists "pool_ledger_entry" cascade;`);
    this.addSql(`drop table if exists "compensation_claim" cascade;`);
    this.addSql(`drop table if exists "pool_coverage" cascade;`);
    this.addSql(`drop table if exists "repayment" cascade;`);
    this.addSql(`drop table if exists "loan" cascade;`);
    this.addSql(`drop table if exists "risk_pool_partner" cascade;`);
    this.addSql(`drop table if exists "risk_pool" cascade;`);
    this.addSql(`drop table if exists "lpr_rate" cascade;`);
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }
}
