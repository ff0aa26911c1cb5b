import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@stelsel/graphql-kit';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { API_SCOPE } from './clients.ts';
import { loadOrCreateProviderKeys } from './keys.ts';
import { checkPassword } from './personas.ts';
import { createIdentityProvider } from './provider.ts';
import { errorPage, loginPage } from './views.ts';

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,128})(\/login)?\/?$/;
const MAX_FORM_BYTES = 16 * 1024;

const SECURITY_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const expiredPage = () =>
  errorPage(
    'Inlogpoging verlopen',
    'Deze inlogpoging is verlopen of niet gevonden (bijvoorbeeld na een herstart of omdat cookies geblokkeerd zijn).',
  );

/**
 * The login interaction: GET shows the form, POST checks the persona and its development password.
 * First-party consent is granted in `loadExistingGrant`; a consent prompt that still comes here is
 * finished the same way.
 */
async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  isLoginPost: boolean,
  logger: Logger | undefined,
): Promise<void> {
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) {
      sendHtml(res, 400, expiredPage());
      return;
    }
    const client = await provider.Client.find(String(details.params.client_id ?? ''));
    const clientName = client?.clientName ?? undefined;
    const action = `/interaction/${encodeURIComponent(uid)}/login`;

    if (details.prompt.name === 'consent') {
      const accountId = details.session?.accountId;
      if (!accountId || !client) {
        sendHtml(res, 400, expiredPage());
        return;
      }
      const grant = details.grantId
        ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ clientId: client.clientId, accountId }))
        : new provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid profile');
      for (const [indicator] of Object.entries(details.prompt.details.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, API_SCOPE);
      }
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }

    if (req.method === 'GET' && !isLoginPost) {
      sendHtml(res, 200, loginPage({ action, clientName }));
      return;
    }
    if (req.method !== 'POST' || !isLoginPost) {
      sendHtml(res, 405, errorPage('Niet toegestaan', 'Deze pagina kan zo niet worden gebruikt.'));
      return;
    }
    const form = await readForm(req);
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!username || !password) {
      const missing = !username ? 'Vul uw gebruikersnaam in.' : 'Vul uw wachtwoord in.';
      sendHtml(res, 401, loginPage({ action, clientName, username, error: missing }));
      return;
    }
    const persona = checkPassword(username, password);
    if (!persona) {
      sendHtml(
        res,
        401,
        loginPage({
          action,
          clientName,
          username,
          error: 'De gebruikersnaam of het wachtwoord klopt niet. Kies een persona uit de lijst hieronder.',
        }),
      );
      return;
    }
    logger?.info('ingelogd', { persona: persona.id, client: client?.clientId });
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: persona.subject } },
      { mergeWithLastSubmission: false },
    );
  } catch (error) {
    if (error instanceof errors.SessionNotFound) {
      sendHtml(res, 400, expiredPage());
      return;
    }
    logger?.error('inlogscherm faalde', { error: error instanceof Error ? error.message : String(error) });
    if (!res.headersSent) {
      sendHtml(res, 500, errorPage('Er ging iets mis', 'De inlogpagina kon niet worden getoond. Probeer het opnieuw.'));
    } else {
      res.end();
    }
  }
}

export interface IdentityServerOptions {
  port: number;
  host?: string | undefined;
  /** Issuer identifier; default `http://localhost:<listening port>` (so port 0 works in tests). */
  issuer?: string | undefined;
  dataDir: string;
  webOrigin?: string | undefined;
  logger?: Logger | undefined;
}

export interface IdentityServer {
  issuer: string;
  port: number;
  provider: Provider;
  server: Server;
  stop(): Promise<void>;
}

/** Starts the development OpenID Connect provider with its login pages on one HTTP server. */
export async function startIdentityServer(options: IdentityServerOptions): Promise<IdentityServer> {
  const keys = await loadOrCreateProviderKeys(options.dataDir);
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else sendHtml(res, 503, errorPage('Nog niet gereed', 'De identiteitsprovider start nog. Probeer het zo opnieuw.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = (options.issuer ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const provider = createIdentityProvider({ issuer, keys, webOrigin: options.webOrigin });
  provider.on('server_error', (_ctx, error) => {
    options.logger?.error('interne fout in de identiteitsprovider', { error: error.message });
  });
  const oidc = provider.callback();
  handler = (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const match = INTERACTION_PATH.exec(path);
    if (match?.[1]) {
      void handleInteraction(provider, req, res, match[1], Boolean(match[2]), options.logger);
      return;
    }
    void oidc(req, res);
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { issuer, port, provider, server, stop };
}
