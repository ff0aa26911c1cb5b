import type { Generated } from 'kysely';

export interface AllocationTable {
  id: Generated<number>;
  institution_id: string;
  institution_name: string;
  scheme: 'SALARISMIX' | 'CARRIEREPERSPECTIEF';
  year: number;
  /** Whole cents; the published amount (in € millions) converted exactly. */
  amount_cents: string;
  source: string;
}

export interface SchemeTotalTable {
  scheme: 'SALARISMIX' | 'CARRIEREPERSPECTIEF';
  year: number;
  /** The total the regulation states, in cents. */
  stated_total_cents: string;
  source: string;
}

export interface FundingDatabase {
  allocation: AllocationTable;
  scheme_total: SchemeTotalTable;
}
