import type { Caller } from '@stelsel/auth';
import { DomainError } from '@stelsel/graphql-kit';
import { readInstitutions, yearProblem } from '@stelsel/reference-data';
import type { Kysely } from 'kysely';
import { countBy, countReports, knownRegions, knownSectors, recordedSince } from '../db/statistics.ts';
import type { ReportsDatabase } from '../db/types.ts';
import { reportsCountedFor } from '../domain/access.ts';
import { DISCRIMINATION_GROUNDS, type DiscriminationGround } from '../domain/grounds.ts';
import { yearBounds } from '../domain/period.ts';
import {
  breakdown,
  type Category,
  type CategoryCell,
  CHANNEL_CATEGORIES,
  GROUND_CATEGORIES,
  NATURE_CATEGORIES,
  NOT_AT_A_DESK,
  noData,
  OUTCOME_CATEGORIES,
  totalCell,
  UNKNOWN_REGION,
  UNKNOWN_SECTOR,
  yearHasData,
} from '../domain/statistics.ts';
import { type Cell, suppressionThreshold } from '../domain/suppression.ts';
import { todayInNetherlands } from '../domain/working-days.ts';

export interface Statistics {
  year: number;
  hasData: boolean;
  threshold: number;
  scope: string;
  total: Cell;
  byGround: Array<{ ground: DiscriminationGround } & Cell>;
  byNature: CategoryCell[];
  byChannel: CategoryCell[];
  byOutcome: CategoryCell[];
  byRegion: CategoryCell[];
  bySector: CategoryCell[];
  byDesk: CategoryCell[];
}

/**
 * A year's report statistics as this reader may see them (issue 10): every breakdown suppressed as a table with its
 * own margin, "no data" for a year without recording apart from a real 0.
 */
export async function statisticsOf(db: Kysely<ReportsDatabase>, caller: Caller, year: number): Promise<Statistics> {
  const problem = yearProblem(year);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, 'year');
  const counted = reportsCountedFor(caller);
  if (!counted) {
    throw new DomainError(
      'NOT_FOUND',
      'Van uw gemeente is de arbeidsmarktregio niet bekend: er zijn geen cijfers voor uw regio.',
    );
  }
  const threshold = suppressionThreshold();
  const known = (await knownRegions(db)).map((r) => ({ code: r.region_code ?? '', label: r.region_name ?? '' }));
  const regions = counted.regionCode ? known.filter((r) => r.code === counted.regionCode) : [...known, UNKNOWN_REGION];
  const sectors = [
    ...(await knownSectors(db)).map((r) => ({ code: r.sector_code ?? '', label: r.sector_name ?? '' })),
    UNKNOWN_SECTOR,
  ];
  const institutions = readInstitutions().filter((i) => !counted.institutionId || i.id === counted.institutionId);
  const desks: Category[] = [...institutions.map((i) => ({ code: i.id, label: i.name })), NOT_AT_A_DESK];
  const scope = counted.institutionId
    ? 'de meldingen van de eigen instelling'
    : counted.regionCode
      ? `leerbedrijven in de arbeidsmarktregio ${regions[0]?.label ?? counted.regionCode}`
      : 'heel Nederland';
  const base = { year, threshold, scope };
  if (!yearHasData(year, await recordedSince(db), todayInNetherlands())) {
    return {
      ...base,
      hasData: false,
      total: { count: null, suppressed: false },
      byGround: DISCRIMINATION_GROUNDS.map((ground) => ({ ground, count: null, suppressed: false })),
      byNature: noData(NATURE_CATEGORIES),
      byChannel: noData(CHANNEL_CATEGORIES),
      byOutcome: noData(OUTCOME_CATEGORIES),
      byRegion: noData(regions),
      bySector: noData(sectors),
      byDesk: noData(desks),
    };
  }
  const filter = { ...yearBounds(year), ...counted };
  const grounds = breakdown(GROUND_CATEGORIES, await countBy(db, 'ground', filter), threshold);
  return {
    ...base,
    hasData: true,
    total: totalCell(await countReports(db, filter), threshold),
    byGround: DISCRIMINATION_GROUNDS.map((ground, i) => ({
      ground,
      count: grounds[i]?.count ?? null,
      suppressed: grounds[i]?.suppressed ?? true,
    })),
    byNature: breakdown(NATURE_CATEGORIES, await countBy(db, 'kind', filter), threshold),
    byChannel: breakdown(CHANNEL_CATEGORIES, await countBy(db, 'channel', filter), threshold),
    byOutcome: breakdown(OUTCOME_CATEGORIES, await countBy(db, 'outcome', filter), threshold),
    byRegion: breakdown(regions, await countBy(db, 'region', filter), threshold),
    bySector: breakdown(sectors, await countBy(db, 'sector', filter), threshold),
    byDesk: breakdown(desks, await countBy(db, 'desk', filter), threshold),
  };
}
