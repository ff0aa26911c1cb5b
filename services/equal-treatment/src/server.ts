import { runSubgraph } from '@stelsel/graphql-kit';
import { defaultPortOf } from '@stelsel/topology';
import { createEqualTreatmentContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import type { EqualTreatmentDatabase } from './db/types.ts';
import { studentProfiles } from './events/student-profiles.ts';
import { schema } from './schema/schema.ts';
import { seedEqualTreatment } from './seed/index.ts';

runSubgraph<EqualTreatmentDatabase, ReturnType<typeof createEqualTreatmentContext>>({
  service: 'equal-treatment',
  defaultPort: defaultPortOf('equal-treatment'),
  schema,
  migrations,
  seed: seedEqualTreatment,
  createContext: createEqualTreatmentContext,
  // StudentRecorded from placements: the enrolment and date of birth the book entitlement is decided on.
  events: { publishes: false, handlers: () => [studentProfiles] },
});
