export {
  AccessTokenError,
  type AccessTokenVerifier,
  API_AUDIENCE,
  callerFromClaims,
  createAccessTokenVerifier,
} from './access-token.ts';
export type { Caller } from './caller.ts';
export {
  CALLER_HEADER,
  CallerContextError,
  type CallerContextVerifier,
  createCallerContextVerifier,
  type GatewayKeys,
  generateGatewayKeys,
  importGatewayPrivateKey,
  loadOrCreateGatewayKeys,
  signCallerContext,
} from './caller-context.ts';
export {
  type CallerRole,
  isRole,
  ROLE_LABELS,
  ROLES,
  type Role,
  roleLabelOf,
  VISITOR_ROLE,
} from './roles.ts';
