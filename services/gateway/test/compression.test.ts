import { request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, PARTNER, startEdgeGateway } from './edge-harness.ts';

/** One raw HTTP exchange, so the response body is seen as sent (fetch would decompress it). */
function post(url: string, body: string | Buffer, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

describe('the gateway compresses its answers', () => {
  let gw: EdgeHarness;
  let auth: Record<string, string>;
  const query = JSON.stringify({ query: '{ __typename }' });

  beforeAll(async () => {
    gw = await startEdgeGateway();
    auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
  });
  afterAll(() => gw?.stop());

  it('with gzip when the client accepts it', async () => {
    const answer = await post(gw.url, query, { ...auth, 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(answer.body).toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  it('plainly when the client asks for no compression', async () => {
    const answer = await post(gw.url, query, auth);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('a compressed request body', () => {
  let gw: EdgeHarness;
  let auth: Record<string, string>;

  beforeAll(async () => {
    gw = await startEdgeGateway();
    auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
  });
  afterAll(() => gw?.stop());

  it('that inflates beyond 1 MB is refused, however small it is on the wire', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ query: `{ __typename }${' '.repeat(20_000_000)}` })));
    expect(bomb.length).toBeLessThan(100_000);
    const answer = await post(gw.url, bomb, { ...auth, 'content-encoding': 'gzip' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString('utf8')).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  });

  it('that inflates to an ordinary query is answered', async () => {
    const small = gzipSync(Buffer.from(JSON.stringify({ query: '{ __typename }' })));
    const answer = await post(gw.url, small, { ...auth, 'content-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
