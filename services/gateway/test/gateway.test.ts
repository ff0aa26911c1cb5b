import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importGatewayPrivateKey, signCallerContext } from '@stelsel/auth';
import { clientCredentialsAccessToken, personaAccessToken } from '@stelsel/identity/token';
import { type Stack, startAll } from '@stelsel/stack';
import { generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

describe('the federated gateway over the running subgraphs', () => {
  let stack: Stack;
  let dataDir: string;
  let partner: string;

  const post = async <T = Record<string, unknown>>(
    url: string,
    query: string,
    headers: Record<string, string> = {},
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
  };
  const asPartner = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    post<T>(stack.urls.gateway, query, { authorization: `Bearer ${partner}` }, variables);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'stelsel-gateway-'));
    stack = await startAll({
      dataDir,
      ports: 'free',
      only: ['identity', 'placements', 'reports', 'funding', 'equal-treatment', 'gateway'],
      output: 'silent',
    });
    partner = await clientCredentialsAccessToken(stack.urls.issuer, 'partner-demo', 'partner-demo-secret');
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers a partner query that crosses funding and placements', async () => {
    const { status, body } = await asPartner<{
      allocations: Array<{ institution: { id: string; name: string }; amount: string; year: number }>;
    }>('{ allocations(scheme: SALARISMIX) { institution { id name } year amount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.allocations).toHaveLength(57);
    expect(body.data?.allocations.find((a) => a.institution.id === 'albeda-college')).toEqual({
      institution: { id: 'albeda-college', name: 'Albeda College' },
      year: 2023,
      amount: '6000000.00',
    });
  });

  it('joins institutions (placements) to their municipality and intro week (equal-treatment)', async () => {
    const { body } = await asPartner<{
      institution: { name: string; municipality: { code: string; name: string; introWeek: { status: string } | null } };
    }>(
      '{ institution(id: "roc-midden-nederland") { name municipality { code name introWeek(year: 2023) { status } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.institution).toEqual({
      name: 'ROC Midden Nederland',
      municipality: { code: '0344', name: 'Utrecht', introWeek: { status: 'OPEN' } },
    });
  });

  it("lets an institution user read its own students and refuses another institution's", async () => {
    const docent = await personaAccessToken(stack.urls.issuer, 'docent-zadkine');
    const as = { authorization: `Bearer ${docent}` };
    const own = await post<{ institution: { students: Array<{ id: string }> } }>(
      stack.urls.gateway,
      '{ institution(id: "roc-zadkine") { students { id } } }',
      as,
    );
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.institution.students.map((s) => s.id)).toContain('roc-zadkine-s001');
    const other = await post(stack.urls.gateway, '{ institution(id: "albeda-college") { name students { id } } }', as);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.body.errors?.[0]?.message).toMatch(/toegang|instelling/i);
    const byPartner = await asPartner('{ institution(id: "roc-zadkine") { students { id } } }');
    expect(byPartner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a call without a token, in Dutch, with 401', async () => {
    const { status, body } = await post(stack.urls.gateway, '{ institutions { id } }');
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/Niet ingelogd/);
  });

  it('refuses a forged token that claims the right issuer', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ role: 'ministry', organisation: 'ocw' })
      .setProtectedHeader({ alg: 'RS256', kid: 'vervalst' })
      .setSubject('indringer')
      .setIssuer(stack.urls.issuer)
      .setAudience('urn:stelsel:api')
      .setExpirationTime('5m')
      .sign(privateKey);
    const { status, body } = await post(stack.urls.gateway, '{ institutions { id } }', {
      authorization: `Bearer ${forged}`,
    });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toMatch(/ongeldig/);
  });

  it('refuses an expired token signed by the real provider key, saying it expired', async () => {
    const { keys } = JSON.parse(readFileSync(join(dataDir, 'identity', 'jwks.json'), 'utf8')) as { keys: JWK[] };
    const jwk = keys[0] as JWK;
    const key = await importJWK(jwk, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: 'partner', organisation: 'partner-demo' })
      .setProtectedHeader({ alg: 'RS256', kid: String(jwk.kid) })
      .setSubject('partner-demo')
      .setIssuer(stack.urls.issuer)
      .setAudience('urn:stelsel:api')
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(key);
    const { status, body } = await post(stack.urls.gateway, '{ institutions { id } }', {
      authorization: `Bearer ${expired}`,
    });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
    expect(body.errors?.[0]?.message).toMatch(/verlopen/);
  });

  it('answers a malformed query with a clear error, not a stack trace', async () => {
    const { body } = await asPartner('{ institutions { id ');
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses queries nested beyond the depth limit before asking any subgraph', async () => {
    // Allocation.institution → Institution.allocations → … is a valid cycle through two subgraphs.
    const nested = (levels: number): string =>
      levels === 0 ? 'year' : `institution { allocations { ${nested(levels - 1)} } }`;
    const ok = await asPartner(`{ allocations(scheme: SALARISMIX) { ${nested(2)} } }`);
    expect(ok.body.errors).toBeUndefined();
    const tooDeep = await asPartner(`{ allocations(scheme: SALARISMIX) { ${nested(7)} } }`);
    // Refused on depth; its estimated cost is over the limit too, and both refusals come before any subgraph.
    const codes = tooDeep.body.errors?.map((e) => e.extensions?.code) ?? [];
    expect(codes[0]).toBe('QUERY_TOO_DEEP');
    expect(codes.every((code) => code === 'QUERY_TOO_DEEP' || code === 'QUERY_TOO_COSTLY')).toBe(true);
    expect(tooDeep.body.data ?? null).toBeNull();
    expect(tooDeep.body.errors?.[0]?.message).toMatch(/te diep genest/);
  });

  it('a subgraph refuses a request that did not come through the gateway, even with a valid user token', async () => {
    const placements = `http://localhost:${stack.ports.placements}/graphql`;
    const { status, body } = await post(placements, '{ institutions { id } }', { authorization: `Bearer ${partner}` });
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/niet via de gateway/);
    const forgedHeader = await post(placements, '{ institutions { id } }', { 'x-stelsel-caller': partner });
    expect(forgedHeader.status).toBe(401);
  });

  it('a caller header signed for one subgraph is refused at another (audience = subgraph name)', async () => {
    const jwk = JSON.parse(readFileSync(join(dataDir, 'keys', 'gateway.private.jwk.json'), 'utf8')) as JWK;
    const gatewayKey = await importGatewayPrivateKey(jwk);
    const caller = { subject: 'partner-demo', role: 'partner' as const, organisation: 'partner-demo' };
    const forFunding = await signCallerContext(caller, gatewayKey, 'funding');
    const funding = `http://localhost:${stack.ports.funding}/graphql`;
    const placements = `http://localhost:${stack.ports.placements}/graphql`;
    const atFunding = await post(funding, '{ allocations(scheme: SALARISMIX) { year } }', {
      'x-stelsel-caller': forFunding,
    });
    expect(atFunding.status).toBe(200);
    expect(atFunding.body.errors).toBeUndefined();
    const replayed = await post(placements, '{ institutions { id } }', { 'x-stelsel-caller': forFunding });
    expect(replayed.status).toBe(401);
    expect(replayed.body.data ?? null).toBeNull();
    expect(replayed.body.errors?.[0]?.message).toMatch(/niet voor deze subgraaf \(placements\) bestemd/);
  });

  it('still answers what it can when a subgraph is down, with an error for the missing part', async () => {
    await stack.stopService('equal-treatment');
    try {
      const { status, body } = await asPartner<{
        institutions: Array<{ id: string; name: string; municipality: { name: string } | null }>;
      }>('{ institutions { id name municipality { name } } }');
      expect(status).toBe(200);
      expect(body.data?.institutions).toHaveLength(57);
      expect(body.data?.institutions.find((i) => i.id === 'roc-zadkine')?.name).toBe('ROC Zadkine');
      expect(body.data?.institutions.every((i) => i.municipality === null)).toBe(true);
      expect(body.errors?.length ?? 0).toBeGreaterThan(0);
    } finally {
      await stack.startService('equal-treatment');
    }
    // Back: once the circuit breaker's cool-off (5 s) has passed, a trial request closes it again.
    let municipality: string | undefined;
    for (let attempt = 0; attempt < 30 && municipality === undefined; attempt += 1) {
      const { body } = await asPartner<{ institution: { municipality: { name: string } | null } }>(
        '{ institution(id: "roc-zadkine") { municipality { name } } }',
      );
      municipality = body.data?.institution.municipality?.name;
      if (municipality === undefined) await new Promise((r) => setTimeout(r, 500));
    }
    expect(municipality).toBe('Rotterdam');
  });
});
