import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, fragmentBomb, PARTNER, startEdgeGateway } from './edge-harness.ts';

describe('operation limits (graphql-armor), checked before any subgraph is asked', () => {
  let gw: EdgeHarness;
  let auth: Record<string, string>;
  const codes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    body.errors?.map((e) => e.extensions?.code);

  beforeAll(async () => {
    gw = await startEdgeGateway({ rateLimits: { partner: 10_000 } });
    auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
    // One request first, so the timing bounds below measure the rules, not the first request's warm-up.
    await gw.post({ query: '{ __typename }' }, auth);
  });
  afterAll(() => gw?.stop());

  it('refuses an alias bomb (1,000 aliases of allocations) before any subgraph is asked', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: allocations(scheme: SALARISMIX) { institution { name municipality { name } } amount }`,
    ).join('\n');
    const { body, ms } = await gw.post({ query: `{ ${aliases} }` }, auth);
    expect(body.data ?? null).toBeNull();
    // The document has more than 2,000 tokens: refused while parsing.
    expect(codes(body)).toEqual(['QUERY_TOO_MANY_TOKENS']);
    expect(body.errors?.[0]?.message).toBe('De query is te lang (meer dan 2000 tokens; maximaal 2000).');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses 21 aliases with a Dutch message naming the limit', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: allocations(scheme: SALARISMIX) { amount }`).join(' ');
    const { body } = await gw.post({ query: `{ ${aliases} }` }, auth);
    expect(codes(body)).toContain('QUERY_TOO_MANY_ALIASES');
    expect(body.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_MANY_ALIASES')?.message).toBe(
      'De query heeft te veel aliassen (21; maximaal 20).',
    );
  });

  it('refuses a query nested beyond depth 10', async () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'year' : `institution { allocations { ${nested(levels - 1)} } }`;
    const { body } = await gw.post({ query: `{ allocations(scheme: SALARISMIX) { ${nested(5)} } }` }, auth);
    // Nested lists are also too costly; the depth refusal names its own limit.
    expect(codes(body)).toContain('QUERY_TOO_DEEP');
    expect(body.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_DEEP')?.message).toBe(
      'De query is te diep genest (12 niveaus; maximaal 10).',
    );
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `t${i}: __typename @include(if: true)`).join(' ');
    const { body } = await gw.post({ query: `{ ${fields} }` }, auth);
    expect(codes(body)).toEqual(['QUERY_TOO_MANY_DIRECTIVES']);
    expect(body.errors?.[0]?.message).toMatch(/te veel directieven \(21; maximaal 20\)/);
  });

  it('refuses a query whose cost estimate is over the limit', async () => {
    const { body } = await gw.post(
      {
        query: `{ ${['a', 'b']
          .map(
            (alias) =>
              `${alias}: places(first: 200) { places { id title company { name places { id title company { name places { id title } } } } } }`,
          )
          .join(' ')} }`,
      },
      auth,
    );
    const costly = body.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_COSTLY');
    expect(costly?.message).toMatch(
      /^De query is te zwaar \(geschatte kosten (meer dan )?[\d.]+; maximaal 20\.000\)\. Vraag minder velden of kleinere lijsten op\.$/,
    );
  });

  it('refuses a fragment bomb quickly: no rule expands a fragment twice', async () => {
    // 2^40 spreads if expanded; linear rules take milliseconds.
    const started = performance.now();
    const { body } = await gw.post({ query: fragmentBomb(40) }, auth);
    const ms = performance.now() - started;
    expect(codes(body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(body.errors?.[0]?.message).toBe(
      'De query is te zwaar (geschatte kosten meer dan 1.000.000; maximaal 20.000). Vraag minder velden of kleinere lijsten op.',
    );
    expect(ms).toBeLessThan(1000);
  });

  it('a wide but linear document of 200 nested fragment levels is validated in linear time', async () => {
    const started = performance.now();
    await gw.post({ query: fragmentBomb(200) }, auth);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
