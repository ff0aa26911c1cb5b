/** CBS gemeentecodes (4 digits) of the municipalities the platform seeds. */
export interface MunicipalityRef {
  code: string;
  name: string;
  /** The town centre (WGS84, rounded to 0.001°), to place the municipality on a map of the Netherlands. */
  latitude: number;
  longitude: number;
}

export const MUNICIPALITIES: readonly MunicipalityRef[] = [
  { code: '0014', name: 'Groningen', latitude: 53.219, longitude: 6.567 },
  { code: '0034', name: 'Almere', latitude: 52.371, longitude: 5.222 },
  { code: '0080', name: 'Leeuwarden', latitude: 53.201, longitude: 5.799 },
  { code: '0193', name: 'Zwolle', latitude: 52.512, longitude: 6.094 },
  { code: '0200', name: 'Apeldoorn', latitude: 52.211, longitude: 5.969 },
  { code: '0202', name: 'Arnhem', latitude: 51.985, longitude: 5.899 },
  { code: '0222', name: 'Doetinchem', latitude: 51.965, longitude: 6.289 },
  { code: '0228', name: 'Ede', latitude: 52.04, longitude: 5.665 },
  { code: '0268', name: 'Nijmegen', latitude: 51.842, longitude: 5.853 },
  { code: '0281', name: 'Tiel', latitude: 51.887, longitude: 5.429 },
  { code: '0307', name: 'Amersfoort', latitude: 52.156, longitude: 5.387 },
  { code: '0344', name: 'Utrecht', latitude: 52.091, longitude: 5.122 },
  { code: '0361', name: 'Alkmaar', latitude: 52.632, longitude: 4.748 },
  { code: '0363', name: 'Amsterdam', latitude: 52.37, longitude: 4.895 },
  { code: '0392', name: 'Haarlem', latitude: 52.387, longitude: 4.646 },
  { code: '0479', name: 'Zaanstad', latitude: 52.457, longitude: 4.751 },
  { code: '0505', name: 'Dordrecht', latitude: 51.813, longitude: 4.69 },
  { code: '0518', name: "'s-Gravenhage", latitude: 52.07, longitude: 4.3 },
  { code: '0546', name: 'Leiden', latitude: 52.16, longitude: 4.497 },
  { code: '0599', name: 'Rotterdam', latitude: 51.924, longitude: 4.478 },
  { code: '0687', name: 'Middelburg', latitude: 51.499, longitude: 3.611 },
  { code: '0718', name: 'Vlissingen', latitude: 51.442, longitude: 3.574 },
  { code: '0758', name: 'Breda', latitude: 51.589, longitude: 4.776 },
  { code: '0772', name: 'Eindhoven', latitude: 51.441, longitude: 5.478 },
  { code: '0794', name: 'Helmond', latitude: 51.481, longitude: 5.661 },
  { code: '0796', name: "'s-Hertogenbosch", latitude: 51.69, longitude: 5.304 },
  { code: '0855', name: 'Tilburg', latitude: 51.556, longitude: 5.091 },
  { code: '0935', name: 'Maastricht', latitude: 50.851, longitude: 5.691 },
];

export const INTRO_WEEK_STATUSES = ['OPEN', 'SEPARATE_PROGRAMME', 'IN_TALKS', 'NOT_YET'] as const;
export type IntroWeekStatus = (typeof INTRO_WEEK_STATUSES)[number];

export interface IntroWeekRef {
  municipalityCode: string;
  year: number;
  status: IntroWeekStatus;
  /** What the source says, in its own words. */
  note: string;
}

export const INTRO_WEEK_SOURCE_2023 = 'Kamerstuk 2023D19215 (antwoorden op vragen over de Werkagenda mbo)';

/**
 * Introduction weeks in 2023. Utrecht, Leiden, Maastricht, Leeuwarden and Groningen: open to mbo
 * students. Zeeland: "al enige tijd staande praktijk" — recorded for its student cities
 * Vlissingen and Middelburg. Breda, Nijmegen, Rotterdam and Amsterdam: "gesprekken gaande ... of
 * er wordt een speciaal programma georganiseerd"; the source does not say which city does which,
 * so they are recorded as in talks, with the source's words in the note.
 */
export const INTRO_WEEKS_2023: readonly IntroWeekRef[] = [
  ...['0344', '0546', '0935', '0080', '0014'].map((code) => ({
    municipalityCode: code,
    year: 2023,
    status: 'OPEN' as const,
    note: `mbo-studenten kunnen deelnemen aan de algemene introductieweek (${INTRO_WEEK_SOURCE_2023}).`,
  })),
  ...['0718', '0687'].map((code) => ({
    municipalityCode: code,
    year: 2023,
    status: 'OPEN' as const,
    note: `In Zeeland is deelname al enige tijd staande praktijk (${INTRO_WEEK_SOURCE_2023}).`,
  })),
  ...['0758', '0268', '0599', '0363'].map((code) => ({
    municipalityCode: code,
    year: 2023,
    status: 'IN_TALKS' as const,
    note: `Gesprekken gaande over de positie van de mbo-student of een speciaal mbo-programma; de bron onderscheidt niet per stad (${INTRO_WEEK_SOURCE_2023}).`,
  })),
];

export const STUDENT_SPORT_ACCESS = ['OPEN', 'PILOT', 'NOT_OPEN'] as const;
export type StudentSportAccess = (typeof STUDENT_SPORT_ACCESS)[number];

export interface StudentSportRef {
  municipalityCode: string;
  year: number;
  access: StudentSportAccess;
  facilities: string[];
  conditions: string;
  note: string;
}

/**
 * Student sport in 2023: "loopt er momenteel een pilot in Utrecht waarbij mbo-studenten gebruik mogen maken van de
 * bestaande studentensportfaciliteiten" (seeds/000_…txt 10–13). The source names no facility or condition.
 */
export const STUDENT_SPORT_2023: readonly StudentSportRef[] = [
  {
    municipalityCode: '0344',
    year: 2023,
    access: 'PILOT',
    facilities: ['bestaande studentensportfaciliteiten'],
    conditions: 'Pilot; de bron noemt geen voorwaarden.',
    note: `Pilot: mbo-studenten mogen de bestaande studentensportfaciliteiten gebruiken (${INTRO_WEEK_SOURCE_2023}).`,
  },
];
