import { createBuilder } from '@stelsel/graphql-kit';
import type { ReportsContext } from '../context.ts';

export const builder = createBuilder<ReportsContext>();
