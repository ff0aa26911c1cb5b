import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, PARTNER, STUDENT, startEdgeGateway } from './edge-harness.ts';

type Gateway = Awaited<ReturnType<typeof startEdgeGateway>>;

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('in production the schema is a partner contract', () => {
  let prod: Gateway;
  let dev: EdgeHarness;
  let partner: Record<string, string>;
  let student: Record<string, string>;
  const logged: Array<Record<string, unknown>> = [];
  // A broken placements: it answers, but with a body that is not GraphQL and names an internal host.
  let broken: Server;

  beforeAll(async () => {
    broken = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{kapot: zie http://10.1.2.3/intern');
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    prod = await startEdgeGateway({
      production: true,
      subgraphUrls: {
        placements: `http://127.0.0.1:${(broken.address() as AddressInfo).port}/graphql`,
        reports: 'http://127.0.0.1:9/graphql',
        funding: 'http://127.0.0.1:9/graphql',
        'equal-treatment': 'http://127.0.0.1:9/graphql',
      },
      logger: { error: (message, fields) => logged.push({ message, ...fields }) },
    });
    dev = await startEdgeGateway({ production: false }, prod.issuer);
    partner = { authorization: `Bearer ${await prod.token(PARTNER)}` };
    student = { authorization: `Bearer ${await prod.token(STUDENT)}` };
  });
  afterAll(async () => {
    await dev?.stop();
    await prod?.stop();
    broken?.close();
  });

  it('refuses introspection to a student, in Dutch, and serves it to a partner', async () => {
    const refused = await prod.post({ query: INTROSPECTION }, student);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    expect(refused.body.errors?.[0]?.message).toMatch(/alleen open voor partners/);
    const typeQuery = await prod.post({ query: '{ __type(name: "Student") { fields { name } } }' }, student);
    expect(typeQuery.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    // The same document, now for a partner (not served from the student's validation cache).
    const allowed = await prod.post({ query: INTROSPECTION }, partner);
    expect(allowed.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    // …and after the partner, a student is still refused.
    const again = await prod.post({ query: INTROSPECTION }, student);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
  });

  it('gives no "Did you mean" suggestions except to partners', async () => {
    const query = '{ institutoins { id } }';
    const forStudent = await prod.post({ query }, student);
    expect(forStudent.body.errors?.[0]?.message).toBe('Cannot query field "institutoins" on type "Query".');
    const forPartner = await prod.post({ query }, partner);
    expect(forPartner.body.errors?.[0]?.message).toMatch(/Did you mean "institution/);
    const enumTypo = await prod.post(
      { query: 'query ($s: AllocationScheme!) { allocations(scheme: $s) { amount } }', variables: { s: 'SALARIS' } },
      student,
    );
    expect(enumTypo.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(enumTypo.body.errors?.[0]?.message).toMatch(/^Ongeldige waarde voor variabele \$s: /);
    expect(JSON.stringify(enumTypo.body)).not.toMatch(/Did you mean/);
  });

  it('outside production, introspection stays open for exploring', async () => {
    const { body } = await dev.post({ query: INTROSPECTION }, student);
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('masks an unexpected error with a correlation id that is in the log, without subgraph URL or query', async () => {
    // Placements answers with garbage: the failure is unexpected for the caller.
    const { body } = await prod.post({ query: '{ institutions { id name } }' }, partner);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/127\.0\.0\.1|10\.1\.2\.3|\/graphql|_entities|query \{|http:\/\/|kapot/);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const correlationId = error?.extensions?.correlationId as string;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error?.message).toContain(correlationId);
    expect(error?.message).toMatch(/^Er ging onverwacht iets mis/);
    expect(logged.find((entry) => entry.correlationId === correlationId)).toBeDefined();
  });

  it('keeps the code and Dutch message of a refusal made at the edge', async () => {
    const { status, body } = await prod.post({ query: '{ __typename }' }, { authorization: 'Bearer vals' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'TOKEN_INVALID' });
    expect(body.errors?.[0]?.message).toMatch(/ongeldig/);
  });
});
