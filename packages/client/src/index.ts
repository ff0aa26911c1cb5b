export { isRole, ROLE_LABELS, ROLES, type Role, roleLabelOf } from '@stelsel/auth/roles';
export type { AppRootProps, PublicPageProps } from './app.tsx';
export {
  configureGraphql,
  type GraphqlConfig,
  type GraphqlErrorEntry,
  type GraphqlFailureKind,
  GraphqlRequestError,
  type GraphqlResult,
  graphqlRequest,
  type TypedDocument,
  unavailableFields,
  unavailableServices,
} from './graphql.ts';
export { pathWithin, useAppPath } from './router.ts';
export {
  type AuthConfig,
  clearSession,
  completeLogin,
  decodeJwtPayload,
  LoginError,
  logout,
  readSession,
  SESSION_KEY,
  type Session,
  type SessionUser,
  startLogin,
  userFromClaims,
} from './session.ts';
export { type QueryState, useQuery } from './use-query.ts';
export {
  failureMessage,
  isUserError,
  type MutationOutcome,
  mutationOutcome,
  USER_ERROR_TYPENAMES,
  type UserErrorResult,
  type UserErrorTypename,
} from './user-error.ts';
export type { StelselAppProps, WebConfig } from './web-config.ts';
