import { type Kysely, sql } from 'kysely';
import type { ReportsDatabase } from './types.ts';

type Db = Kysely<ReportsDatabase>;

export interface StatisticsFilter {
  from: Date;
  to: Date;
  /** Only reports of this institution. */
  institutionId?: string | undefined;
  /** Only reports about companies in this labour-market region. */
  regionCode?: string | undefined;
}

/** The first day reports were recorded here (`JJJJ-MM-DD`). */
export async function recordedSince(db: Db): Promise<string> {
  const row = await db
    .selectFrom('reporting_period')
    .select(sql<string>`to_char(recorded_since, 'YYYY-MM-DD')`.as('since'))
    .executeTakeFirst();
  return row?.since ?? new Date().toISOString().slice(0, 10);
}

export async function setRecordedSince(db: Db, since: string): Promise<void> {
  await db
    .insertInto('reporting_period')
    .values({ id: true, recorded_since: since })
    .onConflict((oc) => oc.column('id').doUpdateSet({ recorded_since: since }))
    .execute();
}

/**
 * Reports per category of one dimension in [from, to). A report counts once per dimension, except
 * for grounds (a report on two grounds counts on both).
 */
export async function countBy(
  db: Db,
  dimension: 'ground' | 'kind' | 'channel' | 'outcome' | 'region' | 'sector' | 'desk',
  filter: StatisticsFilter,
): Promise<Map<string, number>> {
  const key = {
    ground: sql<string>`unnest(r.grounds)`,
    kind: sql<string>`r.kind`,
    channel: sql<string>`r.channel`,
    // A decision where there is one; otherwise where the report is.
    outcome: sql<string>`coalesce(c.decision, case when r.status = 'WITH_SBB' then 'PENDING' else 'NOT_AT_SBB' end)`,
    region: sql<string>`coalesce(p.region_code, '')`,
    sector: sql<string>`coalesce(p.sector_code, '')`,
    // The school whose desk received it; '' for a report made to SBB or the ADV.
    desk: sql<string>`case when r.channel = 'INSTITUTION_DESK' then r.institution_id else '' end`,
  }[dimension];
  const institution = filter.institutionId === undefined ? sql`true` : sql`r.institution_id = ${filter.institutionId}`;
  const region = filter.regionCode === undefined ? sql`true` : sql`p.region_code = ${filter.regionCode}`;
  const { rows } = await sql<{ key: string; n: string }>`
    select k.key, count(*) as n from (
      select ${key} as key
      from report r
      left join case_file c on c.report_id = r.id
      left join company_profile p on p.company_id = r.company_id
      where r.received_at >= ${filter.from} and r.received_at < ${filter.to} and ${institution} and ${region}
    ) k group by k.key`.execute(db);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

export async function countReports(db: Db, filter: StatisticsFilter): Promise<number> {
  return [...(await countBy(db, 'kind', filter)).values()].reduce((a, b) => a + b, 0);
}

/** The regions known from companies, for the region breakdown's rows. */
export function knownRegions(db: Db) {
  return db
    .selectFrom('company_profile')
    .select(['region_code', 'region_name'])
    .where('region_code', 'is not', null)
    .distinct()
    .orderBy('region_name')
    .execute();
}

/** The SBB sectors known from companies, for the sector breakdown's rows. */
export function knownSectors(db: Db) {
  return db
    .selectFrom('company_profile')
    .select(['sector_code', 'sector_name'])
    .where('sector_code', 'is not', null)
    .distinct()
    .orderBy('sector_name')
    .execute();
}

export interface CompanyProfile {
  companyId: string;
  name: string;
  regionCode: string | null;
  regionName: string | null;
  sectorCode: string | null;
  sectorName: string | null;
}

export async function saveCompanyProfile(db: Db, profile: CompanyProfile): Promise<void> {
  const values = {
    name: profile.name,
    region_code: profile.regionCode,
    region_name: profile.regionName,
    sector_code: profile.sectorCode,
    sector_name: profile.sectorName,
    updated_at: new Date(),
  };
  await db
    .insertInto('company_profile')
    .values({ company_id: profile.companyId, ...values })
    .onConflict((oc) => oc.column('company_id').doUpdateSet(values))
    .execute();
}
