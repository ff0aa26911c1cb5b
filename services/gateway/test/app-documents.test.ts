import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, PARTNER, STUDENT, startEdgeGateway } from './edge-harness.ts';

const appsDir = fileURLToPath(new URL('../../../apps/', import.meta.url));
const apps = readdirSync(appsDir).filter((app) => {
  try {
    return readdirSync(`${appsDir}${app}/src/graphql/generated`).includes('graphql.ts');
  } catch {
    return false;
  }
});

/** Every operation the apps send, as the generated code sends it (fragments included). */
async function appOperations(): Promise<Array<{ app: string; name: string; text: string }>> {
  const operations: Array<{ app: string; name: string; text: string }> = [];
  for (const app of apps) {
    const module = (await import(`${appsDir}${app}/src/graphql/generated/graphql.ts`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Document') && value instanceof String) operations.push({ app, name, text: value.toString() });
    }
  }
  return operations;
}

describe("the apps' own operations are within the gateway's limits", () => {
  let gw: EdgeHarness;

  beforeAll(async () => {
    gw = await startEdgeGateway({
      production: true,
      rateLimits: { partner: 10_000, student: 10_000 },
      logger: { error: () => {} },
    });
  });
  afterAll(() => gw?.stop());

  it('no app operation is refused by a limit or by validation, in production, even for a non-partner', async () => {
    const operations = await appOperations();
    expect(apps.length).toBeGreaterThanOrEqual(5);
    expect(operations.length).toBeGreaterThan(30);
    const student = { authorization: `Bearer ${await gw.token(STUDENT)}` };
    const partner = { authorization: `Bearer ${await gw.token(PARTNER)}` };
    const refused: string[] = [];
    for (const { app, name, text } of operations) {
      for (const auth of [student, partner]) {
        const { body } = await gw.post({ query: text }, auth);
        // Without subgraphs the operations fail later (unreachable, missing variables), never here.
        const codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
        const limit = codes.find((code) => code.startsWith('QUERY_') || code === 'GRAPHQL_VALIDATION_FAILED');
        if (limit) refused.push(`${app} ${name}: ${limit} ${body.errors?.[0]?.message}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
