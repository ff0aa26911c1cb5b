import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CompositionError, composeSupergraph } from './compose.ts';

/**
 * `compose` writes supergraph.graphql from the committed subgraph schemas; `compose --check`
 * (the build) fails when composition breaks or when the committed supergraph is out of date.
 */
const servicesDir = fileURLToPath(new URL('../../', import.meta.url));
const target = new URL('../supergraph.graphql', import.meta.url);
try {
  const supergraph = composeSupergraph(servicesDir);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {}
    if (committed !== supergraph) {
      process.stderr.write('supergraph.graphql is verouderd: voer "pnpm schema" uit en commit het resultaat.\n');
      process.exit(1);
    }
    process.stdout.write('supergraph.graphql is actueel\n');
  } else {
    writeFileSync(target, supergraph);
    process.stdout.write('supergraph.graphql samengesteld\n');
  }
} catch (error) {
  process.stderr.write(`${error instanceof CompositionError ? error.message : String(error)}\n`);
  process.exit(1);
}
