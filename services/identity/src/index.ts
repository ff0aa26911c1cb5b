export { type IdentityServer, type IdentityServerOptions, startIdentityServer } from './app.ts';
export { API_SCOPE, CLI_CLIENT_ID, CLI_REDIRECT_URI, WEB_CLIENT_ID } from './clients.ts';
export { DEFAULT_IDENTITY_PORT, type IdentityEnv, readIdentityEnv } from './env.ts';
export { loadOrCreateProviderKeys, type ProviderKeys } from './keys.ts';
export { DEV_PASSWORD, findPersona, PARTNER_CLIENTS, PERSONAS, type Persona } from './personas.ts';
export { createIdentityProvider } from './provider.ts';
export {
  authorizationCodeLogin,
  CookieJar,
  clientCredentialsAccessToken,
  personaAccessToken,
  runTokenCli,
  TokenCliError,
  type TokenResponse,
  tokenFor,
} from './token-cli.ts';
