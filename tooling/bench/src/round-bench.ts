/**
 * `pnpm --filter @stelsel/bench bench:round [--students N] [--runs K]`: a stagematching round of a real
 * institution (default 3,000 students of Albeda College, 10 choices each) through the federated gateway —
 * issue 4: "a round of a real institution (a few thousand students) returns within a second through the
 * gateway". Seeds the placements database in a temporary data folder, starts identity provider, subgraphs
 * and gateway on free ports on that folder, logs in as docent-albeda and times, side by side,
 * runMatchingRound and a trivial query through the same gateway (the floor). Writes a markdown table.
 * Exits non-zero only when an answer is wrong, never because the machine is slow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { migrateToLatest, openDatabase } from '@stelsel/db-kit';
import { personaAccessToken } from '@stelsel/identity/token';
import { migrations } from '@stelsel/placements/db/migrations';
import type { PlacementsDatabase } from '@stelsel/placements/db/types';
import { seedPlacements } from '@stelsel/placements/seed';
import {
  MAX_ROUND_STUDENTS,
  REAL_INSTITUTION,
  roundShape,
  type SeededRound,
  seedRound,
} from '@stelsel/placements/seed/scale-round';
import { type ServiceName, type Stack, startAll } from '@stelsel/stack';

export const TARGET_MS = 1000;
const PERSONA = 'docent-albeda';
const LOTTERY_SEED = 2026;
/** Everything on the request path; the web apps are not, so they are not started (less noise on small machines). */
const PARTS: readonly ServiceName[] = ['identity', 'placements', 'reports', 'funding', 'equal-treatment', 'gateway'];
const SUBGRAPHS = ['PLACEMENTS', 'REPORTS', 'FUNDING', 'EQUAL_TREATMENT'] as const;

const RUN = `mutation Run($id: ID!, $seed: Int) {
  runMatchingRound(roundId: $id, seed: $seed) {
    __typename
    ... on MatchingRound { id status seed progress { students studentsWithChoices matched unmatched } }
    ... on UserError { message code }
  }
}`;
const BASELINE = 'query Floor($id: ID!) { matchingRound(id: $id) { id status } }';
const PREFLIGHT =
  'query Ready($id: ID!) { matchingRound(id: $id) { id status progress { students studentsWithChoices } } }';

export interface RoundBenchOptions {
  readonly students: number;
  readonly runs: number;
  readonly signal?: AbortSignal;
  /** Progress lines (setup steps); silent when absent. */
  readonly log?: (line: string) => void;
}

export interface RoundBenchFigures {
  readonly round: SeededRound;
  readonly runs: number;
  readonly seedingMs: number;
  readonly stackStartMs: number;
  readonly warmupRoundMs: number;
  readonly warmupBaselineMs: number;
  /** runMatchingRound through the gateway, one per run (request sent → whole answer received). */
  readonly roundMs: number[];
  /** The floor: `matchingRound(id) { id status }` through the same gateway, one per run. */
  readonly baselineMs: number[];
  readonly matched: number;
  readonly unmatched: number;
  readonly parts: readonly ServiceName[];
}

/** An answer that is not what the gateway should give: the only reason this benchmark fails. */
export class WrongAnswerError extends Error {
  override name = 'WrongAnswerError';
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function post(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<{ ms: number; body: GraphQLBody }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: GraphQLBody;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    throw new WrongAnswerError(`HTTP ${response.status} zonder JSON van de gateway: ${text.slice(0, 300)}`);
  }
  if (!response.ok || (body.errors && body.errors.length > 0)) {
    throw new WrongAnswerError(
      `HTTP ${response.status}, fouten van de gateway: ${JSON.stringify(body.errors ?? body)}`,
    );
  }
  return { ms, body };
}

interface Progress {
  students: number;
  studentsWithChoices: number;
  matched: number;
  unmatched: number;
}

/** A run's answer: a MatchingRound of this round, run with this seed, every student accounted for. */
export function checkRunAnswer(body: GraphQLBody, roundId: string, students: number, seed: number): Progress {
  const answer = body.data?.runMatchingRound as
    | { __typename?: string; id?: string; status?: string; seed?: number; progress?: Progress; message?: string }
    | undefined;
  const wrong = (what: string) =>
    new WrongAnswerError(`runMatchingRound: ${what}; antwoord: ${JSON.stringify(answer ?? body).slice(0, 500)}`);
  if (answer?.__typename !== 'MatchingRound') throw wrong(`geen MatchingRound maar ${answer?.__typename ?? 'niets'}`);
  if (answer.id !== roundId) throw wrong(`andere ronde (${answer.id})`);
  if (answer.status !== 'RUN') throw wrong(`status ${answer.status}, verwacht RUN`);
  if (answer.seed !== seed) throw wrong(`zaad ${answer.seed}, verwacht ${seed}`);
  const progress = answer.progress;
  if (!progress) throw wrong('geen voortgang');
  if (progress.students !== students) throw wrong(`${progress.students} studenten, verwacht ${students}`);
  if (progress.studentsWithChoices !== students) {
    throw wrong(`${progress.studentsWithChoices} studenten met keuzes, verwacht ${students}`);
  }
  if (progress.matched + progress.unmatched !== students) {
    throw wrong(`geplaatst ${progress.matched} + zonder plaats ${progress.unmatched} ≠ ${students} studenten`);
  }
  if (progress.matched === 0) throw wrong('niemand geplaatst: de plaatsen doen niet mee, de meting zegt niets');
  return progress;
}

