import 'reflect-metadata';
import { loadConfig } from './src/config';
import { ormOptions } from './src/db/orm';

/**
 * For the ORM's own command line (`npx mikro-orm migration:create`, `migration:check`,
 * `migration:up`, `schema:update --dump`), against DATABASE_URL. A new migration file is also
 * listed in src/migrations/index.ts (the server runs the listed ones; see README).
 */
const config = loadConfig();
if (!config.databaseUrl) throw new Error('set DATABASE_URL for the mikro-orm command line (it does not start the embedded database)');
export default ormOptions(config.databaseUrl);
