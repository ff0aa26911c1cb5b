import {
  INTRO_WEEK_SOURCE_2023,
  type IntroWeekStatus,
  readInstitutions,
  STUDENT_SPORT_2023,
  type StudentSportAccess,
} from '@stelsel/reference-data';
import type { Kysely } from 'kysely';
import type { EqualTreatmentDatabase } from '../db/types.ts';
import { dutchToday } from '../domain/calendar-day.ts';

/** Demo records say so: they are not from a source and not a municipality's own words. */
const DEMO = 'Demogegevens';

/**
 * Intro-week statuses 2024–2026 for the cities of the papers (Utrecht, Leiden, Maastricht, Leeuwarden,
 * Groningen, Zeeland; Breda, Nijmegen, Rotterdam, Amsterdam) and a few others. Rotterdam keeps its separate
 * programme in 2026, so the demo can open it. Participants are mbo students who took part.
 */
const INTRO_WEEKS: Record<string, { organiser: string; years: [IntroWeekStatus, number | null][] }> = {
  '0344': {
    organiser: 'Stichting introductieweek Utrecht',
    years: [
      ['OPEN', 1250],
      ['OPEN', 1480],
      ['OPEN', 1720],
    ],
  },
  '0546': {
    organiser: 'Stichting introductieweek Leiden',
    years: [
      ['OPEN', 310],
      ['OPEN', 365],
      ['OPEN', 402],
    ],
  },
  '0935': {
    organiser: 'Stichting introductieweek Maastricht',
    years: [
      ['OPEN', 280],
      ['OPEN', 330],
      ['OPEN', 345],
    ],
  },
  '0080': {
    organiser: 'Gemeente Leeuwarden met de instellingen',
    years: [
      ['OPEN', 190],
      ['OPEN', 240],
      ['OPEN', 260],
    ],
  },
  '0014': {
    organiser: 'Stichting introductieweek Groningen',
    years: [
      ['OPEN', 640],
      ['OPEN', 710],
      ['OPEN', 805],
    ],
  },
  '0718': {
    organiser: 'Zeeuwse onderwijsinstellingen',
    years: [
      ['OPEN', 150],
      ['OPEN', 170],
      ['OPEN', 185],
    ],
  },
  '0687': {
    organiser: 'Zeeuwse onderwijsinstellingen',
    years: [
      ['OPEN', 95],
      ['OPEN', 110],
      ['OPEN', 120],
    ],
  },
  '0758': {
    organiser: 'Gemeente Breda',
    years: [
      ['IN_TALKS', null],
      ['SEPARATE_PROGRAMME', 210],
      ['SEPARATE_PROGRAMME', 260],
    ],
  },
  '0268': {
    organiser: 'Stichting introductieweek Nijmegen',
    years: [
      ['IN_TALKS', null],
      ['OPEN', 390],
      ['OPEN', 455],
    ],
  },
  '0599': {
    organiser: 'Gemeente Rotterdam met Zadkine en Albeda',
    years: [
      ['IN_TALKS', null],
      ['SEPARATE_PROGRAMME', 520],
      ['SEPARATE_PROGRAMME', 610],
    ],
  },
  '0363': {
    organiser: 'Stichting introductieweek Amsterdam',
    years: [
      ['IN_TALKS', null],
      ['IN_TALKS', null],
      ['OPEN', 930],
    ],
  },
  '0518': {
    organiser: 'Gemeente Den Haag',
    years: [
      ['IN_TALKS', null],
      ['SEPARATE_PROGRAMME', 260],
      ['OPEN', 480],
    ],
  },
  '0772': {
    organiser: 'Gemeente Eindhoven',
    years: [
      ['NOT_YET', null],
      ['NOT_YET', null],
      ['IN_TALKS', null],
    ],
  },
  '0855': {
    organiser: 'Gemeente Tilburg',
    years: [
      ['NOT_YET', null],
      ['IN_TALKS', null],
      ['IN_TALKS', null],
    ],
  },
  '0202': {
    organiser: 'Gemeente Arnhem',
    years: [
      ['IN_TALKS', null],
      ['IN_TALKS', null],
      ['SEPARATE_PROGRAMME', 150],
    ],
  },
  '0193': {
    organiser: 'Gemeente Zwolle',
    years: [
      ['NOT_YET', null],
      ['NOT_YET', null],
      ['NOT_YET', null],
    ],
  },
};

