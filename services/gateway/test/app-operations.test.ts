import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '@stelsel/graphql-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeHarness, PARTNER, startEdgeGateway } from './edge-harness.ts';

/** Every operation the web apps send, as their codegen wrote it (with the fragments each one uses). */
function appOperations(): Array<{ app: string; name: string; document: string }> {
  const apps = join(findRepoRoot(), 'apps');
  return readdirSync(apps).flatMap((app) => {
    const file = join(apps, app, 'src/graphql/generated/graphql.ts');
    if (!existsSync(file)) return [];
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`\)/g)].map(
      ([, name = '', document = '']) => ({ app, name, document }),
    );
  });
}

const LIMIT_CODES = /^QUERY_TOO_/;

describe("the operation limits leave the web apps' own operations alone", () => {
  let gw: EdgeHarness;
  let auth: Record<string, string>;
  const operations = appOperations();

  beforeAll(async () => {
    gw = await startEdgeGateway({ rateLimits: { partner: 100_000 } });
    auth = { authorization: `Bearer ${await gw.token(PARTNER)}` };
  });
  afterAll(() => gw?.stop());

  it('finds the operations of every app', () => {
    expect(new Set(operations.map((o) => o.app)).size).toBeGreaterThanOrEqual(5);
    expect(operations.map((o) => o.name)).toContain('EligiblePlaces');
  });

  it.each(operations.map((o) => [`${o.app} ${o.name}`, o.document] as const))(
    '%s is within every limit',
    async (_name, document) => {
      const { body } = await gw.post({ query: document }, auth);
      const refusals = (body.errors ?? []).filter((e) => LIMIT_CODES.test(String(e.extensions?.code ?? '')));
      expect(refusals).toEqual([]);
    },
  );
});
