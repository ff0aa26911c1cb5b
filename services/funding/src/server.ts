import { runSubgraph } from '@stelsel/graphql-kit';
import { defaultPortOf } from '@stelsel/topology';
import type { FundingContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import type { FundingDatabase } from './db/types.ts';
import { companyTraining } from './events/company-training.ts';
import { schema } from './schema/schema.ts';
import { seedFunding } from './seed/index.ts';

runSubgraph<FundingDatabase, FundingContext>({
  service: 'funding',
  defaultPort: defaultPortOf('funding'),
  schema,
  migrations,
  seed: async (db) => (await seedFunding(db)).inserted,
  createContext: (caller, db) => ({ caller, db }),
  // CompanyTrainingRecorded from placements: who holds an accreditation and an active bbl placement (praktijkleren).
  events: { publishes: false, handlers: () => [companyTraining] },
});
