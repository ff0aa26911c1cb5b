import { type Kysely, type RawBuilder, sql } from 'kysely';
import { todayInNetherlands } from '../domain/places.ts';
import { SEAT_HOLDING } from '../domain/rounds.ts';
import type { ShortageCount } from '../domain/shortages.ts';
import { UNKNOWN_REGION } from './labour-market-regions.ts';
import type { DeclineReason, Pathway, PlacementsDatabase } from './types.ts';

type Db = Kysely<PlacementsDatabase>;

export interface ShortageFilter {
  /** Null: every region. */
  regionCodes: readonly string[] | null;
  crebo: string | null;
  pathway: Pathway | null;
}

const seatHolding = sql.join(SEAT_HOLDING.map((status) => sql`${status}`));

function where(
  filter: ShortageFilter,
  region: RawBuilder<string>,
  crebo: RawBuilder<string>,
  pathway: RawBuilder<string>,
) {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.regionCodes) {
    conditions.push(
      filter.regionCodes.length === 0
        ? sql`false`
        : sql`${region} in (${sql.join(filter.regionCodes.map((c) => sql`${c}`))})`,
    );
  }
  if (filter.crebo) conditions.push(sql`${crebo} = ${filter.crebo}`);
  if (filter.pathway) conditions.push(sql`${pathway} = ${filter.pathway}`);
  return sql.join(conditions, sql` and `);
}

interface CountRow {
  region_code: string;
  crebo: string;
  pathway: Pathway;
  n: number;
}

const toCounts = (rows: readonly CountRow[]): ShortageCount[] =>
  rows.map((r) => ({ regionCode: r.region_code, crebo: r.crebo, pathway: r.pathway, count: Number(r.n) }));

/** Students needing a place, per region of their institution's seat — see domain/shortages.ts. */
export async function countDemand(db: Db, filter: ShortageFilter): Promise<ShortageCount[]> {
  const region = sql<string>`coalesce(mr.region_code, ${UNKNOWN_REGION.code})`;
  const result = await sql<CountRow>`
    select ${region} as region_code, s.qualification_crebo as crebo, s.pathway, count(*)::int as n
    from student s
    join institution i on i.id = s.institution_id
    left join municipality_region mr on mr.municipality_code = i.municipality_code
    where not exists (select 1 from placement p where p.student_id = s.id and p.status in (${seatHolding}))
      and ${where(filter, region, sql`s.qualification_crebo`, sql`s.pathway`)}
    group by 1, 2, 3`.execute(db);
  return toCounts(result.rows);
}

/** Free seats of open, actively accredited places, per region of the place's municipality — see domain/shortages.ts. */
export async function countSupply(db: Db, filter: ShortageFilter): Promise<ShortageCount[]> {
  const region = sql<string>`coalesce(mr.region_code, ${UNKNOWN_REGION.code})`;
  const result = await sql<CountRow>`
    select ${region} as region_code, pl.qualification_crebo as crebo, pl.pathway,
      sum(greatest(0, pl.capacity - coalesce(t.taken, 0)))::int as n
    from place pl
    left join municipality_region mr on mr.municipality_code = pl.municipality_code
    left join (
      select place_id, count(*)::int as taken from placement where status in (${seatHolding}) group by place_id
    ) t on t.place_id = pl.id
    where pl.status = 'OPEN' and pl.ends_on >= ${todayInNetherlands()}::date
      and exists (
        select 1 from accreditation a
        where a.company_id = pl.company_id and a.status = 'ACTIVE'
          and (a.qualification_crebo = pl.qualification_crebo or exists (
            select 1 from qualification_equivalent e
            where (e.crebo = a.qualification_crebo and e.equivalent_crebo = pl.qualification_crebo)
               or (e.equivalent_crebo = a.qualification_crebo and e.crebo = pl.qualification_crebo))))
      and ${where(filter, region, sql`pl.qualification_crebo`, sql`pl.pathway`)}
    group by 1, 2, 3`.execute(db);
  return toCounts(result.rows);
}

export function findRegions(db: Db) {
  return db.selectFrom('labour_market_region').select(['code', 'name']).orderBy('name').execute();
}

/** The region(s) of a municipality; empty when it is not mapped. */
export async function regionsOfMunicipality(db: Db, municipalityCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('municipality_region')
    .select('region_code')
    .where('municipality_code', '=', municipalityCode)
    .execute();
  return rows.map((r) => r.region_code);
}

