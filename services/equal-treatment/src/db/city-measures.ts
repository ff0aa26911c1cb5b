import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { EqualTreatmentDatabase, IntroWeekContributionTable, IntroWeekTable, StudentSportTable } from './types.ts';

type Db = Kysely<EqualTreatmentDatabase> | Transaction<EqualTreatmentDatabase>;

export type IntroWeekRow = Selectable<IntroWeekTable>;
export type ContributionRow = Selectable<IntroWeekContributionTable>;
/** Student sport as read: `open_from` as JJJJ-MM-DD text (a calendar day, no time zone). */
export type StudentSportRow = Omit<Selectable<StudentSportTable>, 'open_from'> & { open_from: string | null };

function selectSport(db: Db) {
  return db
    .selectFrom('student_sport')
    .select([
      'municipality_code',
      'year',
      'access',
      'facilities',
      'conditions',
      'note',
      'source',
      'recorded_by',
      'recorded_at',
    ])
    .select(sql<string | null>`to_char(open_from, 'YYYY-MM-DD')`.as('open_from'));
}

/** Every city's intro week in one or more years (the national view: this year against last year). */
export function findIntroWeeksOfYears(db: Db, years: readonly number[]) {
  if (years.length === 0) return Promise.resolve([] as IntroWeekRow[]);
  return db.selectFrom('intro_week').selectAll().where('year', 'in', years).execute();
}

/** A city's intro week in a year, locked for the change that follows. */
export function lockIntroWeek(db: Db, code: string, year: number) {
  return db
    .selectFrom('intro_week')
    .selectAll()
    .where('municipality_code', '=', code)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
}

export interface IntroWeekWrite {
  municipality_code: string;
  year: number;
  status: IntroWeekTable['status'];
  organiser: string | null;
  participants: number | null;
  note: string | null;
  recorded_by: string;
}

/** Records a city's intro week for a year: one row per city and year, so other years stay as they were. */
export function upsertIntroWeek(db: Db, row: IntroWeekWrite) {
  const now = new Date().toISOString();
  return db
    .insertInto('intro_week')
    .values({ ...row, source: null, recorded_at: now })
    .onConflict((oc) =>
      oc.columns(['municipality_code', 'year']).doUpdateSet({
        status: row.status,
        organiser: row.organiser,
        participants: row.participants,
        note: row.note,
        source: null,
        recorded_by: row.recorded_by,
        recorded_at: now,
      }),
    )
    .execute();
}

/** Contributions to the intro weeks of these cities in these years, largest first. */
export function findContributions(db: Db, keys: readonly { code: string; year: number }[]) {
  if (keys.length === 0) return Promise.resolve([] as ContributionRow[]);
  return db
    .selectFrom('intro_week_contribution')
    .selectAll()
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('municipality_code', '=', k.code), eb('year', '=', k.year)]))))
    .orderBy('amount_cents', 'desc')
    .orderBy('institution_id')
    .execute();
}

/** An institution's own contributions, newest year first. */
export function findContributionsOfInstitution(db: Db, institutionId: string) {
  return db
    .selectFrom('intro_week_contribution')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('year', 'desc')
    .orderBy('municipality_code')
    .execute();
}

export function upsertContribution(
  db: Db,
  row: { municipality_code: string; year: number; institution_id: string; amount_cents: bigint; recorded_by: string },
) {
  const now = new Date().toISOString();
  return db
    .insertInto('intro_week_contribution')
    .values({ ...row, recorded_at: now })
    .onConflict((oc) =>
      oc
        .columns(['municipality_code', 'year', 'institution_id'])
        .doUpdateSet({ amount_cents: row.amount_cents, recorded_by: row.recorded_by, recorded_at: now }),
    )
    .execute();
}

export async function deleteContribution(db: Db, key: { code: string; year: number; institutionId: string }) {
  const result = await db
    .deleteFrom('intro_week_contribution')
    .where('municipality_code', '=', key.code)
    .where('year', '=', key.year)
    .where('institution_id', '=', key.institutionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Student sport in these cities in one year (loader: one query per year asked). */
export function findStudentSport(db: Db, year: number, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([] as StudentSportRow[]);
  return selectSport(db).where('year', '=', year).where('municipality_code', 'in', codes).execute();
}

export function findStudentSportOfYears(db: Db, years: readonly number[]) {
  if (years.length === 0) return Promise.resolve([] as StudentSportRow[]);
  return selectSport(db).where('year', 'in', years).execute();
}

export function lockStudentSport(db: Db, code: string, year: number) {
  return selectSport(db).where('municipality_code', '=', code).where('year', '=', year).forUpdate().executeTakeFirst();
}

export interface StudentSportWrite {
  municipality_code: string;
  year: number;
  access: StudentSportTable['access'];
  facilities: string[];
  conditions: string | null;
  open_from: string | null;
  note: string | null;
  recorded_by: string;
}

export function upsertStudentSport(db: Db, row: StudentSportWrite) {
  const now = new Date().toISOString();
  const values = { ...row, facilities: JSON.stringify(row.facilities), source: null, recorded_at: now };
  const { municipality_code: _code, year: _year, ...changes } = values;
  return db
    .insertInto('student_sport')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_code', 'year']).doUpdateSet(changes))
    .execute();
}
