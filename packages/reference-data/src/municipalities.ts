/** CBS gemeentecodes (4 digits) of the municipalities the platform seeds. */
export interface MunicipalityRef {
  code: string;
  name: string;
}

export const MUNICIPALITIES: readonly MunicipalityRef[] = [
  { code: '0014', name: 'Groningen' },
  { code: '0034', name: 'Almere' },
  { code: '0080', name: 'Leeuwarden' },
  { code: '0193', name: 'Zwolle' },
  { code: '0200', name: 'Apeldoorn' },
  { code: '0202', name: 'Arnhem' },
  { code: '0222', name: 'Doetinchem' },
  { code: '0228', name: 'Ede' },
  { code: '0268', name: 'Nijmegen' },
  { code: '0281', name: 'Tiel' },
  { code: '0307', name: 'Amersfoort' },
  { code: '0344', name: 'Utrecht' },
  { code: '0361', name: 'Alkmaar' },
  { code: '0363', name: 'Amsterdam' },
  { code: '0392', name: 'Haarlem' },
  { code: '0479', name: 'Zaanstad' },
  { code: '0505', name: 'Dordrecht' },
  { code: '0518', name: "'s-Gravenhage" },
  { code: '0546', name: 'Leiden' },
  { code: '0599', name: 'Rotterdam' },
  { code: '0687', name: 'Middelburg' },
  { code: '0718', name: 'Vlissingen' },
  { code: '0758', name: 'Breda' },
  { code: '0772', name: 'Eindhoven' },
  { code: '0794', name: 'Helmond' },
  { code: '0796', name: "'s-Hertogenbosch" },
  { code: '0855', name: 'Tilburg' },
  { code: '0935', name: 'Maastricht' },
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

const SOURCE = 'Kamerstuk 2023D19215 (antwoorden op vragen over de Werkagenda mbo)';

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
    note: `mbo-studenten kunnen deelnemen aan de algemene introductieweek (${SOURCE}).`,
  })),
  ...['0718', '0687'].map((code) => ({
    municipalityCode: code,
    year: 2023,
    status: 'OPEN' as const,
    note: `In Zeeland is deelname al enige tijd staande praktijk (${SOURCE}).`,
  })),
  ...['0758', '0268', '0599', '0363'].map((code) => ({
    municipalityCode: code,
    year: 2023,
    status: 'IN_TALKS' as const,
    note: `Gesprekken gaande over de positie van de mbo-student of een speciaal mbo-programma; de bron onderscheidt niet per stad (${SOURCE}).`,
  })),
];
