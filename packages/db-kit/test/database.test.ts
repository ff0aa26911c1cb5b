import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database.ts';
import { MigrationError, type Migrations, migrateToLatest } from '../src/migrate.ts';
import { createTestDatabase, testEngines } from '../src/testing.ts';

interface DB {
  counter: { id: string; value: number };
}

const migrations: Migrations = {
  '0001_counter': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('counter')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
    },
  },
};

describe.each(testEngines())('db-kit on %s', (engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase<DB>>>;

  beforeAll(async () => {
    database = await createTestDatabase<DB>('dbkit', migrations, engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('runs migrations once and is idempotent on a second run', async () => {
    expect(await migrateToLatest(database.db, migrations)).toEqual([]);
    await database.db.insertInto('counter').values({ id: 'a', value: 1 }).execute();
    const row = await database.db.selectFrom('counter').selectAll().where('id', '=', 'a').executeTakeFirstOrThrow();
    expect(row.value).toBe(1);
  });

  it('rolls a failed transaction back entirely', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx.insertInto('counter').values({ id: 'b', value: 2 }).execute();
        await trx.insertInto('counter').values({ id: 'b', value: 3 }).execute();
      }),
    ).rejects.toThrow();
    const rows = await database.db.selectFrom('counter').selectAll().where('id', '=', 'b').execute();
    expect(rows).toEqual([]);
  });

  it('keeps concurrent transactions apart', async () => {
    await database.db.insertInto('counter').values({ id: 'c', value: 0 }).execute();
    await Promise.all(
      Array.from({ length: 10 }, () =>
        database.db.transaction().execute(async (trx) => {
          const { value } = await trx
            .selectFrom('counter')
            .select('value')
            .where('id', '=', 'c')
            .forUpdate()
            .executeTakeFirstOrThrow();
          await trx
            .updateTable('counter')
            .set({ value: value + 1 })
            .where('id', '=', 'c')
            .execute();
        }),
      ),
    );
    const { value } = await database.db
      .selectFrom('counter')
      .select('value')
      .where('id', '=', 'c')
      .executeTakeFirstOrThrow();
    expect(value).toBe(10);
  });

  it('names the migration that failed', async () => {
    const broken: Migrations = {
      ...migrations,
      '0002_broken': {
        async up(db: Kysely<unknown>) {
          await sql`select * from no_such_table`.execute(db);
        },
      },
    };
    await expect(migrateToLatest(database.db, broken)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(database.db, broken)).rejects.toThrow(/0002_broken/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('several schemas on one PostgreSQL server', () => {
  it('migrates each schema on its own, also when others are migrated at the same time', async () => {
    const first = await createTestDatabase<DB>('dbkit-a', migrations, 'postgres');
    try {
      const others = await Promise.all(
        ['dbkit-b', 'dbkit-c', 'dbkit-d'].map((name) => createTestDatabase<DB>(name, migrations, 'postgres')),
      );
      for (const other of others) {
        await other.db.insertInto('counter').values({ id: 'x', value: 1 }).execute();
        await other.close();
      }
      expect(await migrateToLatest(first.db, migrations)).toEqual([]);
    } finally {
      await first.close();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('a runaway statement on PostgreSQL', () => {
  it('is cancelled after the statement timeout (SQLSTATE 57014) and the connection stays usable', async () => {
    const database = await openDatabase<DB>({
      service: 'dbkit-timeout',
      databaseUrl: process.env.TEST_DATABASE_URL,
      statementTimeoutMs: 300,
    });
    try {
      const started = performance.now();
      await expect(sql`select pg_sleep(5)`.execute(database.db)).rejects.toMatchObject({ code: '57014' });
      expect(performance.now() - started).toBeLessThan(3000);
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await sql`drop schema if exists dbkit_timeout cascade`.execute(database.db);
      await database.close();
    }
  });
});
