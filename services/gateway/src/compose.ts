import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '@stelsel/topology';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

/** The subgraphs of the stelsel and where each listens by default: the one list in @stelsel/topology. */
export { SUBGRAPHS, type SubgraphName };

export function defaultSubgraphUrl(name: SubgraphName): string {
  const port = SUBGRAPHS.find((s) => s.name === name)?.port;
  return `http://localhost:${port}/graphql`;
}

export class CompositionError extends Error {
  override name = 'CompositionError';
}

/**
 * Composes the supergraph from the committed `schema.graphql` of every subgraph, at build time.
 * A subgraph change that breaks composition fails here, and so in CI.
 */
export function composeSupergraph(servicesDir: string): string {
  const services = SUBGRAPHS.map(({ name }) => {
    const sdl = readFileSync(join(servicesDir, name, 'schema.graphql'), 'utf8');
    return { name, typeDefs: parse(sdl), url: defaultSubgraphUrl(name) };
  });
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    throw new CompositionError(
      `De supergraaf kan niet worden samengesteld:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  if (!result.supergraphSdl) throw new CompositionError('De samenstelling gaf geen supergraaf.');
  return `${result.supergraphSdl.trim()}\n`;
}
