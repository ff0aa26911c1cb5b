/**
 * `pnpm --silent token <persona>`: an access token for a demo persona from the RUNNING development
 * provider, by a real OpenID Connect flow over HTTP (authorization code + PKCE through the login
 * form with the persona's development password). `partner-demo` uses client credentials.
 * Imports nothing heavy (no oidc-provider), so `--list` is instant and works without the provider.
 */
import { createHash, randomBytes } from 'node:crypto';
import { API_AUDIENCE } from '@stelsel/auth';
import { API_SCOPE, CLI_CLIENT_ID, CLI_REDIRECT_URI } from './clients.ts';
import { DEV_PASSWORD, findPartnerClient, findPersona, PARTNER_CLIENTS, PERSONAS } from './personas.ts';

export class TokenCliError extends Error {
  override name = 'TokenCliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 10;

const START_HINT =
  'Start eerst het systeem met npm start (of alleen de provider: pnpm --filter @stelsel/identity start).';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

/** The development issuer: IDENTITY_ISSUER, else `http://localhost:<IDENTITY_PORT or 4100>`. */
export function defaultIssuer(env: NodeJS.ProcessEnv = process.env): string {
  const issuer = env.IDENTITY_ISSUER || `http://localhost:${env.IDENTITY_PORT || '4100'}`;
  return issuer.replace(/\/+$/, '');
}

async function request(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), ...init });
}

export async function discover(issuer: string): Promise<Discovery> {
  let response: Response;
  try {
    response = await request(`${issuer}/.well-known/openid-configuration`);
  } catch {
    throw new TokenCliError(`De identiteitsprovider op ${issuer} is niet bereikbaar. ${START_HINT}`, 1);
  }
  const body = response.ok
    ? ((await response.json().catch(() => undefined)) as Partial<Discovery> | undefined)
    : undefined;
  if (!body?.authorization_endpoint || !body.token_endpoint || !body.issuer) {
    throw new TokenCliError(
      `Op ${issuer} draait geen identiteitsprovider (geen geldig discovery-document, HTTP ${response.status}). ${START_HINT}`,
      1,
    );
  }
  return body as Discovery;
}

/** A minimal cookie jar for one headless login (cookies of the provider only). */
export class CookieJar {
  readonly #cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', raw = ''] = a.split('=');
        const attr = key.trim().toLowerCase();
        if (attr === 'max-age') return Number(raw) <= 0;
        if (attr === 'expires') return Date.parse(raw.trim()) <= Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const base64url = (buffer: Buffer) => buffer.toString('base64url');

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
}

async function tokenRequest(
  endpoint: string,
  body: URLSearchParams,
  headers: Record<string, string> = {},
): Promise<TokenResponse> {
  const response = await request(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body,
  });
  const json = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & {
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !json.access_token) {
    throw new TokenCliError(
      `De identiteitsprovider gaf geen token (${json.error ?? `HTTP ${response.status}`}${json.error_description ? `: ${json.error_description}` : ''}).`,
      1,
    );
  }
  return { ...json, access_token: json.access_token };
}

/** Client credentials for a partner client (standard OAuth 2.0, client_secret_basic). */
export async function clientCredentialsAccessToken(issuer: string, clientId: string, secret: string): Promise<string> {
  const discovery = await discover(issuer);
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64');
  const tokens = await tokenRequest(
    discovery.token_endpoint,
    new URLSearchParams({ grant_type: 'client_credentials', scope: API_SCOPE, resource: API_AUDIENCE }),
    { authorization: `Basic ${basic}` },
  );
  return tokens.access_token;
}

const resolveUrl = (location: string, base: string) => new URL(location, base).href;

export interface CodeLoginOptions {
  issuer: string;
  username: string;
  password: string;
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  /** Cookies of the browser session; a fresh jar when omitted. */
  jar?: CookieJar;
}

/**
 * Logs a user in headlessly, as a browser would: authorization request with PKCE (S256), the
 * provider's login form with user name and password, then the code exchange at the token endpoint.
 */
