import { type Kysely, sql } from 'kysely';

/** A physical student card per student, issued by the institution (seeds/001_…txt 1122–1123). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('student_card')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().unique())
    .addColumn('institution_id', 'text', (c) => c.notNull())
    .addColumn('card_number', 'text', (c) => c.notNull().check(sql`card_number ~ '^[A-Z0-9-]{4,32}$'`))
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('student_card_number_unique', ['institution_id', 'card_number'])
    .execute();
}
