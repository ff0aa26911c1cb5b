import { idempotencyMigration, type Migrations } from '@stelsel/db-kit';
import { EVENT_TABLES_MIGRATION, eventTablesMigration } from '@stelsel/events';
import * as m0001 from './0001_allocations.ts';
import * as m0002 from './0002_praktijkleren.ts';
import * as m0003 from './0003_quality_plans.ts';

export const migrations: Migrations = {
  '0001_allocations': m0001,
  '0002_praktijkleren': m0002,
  '0003_quality_plans': m0003,
  '0003a_idempotency': idempotencyMigration,
  [EVENT_TABLES_MIGRATION]: eventTablesMigration,
};
