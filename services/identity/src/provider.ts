import { API_AUDIENCE } from '@stelsel/auth';
import Provider, {
  type Account,
  type ClientMetadata,
  type Configuration,
  errors,
  type Grant,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { API_SCOPE, CLI_CLIENT_ID, CLI_REDIRECT_URI, FIRST_PARTY_CLIENTS, WEB_CLIENT_ID } from './clients.ts';
import type { ProviderKeys } from './keys.ts';
import { findPersonaBySubject, PARTNER_CLIENTS } from './personas.ts';
import { errorPage, loggedOutPage, logoutPage } from './views.ts';

const DEFAULT_WEB_ORIGIN = 'http://localhost:3000';
const FIRST_PARTY_OIDC_SCOPE = 'openid profile';

export interface IdentityProviderOptions {
  issuer: string;
  keys: ProviderKeys;
  /** Extra origin of the web apps (WEB_ORIGIN) allowed as redirect target. */
  webOrigin?: string | undefined;
}

function clients(webOrigin: string | undefined): ClientMetadata[] {
  const origins = [...new Set([DEFAULT_WEB_ORIGIN, ...(webOrigin ? [webOrigin] : [])])];
  return [
    {
      client_id: WEB_CLIENT_ID,
      client_name: 'Stelsel mbo',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: origins.map((o) => `${o}/auth/callback`),
      post_logout_redirect_uris: origins.map((o) => `${o}/`),
    },
    {
      client_id: CLI_CLIENT_ID,
      client_name: 'Stelsel mbo (token-commando)',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: [CLI_REDIRECT_URI],
    },
    ...PARTNER_CLIENTS.map(
      (partner): ClientMetadata => ({
        client_id: partner.clientId,
        client_secret: partner.secret,
        client_name: `Partner ${partner.clientId}`,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      }),
    ),
  ];
}

async function findAccount(_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> {
  const persona = findPersonaBySubject(sub);
  if (!persona) return undefined;
  return {
    accountId: persona.subject,
    claims: () => ({
      sub: persona.subject,
      name: persona.name,
      role: persona.role,
      organisation: persona.organisation,
    }),
  };
}

/**
 * First-party clients get their grant without a consent screen: openid + profile and the API scope
 * for the stelsel API resource. Any other client keeps the standard behaviour.
 */
async function loadExistingGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { oidc } = ctx;
  const client = oidc.client;
  if (!client || !oidc.session) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(client.clientId);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (!FIRST_PARTY_CLIENTS.has(client.clientId)) return existing;
  const accountId = oidc.session.accountId;
  if (!accountId) return existing;
  const grant =
    existing && existing.accountId === accountId
      ? existing
      : new oidc.provider.Grant({ clientId: client.clientId, accountId });
  grant.addOIDCScope(FIRST_PARTY_OIDC_SCOPE);
  grant.addResourceScope(API_AUDIENCE, API_SCOPE);
  await grant.save();
  return grant;
}

/** `role` and `organisation` in every access token; client credentials act as partner for themselves. */
async function extraTokenClaims(
  _ctx: KoaContextWithOIDC,
  token: { kind: string; accountId?: string | undefined; clientId?: string | undefined },
): Promise<Record<string, string> | undefined> {
  if (token.kind === 'ClientCredentials' && token.clientId) {
    return { role: 'partner', organisation: token.clientId };
  }
  const persona = token.accountId ? findPersonaBySubject(token.accountId) : undefined;
  return persona ? { role: persona.role, organisation: persona.organisation } : undefined;
}

const ERROR_TEXT: Record<string, string> = {
  invalid_request: 'Het verzoek van de applicatie is ongeldig.',
  invalid_client: 'De applicatie is niet bekend bij deze identiteitsprovider.',
  invalid_redirect_uri: 'Het terugkeeradres van de applicatie is niet geregistreerd.',
  access_denied: 'De toegang is geweigerd.',
  session_not_found: 'Uw inlogsessie is verlopen of niet gevonden.',
  invalid_scope: 'De applicatie vraagt om rechten die niet bestaan.',
  invalid_target: 'De applicatie vraagt om een onbekende API.',
};

/** Builds the development OpenID Connect provider (oidc-provider v9) with in-memory sessions and grants. */
export function createIdentityProvider(options: IdentityProviderOptions): Provider {
  const webClients = clients(options.webOrigin);
  const configuration: Configuration = {
    clients: webClients,
    // oidc-provider accepts private JWKs here; its JWK type is narrower than jose's.
    jwks: options.keys.jwks as Configuration['jwks'],
    cookies: {
      keys: options.keys.cookieKeys,
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    findAccount,
    claims: { openid: ['sub'], profile: ['name', 'role', 'organisation'] },
    scopes: ['openid', 'offline_access', 'profile'],
    // The web apps read name, role and organisation from the ID token (the access token is for the API).
    conformIdTokenClaims: false,
    loadExistingGrant,
    extraTokenClaims,
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') &&
      (FIRST_PARTY_CLIENTS.has(client.clientId) || code.scopes.has('offline_access')),
    clientBasedCORS: (_ctx, origin, client) =>
      origin !== 'null' &&
      client.clientAuthMethod === 'none' &&
      client.redirectUris?.some((uri) => new URL(uri).origin === origin) === true,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = loggedOutPage(ctx.oidc.client?.clientName ?? undefined);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (resourceIndicator !== API_AUDIENCE) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience: API_AUDIENCE, accessTokenFormat: 'jwt', accessTokenTTL: 3600 };
        },
      },
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      ClientCredentials: 3600,
      IdToken: 3600,
      Interaction: 3600,
      RefreshToken: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      const code = typeof out.error === 'string' ? out.error : 'server_error';
      ctx.body = errorPage(
        'Er ging iets mis bij het inloggen',
        ERROR_TEXT[code] ?? 'De identiteitsprovider kon dit verzoek niet afhandelen.',
        code,
      );
    },
  };
  return new Provider(options.issuer, configuration);
}
