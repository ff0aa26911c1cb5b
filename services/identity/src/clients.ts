/** Client ids and fixed values shared by the provider and the token command (no oidc-provider import here). */

/** Public client of the web apps (authorization code + PKCE). */
export const WEB_CLIENT_ID = 'stelsel-web';
/** Public native client that `pnpm token` uses for its headless login through the login form. */
export const CLI_CLIENT_ID = 'stelsel-cli';
/** Never listened on: the token command reads the code from the redirect itself. */
export const CLI_REDIRECT_URI = 'http://127.0.0.1/stelsel-cli/callback';
/** The only resource scope of the stelsel API. */
export const API_SCOPE = 'api';
/** Our own clients: consent is given by the platform, no consent screen. */
export const FIRST_PARTY_CLIENTS: ReadonlySet<string> = new Set([WEB_CLIENT_ID, CLI_CLIENT_ID]);
