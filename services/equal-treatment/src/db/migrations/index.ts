import { idempotencyMigration, type Migrations } from '@stelsel/db-kit';
import { EVENT_TABLES_MIGRATION, eventTablesMigration } from '@stelsel/events';
import * as m0001 from './0001_municipalities.ts';
import * as m0010 from './0010_books.ts';
import * as m0011 from './0011_cards.ts';
import * as m0012 from './0012_refunds.ts';
import * as m0013 from './0013_city_measures.ts';

export const migrations: Migrations = {
  '0001_municipalities': m0001,
  '0010_books': m0010,
  '0010a_idempotency': idempotencyMigration,
  '0011_cards': m0011,
  '0012_refunds': m0012,
  '0013_city_measures': m0013,
  [EVENT_TABLES_MIGRATION]: eventTablesMigration,
};
