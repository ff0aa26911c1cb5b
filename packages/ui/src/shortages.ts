/** Shared by the apps that show shortage aggregates (ministry, municipality). */
export type Pathway = 'BOL' | 'BBL';

export const PATHWAY_LABELS: Record<Pathway, string> = { BOL: 'bol', BBL: 'bbl' };

/** Shown instead of a count that is left out because the row holds a count of 1 to 4. */
export const SUPPRESSED = 'afgeschermd';

export const SUPPRESSED_EXPLANATION =
  '"afgeschermd" betekent dat in die rij een aantal van 1 tot en met 4 zit. Om te voorkomen dat ' +
  "studenten herkenbaar worden, tonen we de aantallen van zo'n rij niet: het is dus geen 0. " +
  'Afgeschermde rijen tellen niet mee in de totalen.';

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const points = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.312 → "31,2%"; a missing share is "onbekend". */
export function formatShare(share: number | null | undefined): string {
  return share == null ? 'onbekend' : percent.format(share);
}

/** A count for a table cell: "afgeschermd" for a suppressed row, "onbekend" when absent, never a made-up 0. */
export function formatCount(value: number | null | undefined, suppressed = false): string {
  if (suppressed) return SUPPRESSED;
  return value == null ? 'onbekend' : integer.format(value);
}

/**
 * The gap to the ambition in percentage points, in words. The gap is ambition minus share:
 * positive is below the ambition. 0.038 → "3,8 procentpunt onder de ambitie".
 */
export function describeGap(gap: number | null | undefined): string {
  if (gap == null) return 'onbekend (geen studenten)';
  // Round to tenths of a point first, so a float such as 0.35 − 0.3 does not show as "-0,0".
  const tenths = Math.sign(gap) * Math.round(Math.abs(gap) * 1000);
  if (tenths === 0) return 'precies op de ambitie';
  const value = points.format(Math.abs(tenths) / 10);
  return tenths > 0 ? `${value} procentpunt onder de ambitie` : `${value} procentpunt boven de ambitie`;
}

export interface ShortageLike {
  region: { code: string; name: string };
  qualification: { crebo: string; name: string; level: number };
  pathway: Pathway;
}

/** A stable key for a shortage row. */
export function shortageKey(row: ShortageLike): string {
  return `${row.region.code}|${row.qualification.crebo}|${row.pathway}`;
}

/** "Verpleegkundige (crebo 25655, niveau 4)". */
export function qualificationLabel(q: ShortageLike['qualification']): string {
  return `${q.name} (crebo ${q.crebo}, niveau ${q.level})`;
}
