import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/testing.ts';
import { compareWithTypes, shapeOfTypes } from '../src/types-guard.ts';

const typesFile = fileURLToPath(new URL('./fixtures/guard-types.ts', import.meta.url));

const createNote = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('note')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
};

describe('the Kysely types guard', () => {
  it('reads tables, columns and nullability from the types, through Generated and ColumnType', () => {
    expect(shapeOfTypes(typesFile, 'GuardDatabase')).toEqual({
      note: { id: false, title: false, body: true, created_at: false },
    });
  });

  it('finds nothing when the migrations and the types agree', async () => {
    const database = await createTestDatabase('guard', { '001': { up: createNote } });
    try {
      expect(await compareWithTypes(database.db, typesFile, 'GuardDatabase')).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('fails when a migration adds a column that types.ts lacks, or changes nullability', async () => {
    const database = await createTestDatabase('guard', {
      '001': { up: createNote },
      '002': {
        up: async (db: Kysely<unknown>) => {
          await db.schema.alterTable('note').addColumn('archived_at', 'timestamptz').execute();
          await db.schema
            .alterTable('note')
            .alterColumn('body', (c) => c.setNotNull())
            .execute();
          await db.schema.createTable('tag').addColumn('name', 'text').execute();
        },
      },
    });
    try {
      expect(await compareWithTypes(database.db, typesFile, 'GuardDatabase')).toEqual([
        'kolom note.body is in de database not null, in types.ts nullable',
        'kolom note.archived_at staat in de migraties maar niet in types.ts',
        'tabel tag staat in de migraties maar niet in types.ts',
      ]);
    } finally {
      await database.close();
    }
  });
});
