import { createRandom, type MatchingInput, randomBelow } from '@stelsel/placements/matching';

export interface InstanceShape {
  readonly students: number;
  readonly companies: number;
  readonly places: number;
  readonly choicesPerStudent: number;
  /** Zipf-like exponent of place popularity (0 = uniform, towards 1 = a few places wanted by everyone). */
  readonly popularity: number;
  /** Seed of the generator (not of the lottery). */
  readonly seed: number;
}

export interface Instance {
  readonly input: MatchingInput;
  /** Company owning each place; the matching never reads it, it shapes the data like the real register. */
  readonly companyOf: Uint32Array;
  readonly seats: number;
}

/** National scale — DOMAIN.md §1: ~495k mbo students, ~250,000 accredited companies; issue 4: ~1,000,000 places. */
export const NATIONAL: InstanceShape = {
  students: 500_000,
  companies: 250_000,
  places: 1_000_000,
  choicesPerStudent: 10,
  popularity: 0.9,
  seed: 2023,
};

export const REGIONAL: InstanceShape = { ...NATIONAL, students: 100_000, companies: 50_000, places: 200_000 };

/**
 * Deterministic synthetic round. Every company offers at least one place, the rest go mostly to large
 * employers; capacities 1–3 (60/30/10 %); each student lists distinct places drawn with density ~ rank^-s
 * over a shuffled popularity order, so popular places are heavily oversubscribed and rejection chains occur.
 */
export function generateInstance(shape: InstanceShape): Instance {
  const { students, companies, places, choicesPerStudent, popularity, seed } = shape;
  if (places < companies || places < choicesPerStudent) throw new RangeError('Te weinig plaatsen voor deze vorm.');
  const next = createRandom(seed);
  const unit = () => next() / 0x1_0000_0000;

  const companyOf = new Uint32Array(places);
  const capacity = new Uint32Array(places);
  let seats = 0;
  for (let p = 0; p < places; p++) {
    const u = unit();
    companyOf[p] = p < companies ? p : Math.floor(companies * u * u);
    const c = unit();
    const cap = c < 0.6 ? 1 : c < 0.9 ? 2 : 3;
    capacity[p] = cap;
    seats += cap;
  }

  const byPopularity = new Uint32Array(places);
  for (let p = 0; p < places; p++) byPopularity[p] = p;
  for (let i = places - 1; i > 0; i--) {
    const j = randomBelow(next, i + 1);
    const swap = byPopularity[i]!;
    byPopularity[i] = byPopularity[j]!;
    byPopularity[j] = swap;
  }

  // Inverse transform of a continuous power law: rank = places · u^(1 / (1 − s)) has density ~ rank^-s.
  const exponent = 1 / (1 - popularity);
  const choiceOffsets = new Uint32Array(students + 1);
  const choices = new Uint32Array(students * choicesPerStudent);
  let n = 0;
  for (let s = 0; s < students; s++) {
    choiceOffsets[s] = n;
    const first = n;
    while (n - first < choicesPerStudent) {
      const rank = Math.min(places - 1, Math.floor(places * unit() ** exponent));
      const p = byPopularity[rank]!;
      let duplicate = false;
      for (let i = first; i < n; i++) {
        if (choices[i] === p) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) choices[n++] = p;
    }
  }
  choiceOffsets[students] = n;

  return {
    input: { students, places, capacity, choiceOffsets, choices, seed: (seed * 2654435761) >>> 0 },
    companyOf,
    seats,
  };
}
