/**
 * A school year as the contract writes it: "2025-2026", running from 1 September to 31 August
 * (mbo school year, WEB art. 1.1.1). Parsed once here so every rule counts from the same day.
 */
export interface SchoolYear {
  /** "2025-2026" */
  label: string;
  /** 2025 */
  startYear: number;
  /** "2025-09-01": the first day, and the day the age limit for free books is measured. */
  firstDay: string;
  /** "2026-08-31" */
  lastDay: string;
}

const LABEL = /^(\d{4})-(\d{4})$/;

/** Our own bound against typos; the rule itself decides which years give a right. */
export const SCHOOL_YEAR_MIN = 2000;

/** The school year, or a Dutch sentence saying why the text is not one. */
export function parseSchoolYear(label: string): SchoolYear | { problem: string } {
  const match = LABEL.exec(label);
  const start = Number(match?.[1]);
  if (!match || Number(match[2]) !== start + 1) {
    return { problem: 'Geef het schooljaar als twee opeenvolgende jaren, bijvoorbeeld "2025-2026".' };
  }
  if (start < SCHOOL_YEAR_MIN || start > 2100) {
    return { problem: `Het schooljaar moet tussen ${SCHOOL_YEAR_MIN}-${SCHOOL_YEAR_MIN + 1} en 2100-2101 liggen.` };
  }
  return { label, startYear: start, firstDay: `${start}-09-01`, lastDay: `${start + 1}-08-31` };
}

/** The school year a calendar day (JJJJ-MM-DD) falls in. */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = day.slice(5) >= '09-01' ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** "1 september 2025" */
export function dutchDate(day: string): string {
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}
