import { runSubgraph } from '@stelsel/graphql-kit';
import { defaultPortOf } from '@stelsel/topology';
import { createPlacementsContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import type { PlacementsDatabase } from './db/types.ts';
import { matchResponseDays } from './domain/deadlines.ts';
import { schema } from './schema/schema.ts';
import { seedPlacements } from './seed/index.ts';

// A wrong MATCH_RESPONSE_DAYS stops the start, not the first confirmation.
matchResponseDays(process.env);

runSubgraph<PlacementsDatabase, ReturnType<typeof createPlacementsContext>>({
  service: 'placements',
  defaultPort: defaultPortOf('placements'),
  schema,
  migrations,
  seed: async (db) => (await seedPlacements(db)).inserted,
  createContext: createPlacementsContext,
  // AccreditationStatusChanged and the other events in events/outbox.ts, served to their consumers.
  events: { publishes: true },
});
