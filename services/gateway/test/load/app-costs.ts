/** Prints the estimated cost of every app operation, highest first: `tsx test/load/app-costs.ts`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse } from 'graphql';
import { operationCost } from '../../src/cost.ts';
import { appManifestFiles } from '../../src/trusted-documents.ts';

const schema = buildASTSchema(
  transformSupergraphToPublicSchema(parse(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8'))),
);
const appsDir = fileURLToPath(new URL('../../../../apps/', import.meta.url));
const rows: Array<[number, string]> = [];
for (const file of appManifestFiles(appsDir)) {
  const app = file.slice(appsDir.length).split('/')[0];
  for (const text of Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
    const name = /(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    rows.push([operationCost(schema, parse(text)), `${app} ${name}`]);
  }
}
const line = (cost: number, name: string) => process.stdout.write(`${String(Math.round(cost)).padStart(8)} ${name}\n`);
for (const [cost, name] of rows.sort((a, b) => b[0] - a[0])) line(cost, name);
for (const q of process.argv.slice(2)) line(operationCost(schema, parse(q)), q.slice(0, 100));
