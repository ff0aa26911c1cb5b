import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Generated, type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_TEMPLATES_ENV } from '../src/testing.ts';

interface DB {
  item: { id: Generated<number>; name: string };
}
const createItem = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('item')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
};
const addColour = async (db: Kysely<unknown>) => {
  await sql`alter table item add column colour text`.execute(db);
};

describe('copies of a migrated test database within one run', () => {
  const before = process.env[TEST_TEMPLATES_ENV];
  const folder = mkdtempSync(join(tmpdir(), 'templates-test-'));
  beforeAll(() => {
    process.env[TEST_TEMPLATES_ENV] = folder;
  });
  afterAll(() => {
    if (before === undefined) delete process.env[TEST_TEMPLATES_ENV];
    else process.env[TEST_TEMPLATES_ENV] = before;
    rmSync(folder, { recursive: true, force: true });
  });

  it('the first database leaves a copy; the next starts from it, migrated and empty, and apart from the first', async () => {
    const first = await createTestDatabase<DB>('copies', { '001': { up: createItem } });
    const copies = readdirSync(folder).filter((name) => name.endsWith('.tar'));
    expect(copies).toHaveLength(1);
    await first.db.insertInto('item').values({ name: 'alleen in de eerste' }).execute();

    const second = await createTestDatabase<DB>('copies', { '001': { up: createItem } });
    expect(await second.db.selectFrom('item').selectAll().execute()).toEqual([]);
    await second.db.insertInto('item').values({ name: 'tweede' }).execute();
    expect((await first.db.selectFrom('item').select('name').execute()).map((r) => r.name)).toEqual([
      'alleen in de eerste',
    ]);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tar'))).toEqual(copies);
    await Promise.all([first.close(), second.close()]);
  });

  it('other migrations get a copy of their own', async () => {
    const other = await createTestDatabase<DB>('copies', { '001': { up: createItem }, '002': { up: addColour } });
    const { rows } = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'item' order by column_name`.execute(
      other.db,
    );
    expect(rows.map((r) => r.column_name)).toEqual(['colour', 'id', 'name']);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tar'))).toHaveLength(2);
    await other.close();
  });
});
