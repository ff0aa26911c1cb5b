import { idempotencyMigration, type Migrations } from '@stelsel/db-kit';
import { EVENT_TABLES_MIGRATION, eventTablesMigration } from '@stelsel/events';
import * as m0001 from './0001_placements.ts';
import * as m0002 from './0002_places_accreditation.ts';
import * as m0003 from './0003_matching.ts';
import * as m0004 from './0004_agreements.ts';
import * as m0005 from './0005_regions.ts';
import * as m0006 from './0006_match_deadline.ts';
import * as m0007 from './0007_student_enrolment.ts';
import * as m0008 from './0008_qualification_sector.ts';

export const migrations: Migrations = {
  '0001_placements': m0001,
  '0002_places_accreditation': m0002,
  '0002a_idempotency': idempotencyMigration,
  '0003_matching': m0003,
  '0004_agreements': m0004,
  '0005_regions': m0005,
  '0006_match_deadline': m0006,
  '0007_student_enrolment': m0007,
  '0008_qualification_sector': m0008,
  [EVENT_TABLES_MIGRATION]: eventTablesMigration,
};
