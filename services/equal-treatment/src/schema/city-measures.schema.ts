import { DomainError, forbidden, listsInKeyOrder } from '@stelsel/graphql-kit';
import {
  MUNICIPALITIES,
  readInstitutions,
  STUDENT_SPORT_ACCESS,
  type StudentSportAccess,
  yearProblem,
} from '@stelsel/reference-data';
import type { Selectable } from 'kysely';
import type { EqualTreatmentContext } from '../context.ts';
import {
  type ContributionRow,
  findContributions,
  findContributionsOfInstitution,
  findIntroWeeksOfYears,
  findStudentSport,
  findStudentSportOfYears,
  type StudentSportRow,
} from '../db/city-measures.ts';
import { findMunicipalities } from '../db/municipalities.ts';
import type { StudentProfile } from '../db/student-profiles.ts';
import type { IntroWeekTable } from '../db/types.ts';
import { ownInstitution, PUBLIC } from '../domain/access.ts';
import {
  type CityYear,
  countStatuses,
  INTRO_WEEK_ORDER,
  introWeekOpenToMbo,
  STUDENT_SPORT_ORDER,
  type StatusCount,
  studentSportOpenToMbo,
} from '../domain/city-measures.ts';
import { builder } from './builder.ts';
import { IntroWeek, IntroWeekStatus } from './intro-week.schema.ts';
import { Municipality } from './municipality.schema.ts';
import { StudentRef } from './student.schema.ts';
import { loadStudentMeasures, StudentMeasuresRowRef } from './student-measures.schema.ts';

type IntroWeekRow = Selectable<IntroWeekTable>;

function checkYear(year: number, field = 'year') {
  const problem = yearProblem(year);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, field);
}

// ── Institutions (owned by funding and placements; here only named by id) ────────────────────────────────

export const InstitutionRef = builder.objectRef<{ id: string }>('Institution').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ id: t.exposeID('id') }),
});
builder.asEntity(InstitutionRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference) => ({ id: reference.id }),
});

let seats: Map<string, string | null> | null = null;
/** An institution's seat municipality (reference data: the published allocation table and its seats). */
function seatOf(institutionId: string): string | null {
  seats ??= new Map(readInstitutions().map((i) => [i.id, i.municipalityCode]));
  return seats.get(institutionId) ?? null;
}

// ── Contributions ─────────────────────────────────────────────────────────────────────────────────────────

export const IntroWeekContribution = builder.objectRef<ContributionRow>('IntroWeekContribution').implement({
  description:
    'De financiële bijdrage van een mbo-instelling aan de introductieweek van een stad in een jaar ' +
    '(Werkagenda mbo: instellingen kunnen financieel bijdragen). Openbaar.',
  authScopes: PUBLIC,
  fields: (t) => ({
    institution: t.field({ type: InstitutionRef, resolve: (row) => ({ id: row.institution_id }) }),
    municipality: t.field({
      type: Municipality,
      resolve: (row, _args, context) => Municipality.getDataloader(context).load(row.municipality_code),
    }),
    year: t.exposeInt('year'),
    amount: t.field({ type: 'Money', resolve: (row) => BigInt(row.amount_cents) }),
  }),
});

builder.objectField(IntroWeek, 'contributions', (t) =>
  t.loadableList({
    type: IntroWeekContribution,
    description: 'Bijdragen van instellingen aan deze introductieweek, grootste eerst.',
    load: async (keys: string[], { db }) => {
      const rows = await findContributions(
        db,
        keys.map((key) => {
          const [code, year] = key.split(':') as [string, string];
          return { code, year: Number(year) };
        }),
      );
      return listsInKeyOrder(keys, rows, (row) => `${row.municipality_code}:${row.year}`);
    },
    resolve: (week: IntroWeekRow) => `${week.municipality_code}:${week.year}`,
  }),
);

builder.objectField(InstitutionRef, 'introWeekContributions', (t) =>
  t.field({
    type: [IntroWeekContribution],
    nullable: true,
    description:
      'De bijdragen van deze instelling aan introductieweken, nieuwste jaar eerst: alleen voor de instelling zelf.',
    authScopes: (institution) => ownInstitution(institution.id),
    unauthorizedError: () => forbidden('Alleen de instelling zelf ziet hier haar bijdragen.'),
    resolve: (institution, _args, { db }) => findContributionsOfInstitution(db, institution.id),
  }),
);

// ── Student sport ─────────────────────────────────────────────────────────────────────────────────────────

const ACCESS_DESCRIPTIONS: Record<StudentSportAccess, string> = {
  OPEN: 'mbo-studenten kunnen de studentensportvoorzieningen gebruiken.',
  PILOT: 'Een pilot: mbo-studenten kunnen de voorzieningen (onder voorwaarden) gebruiken.',
  NOT_OPEN: 'mbo-studenten kunnen de studentensportvoorzieningen (nog) niet gebruiken.',
};

