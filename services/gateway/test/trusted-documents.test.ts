import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_CLI_CLIENT, WEB_APP_CLIENT } from '../src/trusted-documents.ts';
import { PARTNER, STUDENT, startEdgeGateway } from './edge-harness.ts';

type Gateway = Awaited<ReturnType<typeof startEdgeGateway>>;

const id = (text: string) => createHash('sha256').update(text).digest('hex');
// Documents that need no subgraph: the edge harness has none.
const SHIPPED = 'query Shipped { __typename }';
const DEPLOYED_LATER = 'query DeployedLater { alias: __typename }';

describe('trusted documents: the web apps send only what the platform shipped', () => {
  let dir: string;
  let webHost: Server;
  /** What the web host serves as `/persisted-documents.json`; a deployment adds to it. */
  let deployed: Record<string, string> = {};
  let webHostReads = 0;
  let dev: Gateway;
  let prod: Gateway;
  let web: Record<string, string>;
  let cli: Record<string, string>;
  let partner: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stelsel-trusted-'));
    const manifest = join(dir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [id(SHIPPED)]: SHIPPED }));
    webHost = createServer((req, res) => {
      if (req.url !== '/persisted-documents.json') {
        res.statusCode = 404;
        res.end();
        return;
      }
      webHostReads += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(deployed));
    });
    await new Promise<void>((resolve) => webHost.listen(0, '127.0.0.1', resolve));
    const trusted = {
      manifestFiles: [manifest],
      manifestUrl: `http://127.0.0.1:${(webHost.address() as AddressInfo).port}/persisted-documents.json`,
      missCacheMs: 1_000,
    };
    dev = await startEdgeGateway({ trustedDocuments: trusted });
    prod = await startEdgeGateway({ trustedDocuments: trusted, production: true }, dev.issuer);
    web = { authorization: `Bearer ${await dev.token(STUDENT, { client: WEB_APP_CLIENT })}` };
    cli = { authorization: `Bearer ${await dev.token(STUDENT, { client: TOKEN_CLI_CLIENT })}` };
    partner = { authorization: `Bearer ${await dev.token(PARTNER, { client: 'partner-demo' })}` };
  });
  afterAll(async () => {
    await prod?.stop();
    await dev?.stop();
    await new Promise<void>((resolve) => webHost?.close(() => resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a web app's token that sends query text, in Dutch, before anything runs", async () => {
    const { status, body } = await dev.post({ query: SHIPPED }, web);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
    expect(body.errors?.[0]?.message).toBe(
      'Deze app mag alleen de eigen, vooraf bekende operaties sturen (documentId), geen vrije querytekst.',
    );
  });

  it('runs a shipped document for the same token, by documentId or by Apollo sha256Hash', async () => {
    const byId = await dev.post({ documentId: id(SHIPPED), operationName: 'Shipped' }, web);
    expect(byId.body).toEqual({ data: { __typename: 'Query' } });
    const byHash = await dev.post({ extensions: { persistedQuery: { version: 1, sha256Hash: id(SHIPPED) } } }, web);
    expect(byHash.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an unknown id with its own code', async () => {
    const { status, body } = await dev.post({ documentId: id('query Nobody { __typename }') }, web);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect(body.errors?.[0]?.message).toMatch(/niet bekend/);
  });

  it('lets a partner send any document, in production too', async () => {
    for (const gateway of [dev, prod]) {
      const { status, body } = await gateway.post({ query: '{ __typename }' }, partner);
      expect(status).toBe(200);
      expect(body).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it("lets the token CLI's tokens send any document outside production only", async () => {
    expect((await dev.post({ query: '{ __typename }' }, cli)).body).toEqual({ data: { __typename: 'Query' } });
    const refused = await prod.post({ query: '{ __typename }' }, cli);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
  });

  it('honours a newly deployed manifest without a restart, and asks the web host once per miss interval', async () => {
    const before = await dev.post({ documentId: id(DEPLOYED_LATER) }, web);
    expect(before.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    const reads = webHostReads;
    // A burst of the same unknown id is answered from the miss cache.
    for (let i = 0; i < 5; i++) await dev.post({ documentId: id(DEPLOYED_LATER) }, web);
    expect(webHostReads).toBe(reads);

    deployed = { [id(DEPLOYED_LATER)]: DEPLOYED_LATER };
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await dev.post({ documentId: id(DEPLOYED_LATER), operationName: 'DeployedLater' }, web);
    expect(after.body).toEqual({ data: { alias: 'Query' } });
  });
});
