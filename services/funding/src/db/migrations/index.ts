import type { Migrations } from '@stelsel/db-kit';
import * as m0001 from './0001_allocations.ts';

export const migrations: Migrations = {
  '0001_allocations': m0001,
};
