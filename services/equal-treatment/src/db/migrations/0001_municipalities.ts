import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[0-9]{4}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('intro_week')
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('OPEN', 'SEPARATE_PROGRAMME', 'IN_TALKS', 'NOT_YET')`),
    )
    .addColumn('note', 'text')
    .addUniqueConstraint('intro_week_unique', ['municipality_code', 'year'])
    .execute();
}
