import type { Migrations } from '@stelsel/db-kit';
import * as m0001 from './0001_municipalities.ts';

export const migrations: Migrations = {
  '0001_municipalities': m0001,
};
