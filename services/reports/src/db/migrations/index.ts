import { idempotencyMigration, type Migrations } from '@stelsel/db-kit';
import { EVENT_TABLES_MIGRATION, eventTablesMigration } from '@stelsel/events';
import * as m0001 from './0001_reports.ts';
import * as m0002 from './0002_report_flow.ts';
import * as m0003 from './0003_cases.ts';
import * as m0004 from './0004_statistics.ts';
import * as m0005 from './0005_company_sector.ts';

export const migrations: Migrations = {
  '0001_reports': m0001,
  '0002_report_flow': m0002,
  '0002a_idempotency': idempotencyMigration,
  '0003_cases': m0003,
  '0004_statistics': m0004,
  '0005_company_sector': m0005,
  [EVENT_TABLES_MIGRATION]: eventTablesMigration,
};
