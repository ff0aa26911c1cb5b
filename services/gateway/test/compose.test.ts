import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { buildSchema, type GraphQLNamedType, isEnumType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompositionError, composeSupergraph, SUBGRAPHS } from '../src/compose.ts';

const servicesDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The published contract partners depend on (issue: Foundation I). Root fields and fields that
 * cross subgraphs are nullable, so a failing subgraph nulls only its part (docs/conventions.md).
 */
const CONTRACT = /* GraphQL */ `
  scalar Money
  type Query {
    institutions: [Institution!]
    institution(id: ID!): Institution
    municipalities: [Municipality!]
    allocations(scheme: AllocationScheme!): [Allocation!]
  }
  enum AllocationScheme { SALARISMIX CARRIEREPERSPECTIEF }
  type Institution   { id: ID!  name: String!  municipality: Municipality }
  type Municipality  { code: String!  name: String!  introWeek(year: Int!): IntroWeek }
  type IntroWeek     { status: IntroWeekStatus! }
  enum IntroWeekStatus { OPEN SEPARATE_PROGRAMME IN_TALKS NOT_YET }
  type Allocation    { institution: Institution   scheme: AllocationScheme!  year: Int!  amount: Money! }
`;

describe('supergraph composition', () => {
  it('composes the committed subgraph schemas without errors', () => {
    const supergraph = composeSupergraph(servicesDir);
    for (const { name } of SUBGRAPHS) expect(supergraph).toContain(`name: "${name}"`);
  });

  it('matches the committed supergraph.graphql (run `pnpm --filter @stelsel/gateway build` after a subgraph change)', () => {
    const supergraph = composeSupergraph(servicesDir);
    expect(readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8')).toBe(supergraph);
  });

  it('keeps every field of the published contract, with the same types and arguments', () => {
    const services = SUBGRAPHS.map(({ name }) => ({
      name,
      typeDefs: parse(readFileSync(`${servicesDir}/${name}/schema.graphql`, 'utf8')),
    }));
    const result = composeServices(services);
    const api = buildSchema(result.publicSdl ?? '');
    const contract = buildSchema(CONTRACT);
    const problems: string[] = [];
    for (const type of Object.values(contract.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__')) continue;
      const actual = api.getType(type.name);
      if (!actual) {
        problems.push(`type ${type.name} ontbreekt`);
        continue;
      }
      if (isObjectType(type) && isObjectType(actual)) {
        for (const field of Object.values(type.getFields())) {
          const got = actual.getFields()[field.name];
          if (!got) problems.push(`${type.name}.${field.name} ontbreekt`);
          else if (String(got.type) !== String(field.type)) {
            problems.push(`${type.name}.${field.name}: ${got.type} in plaats van ${field.type}`);
          } else {
            for (const arg of field.args) {
              const gotArg = got.args.find((a) => a.name === arg.name);
              if (!gotArg || String(gotArg.type) !== String(arg.type)) {
                problems.push(`${type.name}.${field.name}(${arg.name}) wijkt af`);
              }
            }
            const extraRequired = got.args.filter(
              (a) => !field.args.some((c) => c.name === a.name) && String(a.type).endsWith('!'),
            );
            for (const a of extraRequired)
              problems.push(`${type.name}.${field.name} kreeg verplicht argument ${a.name}`);
          }
        }
      }
      if (isEnumType(type) && isEnumType(actual)) {
        const values = actual.getValues().map((v) => v.name);
        for (const v of type.getValues())
          if (!values.includes(v.name)) problems.push(`${type.name}.${v.name} ontbreekt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('fails with a readable Dutch message when subgraphs conflict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    SUBGRAPHS.forEach(({ name }, index) => {
      mkdirSync(join(dir, name));
      const type = index === 0 ? 'Int' : 'String';
      writeFileSync(
        join(dir, name, 'schema.graphql'),
        `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])
         type Query { q${index}: T }
         type T @key(fields: "id") { id: ID! n: ${type} @shareable }`,
      );
    });
    expect(() => composeSupergraph(dir)).toThrow(CompositionError);
    expect(() => composeSupergraph(dir)).toThrow(/kan niet worden samengesteld[\s\S]*T\.n/);
  });
});
