import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, PARTNER, startEdgeGateway } from './edge-harness.ts';

describe('bad input is refused at the edge with a Dutch BAD_USER_INPUT', () => {
  let gw: EdgeHarness;
  let auth: Record<string, string>;

  beforeAll(async () => {
    // No subgraph listens: a refusal here proves the gateway decided on its own.
    gw = await startEdgeGateway({ rateLimits: { partner: 10_000 } });
    auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
  });
  afterAll(() => gw?.stop());

  const PLAN =
    'mutation ($id: ID!, $date: Date!) { planContactMoment(agreementId: $id, kind: START, plannedOn: $date, mode: IN_PERSON, idempotencyKey: "input-test-0001") { __typename } }';

  it('refuses an impossible date in a variable (2026-02-30)', async () => {
    const { body } = await gw.post({ query: PLAN, variables: { id: 'p1', date: '2026-02-30' } }, auth);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe('date');
    expect(body.errors?.[0]?.message).toBe(
      'Ongeldige waarde voor variabele $date: Ongeldige datum "2026-02-30": gebruik een bestaande datum als JJJJ-MM-DD.',
    );
  });

  it('refuses an impossible date written in the query', async () => {
    const { body } = await gw.post(
      {
        query:
          'mutation { planContactMoment(agreementId: "a1", kind: START, plannedOn: "2025-02-29", mode: IN_PERSON, idempotencyKey: "input-test-0002") { __typename } }',
      },
      auth,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/Ongeldige datum "2025-02-29"/);
  });

  it('refuses a NUL byte in a variable, naming where', async () => {
    const { body } = await gw.post({ query: PLAN, variables: { id: 'p\u00001', date: '2026-03-02' } }, auth);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toBe(
      'De invoer $id bevat een stuurteken (zoals NUL); dat is geen geldige tekst.',
    );
  });

  it('refuses a control character in a string literal of the query', async () => {
    const { body } = await gw.post({ query: '{ institution(id: "roc\\u0000zadkine") { name } }' }, auth);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/stuurteken/);
  });

  it('lets ordinary text with line breaks and tabs through to the subgraph', async () => {
    const { body } = await gw.post(
      { query: 'query ($id: ID!) { institution(id: $id) { name } }', variables: { id: 'regel 1\nregel\t2' } },
      auth,
    );
    // Passed the edge: the gateway asked placements, which does not listen here (not BAD_USER_INPUT).
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(body.errors?.[0]?.extensions?.service).toBe('placements');
  });
});
