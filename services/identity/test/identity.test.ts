import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessTokenError, type AccessTokenVerifier, API_AUDIENCE, createAccessTokenVerifier } from '@stelsel/auth';
import { ConfigError } from '@stelsel/graphql-kit';
import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdentityServer, startIdentityServer } from '../src/app.ts';
import { CLI_CLIENT_ID, WEB_CLIENT_ID } from '../src/clients.ts';
import { readIdentityEnv } from '../src/env.ts';
import { loadOrCreateProviderKeys } from '../src/keys.ts';
import { PERSONAS } from '../src/personas.ts';
import {
  authorizationCodeLogin,
  CookieJar,
  clientCredentialsAccessToken,
  personaAccessToken,
  runTokenCli,
  TokenCliError,
} from '../src/token-cli.ts';

const WEB_ORIGIN = 'http://localhost:5173';

let dataDir: string;
let identity: IdentityServer;
let verify: AccessTokenVerifier;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stelsel-identity-'));
  identity = await startIdentityServer({ port: 0, host: '127.0.0.1', dataDir, webOrigin: WEB_ORIGIN });
  verify = createAccessTokenVerifier({ issuer: identity.issuer, jwksUri: `${identity.issuer}/jwks` });
});

afterAll(async () => {
  await identity?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function captureIo(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      env,
      stdout: (text: string) => {
        out.stdout += text;
      },
      stderr: (text: string) => {
        out.stderr += text;
      },
    },
  };
}

