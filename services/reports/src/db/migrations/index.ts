import { idempotencyMigration, type Migrations } from '@stelsel/db-kit';
import * as m0001 from './0001_reports.ts';
import * as m0002 from './0002_report_flow.ts';

export const migrations: Migrations = {
  '0001_reports': m0001,
  '0002_report_flow': m0002,
  '0002a_idempotency': idempotencyMigration,
};
