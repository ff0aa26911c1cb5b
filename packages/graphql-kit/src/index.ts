export { centsToMoney, decimalToCents, MONEY_INPUT_MAX_CENTS, moneyToCents, parseMoneyInput } from '@stelsel/money';
export { assertEveryRootFieldHasAuthScopes, fieldsWithoutAuthScopes } from './auth-coverage.ts';
export {
  type BaseContext,
  createBuilder,
  DATE_YEAR_MAX,
  DATE_YEAR_MIN,
  FEDERATION_LINK,
  parseCalendarDate,
  type StelselSchemaTypes,
} from './builder.ts';
export { createLogger, DomainError, type ErrorCode, forbidden, type Logger, maskError } from './errors.ts';
export { createOnce, fingerprint } from './idempotent-create.ts';
export { inKeyOrder, listsInKeyOrder, loadOne, requestLoader } from './loaders.ts';
export {
  bindRequestSignal,
  DEFAULT_SUBGRAPH_LIMITS,
  depthLimit,
  maxDepthRule,
  resolvedFieldsBudget,
  type SubgraphLimits,
  stopWhenCallerLeaves,
} from './operation-guards.ts';
export { actsFor, type OrganisationScope, type ScopeMap, type StelselAuthScopes, scopesFor } from './scopes.ts';
export { printSubgraphSchema } from './sdl.ts';
export {
  createSubgraphServer,
  type ListenOptions,
  listenSubgraph,
  type SubgraphOptions,
  stopOnSignal,
} from './server.ts';
export {
  ConfigError,
  findRepoRoot,
  readEventsEnv,
  readPort,
  readSubgraphEnv,
  readUrl,
  runMain,
  type SubgraphEnv,
} from './subgraph-env.ts';
export { runSubgraph, type SubgraphMain } from './subgraph-main.ts';
export { ConflictError, InputError, NotAllowedError, NotFoundError, UserError } from './user-errors.ts';
