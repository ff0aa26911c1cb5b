import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_PASSWORD, WEB_CLIENT_ID } from '@stelsel/identity';
import { authorizationCodeLogin, personaAccessToken } from '@stelsel/identity/token';
import { type Stack, startAll } from '@stelsel/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** With the real identity provider: its tokens name their client, and the gateway tells them apart. */
describe('trusted documents with tokens from the identity provider', () => {
  let stack: Stack;
  let dataDir: string;
  const post = async (body: object, token: string) => {
    const response = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      },
    };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'stelsel-trusted-stack-'));
    stack = await startAll({ dataDir, ports: 'free', only: ['identity', 'web', 'gateway'], output: 'silent' });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it("refuses text from the web apps' token and runs shipped and newly deployed ids; the token CLI's token may send text", async () => {
    const web = await authorizationCodeLogin({
      issuer: stack.urls.issuer,
      username: 'docent-zadkine',
      password: DEV_PASSWORD,
      clientId: WEB_CLIENT_ID,
      redirectUri: `${stack.urls.web}/auth/callback`,
    });
    const refused = await post({ query: '{ __typename }' }, web.access_token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
    expect(refused.body.errors?.[0]?.message).toMatch(/^Deze app mag alleen de eigen, vooraf bekende operaties sturen/);

    // A shipped id from the committed manifest is known at start (no subgraph runs here, so it fails later).
    const manifest = JSON.parse(
      readFileSync(
        new URL('../../../apps/school/src/graphql/generated/persisted-documents.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, string>;
    const [id] = Object.keys(manifest);
    const known = await post({ documentId: id }, web.access_token);
    expect(known.body.errors?.[0]?.extensions?.code ?? '').not.toMatch(/^PERSISTED_/);

    // A deployment (as `pnpm deploy-app` publishes it: a version folder with its manifest) is
    // honoured by the running gateway, through the web host's /persisted-documents.json.
    const text = `query Uitgerold${Date.now()} { __typename }`;
    const newId = createHash('sha256').update(text).digest('hex');
    expect((await post({ documentId: newId }, web.access_token)).body.errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_DOCUMENT_NOT_FOUND',
    );
    const version = join(dataDir, 'web', 'apps', 'school', 'test-uitrol-1');
    mkdirSync(version, { recursive: true });
    writeFileSync(join(version, 'persisted-documents.json'), JSON.stringify({ [newId]: text }));
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await post({ documentId: newId }, web.access_token)).body).toEqual({ data: { __typename: 'Query' } });

    const cli = await personaAccessToken(stack.urls.issuer, 'docent-zadkine');
    expect((await post({ query: '{ __typename }' }, cli)).body).toEqual({ data: { __typename: 'Query' } });
  });
});
