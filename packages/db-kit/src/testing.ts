import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from './database.ts';
import { type Migrations, migrateToLatest } from './migrate.ts';

/**
 * The engines a data-access test runs on: always PGlite, and PostgreSQL too when
 * TEST_DATABASE_URL points at a server (CI sets it when one is reachable).
 */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Migrates a test schema on a PostgreSQL server that other test processes share. Kysely's migrator reads the
 * catalog of every schema to find its own table; when another test drops its throw-away schema at that moment,
 * PostgreSQL answers `schema "test_…" does not exist` about that other schema. That is a race between tests, not
 * a failed migration: try again (the migrations are transactional, so nothing was half applied).
 */
async function migrateBesideOtherTests<DB>(db: Kysely<DB>, migrations: Migrations, own: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db, migrations);
      return;
    } catch (error) {
      const other = /schema "(test_[^"]+)" does not exist/.exec(error instanceof Error ? error.message : '')?.[1];
      if (!other || other === own || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** A fresh, migrated database for one test file; on PostgreSQL a throw-away schema. */
export async function createTestDatabase<DB>(
  service: string,
  migrations: Migrations,
  engine: Engine = 'pglite',
): Promise<Database<DB>> {
  if (engine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is niet gezet; PostgreSQL-tests kunnen niet draaien.');
    const schema = `test_${service.replace(/\W+/g, '_')}_${randomUUID().slice(0, 8)}`;
    const database = await openDatabase<DB>({ service, databaseUrl: url, schema });
    await migrateBesideOtherTests(database.db, migrations, schema);
    return {
      ...database,
      close: async () => {
        await database.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      },
    };
  }
  return migratedPglite<DB>(service, migrations);
}

/**
 * Set by the shared vitest config's global setup (`@stelsel/vitest-config`): a folder that lives for one
 * test run, where the first test file that migrates a service's database leaves a copy of it.
 */
export const TEST_TEMPLATES_ENV = 'STELSEL_TEST_TEMPLATES';

/**
 * A fresh, migrated PGlite database. Creating and migrating one takes seconds; within one test run every
 * later file of the same service starts from the copy the first one left (a `dumpDataDir` tarball, keyed
 * by the migrations' names and code), which takes about a third of that. The copy lives only as long as
 * the run, so it is never older than the code under test.
 */
async function migratedPglite<DB>(service: string, migrations: Migrations): Promise<Database<DB>> {
  const folder = process.env[TEST_TEMPLATES_ENV];
  // `off`: every file creates and migrates its own (to measure what the copies save).
  const file =
    folder && folder !== 'off'
      ? join(folder, `${service.replace(/\W+/g, '_')}-${migrationsKey(migrations)}.tar`)
      : null;
  if (file && existsSync(file)) {
    return openDatabase<DB>({ service, dataDir: 'memory://', loadDataDir: new Blob([readFileSync(file)]) });
  }
  const database = await openDatabase<DB>({ service, dataDir: 'memory://' });
  await migrateToLatest(database.db, migrations);
  if (file && database.dump) {
    // Written under another name first: a file running beside this one reads a whole copy or none.
    const partial = `${file}.${randomUUID()}.part`;
    writeFileSync(partial, Buffer.from(await (await database.dump()).arrayBuffer()));
    renameSync(partial, file);
  }
  return database;
}

function migrationsKey(migrations: Migrations): string {
  const hash = createHash('sha256');
  for (const [name, migration] of Object.entries(migrations).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${name}\0${String(migration.up)}\0${String(migration.down ?? '')}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The same database, counting every statement it runs: the guard against N+1 queries.
 * `const counted = countQueries(db); … expect(counted.count()).toBe(1)`.
 */
export function countQueries<DB>(db: Kysely<DB>): { db: Kysely<DB>; count: () => number; reset: () => void } {
  let queries = 0;
  const counted = db.withPlugin({
    transformQuery: (args) => {
      queries += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  return {
    db: counted,
    count: () => queries,
    reset: () => {
      queries = 0;
    },
  };
}
