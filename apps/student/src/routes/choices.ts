import type { FormError, SelectOption } from '@stelsel/ui';
import type {
  MatchingRoundStatus,
  Pathway,
  StudentPlaceFragment,
  StudentPlacementStatus,
} from '../graphql/generated/graphql.ts';
import { periodText, placementStatusText } from './my-placement.ts';

/** Empty choice fields shown at first, so there is room to rank without pressing "add". */
export const MIN_SLOTS = 3;
export const ACCESSIBLE_MARKER = 'ACCESSIBLE_WORKPLACE';

/** The round's state as the student needs to know it: can I still choose, and is there an outcome. */
export const ROUND_STATUS_TEXT: Record<MatchingRoundStatus, string> = {
  DRAFT: 'Open: je kunt je keuzes doorgeven en wijzigen.',
  RUN: 'Gesloten voor keuzes: je school heeft de matching gedraaid en controleert de uitkomst.',
  CONFIRMED: 'Afgerond: je school heeft de uitkomst bevestigd.',
};

/** Choices can be given only while the round has not run (status DRAFT in the back end). */
export const mayChoose = (round: { status: MatchingRoundStatus }): boolean => round.status === 'DRAFT';

/** The id of a choice field: unique per round on the page, valid as an HTML id. */
export function slotId(roundId: string, index: number): string {
  return `keuze-${roundId.replace(/[^A-Za-z0-9_-]/g, '-')}-${index + 1}`;
}

/**
 * The saved choices, best first, as the form's fields: at least MIN_SLOTS fields, at most the round's
 * `maxChoices` (the back end's limit, read from the API so the school and the student offer the same).
 */
export function initialPicks(
  choices: ReadonlyArray<{ rank: number; place: { id: string } }>,
  maxChoices: number,
): string[] {
  const ids = [...choices].sort((a, b) => a.rank - b.rank).map((c) => c.place.id);
  const length = Math.min(maxChoices, Math.max(MIN_SLOTS, ids.length));
  return Array.from({ length }, (_, i) => ids[i] ?? '');
}

const ordinal = (index: number) => `${index + 1}e keuze`;

/**
 * The place ids to send, best first, or the errors to show (each linked to its field). Empty fields
 * do not count; a place chosen twice, or a place that is not accessible when an accessible workplace is
 * asked for, is an error rather than silently dropped.
 */
export function checkChoices(
  roundId: string,
  picks: readonly string[],
  accessibility: { requested: boolean; accessibleIds: ReadonlySet<string> },
  maxChoices: number,
): { placeIds: string[]; errors: FormError[] } {
  const errors: FormError[] = [];
  const placeIds: string[] = [];
  const firstAt = new Map<string, number>();
  picks.forEach((pick, index) => {
    if (pick === '') return;
    const earlier = firstAt.get(pick);
    if (earlier !== undefined) {
      errors.push({
        fieldId: slotId(roundId, index),
        message: `Je ${ordinal(index)} is dezelfde plaats als je ${ordinal(earlier)}. Kies een andere plaats of laat deze keuze leeg.`,
      });
      return;
    }
    if (accessibility.requested && !accessibility.accessibleIds.has(pick)) {
      errors.push({
        fieldId: slotId(roundId, index),
        message: `Je ${ordinal(index)} is geen toegankelijke werkplek. Kies een toegankelijke werkplek, of vraag er geen.`,
      });
    }
    firstAt.set(pick, index);
    placeIds.push(pick);
  });
  if (placeIds.length === 0) {
    errors.push({ fieldId: slotId(roundId, 0), message: 'Kies minstens één plaats.' });
  }
  if (placeIds.length > maxChoices) {
    errors.push({ fieldId: slotId(roundId, maxChoices), message: `Kies hoogstens ${maxChoices} plaatsen.` });
  }
  return { placeIds: errors.length === 0 ? placeIds : [], errors };
}

export const isAccessible = (place: Pick<StudentPlaceFragment, 'inclusiveMarkers'>): boolean =>
  place.inclusiveMarkers.includes(ACCESSIBLE_MARKER);

/** "Zorgassistent — Zorggroep Maasstad, Rotterdam (2 februari 2026 tot en met 26 juni 2026, toegankelijke werkplek)". */
export function placeLabel(place: StudentPlaceFragment): string {
  const accessible = isAccessible(place) ? ', toegankelijke werkplek' : '';
  return `${place.title} — ${place.company.name}, ${place.city} (${periodText(place.startsOn, place.endsOn)}${accessible})`;
}

/**
 * The places the student can pick in a round: open places that fit (the query already filters on
 * qualification, level and pathway) within the round's period, only accessible ones when asked for;
 * places already chosen always stay, so a saved list never loses an option.
 */
export function placeOptions(
  available: readonly StudentPlaceFragment[],
  chosen: readonly StudentPlaceFragment[],
  round: { periodStart: string; periodEnd: string },
  accessibleRequested: boolean,
): SelectOption[] {
  const fits = (p: StudentPlaceFragment) =>
    p.startsOn >= round.periodStart && p.endsOn <= round.periodEnd && (!accessibleRequested || isAccessible(p));
  const byId = new Map<string, StudentPlaceFragment>();
  for (const place of available) if (fits(place)) byId.set(place.id, place);
  for (const place of chosen) byId.set(place.id, place);
  return [...byId.values()]
    .sort((a, b) => a.title.localeCompare(b.title, 'nl') || a.company.name.localeCompare(b.company.name, 'nl'))
    .map((place) => ({ value: place.id, label: placeLabel(place) }));
}

/**
 * The field an error of the back end belongs to: `placeIds.<n>` is the n-th choice (0-based), `placeIds`
 * the first, `requestsAccessiblePlace` the checkbox; anything else the summary alone.
 */
export function errorFieldId(roundId: string, field: string | null | undefined, accessibleId: string): string | null {
  if (field === 'requestsAccessiblePlace') return accessibleId;
  if (field === 'placeIds') return slotId(roundId, 0);
  const slot = /^placeIds\.(\d+)$/.exec(field ?? '');
  return slot ? slotId(roundId, Number(slot[1])) : null;
}

export type OutcomeSummary =
  | { kind: 'pending' }
  | { kind: 'placed'; place: StudentPlaceFragment; rank: number | null; reason: string }
  | { kind: 'none'; reason: string };

/** The own outcome, only once the institution confirmed the round (the back end also holds it back). */
export function outcomeSummary(round: {
  status: MatchingRoundStatus;
  outcome?: { rank?: number | null; reason: string; place?: StudentPlaceFragment | null } | null;
}): OutcomeSummary {
  if (round.status !== 'CONFIRMED' || !round.outcome) return { kind: 'pending' };
  const { place, rank, reason } = round.outcome;
  return place ? { kind: 'placed', place, rank: rank ?? null, reason } : { kind: 'none', reason };
}

/**
 * What the student's placement now stands at, in the words of "Mijn stage" (`placementStatusText` over the
 * same `placementStatus` field), when this round's place is the student's current placement; else null.
 * So "Mijn keuzes" never says "geplaatst" while "Mijn stage" says the company has yet to accept.
 */
export function outcomePlacementText(
  outcome: OutcomeSummary,
  me: { placementStatus: StudentPlacementStatus; pathway: Pathway; placement?: { place: { id: string } } | null },
): string | null {
  if (outcome.kind !== 'placed' || me.placement?.place.id !== outcome.place.id) return null;
  return placementStatusText(me.placementStatus, me.pathway);
}
