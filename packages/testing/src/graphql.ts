import { type AbstractSetupSchema, initGraphQLTada } from 'gql.tada';

/** How the shared scalars arrive in a test's typed result (and are sent as variables). */
export type StelselTestScalars = {
  Money: string;
  Date: string;
  IdempotencyKey: string;
  Crebo: string;
  CbsCode: string;
  /** An entity reference for `_entities(representations:)`. */
  _Any: { __typename: string; [field: string]: unknown };
};

/**
 * The `graphql()` of one subgraph's tests: operations written with it are typed from the subgraph's
 * schema (`test/generated/graphql-env.d.ts`, written by `pnpm --filter @stelsel/<service> schema`).
 *
 * ```ts
 * // services/<service>/test/graphql.ts
 * import type { introspection } from './generated/graphql-env.d.ts';
 * export const graphql = graphqlFor<introspection>();
 * ```
 */
export function graphqlFor<Introspection extends AbstractSetupSchema['introspection']>() {
  return initGraphQLTada<{ introspection: Introspection; scalars: StelselTestScalars; disableMasking: true }>();
}