export const StudentSportAccessEnum = builder.enumType('StudentSportAccess', {
  description: 'Of mbo-studenten in een stad de studentensport kunnen gebruiken.',
  values: Object.fromEntries(STUDENT_SPORT_ACCESS.map((a) => [a, { description: ACCESS_DESCRIPTIONS[a] }])) as {
    [A in StudentSportAccess]: { description: string };
  },
});

export const StudentSport = builder.objectRef<StudentSportRow>('StudentSport').implement({
  description: 'Studentensport voor mbo-studenten in een stad en jaar: welke voorzieningen, onder welke voorwaarden.',
  authScopes: PUBLIC,
  fields: (t) => ({
    year: t.exposeInt('year'),
    access: t.field({ type: StudentSportAccessEnum, resolve: (row) => row.access }),
    openToMbo: t.boolean({
      description: 'Open of een pilot: mbo-studenten kunnen er sporten.',
      resolve: (row) => studentSportOpenToMbo(row.access),
    }),
    facilities: t.stringList({ resolve: (row) => row.facilities }),
    conditions: t.exposeString('conditions', { nullable: true }),
    openFrom: t.field({ type: 'Date', nullable: true, resolve: (row) => row.open_from }),
    note: t.exposeString('note', { nullable: true }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'De gepubliceerde bron, voor wat uit de stukken komt; leeg voor wat de gemeente vastlegde.',
    }),
  }),
});

builder.objectField(Municipality, 'studentSport', (t) =>
  t.loadable({
    type: StudentSport,
    nullable: true,
    description: 'Studentensport in dit jaar; leeg als er voor dat jaar niets is vastgelegd.',
    args: { year: t.arg.int({ required: true }) },
    load: async (keys: string[], { db }) => {
      const byYear = new Map<number, string[]>();
      for (const key of keys) {
        const [year, code] = key.split(':') as [string, string];
        byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), code]);
      }
      const found = new Map<string, StudentSportRow>();
      for (const [year, codes] of byYear) {
        for (const row of await findStudentSport(db, year, codes)) found.set(`${year}:${row.municipality_code}`, row);
      }
      return keys.map((key) => found.get(key) ?? null);
    },
    resolve: (municipality, { year }) => {
      checkYear(year);
      return `${year}:${municipality.code}`;
    },
  }),
);

const COORDINATES = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

builder.objectFields(Municipality, (t) => ({
  latitude: t.float({
    nullable: true,
    description: 'Breedtegraad van het centrum (WGS84, afgerond), voor een kaart.',
    resolve: (m) => COORDINATES.get(m.code)?.latitude ?? null,
  }),
  longitude: t.float({
    nullable: true,
    description: 'Lengtegraad van het centrum (WGS84, afgerond), voor een kaart.',
    resolve: (m) => COORDINATES.get(m.code)?.longitude ?? null,
  }),
}));

// ── The student's own city ────────────────────────────────────────────────────────────────────────────────

builder.objectField(StudentRef, 'studyCity', (t) =>
  t.field({
    type: Municipality,
    nullable: true,
    description:
      'De stad waar de student studeert (de vestigingsplaats van de instelling): daar gelden introductieweek en ' +
      'studentensport. Leeg als de vestigingsplaats niet bekend is.',
    resolve: async (student: StudentProfile, _args, context) => {
      const code = seatOf(student.institutionId);
      return code
        ? Municipality.getDataloader(context)
            .load(code)
            .catch(() => null)
        : null;
    },
  }),
);

// ── The national view ─────────────────────────────────────────────────────────────────────────────────────

interface CityRow {
  code: string;
  thisYear: CityYear;
  lastYear: CityYear;
  participants: number | null;
}

interface Overview {
  year: number;
  introWeek: StatusCount<(typeof INTRO_WEEK_ORDER)[number]>[];
  studentSport: StatusCount<StudentSportAccess>[];
  cities: CityRow[];
  schoolYear: string;
}

const IntroWeekCount = builder
  .objectRef<StatusCount<(typeof INTRO_WEEK_ORDER)[number]>>('IntroWeekStatusCount')
  .implement({
    description: 'Hoeveel steden een stand van de introductieweek hebben, dit jaar en vorig jaar.',
    fields: (t) => ({
      status: t.field({
        type: IntroWeekStatus,
        nullable: true,
        description: 'Leeg: steden waarvoor niets is vastgelegd.',
        resolve: (c) => c.status,
      }),
      count: t.exposeInt('count'),
      previousYear: t.exposeInt('previousYear'),
    }),
  });

const StudentSportCount = builder.objectRef<StatusCount<StudentSportAccess>>('StudentSportCount').implement({
  description: 'Hoeveel steden een stand van de studentensport hebben, dit jaar en vorig jaar.',
  fields: (t) => ({
    access: t.field({
      type: StudentSportAccessEnum,
      nullable: true,
      description: 'Leeg: steden waarvoor niets is vastgelegd.',
      resolve: (c) => c.status,
    }),
    count: t.exposeInt('count'),
    previousYear: t.exposeInt('previousYear'),
  }),
});

