import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('allocation')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('institution_name', 'text', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull().check(sql`scheme in ('SALARISMIX', 'CARRIEREPERSPECTIEF')`))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addUniqueConstraint('allocation_unique', ['institution_id', 'scheme', 'year'])
    .execute();
  await db.schema
    .createTable('scheme_total')
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('stated_total_cents', 'bigint', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scheme_total_pk', ['scheme', 'year'])
    .execute();
}
