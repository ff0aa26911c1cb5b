import type { Engine } from '@stelsel/db-kit';
import { createSubgraphHarness, type SubgraphHarnessOptions } from '@stelsel/testing';
import { createReportsContext, type ReportsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { ReportsDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';

/** The reports subgraph over HTTP on a fresh, migrated database, for one test file (call inside `describe`). */
export function reportsSubgraph(
  engine: Engine,
  options: Partial<SubgraphHarnessOptions<ReportsDatabase, ReportsContext>> = {},
) {
  return createSubgraphHarness<ReportsDatabase, ReportsContext>({
    name: 'reports',
    schema,
    migrations,
    engine,
    createContext: createReportsContext,
    ...options,
  });
}
