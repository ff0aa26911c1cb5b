/**
 * A stagematching round of a real institution, written straight into the placements database: N
 * students of one institution, open places at demo companies accredited for the students'
 * qualifications, one round in status DRAFT (ready to run) with ranked choices for every student.
 * Used by the scale test (test/rounds-scale.test.ts) and by the gateway benchmark
 * (`pnpm --filter @stelsel/bench bench:round`), so both measure the same round.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { MAX_ROUND_STUDENTS } from '../domain/rounds.ts';

export { MAX_ROUND_STUDENTS };

import { insertRound } from '../db/rounds.ts';
import type { PlacementsDatabase } from '../db/types.ts';
import { type SeedCalendar, seedCalendar, shiftYears } from './calendar.ts';
import { seededRandom } from './seed-random.ts';

/** Qualifications with the demo companies accredited for them (Zorggroep Maasstad, Thuiszorg Het Groene Hart, Ziekenhuis Waalzicht). */
export const TRACKS = [
  { crebo: '25491', level: 3, companies: ['kvk-90000001', 'kvk-90000005'] },
  { crebo: '25655', level: 4, companies: ['kvk-90000001', 'kvk-90000007'] },
  { crebo: '25498', level: 2, companies: ['kvk-90000001', 'kvk-90000005'] },
] as const;

export interface RoundShape {
  /** Institution id (albeda-college: persona docent-albeda works there). */
  readonly institution: string;
  readonly students: number;
  readonly places: number;
  readonly choicesPerStudent: number;
  /** Seed of the generator (capacities, companies, choices), not of the lottery. */
  readonly seed: number;
}

/** A real institution's round — issue 4: "a few thousand students" (Albeda College has well over 10,000). */
export const REAL_INSTITUTION: RoundShape = {
  institution: 'albeda-college',
  students: 3000,
  places: 400,
  choicesPerStudent: 10,
  seed: 3000,
};

/** The real institution's shape for another number of students, with places in the same proportion (≥ 10 per track). */
export function roundShape(students: number, base: RoundShape = REAL_INSTITUTION): RoundShape {
  const places = Math.max(TRACKS.length * base.choicesPerStudent, Math.round((students * base.places) / base.students));
  return { ...base, students, places };
}

export interface SeededRound {
  readonly roundId: string;
  readonly shape: RoundShape;
  /** Sum of the places' capacities. */
  readonly seats: number;
  /** Rows in round_choice. */
  readonly choices: number;
}

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * Writes the round into a migrated and seeded placements database (demo companies, accreditations and
 * institutions must exist), dated by the calendar (default: today's): places in its bol period, the round
 * over its demo round's period. Fails when the demo data no longer accredits a track's companies, because
 * then every place would be closed to the matching and a measurement would mean nothing.
 */
export async function seedRound(
  db: Kysely<PlacementsDatabase>,
  shape: RoundShape = REAL_INSTITUTION,
  createdBy = 'docent-albeda',
  calendar: SeedCalendar = seedCalendar(),
): Promise<SeededRound> {
  const { institution, students: studentCount, places: placeCount, choicesPerStudent, seed } = shape;
  if (!Number.isInteger(studentCount) || studentCount < 1 || studentCount > MAX_ROUND_STUDENTS) {
    throw new RangeError(`Een ronde heeft 1 tot en met ${MAX_ROUND_STUDENTS} studenten (gevraagd: ${studentCount}).`);
  }
  if (choicesPerStudent < 1 || choicesPerStudent > 10) throw new RangeError('Een student kiest 1 tot 10 plaatsen.');
  if (Math.floor(placeCount / TRACKS.length) < choicesPerStudent) {
    throw new RangeError(`Te weinig plaatsen (${placeCount}) voor ${choicesPerStudent} keuzes per kwalificatie.`);
  }

  const accredited = await db
    .selectFrom('accreditation')
    .select(['company_id', 'qualification_crebo'])
    .where('status', '=', 'ACTIVE')
    .execute();
  const has = new Set(accredited.map((a) => `${a.company_id}/${a.qualification_crebo}`));
  const missing = TRACKS.flatMap((t) => t.companies.map((c) => `${c}/${t.crebo}`)).filter((key) => !has.has(key));
  if (missing.length > 0) {
    throw new Error(`De demodata erkent deze leerbedrijven niet (meer) voor de kwalificatie: ${missing.join(', ')}.`);
  }

  const random = seededRandom(seed);
  const places = Array.from({ length: placeCount }, (_, i) => {
    const track = TRACKS[i % TRACKS.length]!;
    return {
      id: `scale-p${pad(i)}`,
      company_id: random.pick(track.companies),
      title: `Stageplaats ${i}`,
      pathway: 'BOL' as const,
      qualification_crebo: track.crebo,
      level: track.level,
      capacity: random.int(1, 8),
      starts_on: calendar.bol.startsOn,
      ends_on: calendar.bol.endsOn,
      municipality_code: '0599',
      status: 'OPEN' as const,
    };
  });
  const students = Array.from({ length: studentCount }, (_, i) => {
    const track = TRACKS[i % TRACKS.length]!;
    return {
      id: `${institution}-x${pad(i)}`,
      institution_id: institution,
      given_name: 'Groot',
      family_name: `Cohort ${i}`,
      qualification_crebo: track.crebo,
      level: track.level,
      pathway: 'BOL' as const,
      cohort: calendar.cohorts[2],
      date_of_birth: shiftYears('2008-09-01', calendar.years),
    };
  });
  const roundId = randomUUID();
  // Ranked choices among the places of the student's qualification, as submitChoices stores them.
  const byCrebo = new Map(TRACKS.map((t) => [t.crebo, places.filter((p) => p.qualification_crebo === t.crebo)]));
  const choices = students.flatMap((student) => {
    const pool = [...(byCrebo.get(student.qualification_crebo) ?? [])];
    return Array.from({ length: choicesPerStudent }, (_, rank) => {
      const [place] = pool.splice(random.int(0, pool.length - 1), 1);
      return { round_id: roundId, student_id: student.id, place_id: place?.id ?? '', rank: rank + 1 };
    });
  });

  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < places.length; start += 1000) {
      await trx
        .insertInto('place')
        .values(places.slice(start, start + 1000))
        .execute();
    }
    for (let start = 0; start < students.length; start += 1000) {
      await trx
        .insertInto('student')
        .values(students.slice(start, start + 1000))
        .execute();
    }
    await insertRound(
      trx,
      {
        id: roundId,
        institutionId: institution,
        name: `Kopgroep zorg, ${studentCount} eerstejaars (schaaltest)`,
        periodStart: calendar.round.period.start,
        periodEnd: calendar.round.period.end,
        qualificationCrebos: null,
        createdBy,
      },
      students.map((s) => s.id),
    );
    for (let start = 0; start < choices.length; start += 5000) {
      await trx
        .insertInto('round_choice')
        .values(choices.slice(start, start + 5000))
        .execute();
    }
    await trx
      .updateTable('round_student')
      .set({ choices_at: sql<string>`now()`, choices_by: createdBy })
      .where('round_id', '=', roundId)
      .execute();
  });

  return { roundId, shape, seats: places.reduce((sum, p) => sum + p.capacity, 0), choices: choices.length };
}
