export { type Database, type Engine, type OpenDatabaseOptions, openDatabase, schemaName } from './database.ts';
export {
  IDEMPOTENCY_KEY_PATTERN,
  idempotencyMigration,
  type JsonValue,
  runIdempotent,
} from './idempotency.ts';
export { MigrationError, type Migrations, migrateToLatest } from './migrate.ts';
export { PGliteDialect } from './pglite-driver.ts';
