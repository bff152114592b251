import { Migration } from '@mikro-orm/migrations';

/** The catalogue: banks, branches, officers, firms, qualifications, IP assets, loan products. */
export class Migration20261125170000_catalogue extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "bank" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(100) not null, "short_name" varchar(40) not null, "name_en" varchar(200) null, "kind" text check ("kind" in ('POLICY', 'LARGE_STATE_OWNED', 'JOINT_STOCK', 'CITY_COMMERCIAL', 'RURAL_COMMERCIAL', 'VILLAGE_BANK')) not null, "source_note" text null, constraint "bank_pkey" primary key ("id"));`);
    this.addSql(`alter table "bank" add constraint "bank_name_unique" unique ("name");`);
    this.addSql(`create table "bank_branch" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "bank_id" uuid not null, "name" varchar(100) not null, "name_en" varchar(200) null, "is_tech_branch" boolean not null default false, "address" varchar(200) null, "phone" varchar(40) null, "source_note" text null, constraint "bank_branch_pkey" primary key ("id"));`);
    this.addSql(`create index "bank_branch_bank_id_index" on "bank_branch" ("bank_id");`);
    this.addSql(`alter table "bank_branch" add constraint "bank_branch_bank_id_name_unique" unique ("bank_id", "name");`);
    this.addSql(`create table "bank_officer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "branch_id" uuid not null, "name" varchar(50) not null, "title" text check ("title" in ('BRANCH_PRESIDENT', 'VICE_PRESIDENT', 'ACCOUNT_MANAGER')) not null, "phone" varchar(40) null, "email" varchar(100) null, "source_note" text null, constraint "bank_officer_pkey" primary key ("id"));`);
    this.addSql(`create index "bank_officer_branch_id_index" on "bank_officer" ("branch_id");`);
    this.addSql(`create table "firm" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "credit_code" varchar(18) not null, "name" varchar(100) not null, "name_en" varchar(200) null, "chain" text check ("chain" in ('EQUIPMENT_MANUFACTURING', 'PHARMA_CHEMICALS', 'LIGHT_INDUSTRY_FOOD', 'POWER_ELECTRONICS', 'OTHER')) not null, "size_class" text check ("size_class" in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')) not null, "founded_on" date not null, "employees" int not null, "annual_revenue" numeric(18,2) not null, "rd_spend" numeric(18,2) not null, "tax_credit_grade" text check ("tax_credit_grade" in ('A', 'B', 'M', 'C', 'D')) not null, "knowledge_value_score" smallint null, "knowledge_value_grade" text check ("knowledge_value_grade" in ('A', 'B', 'C', 'D')) null, "is_fictional" boolean not null default false, "source_note" text null, constraint "firm_pkey" primary key ("id"));`);
    this.addSql(`alter table "firm" add constraint "firm_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "firm_name_index" on "firm" ("name");`);
    this.addSql(`create table "firm_qualification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "firm_id" uuid not null, "kind" text check ("kind" in ('HIGH_TECH_ENTERPRISE', 'TECH_SME', 'SPECIALIZED_SME', 'LITTLE_GIANT')) not null, "certificate_no" varchar(60) null, "valid_from" date not null, "valid_until" date not null, constraint "firm_qualification_pkey" primary key ("id"));`);
    this.addSql(`create index "firm_qualification_firm_id_index" on "firm_qualification" ("firm_id");`);
    this.addSql(`create table "ip_asset" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "firm_id" uuid not null, "kind" text check ("kind" in ('INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'TRADEMARK', 'SOFTWARE_COPYRIGHT')) not null, "number" varchar(40) not null, "title" varchar(200) not null, "expires_on" date not null, "annual_fee_paid" boolean not null default true, "appraised_value" numeric(18,2) null, "appraiser" varchar(100) null, "appraised_on" date null, "pledged" boolean not null default false, constraint "ip_asset_pkey" primary key ("id"));`);
    this.addSql(`create index "ip_asset_firm_id_index" on "ip_asset" ("firm_id");`);
    this.addSql(`alter table "ip_asset" add constraint "ip_asset_kind_number_unique" unique ("kind", "number");`);
    this.addSql(`create table "loan_product" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "bank_id" uuid not null, "branch_id" uuid null, "name" varchar(100) not null, "name_en" varchar(200) null, "category" text check ("category" in ('CREDIT', 'TECH_GUARANTEE', 'KNOWLEDGE_VALUE', 'IP_PLEDGE', 'GUARANTEED', 'MORTGAGE', 'SUPPLY_CHAIN', 'TAX_CREDIT')) not null, "description" text null, "min_amount" numeric(18,2) not null, "max_amount" numeric(18,2) not null, "min_term_months" smallint not null, "max_term_months" smallint not null, "rate_kind" text check ("rate_kind" in ('FIXED', 'LPR_SPREAD')) not null, "min_rate" numeric(9,6) null, "max_rate" numeric(9,6) null, "lpr_tenor" text check ("lpr_tenor" in ('ONE_YEAR', 'FIVE_YEAR')) null, "min_spread_bps" smallint null, "max_spread_bps" smallint null, "collateral_kinds" text[] not null default '{}', "collateral_note" text null, "elig_chains" text[] not null default '{}', "elig_size_classes" text[] not null default '{}', "elig_required_qualifications" text[] not null default '{}', "elig_min_years_operating" smallint null, "elig_min_annual_revenue" numeric(18,2) null, "elig_min_tax_grade" text check ("elig_min_tax_grade" in ('A', 'B', 'M', 'C', 'D')) null, "elig_ip_required" boolean not null default false, "loan_to_value" numeric(9,6) null, "promised_response_days" smallint not null default 15, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')) not null default 'DRAFT', "valid_from" date null, "valid_until" date null, "published_at" timestamptz null, "withdrawn_at" timestamptz null, "withdrawal_reason" text null, "source_note" text null, constraint "loan_product_pkey" primary key ("id"));`);
    this.addSql(`create index "loan_product_bank_id_index" on "loan_product" ("bank_id");`);
    this.addSql(`create index "loan_product_branch_id_index" on "loan_product" ("branch_id");`);
    this.addSql(`create index "loan_product_status_category_index" on "loan_product" ("status", "category");`);
    this.addSql(`create table "loan_product_contact" ("product_id" uuid not null, "officer_id" uuid not null, "position" smallint not null, constraint "loan_product_contact_pkey" primary key ("product_id", "officer_id"));`);
    this.addSql(`alter table "bank_branch" add constraint "bank_branch_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "bank_officer" add constraint "bank_officer_branch_id_foreign" foreign key ("branch_id") references "bank_branch" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "firm_qualification" add constraint "firm_qualification_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ip_asset" add constraint "ip_asset_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_bank_id_foreign" foreign key ("bank_id") references "bank" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_branch_id_foreign" foreign key ("branch_id") references "bank_branch" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "loan_product_contact" add constraint "loan_product_contact_product_id_foreign" foreign key ("product_id") references "loan_product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "loan_product_contact" add constraint "loan_product_contact_officer_id_foreign" foreign key ("officer_id") references "bank_officer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "firm" add constraint "firm_credit_code_length" check (char_length("credit_code") = 18);`);
    this.addSql(`alter table "firm" add constraint "firm_money_non_negative" check ("annual_revenue" >= 0 and "rd_spend" >= 0 and "employees" >= 0);`);
    this.addSql(`alter table "firm" add constraint "firm_kv_score_range" check ("knowledge_value_score" is null or "knowledge_value_score" between 0 and 100);`);
    this.addSql(`alter table "firm_qualification" add constraint "firm_qualification_dates_ordered" check ("valid_from" <= "valid_until");`);
    this.addSql(`alter table "ip_asset" add constraint "ip_asset_appraised_value_positive" check ("appraised_value" is null or "appraised_value" > 0);`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_amounts" check ("min_amount" > 0 and "min_amount" <= "max_amount");`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_terms" check ("min_term_months" >= 1 and "min_term_months" <= "max_term_months" and "max_term_months" <= 360);`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_rates" check ("min_rate" is null or ("min_rate" >= 0 and "min_rate" <= "max_rate" and "max_rate" <= 1));`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_spreads" check ("min_spread_bps" is null or "min_spread_bps" <= "max_spread_bps");`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_ltv" check ("loan_to_value" is null or ("loan_to_value" > 0 and "loan_to_value" <= 1));`);
    this.addSql(`alter table "loan_product" add constraint "loan_product_validity" check ("valid_from" is null or "valid_until" is null or "valid_from" <= "valid_until");`);
    this.addSql(`create index "loan_product_contact_officer_id_index" on "loan_product_contact" ("officer_id");`);
    this.addSql(`create index "loan_product_created_at_id_index" on "loan_product" ("created_at", "id");`);
    this.addSql(`create index "firm_created_at_id_index" on "firm" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loan_product_contact" cascade;`);
    this.addSql(`drop table if exists "loan_product" cascade;`);
    this.addSql(`drop table if exists "ip_asset" cascade;`);
    this.addSql(`drop table if exists "firm_qualification" cascade;`);
    this.addSql(`drop table if exists "firm" cascade;`);
    this.addSql(`drop table if exists "bank_officer" cascade;`);
    this.addSql(`drop table if exists "bank_branch" cascade;`);
    this.addSql(`drop table if exists "bank" cascade;`);
  }
}
