import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientCredentialsAccessToken, personaAccessToken } from '@stelsel/identity/token';
import { type Stack, startAll } from '@stelsel/stack';
import {
  buildClientSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 13 §6: a fuzz test over the whole published schema. Every Query and Mutation field is called
 * through the gateway, as every role, with generated arguments (NUL and other control characters, huge and
 * negative numbers, impossible and absurd dates, malformed amounts and codes, unknown ids, long text,
 * unicode, empty lists). Refusals of every kind are expected; an internal error is a defect.
 *
 * Seeded, so a failure reproduces: FUZZ_SEED=<n> and FUZZ_ROUNDS=<n> change the run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 2);

/** Mulberry32: a small seeded generator, so the same seed gives the same requests. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
type Random = ReturnType<typeof generator>;

const TEXT = [
  '',
  ' ',
  'a',
  'nul\u0000byte',
  'bel\u0007',
  'x'.repeat(5000),
  'Zoë 💥 ✓ 日本',
  "'; drop table place; --",
  '<script>alert(1)</script>',
  'roc-zadkine',
  'kvk-90000001',
  'roc-zadkine-s001',
  '\u202e',
];
const IDS = [
  '',
  'bestaat-niet',
  'roc-zadkine',
  'kvk-90000001',
  'demo-placement-01',
  'roc-zadkine-s001',
  '0',
  '\u0000',
  'x'.repeat(300),
];
const SCALARS: Record<string, readonly unknown[]> = {
  String: TEXT,
  ID: IDS,
  Int: [0, 1, -1, 2026, 2147483647, -2147483648, 1.5, '12'],
  Float: [0, -1, 1e308, 0.1],
  Boolean: [true, false, 'ja'],
  Date: ['2026-12-03', '2026-02-30', '2025-02-29', '9999-12-31', '0001-01-01', 'morgen', '', '2026-1-1'],
  Money: ['0.00', '-1.00', '2700.00', '12.5', '1e9', '99999999999999.99', '10000000000.01', 'gratis', ''],
  IdempotencyKey: [
    'fuzz-key-0001',
    'kort',
    'x'.repeat(200),
    'met spatie 123',
    '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000',
  ],
  Crebo: ['25655', '25180', '99999', '1234', 'abcde', ''],
  CbsCode: ['0599', '0344', '9999', '599', 'abcd', ''],
};

function valueFor(type: GraphQLInputType, random: Random, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, random, depth);
  // A nullable argument is sometimes left null.
  if (random.next() < 0.1) return null;
  if (isListType(type)) {
    const length = random.pick([0, 1, 3]);
    return Array.from({ length }, () => valueFor(type.ofType, random, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return random.next() < 0.9 ? random.pick(values) : 'GEEN_GELDIGE_WAARDE';
  }
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || (depth < 3 && random.next() < 0.5)) {
        object[field.name] = valueFor(field.type, random, depth + 1);
      }
    }
    return object;
  }
  if (isScalarType(type)) return random.pick(SCALARS[type.name] ?? TEXT);
  return null;
}

function typeText(type: GraphQLInputType): string {
  return type.toString();
}

/** `query Fuzz($a: T!, …) { field(a: $a, …) { __typename } }`, with its variables. */
function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, random: Random) {
  const args = field.args as readonly GraphQLArgument[];
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    const value = valueFor(arg.type, random);
    if (value !== null || isNonNullType(arg.type)) variables[arg.name] = value;
  }
  const defs = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${call}${selection} }`,
    variables,
  };
}

interface Finding {
  caller: string;
  field: string;
  status: number;
  variables: unknown;
  errors: unknown;
}

describe('fuzz: the whole published schema, every role, generated arguments', () => {
  let stack: Stack;
  let dataDir: string;
  let schema: GraphQLSchema;
  const callers: Array<{ name: string; token: string }> = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'stelsel-fuzz-'));
    const generous: Record<string, string> = {};
    for (const role of ['STUDENT', 'INSTITUTION', 'COMPANY', 'MUNICIPALITY', 'MINISTRY', 'SBB', 'PARTNER']) {
      // The fuzzer sends thousands of requests a minute: the rate and cost limits are tested elsewhere.
      generous[`RATE_LIMIT_${role}_PER_MINUTE`] = '1000000';
      generous[`COST_LIMIT_${role}_PER_MINUTE`] = '1000000000';
    }
    stack = await startAll({
      dataDir,
      ports: 'free',
      only: ['identity', 'placements', 'reports', 'funding', 'equal-treatment', 'gateway'],
      output: 'silent',
      env: generous,
    });
    callers.push({
      name: 'partner-demo',
      token: await clientCredentialsAccessToken(stack.urls.issuer, 'partner-demo', 'partner-demo-secret'),
    });
    for (const persona of [
      'student-zadkine',
      'docent-zadkine',
      'praktijkopleider-maasstad',
      'ambtenaar-rotterdam',
      'beleidsmedewerker-ocw',
      'adviseur-sbb',
    ]) {
      callers.push({ name: persona, token: await personaAccessToken(stack.urls.issuer, persona) });
    }
    const introspection = await post(callers[0]?.token ?? '', { query: getIntrospectionQuery() });
    schema = buildClientSchema(introspection.body.data as never);
  }, 420_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function post(token: string, body: unknown) {
    const response = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { errors: [{ message: text.slice(0, 200), extensions: { code: 'NOT_JSON' } }] };
    }
    return { status: response.status, body: parsed };
  }

  it('finds no internal error in any Query or Mutation field', async () => {
    const random = generator(SEED);
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    const findings: Finding[] = [];
    let requests = 0;
    for (const [kind, root] of roots) {
      if (!root) continue;
      for (const field of Object.values(root.getFields())) {
        if (field.name.startsWith('_')) continue;
        for (const caller of callers) {
          for (let round = 0; round < ROUNDS; round++) {
            const request = operation(kind, field, random);
            const answer = await post(caller.token, request);
            requests++;
            const internal = (answer.body.errors ?? []).filter((e) =>
              ['INTERNAL_SERVER_ERROR', 'NOT_JSON', undefined].includes(e.extensions?.code),
            );
            if (answer.status >= 500 || internal.length > 0) {
              findings.push({
                caller: caller.name,
                field: `${kind}.${field.name}`,
                status: answer.status,
                variables: request.variables,
                errors: internal.length ? internal : answer.body.errors,
              });
            }
          }
        }
      }
    }
    // Every root field was tried by every caller.
    const fields =
      Object.keys(schema.getQueryType()?.getFields() ?? {}).length +
      Object.keys(schema.getMutationType()?.getFields() ?? {}).length;
    expect(requests).toBeGreaterThanOrEqual((fields - 1) * callers.length * ROUNDS);
    // One line per field and message, so the report reads as a to-do list; the variables of the first finding
    // of each line are kept for reproducing it.
    const lines = new Map<string, unknown>();
    for (const f of findings) {
      const message = (f.errors as Array<{ message?: string }> | undefined)?.[0]?.message ?? `HTTP ${f.status}`;
      const line = `${f.field}: ${message.replace(/kenmerk \S+/, 'kenmerk …').slice(0, 160)}`;
      if (!lines.has(line)) lines.set(line, { caller: f.caller, variables: f.variables });
    }
    expect([...lines.entries()], `${findings.length} internal errors in ${requests} requests`).toEqual([]);
  }, 600_000);
});
