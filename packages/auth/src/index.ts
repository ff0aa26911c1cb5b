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
export { isRole, ROLE_LABELS, ROLES, type Role, roleLabelOf } from './roles.ts';
