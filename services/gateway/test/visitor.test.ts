import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALLER_HEADER, type Caller, createCallerContextVerifier, generateGatewayKeys } from '@stelsel/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdOf } from '../src/trusted-documents.ts';
import { type EdgeHarness, PARTNER, startEdgeGateway } from './edge-harness.ts';

/**
 * Issue 10: a student follows a report with the receipt code "without logging in again". Without any token
 * the gateway runs only a shipped document whose every top-level field is open to visitors, forwards a
 * signed visitor caller, and refuses everything else exactly as before (401, nothing parsed).
 */
const FOLLOW = 'query Volg($code: String!) { reportByReceipt(code: $code) { status } }';
const MIXED = 'query Meer($code: String!) { reportByReceipt(code: $code) { status } discriminationGrounds { code } }';
const OTHER = 'query Gronden { discriminationGrounds { code } }';

describe('a visitor without a token', () => {
  let gw: EdgeHarness;
  let subgraph: Server;
  let dir: string;
  const seen: Caller[] = [];

  beforeAll(async () => {
    const keys = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(keys.publicJwk, 'reports');
    // A stand-in reports subgraph: records who the gateway says is calling, answers one status.
    subgraph = createServer((req, res) => {
      void (async () => {
        for await (const _chunk of req) {
          // drain the request
        }
        seen.push(await verify(req.headers[CALLER_HEADER] as string));
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { reportByReceipt: { status: 'AT_DESK' } } }));
      })();
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    dir = mkdtempSync(join(tmpdir(), 'stelsel-visitor-'));
    const manifest = join(dir, 'persisted-documents.json');
    writeFileSync(
      manifest,
      JSON.stringify(Object.fromEntries([FOLLOW, MIXED, OTHER].map((text) => [documentIdOf(text), text]))),
    );
    gw = await startEdgeGateway({
      gatewayPrivateKey: keys.privateKey,
      subgraphUrls: {
        placements: 'http://127.0.0.1:9/graphql',
        reports: `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`,
        funding: 'http://127.0.0.1:9/graphql',
        'equal-treatment': 'http://127.0.0.1:9/graphql',
      },
      trustedDocuments: { manifestFiles: [manifest] },
      rateLimits: { anonymous: 8 },
    });
  });
  afterAll(async () => {
    await gw?.stop();
    subgraph?.closeAllConnections();
    await new Promise((resolve) => subgraph?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const follow = { documentId: documentIdOf(FOLLOW), variables: { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' } };

  it('follows a report by its receipt code, and the subgraph hears a signed visitor', async () => {
    const { status, body } = await gw.post(follow);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { reportByReceipt: { status: 'AT_DESK' } } });
    expect(seen.at(-1)).toMatchObject({ role: 'visitor', organisation: '' });
    expect(seen.at(-1)?.subject).toMatch(/^bezoeker:/);
  });

  it('refuses a shipped document that also asks for anything else, and one that asks only for other things', async () => {
    const before = seen.length;
    for (const text of [MIXED, OTHER]) {
      const { status, body } = await gw.post({ documentId: documentIdOf(text), variables: { code: 'X' } });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(seen.length).toBe(before);
  });

  it('refuses the same field sent as text, an unknown id and a large body, without reading on', async () => {
    const text = await gw.post({ query: FOLLOW, variables: { code: 'X' } });
    expect(text.status).toBe(401);
    const unknown = await gw.post({ documentId: documentIdOf('query X { reportByReceipt(code: "A") { status } }') });
    expect(unknown.status).toBe(401);
    const large = await gw.post({ ...follow, extensions: { opvulling: 'x'.repeat(10_000) } });
    expect(large.status).toBe(401);
  });

  it('treats a bad token as a bad token, not as a visitor', async () => {
    const before = seen.length;
    const { status, body } = await gw.post(follow, { authorization: 'Bearer vals' });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(seen.length).toBe(before);
  });

  it('still answers a logged-in caller the same document', async () => {
    const partner = await gw.token(PARTNER);
    const { status } = await gw.post(follow, { authorization: `Bearer ${partner}` });
    expect(status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ role: 'partner' });
  });

  it('counts a visitor in the anonymous budget of its address', async () => {
    let last = 0;
    for (let i = 0; i < 10; i += 1) last = (await gw.post(follow)).status;
    expect(last).toBe(429);
  });
});
