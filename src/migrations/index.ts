import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125170000_catalogue } from './Migration20261125170000_catalogue';

/** The committed migrations, in order. A new migration file is also listed here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261125170000_catalogue', class: Migration20261125170000_catalogue },
];
