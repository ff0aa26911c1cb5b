import { randomUUID } from 'node:crypto';
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
    await migrateToLatest(database.db, migrations);
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
  const database = await openDatabase<DB>({ service, dataDir: 'memory://' });
  await migrateToLatest(database.db, migrations);
  return database;
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
