import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, fragmentBomb, PARTNER, startEdgeGateway } from './edge-harness.ts';

describe('the edge: cheap refusals before the document is parsed', () => {
  let gw: EdgeHarness;
  let partner: string;

  beforeAll(async () => {
    gw = await startEdgeGateway({ rateLimits: { anonymous: 10_000, partner: 10_000 } });
    partner = await gw.token(PARTNER);
  });
  afterAll(() => gw?.stop());

  it('answers a known caller', async () => {
    const { status, body } = await gw.post({ query: '{ __typename }' }, { authorization: `Bearer ${partner}` });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a token without exp, signed by the provider', async () => {
    const noExp = await gw.token(PARTNER, { exp: null });
    const { status, body } = await gw.post({ query: '{ __typename }' }, { authorization: `Bearer ${noExp}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
    expect(body.errors?.[0]?.message).toMatch(/geen vervaltijd/);
  });

  it('refuses an anonymous fragment bomb with 401 without parsing or validating it', async () => {
    // 30 levels would take hours if any rule expanded the fragments; the token check comes first.
    const { status, body, ms } = await gw.post({ query: fragmentBomb(30) });
    expect(status).toBe(401);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(ms).toBeLessThan(500);
  });

  it('refuses an anonymous invalid document with 401, not a syntax error', async () => {
    const { status, body } = await gw.post({ query: '{ { { not graphql' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await gw.post('this is not even json');
    expect(garbage.status).toBe(401);
  });

  it('refuses a 2 MB body with 413 and a Dutch message naming the limit', async () => {
    const big = { query: `{ __typename }\n# ${'x'.repeat(2_000_000)}` };
    const { status, body } = await gw.post(big, { authorization: `Bearer ${partner}` });
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
    expect(body.errors?.[0]?.message).toBe('Het verzoek is te groot (maximaal 1 MB).');
  });

  it('closes the connection after refusing a large unread body, and keeps it for small refusals', async () => {
    const large = await gw.post({ query: `{ __typename }\n# ${'x'.repeat(2_000_000)}` });
    expect(large.status).toBe(401);
    expect(large.headers.get('connection')).toBe('close');
    const small = await gw.post({ query: '{ __typename }' });
    expect(small.status).toBe(401);
    expect(small.headers.get('connection')).toBe('keep-alive');
  });

  it('refuses a 2 MB body sent without Content-Length (chunked) as well', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(100_000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }","x":"'));
        if (sent >= 20) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${partner}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(response.status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
  });

  it('accepts a body just under the limit', async () => {
    const { status } = await gw.post(
      { query: `{ __typename }\n# ${'x'.repeat(900_000)}` },
      { authorization: `Bearer ${partner}` },
    );
    expect(status).toBe(200);
  });
});
