import { createBuilder } from '@stelsel/graphql-kit';
import type { EqualTreatmentContext } from '../context.ts';

export const builder = createBuilder<EqualTreatmentContext>();
