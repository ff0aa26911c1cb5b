import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  forbidden,
  InputError,
  inKeyOrder,
  listsInKeyOrder,
  NotAllowedError,
  NotFoundError,
} from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import type { Kysely, Transaction } from 'kysely';
import type { PlacementsContext } from '../context.ts';
import { hasActiveAccreditation } from '../db/accreditations.ts';
import { companyExists } from '../db/companies.ts';
import { municipalityKnown } from '../db/labour-market-regions.ts';
import { countTakenSeats, countTakenSeatsByPlaces } from '../db/place-seats.ts';
import {
  findPlacesByCompanies,
  findPlacesByIds,
  findQualification,
  insertPlace,
  lockPlace,
  type PlaceRecord,
  updatePlaceRow,
} from '../db/places.ts';
import type { PlacementsDatabase } from '../db/types.ts';
import { addressVisibleTo, ownCompany, placesOf } from '../domain/access.ts';
import { expiredReason } from '../domain/deadlines.ts';
import { type ValidPlace, validateCloseReason, validatePlace } from '../domain/places.ts';
import { createOnce } from '../use-cases/idempotent-create.ts';
import { builder, requireOwner } from './builder.ts';
import { CompanyRef } from './company.schema.ts';

import { MunicipalityRef, municipalityOf } from './municipality.schema.ts';
import { Pathway, QualificationRef, qualificationOf } from './qualification.schema.ts';
import { studentViewOf } from './student-view.ts';

export const PlaceStatus = builder.enumType('PlaceStatus', {
  description: 'Of een plaats nog open staat.',
  values: {
    OPEN: { description: 'Open voor nieuwe studenten.' },
    CLOSED: {
      description: 'Gesloten: door het leerbedrijf, door SBB, of omdat de periode voorbij is (zie `expired`).',
    },
  } as const,
});

/** Inclusive markers help level 1–2 students and students with a support need find a place — DOMAIN.md §1. */
export const InclusiveMarker = builder.enumType('InclusiveMarker', {
  description: 'Kenmerk van een inclusieve werkplek.',
  values: {
    ACCESSIBLE_WORKPLACE: { description: 'Toegankelijke werkplek, bijvoorbeeld voor een rolstoel.' },
    GUIDANCE_LEVEL_1_2: { description: 'Extra begeleiding voor studenten op niveau 1 en 2.' },
    PART_TIME_POSSIBLE: { description: 'In deeltijd mogelijk.' },
    LANGUAGE_SUPPORT: { description: 'Ondersteuning bij de Nederlandse taal op de werkvloer.' },
  } as const,
});

/** Internal fields of a place: everyone who may see it but a student. */
const internal = {
  authScopes: (place: PlaceRecord) => placesOf(place.company_id),
  unauthorizedError: () => forbidden('Dit gegeven is alleen voor het leerbedrijf, SBB en mbo-instellingen.'),
};

export const PlaceRef = builder.loadableObjectRef('Place', {
  // One query for all places a request asks (round choices and results, placements' places).
  load: (ids: string[], { db }) => findPlacesByIds(db, ids),
  toKey: (place) => place.id,
  sort: true,
});

PlaceRef.implement({
  description:
    'Een stageplaats (bol) of leerbaan (bbl) bij een leerbedrijf. Zichtbaar voor het leerbedrijf zelf, SBB, ' +
    'mbo-instellingen (voor de stagematching) en hun studenten (alleen open plaatsen, zonder interne gegevens).',
  fields: (t) => ({
    id: t.exposeID('id'),
    company: t.field({
      type: CompanyRef,
      description: 'Het leerbedrijf dat de plaats aanbiedt.',
      resolve: (place) => place.company_id,
    }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { description: 'Wat de student er doet en leert.' }),
    pathway: t.field({ type: Pathway, resolve: (place) => place.pathway }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    level: t.exposeInt('level'),
    capacity: t.exposeInt('capacity', { description: 'Aantal studenten dat er tegelijk terecht kan (1–500).' }),
    startsOn: t.field({ type: 'Date', resolve: (place) => place.starts_on }),
    endsOn: t.field({ type: 'Date', resolve: (place) => place.ends_on }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      resolve: (place) => municipalityOf(place.municipality_code),
    }),
    address: t.string({
      nullable: true,
      description:
        'Straat en huisnummer van de werkplek. Leeg voor een student zodra de plaats gesloten is, ' +
        'behalve waar de student zelf geplaatst is.',
      resolve: async (place, _args, context) =>
        (await addressVisibleTo(context.caller, place, studentViewOf(context))) ? place.address : null,
    }),
    city: t.exposeString('city', { description: 'Plaats van de werkplek.' }),
    hoursPerWeek: t.exposeInt('hours_per_week', { description: 'Uren per week (1–40).' }),
    expenseAllowance: t.field({
      type: 'Money',
      description: 'Onkostenvergoeding per maand (reiskosten, VOG en andere kosten van de stage) — Stagepact.',
      resolve: (place) => BigInt(place.expense_allowance_cents),
    }),
    internshipWage: t.field({
      type: 'Money',
      nullable: true,
      description: 'Stagevergoeding per maand, zoals in de cao afgesproken; leeg als er geen is.',
      resolve: (place) => (place.internship_wage_cents === null ? null : BigInt(place.internship_wage_cents)),
    }),
    inclusiveMarkers: t.field({ type: [InclusiveMarker], resolve: (place) => place.inclusive_markers }),
    status: t.field({
      type: PlaceStatus,
      description: 'Zoals het vandaag is: een plaats waarvan de einddatum voorbij is, is gesloten (CLOSED).',
      resolve: (place) => place.status,
    }),
    expired: t.boolean({
      description:
        'Verlopen: de einddatum is voorbij (kalenderdag in Nederland), dus de plaats staat niet meer open. ' +
        'Het leerbedrijf geeft de plaats een nieuwe periode om haar weer aan te bieden.',
      resolve: (place) => place.expired,
    }),
    closedReason: t.string({
      nullable: true,
      description: 'Waarom de plaats gesloten is (ook: verlopen). Intern: niet voor studenten.',
      ...internal,
      resolve: (place) => place.closed_reason ?? (place.expired ? expiredReason(place.ends_on) : null),
    }),
    seatsTaken: t.loadable({
      type: 'Int',
      description: 'Aantal bevestigde, geaccepteerde of lopende plaatsingen. Intern: niet voor studenten.',
      ...internal,
      load: async (ids: string[], { db }) => inKeyOrder(ids, await countTakenSeatsByPlaces(db, ids), 0),
      resolve: (place) => place.id,
    }),
  }),
});