/** Starts an authorization request in a "browser" and returns the login page it lands on. */
async function openLoginPage(jar = new CookieJar()) {
  const url = new URL(`${identity.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: WEB_CLIENT_ID,
    response_type: 'code',
    redirect_uri: 'http://localhost:3000/auth/callback',
    scope: 'openid profile api',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  }).toString();
  const first = await fetch(url, { redirect: 'manual' });
  jar.store(first);
  expect(first.status).toBe(303);
  const loginUrl = new URL(first.headers.get('location') ?? '', identity.issuer).href;
  const page = await fetch(loginUrl, { headers: { cookie: jar.header() } });
  return { jar, loginUrl, page, html: await page.text() };
}

describe('development OpenID Connect provider', () => {
  it('publishes discovery and keys', async () => {
    const response = await fetch(`${identity.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(identity.issuer);
    expect(discovery.jwks_uri).toBe(`${identity.issuer}/jwks`);
    expect(discovery.token_endpoint).toBe(`${identity.issuer}/token`);
    expect(discovery.end_session_endpoint).toBe(`${identity.issuer}/session/end`);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'client_credentials', 'refresh_token']),
    );
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['sub', 'name', 'role', 'organisation']));
    const jwks = (await (await fetch(`${identity.issuer}/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('gives partner-demo a verifiable JWT by client credentials', async () => {
    const token = await clientCredentialsAccessToken(identity.issuer, 'partner-demo', 'partner-demo-secret');
    expect(decodeJwt(token)).toMatchObject({ aud: API_AUDIENCE, sub: 'partner-demo', scope: 'api' });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({
      subject: 'partner-demo',
      role: 'partner',
      organisation: 'partner-demo',
      client: 'partner-demo',
    });
  });

  it('refuses client credentials with a wrong secret', async () => {
    await expect(clientCredentialsAccessToken(identity.issuer, 'partner-demo', 'fout')).rejects.toThrow(
      /invalid_client/,
    );
  });

  it.each(PERSONAS.map((p) => [p.id, p] as const))(
    'logs %s in headlessly (code + PKCE) to a token for the right caller',
    async (_id, persona) => {
      const token = await personaAccessToken(identity.issuer, persona.id, 'demo');
      await expect(verify(`Bearer ${token}`)).resolves.toEqual({
        subject: persona.subject,
        role: persona.role,
        organisation: persona.organisation,
        client: CLI_CLIENT_ID,
      });
    },
  );

  it('refuses a wrong password, on the form and in the headless flow', async () => {
    await expect(personaAccessToken(identity.issuer, 'docent-zadkine', 'geheim')).rejects.toMatchObject({
      name: 'TokenCliError',
      exitCode: 2,
    });
    await expect(personaAccessToken(identity.issuer, 'niemand', 'demo')).rejects.toBeInstanceOf(TokenCliError);

    const { jar, loginUrl } = await openLoginPage();
    const response = await fetch(`${loginUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'docent-zadkine', password: 'fout' }).toString(),
    });
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('De gebruikersnaam of het wachtwoord klopt niet.');
    expect(html).toContain('value="docent-zadkine"');
    expect(html).not.toMatch(/Error|at \w+ \(/);
  });

  it('refuses a token signed with another key', async () => {
    const real = decodeJwt(await clientCredentialsAccessToken(identity.issuer, 'partner-demo', 'partner-demo-secret'));
    const { privateKey } = await generateKeyPair('RS256');
    const [publicKey] = ((await (await fetch(`${identity.issuer}/jwks`)).json()) as { keys: Array<{ kid: string }> })
      .keys;
    const forged = await new SignJWT({ role: 'ministry', organisation: 'ocw' })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: publicKey?.kid })
      .setIssuer(identity.issuer)
      .setAudience(API_AUDIENCE)
      .setSubject(String(real.sub))
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(verify(`Bearer ${forged}`)).rejects.toBeInstanceOf(AccessTokenError);
  });

  it('serves an accessible Dutch login page with the demo personas', async () => {
    const { page, html } = await openLoginPage();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Stelsel mbo — Inloggen (ontwikkelomgeving)');
    expect(html).toMatch(/<label for="username">Gebruikersnaam<\/label>\s*<input[^>]*id="username"/);
    expect(html).toMatch(/<label for="password">Wachtwoord<\/label>\s*<input[^>]*type="password"[^>]*id="password"/);
    expect(html).not.toContain('<script');
    for (const persona of PERSONAS) expect(html).toContain(`<code>${persona.id}</code>`);
    expect(html).toContain('gemeente');
  });

  it('requires PKCE from the web client', async () => {
    const url = new URL(`${identity.issuer}/auth`);
    url.search = new URLSearchParams({
      client_id: WEB_CLIENT_ID,
      response_type: 'code',
      redirect_uri: 'http://localhost:3000/auth/callback',
      scope: 'openid',
    }).toString();
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('http://localhost:3000/auth/callback');
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('logs the web app in without consent screen, with claims in the ID token, and logs out', async () => {
    const jar = new CookieJar();
    const tokens = await authorizationCodeLogin({
      issuer: identity.issuer,
      username: 'ambtenaar-rotterdam',
      password: 'demo',
      clientId: WEB_CLIENT_ID,
      redirectUri: `${WEB_ORIGIN}/auth/callback`,
      jar,
    });
    expect(tokens.refresh_token).toEqual(expect.any(String));
    expect(decodeJwt(tokens.id_token ?? '')).toMatchObject({
      sub: 'ambtenaar-rotterdam',
      name: expect.stringContaining('Rotterdam'),
      role: 'municipality',
      organisation: '0599',
      aud: WEB_CLIENT_ID,
    });
    await expect(verify(`Bearer ${tokens.access_token}`)).resolves.toMatchObject({ organisation: '0599' });

    const end = new URL(`${identity.issuer}/session/end`);
    end.search = new URLSearchParams({
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: 'http://localhost:3000/',
    }).toString();
    const confirm = await fetch(end, { headers: { cookie: jar.header() } });
    jar.store(confirm);
    const html = await confirm.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Ja, uitloggen');
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const done = await fetch(new URL(action, identity.issuer), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('http://localhost:3000/');
  });

  it('keeps its keys across restarts, readable only by the owner', async () => {
    const again = await loadOrCreateProviderKeys(dataDir);
    const jwks = (await (await fetch(`${identity.issuer}/jwks`)).json()) as { keys: Array<{ kid: string }> };
    expect(again.jwks.keys.map((k) => k.kid)).toEqual(jwks.keys.map((k) => k.kid));
    expect(statSync(join(dataDir, 'jwks.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'cookie-keys.json')).mode & 0o777).toBe(0o600);
  });
});

describe('settings', () => {
  it('defaults to port 4100 and issuer http://localhost:4100', () => {
    expect(readIdentityEnv({ IDENTITY_DATA_DIR: '/tmp/x' })).toMatchObject({
      port: 4100,
      issuer: 'http://localhost:4100',
      dataDir: '/tmp/x',
    });
    expect(readIdentityEnv({ IDENTITY_PORT: '4555', IDENTITY_ISSUER: 'https://id.example.nl/' }).issuer).toBe(
      'https://id.example.nl',
    );
  });

  it('reports bad settings as one Dutch configuration error', () => {
    expect(() => readIdentityEnv({ IDENTITY_PORT: 'veertig' })).toThrow(ConfigError);
    expect(() => readIdentityEnv({ IDENTITY_ISSUER: 'geen-url' })).toThrow(/IDENTITY_ISSUER/);
    expect(() => readIdentityEnv({ NODE_ENV: 'production' })).toThrow(/alleen voor ontwikkeling/);
  });

  it('answers an unknown or expired login attempt in Dutch, without a stack trace', async () => {
    const response = await fetch(`${identity.issuer}/interaction/onbekend123`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Inlogpoging verlopen');
    expect(html).toContain('role="alert"');
  });
});

describe('token command', () => {
  it('prints one token line for a persona from the running provider', async () => {
    const { out, io } = captureIo({ IDENTITY_ISSUER: identity.issuer });
    expect(await runTokenCli(['docent-albeda'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    await expect(verify(`Bearer ${out.stdout.trim()}`)).resolves.toEqual({
      subject: 'docent-albeda',
      role: 'institution',
      organisation: 'albeda-college',
      client: CLI_CLIENT_ID,
    });
  });

  it('uses client credentials for partner-demo', async () => {
    const { out, io } = captureIo({ IDENTITY_ISSUER: identity.issuer });
    expect(await runTokenCli(['partner-demo'], io)).toBe(0);
    await expect(verify(`Bearer ${out.stdout.trim()}`)).resolves.toMatchObject({ role: 'partner' });
  });

  it('lists the personas without a provider', async () => {
    const { out, io } = captureIo({ IDENTITY_ISSUER: 'http://127.0.0.1:9' });
    expect(await runTokenCli(['--list'], io)).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toContain('student-zadkine student roc-zadkine');
    expect(lines).toContain('student-kramer student roc-zadkine');
    expect(lines).toContain('ambtenaar-rotterdam municipality 0599');
    expect(lines).toContain('partner-demo partner partner-demo');
    expect(lines).toHaveLength(PERSONAS.length + 1);
  });

  it('refuses an unknown persona with exit code 2 and the valid names', async () => {
    const { out, io } = captureIo({ IDENTITY_ISSUER: identity.issuer });
    expect(await runTokenCli(['rector-zadkine'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('Onbekende persona "rector-zadkine"');
    expect(out.stderr).toContain('docent-zadkine');
  });

  it('says to start the system when the provider is not running', async () => {
    const { out, io } = captureIo({ IDENTITY_ISSUER: 'http://127.0.0.1:9' });
    expect(await runTokenCli(['docent-zadkine'], io)).toBe(1);
    expect(out.stderr).toContain('Start eerst het systeem met npm start');
  });

  it('refuses to run in production', async () => {
    const { out, io } = captureIo({ NODE_ENV: 'production', IDENTITY_ISSUER: identity.issuer });
    expect(await runTokenCli(['docent-zadkine'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('alleen voor de ontwikkelomgeving');
  });
});
