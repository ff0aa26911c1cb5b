/**
 * Discrimination grounds as the anti-discrimination services (ADV) classify reports: the grounds of
 * the Algemene wet gelijke behandeling (art. 1), plus disability/chronic illness (Wet gelijke
 * behandeling op grond van handicap of chronische ziekte) and age (Wet gelijke behandeling op grond
 * van leeftijd), and "other" — DOMAIN §2: classify reports the way anti-discrimination services do.
 */
export const DISCRIMINATION_GROUNDS = [
  { code: 'ORIGIN', label: 'Herkomst / ras' },
  { code: 'RELIGION', label: 'Godsdienst / levensovertuiging' },
  { code: 'GENDER', label: 'Geslacht' },
  { code: 'SEXUAL_ORIENTATION', label: 'Seksuele gerichtheid' },
  { code: 'DISABILITY', label: 'Handicap / chronische ziekte' },
  { code: 'AGE', label: 'Leeftijd' },
  { code: 'NATIONALITY', label: 'Nationaliteit' },
  { code: 'CIVIL_STATUS', label: 'Burgerlijke staat' },
  { code: 'POLITICAL_OPINION', label: 'Politieke gezindheid' },
  { code: 'OTHER', label: 'Overig' },
] as const;

export type GroundCode = (typeof DISCRIMINATION_GROUNDS)[number]['code'];
export type DiscriminationGround = (typeof DISCRIMINATION_GROUNDS)[number];
