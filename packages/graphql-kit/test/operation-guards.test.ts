import { describe, expect, it } from 'vitest';
import { type BaseContext, createBuilder, FEDERATION_LINK } from '../src/builder.ts';
import { createLogger } from '../src/errors.ts';
import { createSubgraphServer } from '../src/server.ts';

interface Node {
  id: number;
}

/** A subgraph whose nodes each have 100 children: five levels ask for 10^10 nodes. */
function treeServer(limits?: { maxDepth?: number; maxResolvedFields?: number }) {
  const builder = createBuilder<BaseContext>();
  const NodeRef = builder.objectRef<Node>('Node');
  NodeRef.implement({
    fields: (t) => ({
      id: t.string({ resolve: (node) => String(node.id) }),
      children: t.field({
        type: [NodeRef],
        resolve: (node) => Array.from({ length: 100 }, (_, i) => ({ id: node.id * 100 + i })),
      }),
    }),
  });
  builder.queryType({
    fields: (t) => ({ root: t.field({ type: NodeRef, authScopes: { public: true }, resolve: () => ({ id: 1 }) }) }),
  });
  const schema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, federationDirectives: ['@key', '@shareable'] });
  return createSubgraphServer<BaseContext>({
    name: 'tree',
    schema,
    logger: createLogger('tree-test'),
    createContext: () => ({ caller: { subject: 'x', role: 'partner', organisation: 'p' } }),
    ...(limits ? { limits } : {}),
  });
}

const nested = (levels: number): string => (levels === 0 ? 'id' : `children { ${nested(levels - 1)} }`);

async function run(server: ReturnType<typeof treeServer>, query: string) {
  const response = await server.executeOperation(
    { query },
    { contextValue: { caller: { subject: 'x', role: 'partner', organisation: 'p' } } },
  );
  if (response.body.kind !== 'single') throw new Error('incrementeel');
  return response.body.singleResult;
}

describe("a subgraph's own limits", () => {
  it('answers an ordinary nested query in full', async () => {
    const result = await run(treeServer(), `{ root { ${nested(2)} } }`);
    expect(result.errors).toBeUndefined();
    const root = result.data?.root as { children: Array<{ children: unknown[] }> };
    expect(root.children).toHaveLength(100);
    expect(root.children[99]?.children).toHaveLength(100);
  });

  it('stops an exploding answer (10^10 nodes) early with RESULT_TOO_LARGE instead of running out of memory', async () => {
    const started = performance.now();
    const result = await run(treeServer({ maxResolvedFields: 50_000 }), `{ root { ${nested(5)} } }`);
    const ms = performance.now() - started;
    expect(result.data?.root ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('RESULT_TOO_LARGE');
    expect(result.errors?.[0]?.message).toBe(
      'Het antwoord wordt te groot (meer dan 50.000 velden). Vraag minder tegelijk op.',
    );
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses a query nested deeper than the limit before executing it, counting fragments once', async () => {
    const server = treeServer({ maxDepth: 6 });
    const deep = await run(server, `{ root { ${nested(6)} } }`);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(deep.errors?.[0]?.message).toBe('De query is te diep genest (8 niveaus; maximaal 6).');
    const viaFragments = await run(
      server,
      `{ root { ...A } } fragment A on Node { children { ...B } } fragment B on Node { children { ${nested(4)} } }`,
    );
    expect(viaFragments.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const within = await run(server, `{ root { ... on Node { ${nested(1)} } } }`);
    expect(within.errors).toBeUndefined();
  });
});
