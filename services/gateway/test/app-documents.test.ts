import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appManifestFiles, documentIdOf, WEB_APP_CLIENT } from '../src/trusted-documents.ts';
import { type EdgeHarness, PARTNER, STUDENT, startEdgeGateway } from './edge-harness.ts';

const appsDir = fileURLToPath(new URL('../../../apps/', import.meta.url));
const manifests = appManifestFiles(appsDir);

/** Every operation the apps send: their manifests (id → text), as the gateway resolves them. */
function appOperations(): Array<{ app: string; id: string; text: string }> {
  return manifests.flatMap((file) => {
    const app = file.slice(appsDir.length).split('/')[0] ?? file;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return Object.entries(manifest).map(([id, text]) => ({ app, id, text }));
  });
}

describe("the apps' own operations are within the gateway's limits", () => {
  let gw: EdgeHarness;

  beforeAll(async () => {
    gw = await startEdgeGateway({
      production: true,
      rateLimits: { partner: 10_000, student: 10_000 },
      logger: { error: () => {} },
      trustedDocuments: { manifestFiles: manifests },
    });
  });
  afterAll(() => gw?.stop());

  it('every manifest id is the sha256 of its text', () => {
    for (const { app, id, text } of appOperations()) expect(`${app} ${id}`).toBe(`${app} ${documentIdOf(text)}`);
  });

  it('no app operation is refused by a limit or by validation, in production, even for a non-partner', async () => {
    const operations = appOperations();
    expect(manifests.length).toBeGreaterThanOrEqual(5);
    expect(operations.length).toBeGreaterThan(30);
    // The apps send ids with their web token; a partner may send the same text.
    const student = { authorization: `Bearer ${await gw.token(STUDENT, { client: WEB_APP_CLIENT })}` };
    const partner = { authorization: `Bearer ${await gw.token(PARTNER)}` };
    const refused: string[] = [];
    for (const { app, id, text } of operations) {
      const name = /(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? id;
      for (const [auth, request] of [
        [student, { documentId: id }],
        [partner, { query: text }],
      ] as const) {
        const { body } = await gw.post(request, auth);
        // Without subgraphs the operations fail later (unreachable, missing variables), never here.
        const codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
        const limit = codes.find(
          (code) => code.startsWith('QUERY_') || code.startsWith('PERSISTED_') || code === 'GRAPHQL_VALIDATION_FAILED',
        );
        if (limit) refused.push(`${app} ${name}: ${limit} ${body.errors?.[0]?.message}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
