import type { Kysely, Transaction } from 'kysely';
import { countTakenSeats as countTakenSeatsOfPlacements } from './placements.ts';
import type { PlacementsDatabase } from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

/** Seats already taken per place: placements that hold one (confirmed, accepted, active) — see placements.ts. */
export function countTakenSeatsByPlaces(db: Db, placeIds: readonly string[]): Promise<Map<string, number>> {
  return countTakenSeatsOfPlacements(db, placeIds);
}

/** Seats taken at one place; call inside the mutation's transaction, after locking the place. */
export async function countTakenSeats(trx: Db, placeId: string): Promise<number> {
  return (await countTakenSeatsOfPlacements(trx, [placeId])).get(placeId) ?? 0;
}
