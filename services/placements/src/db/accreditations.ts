import { type Kysely, sql, type Transaction } from 'kysely';
import type { AccreditationStatus, PlacementsDatabase } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

function selectAccreditations(db: Db) {
  return db
    .selectFrom('accreditation')
    .innerJoin('qualification', 'qualification.crebo', 'accreditation.qualification_crebo')
    .select([
      'accreditation.id',
      'accreditation.company_id',
      'accreditation.status',
      'qualification.crebo as qualification_crebo',
      'qualification.name as qualification_name',
      'qualification.level as qualification_level',
    ])
    .select(sql<string>`to_char(accreditation.since, 'YYYY-MM-DD')`.as('since'));
}

export type AccreditationRecord = Awaited<ReturnType<ReturnType<typeof selectAccreditations>['execute']>>[number];

/** Accreditations of many companies in one query. */
export function findAccreditationsByCompanies(db: Db, companyIds: readonly string[]): Promise<AccreditationRecord[]> {
  if (companyIds.length === 0) return Promise.resolve([]);
  return selectAccreditations(db)
    .where('accreditation.company_id', 'in', companyIds)
    .orderBy('accreditation.company_id')
    .orderBy('qualification.crebo')
    .execute();
}

/** Active accreditations granted before `sinceBefore` (JJJJ-MM-DD), oldest first: candidates for reassessment. */
export function findActiveAccreditationsSince(db: Db, sinceBefore: string): Promise<AccreditationRecord[]> {
  return selectAccreditations(db)
    .where('accreditation.status', '=', 'ACTIVE')
    .where('accreditation.since', '<', sql<Date>`${sinceBefore}::date`)
    .orderBy('accreditation.since')
    .orderBy('accreditation.id')
    .execute();
}

export function findAccreditationById(db: Db, id: number): Promise<AccreditationRecord | undefined> {
  return selectAccreditations(db).where('accreditation.id', '=', id).executeTakeFirst();
}

/** The accreditation row, locked until the transaction ends, so two status changes run one after the other. */
export function lockAccreditation(trx: Transaction<PlacementsDatabase>, id: number) {
  return trx
    .selectFrom('accreditation')
    .select(['id', 'company_id', 'qualification_crebo', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setAccreditationStatus(
  trx: Transaction<PlacementsDatabase>,
  id: number,
  status: AccreditationStatus,
): Promise<void> {
  await trx.updateTable('accreditation').set({ status }).where('id', '=', id).execute();
}

/** A replaced or equivalent crebo counts both ways — DOMAIN.md §1. Answers, per crebo asked, its equivalents. */
export async function findEquivalentCrebos(db: Db, crebos: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(crebos.map((crebo) => [crebo, []]));
  if (crebos.length === 0) return result;
  const rows = await db
    .selectFrom('qualification_equivalent')
    .select(['crebo', 'equivalent_crebo'])
    .where((eb) => eb.or([eb('crebo', 'in', crebos), eb('equivalent_crebo', 'in', crebos)]))
    .execute();
  for (const row of rows) {
    result.get(row.crebo)?.push(row.equivalent_crebo);
    result.get(row.equivalent_crebo)?.push(row.crebo);
  }
  for (const list of result.values()) list.sort();
  return result;
}

/** The crebo with its equivalents, the set an accreditation or a filter applies to. */
export async function creboFamily(db: Db, crebo: string): Promise<string[]> {
  return [crebo, ...((await findEquivalentCrebos(db, [crebo])).get(crebo) ?? [])];
}

/** Qualifications (crebo, name, level) equivalent to each crebo asked, in one query. */
export async function findEquivalentQualifications(db: Db, crebos: readonly string[]) {
  const equivalents = await findEquivalentCrebos(db, crebos);
  const all = [...new Set([...equivalents.values()].flat())];
  const rows =
    all.length === 0
      ? []
      : await db.selectFrom('qualification').select(['crebo', 'name', 'level']).where('crebo', 'in', all).execute();
  const byCrebo = new Map(rows.map((row) => [row.crebo, row]));
  return new Map(
    [...equivalents].map(([crebo, list]) => [
      crebo,
      list.flatMap((c) => {
        const qualification = byCrebo.get(c);
        return qualification ? [qualification] : [];
      }),
    ]),
  );
}

/** Whether the company holds an active accreditation for the crebo or one of its equivalents. */
export async function hasActiveAccreditation(db: Db, companyId: string, crebo: string): Promise<boolean> {
  const family = await creboFamily(db, crebo);
  const row = await db
    .selectFrom('accreditation')
    .select('id')
    .where('company_id', '=', companyId)
    .where('qualification_crebo', 'in', family)
    .where('status', '=', 'ACTIVE')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAccreditationEvent(
  trx: Transaction<PlacementsDatabase>,
  event: { accreditationId: number; status: AccreditationStatus; by: string; reason: string },
): Promise<number> {
  const row = await trx
    .insertInto('accreditation_event')
    .values({
      accreditation_id: event.accreditationId,
      status: event.status,
      changed_by: event.by,
      reason: event.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function selectEvents(db: Db) {
  return db
    .selectFrom('accreditation_event')
    .select(['id', 'accreditation_id', 'status', 'changed_by', 'reason'])
    .select(sql<string>`to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('changed_at'));
}

export type AccreditationEventRecord = Awaited<ReturnType<ReturnType<typeof selectEvents>['execute']>>[number];

/** History of many accreditations in one query, oldest first. */
export function findEventsByAccreditations(
  db: Db,
  accreditationIds: readonly number[],
): Promise<AccreditationEventRecord[]> {
  if (accreditationIds.length === 0) return Promise.resolve([]);
  return selectEvents(db)
    .where('accreditation_id', 'in', accreditationIds)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/**
 * The crebos (the accreditation's own and its equivalents) that no other active accreditation of
 * the company still covers: only places under those lose their ground.
 */
export async function uncoveredCrebos(trx: Db, companyId: string, crebo: string): Promise<string[]> {
  const family = [crebo, ...((await findEquivalentCrebos(trx, [crebo])).get(crebo) ?? [])];
  const familyEquivalents = await findEquivalentCrebos(trx, family);
  const active = await trx
    .selectFrom('accreditation')
    .select('qualification_crebo')
    .where('company_id', '=', companyId)
    .where('status', '=', 'ACTIVE')
    .execute();
  const activeCrebos = new Set(active.map((row) => row.qualification_crebo));
  return family.filter(
    (c) => !activeCrebos.has(c) && !(familyEquivalents.get(c) ?? []).some((e) => activeCrebos.has(e)),
  );
}