export function findQualificationsByCrebos(db: Db, crebos: readonly string[]) {
  if (crebos.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('qualification')
    .select(['crebo', 'name', 'level'])
    .where('crebo', 'in', [...crebos])
    .execute();
}

export interface InstitutionBblRow {
  id: string;
  name: string;
  region_code: string;
  students: number;
  bbl: number;
}

/** Students and bbl students per institution, with the region of its seat. */
export async function countBblByInstitution(db: Db): Promise<InstitutionBblRow[]> {
  const result = await sql<InstitutionBblRow>`
    select i.id, i.name, coalesce(mr.region_code, ${UNKNOWN_REGION.code}) as region_code,
      count(s.id)::int as students, count(s.id) filter (where s.pathway = 'BBL')::int as bbl
    from institution i
    left join municipality_region mr on mr.municipality_code = i.municipality_code
    left join student s on s.institution_id = i.id
    group by i.id, i.name, mr.region_code
    order by i.name`.execute(db);
  return result.rows.map((r) => ({ ...r, students: Number(r.students), bbl: Number(r.bbl) }));
}

/** Matches (placements) companies declined, per reason, and the number of placements in all. */
export async function countDeclines(db: Db): Promise<{ placements: number; declines: Map<DeclineReason, number> }> {
  const rows = await db
    .selectFrom('placement')
    .select(['status', 'decline_reason', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['status', 'decline_reason'])
    .execute();
  const declines = new Map<DeclineReason, number>();
  let placements = 0;
  for (const row of rows) {
    placements += Number(row.n);
    if (row.status === 'DECLINED' && row.decline_reason) {
      declines.set(row.decline_reason, (declines.get(row.decline_reason) ?? 0) + Number(row.n));
    }
  }
  return { placements, declines };
}

/** Columns the agreement shares need; the tables come with migration 0004 (agreements, contact moments). */
const AGREEMENT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['agreement', 'id'],
  ['agreement', 'status'],
  ['agreement', 'expense_allowance_cents'],
  ['contact_moment', 'agreement_id'],
  ['contact_moment', 'kind'],
  ['contact_moment', 'held_on'],
];

/**
 * Of the SIGNED agreements: the share with all three contact moments (START, INTERIM, FINAL) held,
 * and the share with an agreed expense allowance above 0. Both null while the agreement tables (or
 * the columns used here) do not exist yet, and null when there is no signed agreement.
 */
export async function agreementShares(
  db: Db,
): Promise<{ signed: number | null; threeContactMoments: number | null; expenseAllowance: number | null }> {
  const none = { signed: null, threeContactMoments: null, expenseAllowance: null };
  const tables = await sql<{ agreement: string | null; contact_moment: string | null }>`
    select to_regclass('agreement')::text as agreement, to_regclass('contact_moment')::text as contact_moment`.execute(
    db,
  );
  const found = tables.rows[0];
  if (!found?.agreement || !found.contact_moment) return none;
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and table_name in ('agreement', 'contact_moment')`.execute(db);
  const present = new Set(columns.rows.map((c) => `${c.table_name}.${c.column_name}`));
  if (!AGREEMENT_COLUMNS.every(([table, column]) => present.has(`${table}.${column}`))) return none;
  const result = await sql<{ signed: number; complete: number; allowance: number }>`
    select count(*)::int as signed,
      count(*) filter (where (
        select count(distinct cm.kind) from contact_moment cm
        where cm.agreement_id = a.id and cm.held_on is not null and cm.kind in ('START', 'INTERIM', 'FINAL')
      ) = 3)::int as complete,
      count(*) filter (where coalesce(a.expense_allowance_cents, 0) > 0)::int as allowance
    from agreement a where a.status = 'SIGNED'`.execute(db);
  const row = result.rows[0];
  const signed = Number(row?.signed ?? 0);
  if (signed === 0) return { signed: 0, threeContactMoments: null, expenseAllowance: null };
  return {
    signed,
    threeContactMoments: Number(row?.complete ?? 0) / signed,
    expenseAllowance: Number(row?.allowance ?? 0) / signed,
  };
}

/**
 * What "Onbekend" holds: institutions whose seat is not known or not mapped to a region (their students'
 * demand counts there), and the number of open places in a municipality without a region.
 */
export async function findUnmappedSources(db: Db): Promise<{ institutions: string[]; places: number }> {
  const institutions = await db
    .selectFrom('institution as i')
    .leftJoin('municipality_region as mr', 'mr.municipality_code', 'i.municipality_code')
    .where('mr.region_code', 'is', null)
    .select('i.name')
    .orderBy('i.name')
    .execute();
  const places = await db
    .selectFrom('place as pl')
    .leftJoin('municipality_region as mr', 'mr.municipality_code', 'pl.municipality_code')
    .where('mr.region_code', 'is', null)
    .where('pl.status', '=', 'OPEN')
    .where('pl.ends_on', '>=', sql<Date>`${todayInNetherlands()}::date`)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  return { institutions: institutions.map((i) => i.name), places: Number(places?.n ?? 0) };
}
