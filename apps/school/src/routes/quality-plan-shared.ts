import { formatDate } from '@stelsel/ui';
import type { QualityPlanDetailsFragment, SchoolQualityPlansQuery } from '../graphql/generated/graphql.ts';

/** What the school's quality plan screens share. */
export type Data = SchoolQualityPlansQuery;
export type Plan = QualityPlanDetailsFragment;
export type Tranche = NonNullable<Data['qualityTranches']>[number];

export const trancheLabel = (t: { number: number; year: number; deadline: string; demo: boolean }) =>
  `Tranche ${t.number} van ${t.year}, uiterlijk ${formatDate(t.deadline)}${t.demo ? ' (demo)' : ''}`;
