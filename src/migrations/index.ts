import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125170000_catalogue } from './Migration20261125170000_catalogue';
import { Migration20261125180000_pools_and_loans } from './Migration20261125180000_pools_and_loans';
import { Migration20261125190000_matching } from './Migration20261125190000_matching';
import { Migration20261125191000_engagement } from './Migration20261125191000_engagement';
import { Migration20261125192000_access } from './Migration20261125192000_access';
import { Migration20261125193000_password_changed } from './Migration20261125193000_password_changed';
import { Migration20261201200000_token_version } from './Migration20261201200000_token_version';
import { Migration20261210120000_app_secret } from './Migration20261210120000_app_secret';
import { Migration20261211120000_ledger_sign_check } from './Migration20261211120000_ledger_sign_check';

/** The committed migrations, in order. A new migration file is also listed here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261125170000_catalogue', class: Migration20261125170000_catalogue },
  { name: 'Migration20261125180000_pools_and_loans', class: Migration20261125180000_pools_and_loans },
  { name: 'Migration20261125190000_matching', class: Migration20261125190000_matching },
  { name: 'Migration20261125191000_engagement', class: Migration20261125191000_engagement },
  { name: 'Migration20261125192000_access', class: Migration20261125192000_access },
  { name: 'Migration20261125193000_password_changed', class: Migration20261125193000_password_changed },
  { name: 'Migration20261201200000_token_version', class: Migration20261201200000_token_version },
  { name: 'Migration20261210120000_app_secret', class: Migration20261210120000_app_secret },
  { name: 'Migration20261211120000_ledger_sign_check', class: Migration20261211120000_ledger_sign_check },
];
