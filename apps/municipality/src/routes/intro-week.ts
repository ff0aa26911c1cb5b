import type { IntroWeekStatus } from '../graphql/generated/graphql.ts';

/** Dutch wording of the statuses as the Werkagenda mbo monitor uses them. */
export const INTRO_WEEK_STATUS_LABELS: Record<IntroWeekStatus, string> = {
  OPEN: 'Open: mbo-studenten doen mee aan de algemene introductieweek',
  SEPARATE_PROGRAMME: 'Apart introductieprogramma voor mbo-studenten',
  IN_TALKS: 'In gesprek over deelname van mbo-studenten',
  NOT_YET: 'Mbo-studenten kunnen (nog) niet meedoen',
};

export const NO_DATA = 'Geen gegevens';

export interface IntroWeekRecord {
  year: number;
  status: IntroWeekStatus;
  note?: string | null;
  organiser?: string | null;
  participants?: number | null;
  source?: string | null;
}

export interface YearRow {
  year: number;
  /** "dit jaar", "vorig jaar" or empty for earlier years. */
  relative: string;
  status: string;
  note: string;
  organiser: string;
  /** Counted participants, "—" while not counted. */
  participants: string;
}

export function introWeekVariables(code: string, today = new Date()) {
  const thisYear = today.getFullYear();
  return {
    code,
    thisYear,
    lastYear: thisYear - 1,
    earlier1: thisYear - 2,
    earlier2: thisYear - 3,
    earlier3: thisYear - 4,
    earlier4: thisYear - 5,
  };
}

export function yearRow(year: number, relative: string, record: IntroWeekRecord | null | undefined): YearRow {
  return {
    year,
    relative,
    status: record ? INTRO_WEEK_STATUS_LABELS[record.status] : NO_DATA,
    note:
      record?.source && !record.note?.includes(record.source)
        ? `${record.note ?? ''} (${record.source})`
        : (record?.note ?? ''),
    organiser: record?.organiser ?? '',
    participants: record?.participants == null ? '—' : new Intl.NumberFormat('nl-NL').format(record.participants),
  };
}