const SPORT: Record<string, { facilities: string[]; conditions: string; years: (StudentSportAccess | null)[] }> = {
  '0344': {
    facilities: ['Sportcentrum Utrecht Science Park', 'Sporthal Galgenwaard'],
    conditions: 'Met een geldige mbo-studentenkaart; zelfde tarief als hbo- en wo-studenten.',
    years: ['PILOT', 'OPEN', 'OPEN'],
  },
  '0014': {
    facilities: ['Studentensportcentrum Zernike'],
    conditions: 'Met een geldige mbo-studentenkaart.',
    years: [null, 'PILOT', 'OPEN'],
  },
  '0363': {
    facilities: ['Universitair Sportcentrum'],
    conditions: 'Pilot voor studenten van twee instellingen; aanmelden via de instelling.',
    years: [null, null, 'PILOT'],
  },
  '0599': { facilities: [], conditions: '', years: ['NOT_OPEN', 'NOT_OPEN', 'NOT_OPEN'] },
  '0546': {
    facilities: ['Universitair Sportcentrum Leiden'],
    conditions: 'Met een geldige mbo-studentenkaart, buiten de piekuren.',
    years: [null, 'PILOT', 'PILOT'],
  },
};

/** What institutions contribute to a city's week (names as in the allocation table). */
const CONTRIBUTIONS: { code: string; institution: string; cents: bigint; fromYear: number }[] = [
  { code: '0344', institution: 'MBO Utrecht', cents: 1_500_000n, fromYear: 2024 },
  { code: '0599', institution: 'ROC Zadkine', cents: 750_000n, fromYear: 2025 },
  { code: '0599', institution: 'Albeda College', cents: 500_000n, fromYear: 2025 },
  { code: '0014', institution: 'Noorderpoort', cents: 900_000n, fromYear: 2024 },
  { code: '0363', institution: 'ROC van Amsterdam', cents: 1_200_000n, fromYear: 2026 },
];

/**
 * The 2023 records get their source (the papers), student sport in 2023 (Utrecht's pilot), and demo years from
 * 2024 up to this year. Runs once per database (when nothing from 2024 on is recorded).
 */
export async function seedCityMeasures(db: Kysely<EqualTreatmentDatabase>, today = dutchToday()): Promise<number> {
  const done = await db.selectFrom('student_sport').select('year').limit(1).executeTakeFirst();
  if (done) return 0;
  const thisYear = Number(today.slice(0, 4));
  const years = [2024, 2025, 2026].filter((y) => y <= thisYear);
  // Intro weeks happen in August and September: this year's count is only known after.
  const counted = (year: number) => year < thisYear || today.slice(5) >= '10-01';
  const institutions = readInstitutions();
  const idOf = (name: string) => {
    const found = institutions.find((i) => i.name === name);
    if (!found) throw new Error(`Demo-instelling ${name} staat niet in de allocatietabel.`);
    return found.id;
  };
  let inserted = 0;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('intro_week')
      .set({ source: INTRO_WEEK_SOURCE_2023 })
      .where('year', '=', 2023)
      .where('recorded_by', 'is', null)
      .execute();
    await trx
      .insertInto('student_sport')
      .values(
        STUDENT_SPORT_2023.map((s) => ({
          municipality_code: s.municipalityCode,
          year: s.year,
          access: s.access,
          facilities: JSON.stringify(s.facilities),
          conditions: s.conditions,
          note: s.note,
          source: INTRO_WEEK_SOURCE_2023,
        })),
      )
      .execute();
    inserted += STUDENT_SPORT_2023.length;
    for (const [i, year] of years.entries()) {
      const weeks = Object.entries(INTRO_WEEKS).map(([code, w]) => {
        const [status, participants] = w.years[i] as [IntroWeekStatus, number | null];
        return {
          municipality_code: code,
          year,
          status,
          organiser: w.organiser,
          participants: counted(year) ? participants : null,
          note: DEMO,
          recorded_by: 'demo',
        };
      });
      await trx.insertInto('intro_week').values(weeks).execute();
      const sport = Object.entries(SPORT).flatMap(([code, s]) => {
        const access = s.years[i];
        if (!access) return [];
        return [
          {
            municipality_code: code,
            year,
            access,
            facilities: JSON.stringify(access === 'NOT_OPEN' ? [] : s.facilities),
            conditions: access === 'NOT_OPEN' ? null : s.conditions,
            open_from: access === 'NOT_OPEN' ? null : `${year}-09-01`,
            note: DEMO,
            recorded_by: 'demo',
          },
        ];
      });
      if (sport.length > 0) await trx.insertInto('student_sport').values(sport).execute();
      const contributions = CONTRIBUTIONS.filter((c) => c.fromYear <= year).map((c) => ({
        municipality_code: c.code,
        year,
        institution_id: idOf(c.institution),
        amount_cents: c.cents,
        recorded_by: 'demo',
      }));
      if (contributions.length > 0) await trx.insertInto('intro_week_contribution').values(contributions).execute();
      inserted += weeks.length + sport.length + contributions.length;
    }
  });
  return inserted;
}
