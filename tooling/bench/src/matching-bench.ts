/**
 * `pnpm bench`: stagematching at regional (100,000 students) and national scale (500,000 students,
 * 250,000 companies, 1,000,000 places, 10 choices each) — issue 4, scale. Single process, started with
 * V8's --single-threaded so no background compiler or GC threads help out. Writes a markdown table.
 */
import { cpus, totalmem } from 'node:os';
import { type MatchingInput, type MatchingResult, match } from '@stelsel/placements/matching';
import { checkFeasible, isStable, serialDictatorship } from '@stelsel/placements/matching-check';
import { generateInstance, type InstanceShape, NATIONAL, REGIONAL } from './instance.ts';

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 7));
const FLOOR_REPEAT = 5;

interface Figures {
  readonly shape: InstanceShape;
  readonly seats: number;
  readonly choices: number;
  readonly maxPlacesPerCompany: number;
  readonly generationMs: number;
  readonly matchMs: number[];
  readonly floorMs: number[];
  readonly result: MatchingResult;
  readonly deterministic: boolean;
  readonly blockingPairs: number;
  readonly feasibilityIssues: number;
  readonly sameAsSerialDictatorship: boolean;
  readonly checkMs: number;
  readonly assigned: number;
  readonly firstChoice: number;
  readonly meanRank: number;
  readonly peakRss: number;
  readonly heapUsed: number;
  readonly arrayBuffers: number;
}

let sink = 0;

