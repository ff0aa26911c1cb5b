import type { Migrations } from '@stelsel/db-kit';
import * as m0001 from './0001_reports.ts';

export const migrations: Migrations = {
  '0001_reports': m0001,
};