builder.objectField(CompanyRef, 'places', (t) =>
  t.loadableList({
    type: PlaceRef,
    description: 'Stageplaatsen en leerbanen: voor het leerbedrijf zelf, SBB en mbo-instellingen.',
    authScopes: (company) => placesOf(company.id),
    unauthorizedError: () =>
      forbidden(
        'Alleen het leerbedrijf zelf, SBB en mbo-instellingen mogen de plaatsen van dit leerbedrijf inzien.',
        'places',
      ),
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findPlacesByCompanies(db, ids), (place) => place.company_id),
    resolve: (company) => company.id,
  }),
);

const PlaceInputRef = builder.inputType('PlaceInput', {
  description: 'Een stageplaats of leerbaan zoals het leerbedrijf haar aanbiedt.',
  fields: (t) => ({
    title: t.string({ required: true, description: '3–120 tekens.' }),
    description: t.string({ required: true, description: 'Wat de student er doet en leert (hoogstens 4000 tekens).' }),
    pathway: t.field({ type: Pathway, required: true }),
    qualificationCrebo: t.field({
      type: 'Crebo',
      required: true,
      description: 'Crebocode; het leerbedrijf moet ervoor (of voor een gelijkwaardige code) erkend zijn.',
    }),
    level: t.int({ required: true, description: 'Niveau 1–4, gelijk aan dat van de kwalificatie.' }),
    capacity: t.int({ required: true, description: '1–500 studenten tegelijk.' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'Niet in het verleden.' }),
    endsOn: t.field({ type: 'Date', required: true, description: 'Na de begindatum.' }),
    municipalityCode: t.field({ type: 'CbsCode', required: true, description: 'CBS-gemeentecode van de werkplek.' }),
    address: t.string({ required: true, description: 'Straat en huisnummer.' }),
    city: t.string({ required: true }),
    hoursPerWeek: t.int({ required: true, description: '1–40 uur.' }),
    expenseAllowance: t.field({ type: 'Money', required: true, description: 'Per maand, 0 of meer.' }),
    internshipWage: t.field({
      type: 'Money',
      required: false,
      description: 'Per maand, 0 of meer; leeg als er geen is.',
    }),
    inclusiveMarkers: t.field({ type: [InclusiveMarker], required: false }),
  }),
});

const NOT_YOUR_PLACE = 'Deze plaats is van een ander leerbedrijf.';
const NOT_ACCREDITED =
  'Uw leerbedrijf heeft voor deze kwalificatie (of een gelijkwaardige crebocode) geen actieve erkenning van SBB.';

/** The place, locked, and only when it belongs to the caller's company. */
async function ownPlace(trx: Transaction<PlacementsDatabase>, context: PlacementsContext, id: string) {
  const place = await lockPlace(trx, id);
  if (!place) throw new NotFoundError('Deze plaats bestaat niet.', 'id');
  await requireOwner(context, ownCompany(place.company_id), NOT_YOUR_PLACE, 'id');
  return place;
}

/** The qualification must exist and the level is the qualification's own. */
async function checkQualification(trx: Transaction<PlacementsDatabase>, place: ValidPlace): Promise<void> {
  const qualification = await findQualification(trx, place.qualification_crebo);
  if (!qualification) throw new InputError('Deze crebocode is onbekend.', 'qualificationCrebo');
  // An unknown municipality would be stored and break every list that names it (issue 13 §6).
  if (!(await municipalityKnown(trx, place.municipality_code))) {
    throw new InputError(
      `Gemeentecode ${place.municipality_code} is onbekend: kies een gemeente met een geldige CBS-code, bijvoorbeeld 0599 (Rotterdam).`,
      'municipalityCode',
    );
  }
  if (qualification.level !== place.level) {
    throw new InputError(`${qualification.name} is een kwalificatie op niveau ${qualification.level}.`, 'level');
  }
}

