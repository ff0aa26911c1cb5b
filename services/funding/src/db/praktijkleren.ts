import { type Kysely, sql, type Transaction } from 'kysely';
import type { FundingDatabase, PraktijklerenCategory } from './types.ts';

type Db = Kysely<FundingDatabase> | Transaction<FundingDatabase>;

export interface CeilingRow {
  year: number;
  category: PraktijklerenCategory;
  ceiling_cents: string;
  forecast_places: number;
  forecast_source: string;
  other_applications: number;
  maximum_per_place_cents: string;
  closed: boolean;
  /** This platform's applications plus those that reached the ministry otherwise. */
  applications: number;
}

/** Every year's ceilings with the year's maximum and the number of applications so far. */
export function findCeilings(db: Db, years?: readonly number[]): Promise<CeilingRow[]> {
  let query = db
    .selectFrom('praktijkleren_ceiling as c')
    .innerJoin('praktijkleren_year as y', 'y.year', 'c.year')
    .select([
      'c.year',
      'c.category',
      'c.ceiling_cents',
      'c.forecast_places',
      'c.forecast_source',
      'c.other_applications',
      'y.maximum_per_place_cents',
    ])
    .select(sql<boolean>`y.closed_at is not null`.as('closed'))
    .select((eb) =>
      eb
        .selectFrom('praktijkleren_application as a')
        .select(sql<number>`count(*)::int + c.other_applications`.as('n'))
        .whereRef('a.year', '=', 'c.year')
        .whereRef('a.category', '=', 'c.category')
        .as('applications'),
    );
  if (years) {
    if (years.length === 0) return Promise.resolve([]);
    query = query.where('c.year', 'in', years);
  }
  return query
    .orderBy('c.year')
    .orderBy('c.category')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, applications: Number(r.applications ?? 0) })));
}

export function findYear(db: Db, year: number) {
  return db.selectFrom('praktijkleren_year').selectAll().where('year', '=', year).executeTakeFirst();
}

export function lockCeilings(trx: Transaction<FundingDatabase>, category: PraktijklerenCategory) {
  return trx
    .selectFrom('praktijkleren_ceiling')
    .selectAll()
    .where('category', '=', category)
    .orderBy('year')
    .forUpdate()
    .execute();
}

export async function setCeiling(
  trx: Transaction<FundingDatabase>,
  change: {
    year: number;
    category: PraktijklerenCategory;
    ceilingCents: bigint;
    by: string;
    kind: 'CEILING' | 'KASSCHUIF';
    fromYear: number | null;
    amountCents: bigint;
    previousCents: bigint;
    reason: string;
  },
): Promise<void> {
  await trx
    .updateTable('praktijkleren_ceiling')
    .set({ ceiling_cents: change.ceilingCents })
    .where('year', '=', change.year)
    .where('category', '=', change.category)
    .execute();
  await trx
    .insertInto('praktijkleren_budget_change')
    .values({
      by: change.by,
      kind: change.kind,
      category: change.category,
      from_year: change.fromYear,
      to_year: change.year,
      amount_cents: change.amountCents,
      previous_cents: change.previousCents,
      reason: change.reason,
    })
    .execute();
}

export function findBudgetChanges(db: Db) {
  return db.selectFrom('praktijkleren_budget_change').selectAll().orderBy('id', 'desc').limit(50).execute();
}

export function findApplications(db: Db, filter: { companyIds?: readonly string[]; ids?: readonly string[] }) {
  let query = db.selectFrom('praktijkleren_application').selectAll();
  if (filter.companyIds) {
    if (filter.companyIds.length === 0) return Promise.resolve([]);
    query = query.where('company_id', 'in', filter.companyIds);
  }
  if (filter.ids) {
    if (filter.ids.length === 0) return Promise.resolve([]);
    query = query.where('id', 'in', filter.ids);
  }
  return query.orderBy('year', 'desc').orderBy('created_at').orderBy('id').execute();
}

export function findApplicationByPlacement(db: Db, year: number, placementId: string) {
  return db
    .selectFrom('praktijkleren_application')
    .selectAll()
    .where('year', '=', year)
    .where('placement_id', '=', placementId)
    .executeTakeFirst();
}

export async function insertApplication(
  trx: Transaction<FundingDatabase>,
  row: {
    id: string;
    year: number;
    category: PraktijklerenCategory;
    company_id: string;
    placement_id: string;
    crebo: string;
    place_title: string;
    created_by: string;
  },
) {
  await trx.insertInto('praktijkleren_application').values(row).execute();
}

/** Closes a year: every application gets the final amount per place of its category. */
export async function closeYear(
  trx: Transaction<FundingDatabase>,
  year: number,
  by: string,
  amounts: readonly { category: PraktijklerenCategory; perPlaceCents: bigint }[],
) {
  for (const { category, perPlaceCents } of amounts) {
    await trx
      .updateTable('praktijkleren_application')
      .set({ final_amount_cents: perPlaceCents })
      .where('year', '=', year)
      .where('category', '=', category)
      .execute();
  }
  await trx
    .updateTable('praktijkleren_year')
    .set({ closed_at: new Date().toISOString(), closed_by: by })
    .where('year', '=', year)
    .execute();
}