export function checkBaselineAnswer(body: GraphQLBody, roundId: string): void {
  const answer = body.data?.matchingRound as { id?: string; status?: string } | null | undefined;
  if (answer?.id !== roundId || (answer.status !== 'DRAFT' && answer.status !== 'RUN')) {
    throw new WrongAnswerError(`matchingRound: onverwacht antwoord ${JSON.stringify(body).slice(0, 500)}`);
  }
}

/**
 * The whole measurement. Always stops what it started and removes its data folder, also when an answer is
 * wrong or `signal` aborts (Ctrl-C): the stack is stopped first, so no service writes into a removed folder.
 */
export async function benchRound(options: RoundBenchOptions): Promise<RoundBenchFigures> {
  const { students, runs, signal } = options;
  const log = options.log ?? (() => {});
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`Aantal runs moet een positief geheel getal zijn.`);
  const shape = roundShape(students);
  const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-bench-round-'));
  let stack: Stack | undefined;
  try {
    // 1. The placements database where the placements service will look for it (startAll: <dataDir>/placements),
    //    opened, migrated and seeded by the service's own functions, then the round on top; closed before start.
    let started = performance.now();
    log(`database vullen in ${dataDir} (${shape.students} studenten, ${shape.places} plaatsen)…`);
    const database = await openDatabase<PlacementsDatabase>({
      service: 'placements',
      dataDir: join(dataDir, 'placements'),
    });
    let round: SeededRound;
    try {
      await migrateToLatest(database.db, migrations);
      await seedPlacements(database.db);
      round = await seedRound(database.db, shape, PERSONA);
    } finally {
      await database.close();
    }
    const seedingMs = performance.now() - started;
    signal?.throwIfAborted();

    // 2. The stack on free ports on that folder, always on the embedded PGlite (never a DATABASE_URL of the shell).
    log('identiteitsprovider, subgrafen en gateway starten…');
    const env: Record<string, string> = { DATABASE_URL: '' };
    for (const prefix of SUBGRAPHS) env[`${prefix}_DATABASE_URL`] = '';
    started = performance.now();
    stack = await startAll({ dataDir, ports: 'free', only: PARTS, output: 'files', env });
    const stackStartMs = performance.now() - started;
    signal?.throwIfAborted();

    const token = await personaAccessToken(stack.urls.issuer, PERSONA);
    const gateway = stack.urls.gateway;
    const ask = (query: string) =>
      post(
        gateway,
        token,
        query,
        query === RUN ? { id: round.roundId, seed: LOTTERY_SEED } : { id: round.roundId },
        signal,
      );

    // The gateway sees the round we wrote, ready to run: every student there, every student with choices.
    const ready = (await ask(PREFLIGHT)).body.data?.matchingRound as
      | { status?: string; progress?: { students?: number; studentsWithChoices?: number } }
      | null
      | undefined;
    if (
      ready?.status !== 'DRAFT' ||
      ready.progress?.students !== students ||
      ready.progress.studentsWithChoices !== students
    ) {
      throw new WrongAnswerError(`De ronde is niet klaar om te draaien via de gateway: ${JSON.stringify(ready)}`);
    }

    // 3. One warm-up each, then K runs side by side; the order alternates so neither always goes first.
    log(`meten: 1 + ${runs} keer runMatchingRound en de basisquery…`);
    const warmBaseline = await ask(BASELINE);
    checkBaselineAnswer(warmBaseline.body, round.roundId);
    const warmRound = await ask(RUN);
    const first = checkRunAnswer(warmRound.body, round.roundId, students, LOTTERY_SEED);
    const roundMs: number[] = [];
    const baselineMs: number[] = [];
    const timeRound = async () => {
      const { ms, body } = await ask(RUN);
      const progress = checkRunAnswer(body, round.roundId, students, LOTTERY_SEED);
      // A rerun replaces the results; with the same seed it is the same outcome.
      if (progress.matched !== first.matched) {
        throw new WrongAnswerError(
          `Andere uitkomst bij hetzelfde zaad: ${progress.matched} ≠ ${first.matched} geplaatst`,
        );
      }
      roundMs.push(ms);
    };
    const timeBaseline = async () => {
      const { ms, body } = await ask(BASELINE);
      checkBaselineAnswer(body, round.roundId);
      baselineMs.push(ms);
    };
    for (let r = 0; r < runs; r++) {
      if (r % 2 === 0) {
        await timeBaseline();
        await timeRound();
      } else {
        await timeRound();
        await timeBaseline();
      }
    }
    return {
      round,
      runs,
      seedingMs,
      stackStartMs,
      warmupRoundMs: warmRound.ms,
      warmupBaselineMs: warmBaseline.ms,
      roundMs,
      baselineMs,
      matched: first.matched,
      unmatched: first.unmatched,
      parts: stack.started,
    };
  } finally {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const spread = (values: readonly number[]) =>
  `**${ms(median(values))}** (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;

export function machineLine(): string {
  const cpu = cpus()[0];
  return (
    `machine: ${cpu?.model ?? 'unknown cpu'} (${cpus().length} logical cpus, ${mib(totalmem())} RAM), ` +
    `node ${process.version}, V8 ${process.versions.v8}, ${process.platform}/${process.arch}`
  );
}

export function report(f: RoundBenchFigures): string {
  const { shape } = f.round;
  const round = median(f.roundMs);
  const floor = median(f.baselineMs);
  const rows: [string, string][] = [
    ['institution (persona)', `${shape.institution} (${PERSONA})`],
    ['students', int(shape.students)],
    ['places / seats (demo companies)', `${int(shape.places)} / ${int(f.round.seats)}`],
    ['choices (per student)', `${int(f.round.choices)} (${shape.choicesPerStudent})`],
    ['seeding the database (migrate, demo data, round)', ms(f.seedingMs)],
    ['starting the stack', ms(f.stackStartMs)],
    ['warm-up: runMatchingRound / baseline', `${ms(f.warmupRoundMs)} / ${ms(f.warmupBaselineMs)}`],
    [`runMatchingRound via gateway, median of ${f.runs} (min–max)`, spread(f.roundMs)],
    [`baseline \`matchingRound { id status }\` via gateway, median of ${f.runs} (min–max)`, spread(f.baselineMs)],
    ['ratio (round ÷ baseline)', `**${(round / floor).toFixed(1)}×**`],
    ['round minus baseline (matching, storing, counting)', ms(round - floor)],
    ['matched / unmatched', `${int(f.matched)} (${pct(f.matched, shape.students)}) / ${int(f.unmatched)}`],
    ['every run: MatchingRound, matched + unmatched = students, same outcome', 'yes'],
    [`target: median < ${int(TARGET_MS)} ms`, round < TARGET_MS ? 'met' : '**MISSED**'],
  ];
  return ['| metric | value |', '|---|---:|', ...rows.map(([label, value]) => `| ${label} | ${value} |`)].join('\n');
}

