import { createBuilder } from '@stelsel/graphql-kit';
import type { PlacementsContext } from '../context.ts';

export const builder = createBuilder<PlacementsContext>();
