import { createBuilder } from '@stelsel/graphql-kit';
import type { FundingContext } from '../context.ts';

export const builder = createBuilder<FundingContext>();
