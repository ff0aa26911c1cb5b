import { isRole, type Role } from '@stelsel/auth/roles';
import * as oauth from 'oauth4webapi';

/**
 * The login session in the browser: OpenID Connect authorization code flow with PKCE (S256)
 * against the issuer's discovered endpoints; the tokens live in sessionStorage, so they end with
 * the tab and are never shared with other sites.
 */
export interface AuthConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope: string;
  /** Resource indicator for the API (audience of the access token), when the issuer needs one. */
  resource?: string | undefined;
}

export interface SessionUser {
  subject: string;
  name: string;
  role: Role;
  organisation: string;
}

export interface Session {
  accessToken: string;
  idToken: string;
  /** Epoch milliseconds after which the access token is no longer accepted. */
  expiresAt: number;
  user: SessionUser;
}

interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export const SESSION_KEY = 'stelsel.session';
const PENDING_KEY = 'stelsel.login';

export class LoginError extends Error {
  override name = 'LoginError';
}

function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Plain http is refused by oauth4webapi except for the development issuer on this machine. */
function requestOptions(issuer: URL): { [oauth.allowInsecureRequests]?: boolean } {
  return isLocalHttp(issuer) ? { [oauth.allowInsecureRequests]: true } : {};
}

const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

export function discover(issuerUrl: string): Promise<oauth.AuthorizationServer> {
  let found = discovered.get(issuerUrl);
  if (!found) {
    const issuer = new URL(issuerUrl);
    found = oauth
      .discoveryRequest(issuer, requestOptions(issuer))
      .then((response) => oauth.processDiscoveryResponse(issuer, response));
    found.catch(() => discovered.delete(issuerUrl));
    discovered.set(issuerUrl, found);
  }
  return found;
}

/** Decodes a JWT payload without verifying it: only to show who is logged in, never to authorise. */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Who is logged in, from the ID token claims, completed from the access token's claims. */
export function userFromClaims(idClaims: Record<string, unknown>, accessClaims: Record<string, unknown>): SessionUser {
  const pick = (name: string): unknown => idClaims[name] ?? accessClaims[name];
  const role = pick('role');
  const subject = pick('sub');
  const organisation = pick('organisation');
  if (!isRole(role) || typeof subject !== 'string' || typeof organisation !== 'string') {
    throw new LoginError('Het token van de identiteitsprovider mist de rol of de organisatie.');
  }
  const name = pick('name');
  return { subject, role, organisation, name: typeof name === 'string' && name ? name : subject };
}

function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || typeof value.expiresAt !== 'number' || !value.user) return null;
    if (!isRole(value.user.role)) return null;
    return value as Session;
  } catch {
    return null;
  }
}

/** The current session, or null when nobody is logged in or the token has expired. */
export function readSession(storage: Storage = sessionStorage, now = Date.now()): Session | null {
  const session = parseSession(storage.getItem(SESSION_KEY));
  if (!session) return null;
  if (session.expiresAt <= now) {
    storage.removeItem(SESSION_KEY);
    return null;
  }
  return session;
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(SESSION_KEY);
  storage.removeItem(PENDING_KEY);
}

/** Sends the browser to the identity provider's login page. */
export async function startLogin(config: AuthConfig, returnTo = '/'): Promise<void> {
  const as = await discover(config.issuer);
  if (!as.authorization_endpoint) throw new LoginError('De identiteitsprovider heeft geen autorisatie-adres.');
  const pending: PendingLogin = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
    returnTo: returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/',
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', config.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (config.resource) url.searchParams.set('resource', config.resource);
  window.location.assign(url.href);
}

/** Handles the redirect back from the identity provider: checks state, exchanges the code. */
export async function completeLogin(
  config: AuthConfig,
  currentUrl: URL,
): Promise<{ session: Session; returnTo: string }> {
  const rawPending = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!rawPending) throw new LoginError('Er loopt geen inlogpoging in dit venster. Probeer opnieuw in te loggen.');
  const pending = JSON.parse(rawPending) as PendingLogin;
  const as = await discover(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, currentUrl, pending.state);
  } catch (error) {
    const detail = error instanceof oauth.AuthorizationResponseError ? error.error_description || error.error : '';
    throw new LoginError(`Inloggen is niet gelukt${detail ? `: ${detail}` : '.'}`);
  }
  const issuer = new URL(config.issuer);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    config.redirectUri,
    pending.codeVerifier,
    {
      ...requestOptions(issuer),
      ...(config.resource ? { additionalParameters: { resource: config.resource } } : {}),
    },
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  const idClaims = (oauth.getValidatedIdTokenClaims(result) ?? {}) as Record<string, unknown>;
  const user = userFromClaims(idClaims, decodeJwtPayload(result.access_token));
  const session: Session = {
    accessToken: result.access_token,
    idToken: result.id_token ?? '',
    expiresAt: Date.now() + (result.expires_in ?? 3600) * 1000,
    user,
  };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return { session, returnTo: pending.returnTo };
}

/** Ends the session here and at the identity provider (RP-initiated logout). */
export async function logout(config: AuthConfig): Promise<void> {
  const session = readSession();
  clearSession();
  let endSession: string | undefined;
  try {
    endSession = (await discover(config.issuer)).end_session_endpoint;
  } catch {
    endSession = undefined;
  }
  if (!endSession) {
    window.location.assign(config.postLogoutRedirectUri);
    return;
  }
  const url = new URL(endSession);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('post_logout_redirect_uri', config.postLogoutRedirectUri);
  if (session?.idToken) url.searchParams.set('id_token_hint', session.idToken);
  window.location.assign(url.href);
}
