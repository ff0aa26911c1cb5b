import { batchLoader, groupBy } from '@stelsel/db-kit';
import type { Kysely } from 'kysely';
import {
  findEventsByPlacements,
  findLatestPlacementsByStudents,
  findPlacementsByCompanies,
  findPlacementsByIds,
} from './placements.ts';
import { findPlacesByIds } from './places.ts';
import { findResultsByRounds, findStudentsMatchedInOpenRounds } from './round-matching.ts';
import { findRoundEntries, findRoundProgress, findRoundsByIds } from './rounds.ts';
import { findRoundsOfStudents } from './student-rounds.ts';
import type { PlacementsDatabase } from './types.ts';

/** Per-request loaders for rounds and placements: one query per kind, however many rows ask. */
export function createMatchingLoaders(db: Kysely<PlacementsDatabase>) {
  return {
    placeById: batchLoader(
      async (ids: readonly string[]) => new Map((await findPlacesByIds(db, ids)).map((p) => [p.id, p])),
    ),
    round: batchLoader(
      async (ids: readonly string[]) => new Map((await findRoundsByIds(db, ids)).map((r) => [r.id, r])),
    ),
    entriesOfRound: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findRoundEntries(db, ids), (row) => row.round_id),
    ),
    progressOfRound: batchLoader(
      async (ids: readonly string[]) => new Map((await findRoundProgress(db, ids)).map((p) => [p.round_id, p])),
    ),
    resultsOfRound: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findResultsByRounds(db, ids), (row) => row.round_id),
    ),
    roundsOfStudent: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findRoundsOfStudents(db, ids), (row) => row.student_id),
    ),
    placement: batchLoader(
      async (ids: readonly string[]) => new Map((await findPlacementsByIds(db, ids)).map((p) => [p.id, p])),
    ),
    placementsOfCompany: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findPlacementsByCompanies(db, ids), (row) => row.company_id),
    ),
    latestPlacementOfStudent: batchLoader((ids: readonly string[]) => findLatestPlacementsByStudents(db, ids)),
    matchedInOpenRound: batchLoader(async (ids: readonly string[]) => {
      const matched = await findStudentsMatchedInOpenRounds(db, ids);
      return new Map(ids.map((id) => [id, matched.has(id)]));
    }),
    eventsOfPlacement: batchLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findEventsByPlacements(db, ids), (row) => row.placement_id),
    ),
  };
}
