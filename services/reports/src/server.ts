import { runSubgraph } from '@stelsel/graphql-kit';
import { defaultPortOf } from '@stelsel/topology';
import { createReportsContext } from './context.ts';
import { migrations } from './db/migrations/index.ts';
import type { ReportsDatabase } from './db/types.ts';
import { companyProfiles } from './events/company-profiles.ts';
import { schema } from './schema/schema.ts';
import { seedReports, seedReportsDemo } from './seed/index.ts';
import { startRetention } from './use-cases/retention.ts';

runSubgraph<ReportsDatabase, ReturnType<typeof createReportsContext>>({
  service: 'reports',
  defaultPort: defaultPortOf('reports'),
  schema,
  migrations,
  seed: async (db) => (await seedReports(db)).inserted + (await seedReportsDemo(db)),
  createContext: createReportsContext,
  // AccreditationDecided (a suspension or withdrawal in a case), for placements.
  // CompanyRegistered from placements keeps the region of each company (statistics by region).
  events: { publishes: true, handlers: () => [companyProfiles] },
  // Identifying data of reports closed longer than REPORT_RETENTION_DAYS (default 365) ago is erased.
  background: startRetention,
});
