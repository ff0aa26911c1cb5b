import { graphqlFor } from '@stelsel/testing';
import type { introspection } from './generated/graphql-env.d.ts';

/** Typed operations over this subgraph's schema: results and variables are checked by `pnpm typecheck`. */
export const graphql = graphqlFor<introspection>();
