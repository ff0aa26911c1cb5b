/**
 * Ten abusive clients and one well-behaved client against the system as `npm start` runs it
 * (own data directory, free ports). Prints the well-behaved client's latency quiet and under
 * abuse, and what each abusive client got back.
 *
 *   pnpm --filter @stelsel/gateway exec tsx test/load/abuse.ts [seconds] [edge]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientCredentialsAccessToken, personaAccessToken } from '@stelsel/identity/token';
import { startAll } from '@stelsel/stack';
import { fragmentBomb } from '../edge-harness.ts';

interface Abuser {
  name: string;
  body: string;
  token?: string;
  /** Loops in parallel with the same token (default 1). */
  parallel?: number;
}

/** The abusive clients run in a child process, so their own work does not slow the measuring client. */
if (process.env.ABUSE_CHILD) {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { url, until, abusers } = JSON.parse(input) as {
    url: string;
    until: number;
    abusers: Array<Omit<Abuser, 'body'> & { body: string }>;
  };
  const bodies = abusers.map((a) => (a.body === 'HUGE' ? huge() : a.body));
  const results = await Promise.all(
    abusers.map(async (abuser, i) => {
      const outcomes: Record<string, number> = {};
      await Promise.all(
        Array.from({ length: abuser.parallel ?? 1 }, async () => {
          while (Date.now() < until) {
            const outcome = await send(url, bodies[i] ?? '', abuser.token);
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          }
        }),
      );
      return outcomes;
    }),
  );
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
}

function huge(): string {
  return JSON.stringify({ query: `{ __typename }\n# ${'x'.repeat(10_000_000)}` });
}

const seconds = Number(process.argv[2] ?? 20);
/** `edge`: leave out the one abusive client whose queries are within the limits (subgraph cost, not the edge). */
const edgeOnly = process.argv[3] === 'edge';
const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-abuse-'));
const stack = await startAll({
  dataDir,
  ports: 'free',
  only: ['identity', 'placements', 'reports', 'funding', 'equal-treatment', 'gateway'],
  output: 'silent',
});
const url = stack.urls.gateway;

const GOOD_QUERY = '{ institution(id: "roc-zadkine") { name municipality { name } } }';

/** What came back: `ok`, an error code, or `closed` when the gateway cut the connection. */
async function send(target: string, body: string, token?: string): Promise<string> {
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    const text = await response.text();
    let code: unknown;
    try {
      code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors?.[0]?.extensions
        ?.code;
    } catch {}
    return `${response.status} ${typeof code === 'string' ? code : 'ok'}`;
  } catch {
    return 'closed';
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function wellBehaved(token: string, until: number): Promise<number[]> {
  const times: number[] = [];
  const body = JSON.stringify({ query: GOOD_QUERY });
  while (Date.now() < until) {
    const started = performance.now();
    const outcome = await send(url, body, token);
    times.push(performance.now() - started);
    if (outcome !== '200 ok') throw new Error(`de nette client kreeg ${outcome}`);
    // A person or an app: a request every 50 ms, not a tight loop.
    await new Promise((r) => setTimeout(r, 50));
  }
  return times;
}

const partner = await clientCredentialsAccessToken(stack.urls.issuer, 'partner-demo', 'partner-demo-secret');
const persona = (name: string) => personaAccessToken(stack.urls.issuer, name);
const [docent, docent2, praktijk, praktijk2, ambtenaar, ocw] = await Promise.all(
  [
    'docent-zadkine',
    'docent-albeda',
    'praktijkopleider-maasstad',
    'praktijkopleider-bouw',
    'ambtenaar-rotterdam',
    'beleidsmedewerker-ocw',
  ].map(persona),
);

const aliasBomb = JSON.stringify({
  query: `{ ${Array.from(
    { length: 1000 },
    (_, i) => `a${i}: allocations(scheme: SALARISMIX) { institution { name municipality { name } } amount }`,
  ).join(' ')} }`,
});
const nested = (levels: number): string =>
  levels === 0 ? 'year' : `institution { allocations { ${nested(levels - 1)} } }`;
const deep = JSON.stringify({ query: `{ allocations(scheme: SALARISMIX) { ${nested(20)} } }` });
/** The most `shortages` one operation may ask within the cost limit (9 × 2,001 ≤ 20,000). */
const heaviestAllowed = JSON.stringify({
  query: `{ ${Array.from({ length: 9 }, (_, i) => `s${i}: shortages { __typename }`).join(' ')} }`,
});

const abusers: Abuser[] = [
  { name: 'alias bomb (1,000 aliases), with token', body: aliasBomb, token: docent },
  { name: 'alias bomb, without token', body: aliasBomb },
  { name: 'deep query (41 levels), with token', body: deep, token: docent2 },
  { name: 'fragment bomb (30 levels), without token', body: JSON.stringify({ query: fragmentBomb(30) }) },
  { name: 'fragment bomb (40 levels), with token', body: JSON.stringify({ query: fragmentBomb(40) }), token: praktijk },
  { name: '10 MB body, with token', body: 'HUGE', token: praktijk2 },
  { name: '10 MB body, without token', body: 'HUGE' },
  { name: 'flood without token', body: JSON.stringify({ query: '{ __typename }' }) },
  { name: 'flood with a forged token', body: '{ geen json', token: 'vals.vals.vals' },
  {
    name: '9 × shortages (heaviest within the cost limit), 12 in parallel',
    body: heaviestAllowed,
    token: ambtenaar,
    parallel: 12,
  },
];

if (edgeOnly) abusers.pop();

// Warm up, then quiet.
await wellBehaved(ocw ?? partner, Date.now() + 2000);
const quiet = await wellBehaved(partner, Date.now() + seconds * 1000);

const until = Date.now() + 1000 + seconds * 1000;
const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
  env: { ...process.env, ABUSE_CHILD: '1' },
  stdio: ['pipe', 'pipe', 'inherit'],
});
child.stdin.end(JSON.stringify({ url, until, abusers }));
let childOutput = '';
child.stdout.on('data', (chunk: Buffer) => {
  childOutput += chunk.toString();
});
const childDone = new Promise((resolve) => child.once('exit', resolve));
await new Promise((r) => setTimeout(r, 1000));
const loaded = await wellBehaved(partner, until);
await childDone;
const results = JSON.parse(childOutput) as Array<Record<string, number>>;

const row = (label: string, times: number[]) =>
  `${label.padEnd(14)} n=${String(times.length).padStart(4)}  p50=${percentile(times, 50).toFixed(1)} ms  p99=${percentile(times, 99).toFixed(1)} ms`;
process.stdout.write(`\nWell-behaved partner, ${GOOD_QUERY}\n`);
process.stdout.write(`${row('quiet', quiet)}\n${row('under abuse', loaded)}\n`);
process.stdout.write(
  `p99 under abuse / quiet p99 = ${(percentile(loaded, 99) / percentile(quiet, 99)).toFixed(2)} (must be ≤ 2)\n\n`,
);
abusers.forEach((abuser, i) => {
  const statuses = Object.entries(results[i] ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, count]) => `${outcome} ×${count}`)
    .join(', ');
  process.stdout.write(`${abuser.name.padEnd(46)} ${statuses}\n`);
});

await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
