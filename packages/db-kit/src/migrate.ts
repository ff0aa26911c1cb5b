import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

/** Migrations are plain modules in the service, listed in order by name. */
export type Migrations = Record<string, Migration>;

class InlineMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Migrations) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the database up to the newest migration; throws with the failing migration's name. */
export async function migrateToLatest<DB>(db: Kysely<DB>, migrations: Migrations): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in any schema unless told which: name ours, so services
  // (or test schemas) sharing one PostgreSQL server never see each other's migration tables.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: new InlineMigrationProvider(migrations),
    migrationTableSchema: rows[0]?.schema ?? 'public',
    // Migrations from parallel work may land out of name order; each still runs exactly once.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? 'onbekend');
    throw new MigrationError(`Migratie ${failed?.migrationName ?? '?'} is mislukt: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
