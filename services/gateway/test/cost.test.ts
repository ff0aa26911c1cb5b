import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../src/cost.ts';
import { DEFAULT_COST_LIMITS } from '../src/cost-limit.ts';
import { fragmentBomb, PARTNER, startEdgeGateway } from './edge-harness.ts';

const schema = buildASTSchema(
  transformSupergraphToPublicSchema(parse(readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8'))),
);
const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(query), undefined, variables);
const shortages = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `s${i}: shortages { __typename }`).join(' ')} }`;

describe('the cost estimate weighs what a subgraph does', () => {
  it('an aggregate weighs more than a lookup, and aliases add up', () => {
    expect(cost('{ institution(id: "x") { name } }')).toBe(11);
    expect(cost('{ shortages { __typename } }')).toBe(2001);
    expect(cost(shortages(10))).toBe(20_010);
    expect(cost(shortages(10))).toBeGreaterThan(DEFAULT_COST_LIMITS.maxCost);
    expect(cost(shortages(9))).toBeLessThanOrEqual(DEFAULT_COST_LIMITS.maxCost);
  });

  it('a list multiplies what is asked of each item; nested lists multiply again', () => {
    const one = cost('{ institutions { name } }');
    const nested = cost('{ institutions { name students { id } } }');
    expect(nested).toBeGreaterThan(one * 100);
    // The 83-byte query that made placements run out of memory (issue 13).
    expect(cost('{ myCompany { places { company { places { company { places { id } } } } } } }')).toBeGreaterThan(
      DEFAULT_COST_LIMITS.maxCost,
    );
  });

  it('a paged field counts its `first`, a variable at its value, and a missing variable at the maximum', () => {
    const query = 'query P($first: Int) { places(first: $first) { places { id company { name } } } }';
    expect(cost(query, { first: 10 })).toBeLessThan(cost(query, { first: 200 }));
    expect(cost(query)).toBe(cost(query, { first: 200 }));
    expect(cost(query, { first: 100_000 })).toBe(cost(query, { first: 200 }));
  });

  it('is linear in the document: a fragment bomb is costed in milliseconds, as the exponential it expands to', () => {
    const started = performance.now();
    expect(cost(fragmentBomb(200))).toBe(Number.POSITIVE_INFINITY);
    expect(cost(fragmentBomb(40))).toBeGreaterThan(1_000_000);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('cost limits at the gateway, before any subgraph is asked', () => {
  let placements: Server;
  let hits = 0;
  let delayMs = 0;
  const gateways: Array<{ stop(): Promise<void> }> = [];

  beforeAll(async () => {
    placements = createServer((req, res) => {
      hits += 1;
      req.resume();
      req.on('end', () =>
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: null, errors: [{ message: 'nep' }] }));
        }, delayMs),
      );
    });
    await new Promise<void>((resolve) => placements.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    for (const gw of gateways.splice(0)) await gw.stop();
    hits = 0;
    delayMs = 0;
  });
  afterAll(() => new Promise<void>((resolve) => placements.close(() => resolve())));

  const start = async (options: Parameters<typeof startEdgeGateway>[0] = {}) => {
    const port = (placements.address() as AddressInfo).port;
    const gw = await startEdgeGateway({
      rateLimits: { partner: 10_000 },
      logger: { error: () => {} },
      subgraphUrls: {
        placements: `http://127.0.0.1:${port}/graphql`,
        reports: 'http://127.0.0.1:9/graphql',
        funding: 'http://127.0.0.1:9/graphql',
        'equal-treatment': 'http://127.0.0.1:9/graphql',
      },
      ...options,
    });
    gateways.push(gw);
    return { gw, auth: { authorization: `Bearer ${await gw.token(PARTNER)}` } };
  };

  it('refuses 20 aliases of shortages with QUERY_TOO_COSTLY naming the limit; placements is never asked', async () => {
    const { gw, auth } = await start();
    const { body } = await gw.post({ query: shortages(20) }, auth);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(body.errors?.[0]?.message).toBe(
      'De query is te zwaar (geschatte kosten 40.020; maximaal 20.000). Vraag minder velden of kleinere lijsten op.',
    );
    expect(hits).toBe(0);
    // Within the limit, placements is asked.
    await gw.post({ query: shortages(2) }, auth);
    expect(hits).toBe(1);
  });

  it('spends a budget of estimated cost per minute: beyond it COST_BUDGET_EXCEEDED with Retry-After', async () => {
    const { gw, auth } = await start({
      costLimits: { costPerMinute: { ...DEFAULT_COST_LIMITS.costPerMinute, partner: 10_000 } },
    });
    const first = await gw.post({ query: shortages(4) }, auth);
    expect(first.body.errors?.[0]?.extensions?.code).not.toBe('COST_BUDGET_EXCEEDED');
    const second = await gw.post({ query: shortages(4) }, auth);
    expect(second.status).toBe(429);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('COST_BUDGET_EXCEEDED');
    expect(second.body.errors?.[0]?.message).toMatch(
      /^Te veel zware verzoeken: maximaal 10\.000 geschatte kosten per minuut \(deze query: 8\.004\); probeer het over \d+ seconden opnieuw\.$/,
    );
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(hits).toBe(1);
    // A cheap query still fits in what is left.
    const cheap = await gw.post({ query: '{ institution(id: "roc-zadkine") { name } }' }, auth);
    expect(cheap.body.errors?.[0]?.extensions?.code).not.toBe('COST_BUDGET_EXCEEDED');
  });

  it('twelve expensive requests in parallel: one caller runs at most maxCostInFlight at once', async () => {
    delayMs = 300;
    const { gw, auth } = await start({
      costLimits: {
        maxCostInFlight: 10_000,
        costPerMinute: { ...DEFAULT_COST_LIMITS.costPerMinute, partner: 1_000_000 },
      },
    });
    const answers = await Promise.all(Array.from({ length: 12 }, () => gw.post({ query: shortages(4) }, auth)));
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code);
    const refused = codes.filter((c) => c === 'TOO_MANY_CONCURRENT_REQUESTS').length;
    expect(refused).toBe(11);
    expect(hits).toBe(1);
    expect(answers.find((a) => a.status === 429)?.body.errors?.[0]?.message).toMatch(
      /^Te veel gelijktijdige verzoeken: .* samen maximaal 10\.000\. Wacht op die antwoorden\.$/,
    );
    // Once the first is answered, the next one runs.
    const after = await gw.post({ query: shortages(4) }, auth);
    expect(after.body.errors?.[0]?.extensions?.code).not.toBe('TOO_MANY_CONCURRENT_REQUESTS');
    expect(hits).toBe(2);
  });
});
