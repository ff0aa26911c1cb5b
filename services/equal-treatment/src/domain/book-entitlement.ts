import { dutchDate, type SchoolYear } from './school-year.ts';

/**
 * Free books and licences for the basic skills (gratis schoolboeken basisvaardigheden).
 * Source: DOMAIN.md §4; Kamerstuk answers in seeds/001_…txt lines 933–944 and 968–976 ("schoolboeken en
 * licenties voor basisvaardigheden kosteloos ter beschikking te stellen aan mbo-studenten tot 18 jaar",
 * from school year 2024/2025); the cut-off as implemented by the temporary regulation (OCW FAQ):
 * born on or after 1 September 2006 for 2024/25, on or after 1 September 2007 for 2025/26.
 */

/** The three basic skills the regulation names: taal, rekenen, burgerschap. */
export const BASIC_SKILLS = ['TAAL', 'REKENEN', 'BURGERSCHAP'] as const;
export type BasicSkill = (typeof BASIC_SKILLS)[number];

export const BASIC_SKILL_LABELS: Record<BasicSkill, string> = {
  TAAL: 'Nederlandse taal',
  REKENEN: 'rekenen',
  BURGERSCHAP: 'burgerschap',
};

/** The first school year with free basic-skills books: 2024/2025 (Werkagenda mbo 2023–2027). */
export const FIRST_FREE_BOOKS_YEAR = 2024;

/** What placements tells about a student's enrolment (projected from its StudentRecorded events). */
export interface Enrolment {
  /** JJJJ-MM-DD, as placements holds it now (a correction there arrives as a new event). */
  dateOfBirth: string;
  /** 1 (Entree) to 4. */
  level: number;
  pathway: 'BOL' | 'BBL';
  /** MBO, or the adult (VAVO) or newcomers' (ISK) programmes an ROC also runs, which the rule leaves out. */
  programme: 'MBO' | 'VAVO' | 'ISK';
  /** The calendar year the student enrolled (the school year starting that September). */
  cohort: number;
  /** The day the student was unenrolled, or null while enrolled. */
  leftOn: string | null;
}

export interface Entitlement {
  entitled: boolean;
  /** One Dutch sentence saying why. */
  reason: string;
}

/** The earliest date of birth that is still under 18 on 1 September of the school year, as OCW implements it. */
export function birthCutOff(year: SchoolYear): string {
  return `${year.startYear - 18}-09-01`;
}

/**
 * THE rule: a student is entitled to free basic-skills books in a school year when
 * (1) the year is 2024/2025 or later, (2) they are enrolled in mbo that year — Entree to level 4, bol or bbl,
 * not VAVO or ISK — and (3) they are under 18 on 1 September of that year: born on or after 1 September
 * eighteen years before (OCW's reading counts the 18th birthday on 1 September itself as still entitled).
 * A student who leaves keeps the right for the year they were enrolled in on 1 September or later, not after.
 */
export function basicSkillsBooksEntitlement(enrolment: Enrolment, year: SchoolYear): Entitlement {
  if (year.startYear < FIRST_FREE_BOOKS_YEAR) {
    return {
      entitled: false,
      reason: `Gratis boeken en licenties voor de basisvaardigheden bestaan pas vanaf schooljaar ${FIRST_FREE_BOOKS_YEAR}-${FIRST_FREE_BOOKS_YEAR + 1}.`,
    };
  }
  if (enrolment.programme !== 'MBO') {
    const name = enrolment.programme === 'VAVO' ? 'het vavo' : 'een internationale schakelklas (ISK)';
    return {
      entitled: false,
      reason: `Studenten in ${name} vallen niet onder de regeling; die geldt voor Entree tot en met niveau 4.`,
    };
  }
  if (enrolment.level < 1 || enrolment.level > 4) {
    return { entitled: false, reason: 'De regeling geldt alleen voor Entree tot en met niveau 4.' };
  }
  if (enrolment.cohort > year.startYear) {
    return {
      entitled: false,
      reason: `De student is pas vanaf schooljaar ${enrolment.cohort}-${enrolment.cohort + 1} ingeschreven, niet in ${year.label}.`,
    };
  }
  if (enrolment.leftOn !== null && enrolment.leftOn < year.firstDay) {
    return {
      entitled: false,
      reason: `De student is op ${dutchDate(enrolment.leftOn)} uitgeschreven en stond in schooljaar ${year.label} niet meer ingeschreven.`,
    };
  }
  const cutOff = birthCutOff(year);
  if (enrolment.dateOfBirth < cutOff) {
    return {
      entitled: false,
      reason: `De student is geboren vóór ${dutchDate(cutOff)} en was op ${dutchDate(year.firstDay)} dus al 18 jaar of ouder.`,
    };
  }
  return {
    entitled: true,
    reason: `De student is in schooljaar ${year.label} ingeschreven in het mbo en geboren op of na ${dutchDate(cutOff)}, de leeftijdsgrens voor dit schooljaar.`,
  };
}