function readOptions(argv: readonly string[]): { students: number; runs: number } {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: { students: { type: 'string' }, runs: { type: 'string' } },
    strict: true,
  });
  const students = Number(values.students ?? REAL_INSTITUTION.students);
  const runs = Number(values.runs ?? process.env.BENCH_RUNS ?? 7);
  if (!Number.isInteger(students) || students < 1 || students > MAX_ROUND_STUDENTS) {
    throw new RangeError(`--students moet een geheel getal van 1 tot en met ${MAX_ROUND_STUDENTS} zijn.`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs moet een positief geheel getal zijn.');
  return { students, runs };
}

async function main(): Promise<void> {
  let options: { students: number; runs: number };
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\nGebruik: bench:round [--students N] [--runs K]\n`,
    );
    process.exitCode = 2;
    return;
  }
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`\n${signal}: stoppen en opruimen… (nog een keer: direct stoppen)\n`);
    controller.abort(new Error(`afgebroken (${signal})`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  process.stdout.write(`# Stagematching round through the gateway\n\n${machineLine()}\n\n`);
  try {
    const figures = await benchRound({
      ...options,
      signal: controller.signal,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(
      `stack: ${figures.parts.join(', ')} as child processes on free ports, PGlite in a temporary folder; ` +
        `client: fetch over keep-alive, one request at a time\n\n`,
    );
    process.stdout.write(`${report(figures)}\n\n`);
    const round = median(figures.roundMs);
    process.stdout.write(
      round < TARGET_MS
        ? `target (issue 4): a round of ${int(options.students)} students through the gateway < 1 s: met (median ${ms(round)})\n`
        : `TARGET MISSED (issue 4): a round of ${int(options.students)} students through the gateway took ${ms(round)} ` +
            `(median), more than ${int(TARGET_MS)} ms. Answers were correct; a noisy or busy machine can cause this — rerun to confirm.\n`,
    );
  } catch (error) {
    if (controller.signal.aborted) {
      process.stderr.write('Afgebroken; alles is gestopt en opgeruimd.\n');
      process.exitCode = 130;
    } else if (error instanceof WrongAnswerError) {
      process.stderr.write(`FOUT ANTWOORD: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `Benchmark mislukt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
