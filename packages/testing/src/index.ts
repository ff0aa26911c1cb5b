export { expectAccessOf, expectEveryOperationListed, MATRIX_CALLERS, type MatrixOperation } from './access-matrix.ts';
export { caller, errorCodes, expectType, type OperationResult } from './callers.ts';
export { graphqlFor, type StelselTestScalars } from './graphql.ts';
export { createSubgraphHarness, type Sender, type SubgraphHarness, type SubgraphHarnessOptions } from './harness.ts';
