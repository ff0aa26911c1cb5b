import { createServer, type Server } from 'node:http';
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTokenError, API_AUDIENCE, createAccessTokenVerifier } from '../src/access-token.ts';

describe('access tokens from the identity provider', () => {
  let server: Server;
  let issuer: string;
  let key: CryptoKey;
  let verify: ReturnType<typeof createAccessTokenVerifier>;

  const sign = (
    claims: JWTPayload,
    opts: { key?: CryptoKey; exp?: number | string | null; iss?: string; aud?: string } = {},
  ) => {
    const jwt = new SignJWT({ role: 'institution', organisation: 'roc-zadkine', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('docent-zadkine')
      .setIssuer(opts.iss ?? issuer)
      .setAudience(opts.aud ?? API_AUDIENCE)
      .setIssuedAt();
    if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? '5m');
    return jwt.sign(opts.key ?? key);
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    issuer = `http://127.0.0.1:${port}`;
    verify = createAccessTokenVerifier({ issuer, jwksUri: `${issuer}/jwks` });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('maps a valid token to the caller', async () => {
    expect(await verify(`Bearer ${await sign({})}`)).toEqual({
      subject: 'docent-zadkine',
      role: 'institution',
      organisation: 'roc-zadkine',
    });
  });

  it('names the client the token was issued to (client_id, else azp), for the trusted-documents rule', async () => {
    expect((await verify(`Bearer ${await sign({ client_id: 'stelsel-web' })}`)).client).toBe('stelsel-web');
    expect((await verify(`Bearer ${await sign({ azp: 'stelsel-cli' })}`)).client).toBe('stelsel-cli');
  });

  it('refuses a missing or malformed Authorization header', async () => {
    await expect(verify(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify('Basic abc')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an expired token with a message saying so', async () => {
    const token = await sign({}, { exp: Math.floor(Date.now() / 1000) - 120 });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    await expect(verify(`Bearer ${token}`)).rejects.toThrow(/verlopen/);
  });

  it('refuses a token without an expiry (exp), even when the provider signed it', async () => {
    const token = await sign({}, { exp: null });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(verify(`Bearer ${token}`)).rejects.toThrow(/geen vervaltijd/);
  });

  it('refuses a forged token (signed with another key)', async () => {
    const other = await generateKeyPair('ES256');
    await expect(verify(`Bearer ${await sign({}, { key: other.privateKey })}`)).rejects.toThrow(AccessTokenError);
  });

  it('refuses a token from another issuer or for another audience', async () => {
    await expect(verify(`Bearer ${await sign({}, { iss: 'https://elders.example' })}`)).rejects.toThrow(/ongeldig/);
    await expect(verify(`Bearer ${await sign({}, { aud: 'iets-anders' })}`)).rejects.toThrow(/ongeldig/);
  });

  it('refuses a token without a known role', async () => {
    await expect(verify(`Bearer ${await sign({ role: 'beheerder' })}`)).rejects.toThrow(/rol of organisatie/);
  });

  it('refuses garbage', async () => {
    await expect(verify('Bearer not.a.jwt')).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });
});
