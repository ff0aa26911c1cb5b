import type { Migrations } from '@stelsel/db-kit';
import * as m0001 from './0001_placements.ts';

export const migrations: Migrations = {
  '0001_placements': m0001,
};