/** The floor: one plain pass over the same input arrays — every choice index and every capacity. */
function plainPass(input: MatchingInput): number {
  const { choices, capacity } = input;
  let sum = 0;
  for (let i = 0; i < choices.length; i++) sum += choices[i]!;
  for (let p = 0; p < capacity.length; p++) sum += capacity[p]!;
  return sum;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sameArray(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function measure(shape: InstanceShape): Figures {
  let t = performance.now();
  const instance = generateInstance(shape);
  const generationMs = performance.now() - t;
  const { input } = instance;

  const perCompany = new Uint32Array(shape.companies);
  for (const c of instance.companyOf) perCompany[c]!++;
  const maxPlacesPerCompany = perCompany.reduce((m, v) => Math.max(m, v), 0);

  const matchMs: number[] = [];
  const floorMs: number[] = [];
  let first: MatchingResult | undefined;
  let deterministic = true;
  // Side by side: the floor and the matching alternate in the same process over the same arrays.
  for (let r = 0; r < RUNS; r++) {
    const laps: number[] = [];
    for (let k = 0; k < FLOOR_REPEAT; k++) {
      t = performance.now();
      sink += plainPass(input);
      laps.push(performance.now() - t);
    }
    floorMs.push(median(laps));
    t = performance.now();
    const result = match(input);
    matchMs.push(performance.now() - t);
    if (first === undefined) first = result;
    else deterministic &&= result.proposals === first.proposals && sameArray(result.assignment, first.assignment);
  }
  const result = first!;

  t = performance.now();
  const blockingPairs = isStable(input, result).length;
  const feasibilityIssues = checkFeasible(input, result).length;
  const sameAsSerialDictatorship = sameArray(serialDictatorship(input, result.lottery), result.assignment);
  const checkMs = performance.now() - t;

  let assigned = 0;
  let firstChoice = 0;
  let rankSum = 0;
  for (let s = 0; s < input.students; s++) {
    const p = result.assignment[s]!;
    if (p < 0) continue;
    assigned++;
    const start = input.choiceOffsets[s]!;
    let i = start;
    while (input.choices[i] !== p) i++;
    rankSum += i - start + 1;
    if (i === start) firstChoice++;
  }

  const memory = process.memoryUsage();
  return {
    shape,
    seats: instance.seats,
    choices: input.choices.length,
    maxPlacesPerCompany,
    generationMs,
    matchMs,
    floorMs,
    result,
    deterministic,
    blockingPairs,
    feasibilityIssues,
    sameAsSerialDictatorship,
    checkMs,
    assigned,
    firstChoice,
    meanRank: assigned === 0 ? 0 : rankSum / assigned,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: memory.heapUsed,
    arrayBuffers: memory.arrayBuffers,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

function table(all: readonly Figures[]): string {
  const rows: [string, (f: Figures) => string][] = [
    ['students', (f) => int(f.shape.students)],
    ['companies / places / seats', (f) => `${int(f.shape.companies)} / ${int(f.shape.places)} / ${int(f.seats)}`],
    ['choices (per student)', (f) => `${int(f.choices)} (${f.shape.choicesPerStudent})`],
    ['max places at one company', (f) => int(f.maxPlacesPerCompany)],
    ['generation time', (f) => ms(f.generationMs)],
    [
      `matching time, median of ${RUNS} (min–max)`,
      (f) => `**${ms(median(f.matchMs))}** (${Math.min(...f.matchMs).toFixed(1)}–${Math.max(...f.matchMs).toFixed(1)})`,
    ],
    ['plain pass over the input (floor), median', (f) => ms(median(f.floorMs))],
    ['floor ratio (matching ÷ plain pass)', (f) => `**${(median(f.matchMs) / median(f.floorMs)).toFixed(1)}×**`],
    ['proposals', (f) => int(f.result.proposals)],
    ['proposals / second', (f) => int(f.result.proposals / (median(f.matchMs) / 1000))],
    ['assigned', (f) => `${int(f.assigned)} (${pct(f.assigned, f.shape.students)})`],
    ['first choice', (f) => `${int(f.firstChoice)} (${pct(f.firstChoice, f.shape.students)})`],
    ['mean rank of assigned choice', (f) => f.meanRank.toFixed(2)],
    ['blocking pairs (independent checker)', (f) => `**${int(f.blockingPairs)}**`],
    ['feasibility issues', (f) => int(f.feasibilityIssues)],
    ['same as serial dictatorship (oracle)', (f) => (f.sameAsSerialDictatorship ? 'yes' : '**NO**')],
    ['deterministic over runs', (f) => (f.deterministic ? 'yes' : '**NO**')],
    ['checker + oracle time', (f) => ms(f.checkMs)],
    ['peak RSS (process so far)', (f) => mib(f.peakRss)],
    ['heap used / array buffers after', (f) => `${mib(f.heapUsed)} / ${mib(f.arrayBuffers)}`],
  ];
  const header = `| metric | ${all.map((f) => `${int(f.shape.students)} students`).join(' | ')} |`;
  const rule = `|---|${all.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${all.map(cell).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

function main(): void {
  const cpu = cpus()[0];
  process.stdout.write(
    `# Stagematching benchmark\n\n` +
      `machine: ${cpu?.model ?? 'unknown cpu'} (${cpus().length} logical cpus, ${mib(totalmem())} RAM), ` +
      `node ${process.version}, V8 ${process.versions.v8}, ${process.platform}/${process.arch}; ` +
      `single-threaded (V8 --single-threaded: ${process.execArgv.includes('--single-threaded') ? 'on' : 'off'})\n\n`,
  );
  const all = [measure(REGIONAL), measure(NATIONAL)];
  process.stdout.write(`${table(all)}\n\n`);
  const national = all[1]!;
  const regional = all[0]!;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  process.stdout.write(
    `targets (issue 4): national < 1 s: ${verdict(median(national.matchMs) < 1000)}; ` +
      `aim 0.5 s: ${verdict(median(national.matchMs) < 500)}; ` +
      `100,000 students < 100 ms: ${verdict(median(regional.matchMs) < 100)}; ` +
      `zero blocking pairs: ${verdict(all.every((f) => f.blockingPairs === 0 && f.feasibilityIssues === 0))}\n` +
      `(checksum ${sink})\n`,
  );
  if (!all.every((f) => f.blockingPairs === 0 && f.feasibilityIssues === 0 && f.sameAsSerialDictatorship)) {
    process.exitCode = 1;
  }
}

main();