/** Only an active accreditation for the qualification lets a place be published — DOMAIN.md §1. */
async function checkAccredited(trx: Transaction<PlacementsDatabase>, companyId: string, crebo: string) {
  if (!(await hasActiveAccreditation(trx, companyId, crebo))) {
    throw new InputError(NOT_ACCREDITED, 'qualificationCrebo');
  }
}

async function reload(db: Kysely<PlacementsDatabase>, id: string): Promise<PlaceRecord> {
  const [place] = await findPlacesByIds(db, [id]);
  if (!place) throw new Error(`Plaats ${id} ontbreekt na opslaan.`);
  return place;
}

builder.mutationFields((t) => ({
  publishPlace: t.field({
    type: PlaceRef,
    authScopes: { role: 'company' },
    errors: {},
    description:
      'Publiceert een nieuwe stageplaats of leerbaan van het eigen leerbedrijf; alleen met een actieve erkenning. ' +
      'Herhalen met dezelfde idempotencyKey maakt geen tweede plaats en geeft dezelfde plaats terug.',
    args: {
      input: t.arg({ type: PlaceInputRef, required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, { input, idempotencyKey }, { caller, db }) => {
      const companyId = caller.organisation;
      const place = validatePlace(input, todayInNetherlands());
      const id = await db.transaction().execute((trx) =>
        createOnce(
          trx,
          { scope: 'publishPlace', key: idempotencyKey, subject: caller.subject, request: input },
          async () => {
            if (!(await companyExists(trx, companyId))) {
              throw new NotAllowedError('Uw leerbedrijf is niet bekend bij SBB.');
            }
            await checkQualification(trx, place);
            await checkAccredited(trx, companyId, place.qualification_crebo);
            const newId = `${companyId}-${randomUUID().slice(0, 8)}`;
            await insertPlace(trx, newId, companyId, place);
            return newId;
          },
        ),
      );
      return reload(db, id);
    },
  }),
  updatePlace: t.field({
    type: PlaceRef,
    authScopes: { role: 'company' },
    errors: {},
    description:
      'Wijzigt een plaats van het eigen leerbedrijf. De capaciteit kan niet onder het aantal bezette plaatsen; ' +
      'een open plaats of een andere kwalificatie vraagt een actieve erkenning.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PlaceInputRef, required: true }) },
    resolve: async (_root, { id, input }, context) => {
      const { caller, db } = context;
      const companyId = caller.organisation;
      await db.transaction().execute(async (trx) => {
        const current = await ownPlace(trx, context, String(id));
        const place = validatePlace(input, todayInNetherlands(), current.starts_on);
        await checkQualification(trx, place);
        if (current.status === 'OPEN' || current.qualification_crebo !== place.qualification_crebo) {
          await checkAccredited(trx, companyId, place.qualification_crebo);
        }
        // A place's capacity is never exceeded — issue 4, rules that must hold.
        const taken = await countTakenSeats(trx, current.id);
        if (place.capacity < taken) {
          throw new ConflictError(
            `Er zijn al ${taken} plaatsen bezet; de capaciteit kan niet lager dan ${taken}.`,
            'capacity',
          );
        }
        await updatePlaceRow(trx, current.id, place);
      });
      return reload(db, String(id));
    },
  }),
  closePlace: t.field({
    type: PlaceRef,
    authScopes: { role: 'company' },
    errors: {},
    description: 'Sluit een plaats van het eigen leerbedrijf voor nieuwe studenten, met een reden.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { id, reason }, context) => {
      const { db } = context;
      const closedReason = validateCloseReason(reason);
      await db.transaction().execute(async (trx) => {
        const current = await ownPlace(trx, context, String(id));
        if (current.status === 'CLOSED') throw new ConflictError('Deze plaats is al gesloten.', 'id');
        await updatePlaceRow(trx, current.id, { status: 'CLOSED', closed_reason: closedReason });
      });
      return reload(db, String(id));
    },
  }),
  reopenPlace: t.field({
    type: PlaceRef,
    authScopes: { role: 'company' },
    errors: {},
    description: 'Zet een gesloten plaats van het eigen leerbedrijf weer open; alleen met een actieve erkenning.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const { caller, db } = context;
      const companyId = caller.organisation;
      await db.transaction().execute(async (trx) => {
        const current = await ownPlace(trx, context, String(id));
        if (current.ends_on <= todayInNetherlands()) {
          throw new ConflictError(
            'De periode van deze plaats is voorbij. Geef de plaats eerst een nieuwe begin- en einddatum en zet haar daarna open.',
            'id',
          );
        }
        if (current.status === 'OPEN') throw new ConflictError('Deze plaats is al open.', 'id');
        await checkAccredited(trx, companyId, current.qualification_crebo);
        await updatePlaceRow(trx, current.id, { status: 'OPEN', closed_reason: null });
      });
      return reload(db, String(id));
    },
  }),
}));