const CityMeasures = builder.objectRef<CityRow>('CityEqualTreatment').implement({
  description: 'De stand in één stad: introductieweek en studentensport, dit jaar en vorig jaar.',
  fields: (t) => ({
    municipality: t.field({
      type: Municipality,
      resolve: (row, _args, context) => Municipality.getDataloader(context).load(row.code),
    }),
    introWeek: t.field({ type: IntroWeekStatus, nullable: true, resolve: (row) => row.thisYear.introWeek }),
    introWeekLastYear: t.field({ type: IntroWeekStatus, nullable: true, resolve: (row) => row.lastYear.introWeek }),
    introWeekOpenToMbo: t.boolean({ resolve: (row) => introWeekOpenToMbo(row.thisYear.introWeek) }),
    participants: t.exposeInt('participants', { nullable: true }),
    studentSport: t.field({
      type: StudentSportAccessEnum,
      nullable: true,
      resolve: (row) => row.thisYear.studentSport,
    }),
    studentSportLastYear: t.field({
      type: StudentSportAccessEnum,
      nullable: true,
      resolve: (row) => row.lastYear.studentSport,
    }),
    studentSportOpenToMbo: t.boolean({ resolve: (row) => studentSportOpenToMbo(row.thisYear.studentSport) }),
  }),
});

const OverviewRef = builder.objectRef<Overview>('EqualTreatmentOverview').implement({
  description:
    'Het landelijke beeld van gelijkwaardige behandeling in een jaar: steden per stand van introductieweek en ' +
    'studentensport (dit jaar tegen vorig jaar) en, voor het schooljaar dat in dat jaar begint, gratis boeken, ' +
    'studentenkaarten en terugbetalingen. Openbaar, zonder persoonsgegevens.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    introWeek: t.field({ type: [IntroWeekCount], resolve: (o) => o.introWeek }),
    studentSport: t.field({ type: [StudentSportCount], resolve: (o) => o.studentSport }),
    cities: t.field({ type: [CityMeasures], resolve: (o) => o.cities }),
    schoolYear: t.exposeString('schoolYear', {
      description: 'Het schooljaar dat in dit jaar begint, bv. "2026-2027".',
    }),
    studentMeasures: t.field({
      type: StudentMeasuresRowRef,
      description: 'Landelijk: aandeel rechthebbenden met gratis boeken, studentenkaarten, terugbetalingen.',
      resolve: async (o, _args, { db }) => (await loadStudentMeasures(db, o.schoolYear)).national,
    }),
  }),
});

async function overview(context: EqualTreatmentContext, year: number): Promise<Overview> {
  const { db } = context;
  const [municipalities, weeks, sport] = await Promise.all([
    findMunicipalities(db),
    findIntroWeeksOfYears(db, [year, year - 1]),
    findStudentSportOfYears(db, [year, year - 1]),
  ]);
  const byYear = <R extends { municipality_code: string; year: number }, V>(rows: R[], y: number, value: (r: R) => V) =>
    new Map(rows.filter((r) => r.year === y).map((r) => [r.municipality_code, value(r)]));
  const weekNow = byYear(weeks, year, (r) => r.status);
  const weekThen = byYear(weeks, year - 1, (r) => r.status);
  const sportNow = byYear(sport, year, (r) => r.access);
  const sportThen = byYear(sport, year - 1, (r) => r.access);
  const participants = byYear(weeks, year, (r) => r.participants);
  const codes = municipalities.map((m) => m.code);
  return {
    year,
    introWeek: countStatuses(INTRO_WEEK_ORDER, codes, weekNow, weekThen),
    studentSport: countStatuses(STUDENT_SPORT_ORDER, codes, sportNow, sportThen),
    cities: codes.map((code) => ({
      code,
      thisYear: { code, introWeek: weekNow.get(code) ?? null, studentSport: sportNow.get(code) ?? null },
      lastYear: { code, introWeek: weekThen.get(code) ?? null, studentSport: sportThen.get(code) ?? null },
      participants: participants.get(code) ?? null,
    })),
    schoolYear: `${year}-${year + 1}`,
  };
}

builder.queryFields((t) => ({
  equalTreatmentOverview: t.field({
    type: OverviewRef,
    nullable: true,
    description:
      'Landelijk overzicht van gelijkwaardige behandeling in een jaar (introductieweek, studentensport, gratis ' +
      'boeken, studentenkaarten, terugbetalingen). Openbaar, zonder persoonsgegevens; kleine aantallen onderdrukt.',
    authScopes: PUBLIC,
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => {
      checkYear(year);
      return overview(context, year);
    },
  }),
}));
