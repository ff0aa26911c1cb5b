import { randomUUID } from 'node:crypto';
import { ConflictError, createOnce, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { findBblPlacements, findCompanyTraining } from '../db/company-training.ts';
import {
  closeYear,
  findApplicationByPlacement,
  findCeilings,
  findYear,
  insertApplication,
  lockCeilings,
  setCeiling,
} from '../db/praktijkleren.ts';
import type { PraktijklerenCategory } from '../db/types.ts';
import { ownCompany } from '../domain/access.ts';
import { amountPerPlace, applyShift } from '../domain/praktijkleren.ts';
import type { Actor, Trx } from './actor.ts';

const MAX_CEILING_CENTS = 10_000_000_000_00n; // € 10 billion: anything above is a typing error

function reasonText(value: string): string {
  const clean = value.trim();
  if (clean.length < 10) throw new InputError('Geef een toelichting van minstens 10 tekens.', 'reason');
  if (clean.length > 2000) throw new InputError('De toelichting mag hoogstens 2000 tekens hebben.', 'reason');
  return clean;
}

async function openYear(trx: Trx, year: number) {
  const row = await findYear(trx, year);
  if (!row) throw new InputError(`Voor ${year} is geen subsidieplafond vastgesteld.`, 'year');
  if (row.closed_at) throw new ConflictError(`Het jaar ${year} is vastgesteld; er verandert niets meer.`, 'year');
  return row;
}

/** The ministry sets one year's ceiling for a category. */
export async function setYearCeiling(
  trx: Trx,
  actor: Actor,
  input: { year: number; category: PraktijklerenCategory; ceilingCents: bigint; reason: string },
): Promise<void> {
  if (input.ceilingCents < 0n) throw new InputError('Het subsidieplafond mag niet negatief zijn.', 'ceiling');
  if (input.ceilingCents > MAX_CEILING_CENTS) {
    throw new InputError('Het subsidieplafond is te groot: hoogstens € 10 miljard.', 'ceiling');
  }
  await openYear(trx, input.year);
  const reason = reasonText(input.reason);
  const ceilings = await lockCeilings(trx, input.category);
  const current = ceilings.find((c) => c.year === input.year);
  if (!current) throw new InputError(`Voor ${input.year} is geen subsidieplafond vastgesteld.`, 'year');
  await setCeiling(trx, {
    year: input.year,
    category: input.category,
    ceilingCents: input.ceilingCents,
    by: actor.caller.subject,
    kind: 'CEILING',
    fromYear: null,
    amountCents: input.ceilingCents,
    previousCents: BigInt(current.ceiling_cents),
    reason,
  });
}

/** A kasschuif: budget from one year's ceiling to another's; the total over the years is unchanged. */
export async function shiftBudget(
  trx: Trx,
  actor: Actor,
  input: { category: PraktijklerenCategory; fromYear: number; toYear: number; amountCents: bigint; reason: string },
): Promise<void> {
  await openYear(trx, input.fromYear).catch((e) => {
    throw relabel(e, 'fromYear');
  });
  await openYear(trx, input.toYear).catch((e) => {
    throw relabel(e, 'toYear');
  });
  const reason = reasonText(input.reason);
  const ceilings = await lockCeilings(trx, input.category);
  const years = ceilings.map((c) => ({
    year: c.year,
    ceilingCents: BigInt(c.ceiling_cents),
    forecastPlaces: c.forecast_places,
  }));
  const shifted = applyShift(years, input);
  if ('message' in shifted) throw new InputError(shifted.message, shifted.field);
  for (const year of [input.fromYear, input.toYear]) {
    const before = years.find((y) => y.year === year);
    const after = shifted.years.find((y) => y.year === year);
    if (!before || !after) continue;
    await setCeiling(trx, {
      year,
      category: input.category,
      ceilingCents: after.ceilingCents,
      by: actor.caller.subject,
      kind: 'KASSCHUIF',
      fromYear: input.fromYear,
      amountCents: input.amountCents,
      previousCents: before.ceilingCents,
      reason,
    });
  }
}

function relabel(error: unknown, field: string): unknown {
  if (error instanceof InputError) return new InputError(error.message, field);
  if (error instanceof ConflictError) return new ConflictError(error.message, field);
  return error;
}

/**
 * A company applies for one bbl place it trains in a year. Refused, with the reason, unless placements says the
 * company holds an active SBB accreditation and this is its active bbl placement overlapping the year.
 */
export async function apply(
  trx: Trx,
  actor: Actor,
  input: { companyId: string; year: number; placementId: string; idempotencyKey: string },
): Promise<string> {
  await actor.requireOwner(
    ownCompany(input.companyId),
    'Alleen het leerbedrijf zelf vraagt subsidie praktijkleren aan.',
    'companyId',
  );
  return createOnce(
    trx,
    { scope: 'applyForPraktijkleren', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      await openYear(trx, input.year);
      const training = await findCompanyTraining(trx, input.companyId);
      if (!training) {
        throw new InputError(
          'Dit leerbedrijf is bij SBB niet bekend; aanvragen kan alleen als erkend leerbedrijf.',
          'companyId',
        );
      }
      if (training.accredited_crebos.length === 0) {
        throw new InputError(
          'Dit leerbedrijf heeft geen geldige erkenning van SBB; zonder erkenning is er geen subsidie praktijkleren.',
          'companyId',
        );
      }
      const placements = await findBblPlacements(trx, [input.companyId]);
      const placement = placements.find((p) => p.placement_id === input.placementId);
      if (!placement) {
        throw new InputError(
          'Dit is geen actieve bbl-plaatsing bij dit leerbedrijf; subsidie is er alleen voor een bbl-leerplaats met een geplaatste student.',
          'placementId',
        );
      }
      if (placement.starts_on > `${input.year}-12-31` || placement.ends_on < `${input.year}-01-01`) {
        throw new InputError(`Deze bbl-plaatsing loopt niet in ${input.year}.`, 'year');
      }
      if (!training.accredited_crebos.includes(placement.crebo)) {
        throw new InputError(
          `De erkenning van dit leerbedrijf dekt de opleiding van deze plaatsing (crebo ${placement.crebo}) niet.`,
          'placementId',
        );
      }
      const existing = await findApplicationByPlacement(trx, input.year, input.placementId);
      if (existing)
        throw new ConflictError(`Voor deze leerplaats is in ${input.year} al subsidie aangevraagd.`, 'placementId');
      const id = randomUUID();
      await insertApplication(trx, {
        id,
        year: input.year,
        category: 'MBO_BBL',
        company_id: input.companyId,
        placement_id: placement.placement_id,
        crebo: placement.crebo,
        place_title: placement.title,
        created_by: actor.caller.subject,
      });
      return id;
    },
  );
}

/** The ministry closes a year: every application gets the final amount per place (ceiling ÷ applications). */
export async function close(trx: Trx, actor: Actor, year: number): Promise<void> {
  const row = await findYear(trx, year);
  if (!row) throw new NotFoundError(`Voor ${year} is geen subsidieplafond vastgesteld.`, 'year');
  if (row.closed_at) throw new ConflictError(`Het jaar ${year} is al vastgesteld.`, 'year');
  const ceilings = await findCeilings(trx, [year]);
  await closeYear(
    trx,
    year,
    actor.caller.subject,
    ceilings.map((c) => ({
      category: c.category,
      perPlaceCents: amountPerPlace(BigInt(c.ceiling_cents), c.applications, BigInt(c.maximum_per_place_cents)),
    })),
  );
}
