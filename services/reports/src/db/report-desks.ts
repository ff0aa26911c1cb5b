import type { Kysely } from 'kysely';
import type { ReportsDatabase } from './types.ts';

export async function findReportDesks(db: Kysely<ReportsDatabase>, institutionIds: readonly string[]) {
  if (institutionIds.length === 0) return [];
  return db.selectFrom('report_desk').selectAll().where('institution_id', 'in', institutionIds).execute();
}

export interface DeskDetails {
  description: string | null;
  contactUrl: string | null;
  email: string | null;
  phone: string | null;
  handlers: string;
  availability: string;
  alternatives: string | null;
}

/** Creates or replaces an institution's desk. */
export async function saveReportDesk(
  db: Kysely<ReportsDatabase>,
  institutionId: string,
  desk: DeskDetails,
  by: string,
): Promise<void> {
  const values = {
    description: desk.description,
    contact_url: desk.contactUrl,
    email: desk.email,
    phone: desk.phone,
    handlers: desk.handlers,
    availability: desk.availability,
    alternatives: desk.alternatives,
    updated_at: new Date(),
    updated_by: by,
  };
  await db
    .insertInto('report_desk')
    .values({ institution_id: institutionId, ...values })
    .onConflict((oc) => oc.column('institution_id').doUpdateSet(values))
    .execute();
}

/** Every institution id that has registered a desk. */
export async function institutionsWithDesk(db: Kysely<ReportsDatabase>): Promise<Set<string>> {
  const rows = await db.selectFrom('report_desk').select('institution_id').execute();
  return new Set(rows.map((r) => r.institution_id));
}
