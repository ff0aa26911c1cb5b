import type { ApolloServer, BaseContext } from '@apollo/server';
import type { OperationResult } from './callers.ts';

export { expectAccessOf, expectEveryOperationListed, MATRIX_CALLERS, type MatrixOperation } from './access-matrix.ts';
export { caller, errorCodes, expectType, type OperationResult } from './callers.ts';
export { graphqlFor, type StelselTestScalars } from './graphql.ts';
export { createSubgraphHarness, type Sender, type SubgraphHarness, type SubgraphHarnessOptions } from './harness.ts';

/**
 * Executes operations in-process against a subgraph's real schema, as the given context's caller (no HTTP,
 * no caller verification, untyped text). Only for files not yet moved to `createSubgraphHarness`.
 */
export function createExecutor<Context extends BaseContext>(server: ApolloServer<Context>) {
  return async <Data = Record<string, unknown>>(
    contextValue: Context,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<OperationResult<Data>> => {
    const response = await server.executeOperation<Data>(
      { query, ...(variables ? { variables } : {}) },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('Onverwacht: incrementeel antwoord');
    return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
  };
}