export async function authorizationCodeLogin(options: CodeLoginOptions): Promise<TokenResponse> {
  const clientId = options.clientId ?? CLI_CLIENT_ID;
  const redirectUri = options.redirectUri ?? CLI_REDIRECT_URI;
  const discovery = await discover(options.issuer);
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const state = base64url(randomBytes(16));
  const authorize = new URL(discovery.authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: options.scope ?? `openid profile ${API_SCOPE}`,
    resource: API_AUDIENCE,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    nonce: base64url(randomBytes(16)),
  }).toString();

  const jar = options.jar ?? new CookieJar();
  let url = authorize.href;
  let init: RequestInit = {};
  let formSent = false;
  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const response = await request(url, { ...init, headers: { ...(init.headers ?? {}), cookie: jar.header() } });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = resolveUrl(location, url);
      if (next.startsWith(redirectUri)) {
        const params = new URL(next).searchParams;
        if (params.get('error')) {
          const description = params.get('error_description');
          throw new TokenCliError(
            `Inloggen geweigerd: ${params.get('error')}${description ? ` (${description})` : ''}.`,
            1,
          );
        }
        const code = params.get('code');
        if (!code || params.get('state') !== state) {
          throw new TokenCliError('De identiteitsprovider gaf geen geldige autorisatiecode terug.', 1);
        }
        return tokenRequest(
          discovery.token_endpoint,
          new URLSearchParams({
            grant_type: 'authorization_code',
            code,
            redirect_uri: redirectUri,
            code_verifier: verifier,
            client_id: clientId,
          }),
        );
      }
      url = next;
      init = {};
      continue;
    }
    const html = await response.text();
    if (response.status === 401) {
      throw new TokenCliError(
        `Inloggen als "${options.username}" is geweigerd: gebruikersnaam of wachtwoord klopt niet.`,
        2,
      );
    }
    const action = /<form[^>]*\saction="([^"]+)"/.exec(html)?.[1];
    if (response.status === 200 && action && !formSent) {
      formSent = true;
      url = resolveUrl(action.replace(/&amp;/g, '&'), url);
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: options.username, password: options.password }).toString(),
      };
      continue;
    }
    throw new TokenCliError(
      `Onverwacht antwoord van de identiteitsprovider (HTTP ${response.status} op ${new URL(url).pathname}).`,
      1,
    );
  }
  throw new TokenCliError('Te veel doorverwijzingen bij het inloggen.', 1);
}

/** The access token of a demo persona, through the login form with its development password. */
export async function personaAccessToken(issuer: string, username: string, password = DEV_PASSWORD): Promise<string> {
  const tokens = await authorizationCodeLogin({ issuer, username, password });
  return tokens.access_token;
}

export interface TokenCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

const defaultIo: TokenCliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

const USAGE = `Gebruik:
  pnpm --silent token <persona>      toegangstoken (JWT) voor een demo-persona
  pnpm --silent token partner-demo   toegangstoken voor de partner (client credentials)
  pnpm --silent token --list         alle persona's: <persona> <rol> <organisatie>
`;

function listLines(): string[] {
  return [
    ...PERSONAS.map((p) => `${p.id} ${p.role} ${p.organisation}`),
    ...PARTNER_CLIENTS.map((c) => `${c.clientId} partner ${c.clientId}`),
  ];
}

/** The token for one persona or partner client; throws `TokenCliError` (exit code 2 for an unknown name). */
export async function tokenFor(name: string, issuer: string): Promise<string> {
  const partner = findPartnerClient(name);
  if (partner) return clientCredentialsAccessToken(issuer, partner.clientId, partner.secret);
  const persona = PERSONAS.find((p) => p.id === name) ?? findPersona(name);
  if (!persona) {
    const valid = [...PERSONAS.map((p) => p.id), ...PARTNER_CLIENTS.map((c) => c.clientId)].join(', ');
    throw new TokenCliError(`Onbekende persona "${name}". Kies uit: ${valid}.`, 2);
  }
  return personaAccessToken(issuer, persona.id);
}

/** Runs the token command; returns the exit code. Prints only the token on stdout. */
export async function runTokenCli(args: readonly string[], io: TokenCliIo = defaultIo): Promise<number> {
  if (io.env.NODE_ENV === 'production') {
    io.stderr(
      'Het token-commando is alleen voor de ontwikkelomgeving (NODE_ENV=production): haal tokens bij de echte identiteitsprovider.\n',
    );
    return 1;
  }
  const [first, ...rest] = args.filter((a) => a !== '--');
  if (first === '--help' || first === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  if (first === '--list') {
    io.stdout(`${listLines().join('\n')}\n`);
    return 0;
  }
  if (!first || rest.length > 0 || first.startsWith('-')) {
    io.stderr(USAGE);
    return 2;
  }
  try {
    const token = await tokenFor(first, defaultIssuer(io.env));
    io.stdout(`${token}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TokenCliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`Geen token: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
