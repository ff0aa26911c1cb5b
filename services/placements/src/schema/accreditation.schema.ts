import { runIdempotent } from '@stelsel/db-kit';
import { DomainError, forbidden, InputError, inKeyOrder, listsInKeyOrder, NotFoundError } from '@stelsel/graphql-kit';
import {
  type AccreditationEventRecord,
  type AccreditationRecord,
  findAccreditationById,
  findAccreditationsByCompanies,
  findActiveAccreditationsSince,
  findEquivalentQualifications,
  findEventsByAccreditations,
  insertAccreditationEvent,
  lockAccreditation,
  setAccreditationStatus,
  uncoveredCrebos,
} from '../db/accreditations.ts';
import { closeOpenPlaces, findPlacesByIds, type PlaceRecord } from '../db/places.ts';
import { releasePlacesFromOpenRounds } from '../db/round-matching.ts';
import type { AccreditationStatus as Status } from '../db/types.ts';
import { accreditationsOf, companyRecord } from '../domain/access.ts';
import { closedReasonFor, reassessmentDue, validateStatusChange } from '../domain/accreditation.ts';
import { addDays, reassessmentOverdue, reassessmentWithin } from '../domain/deadlines.ts';
import { todayInNetherlands } from '../domain/places.ts';
import { appendEvent } from '../events/outbox.ts';
import { builder } from './builder.ts';
import { CompanyRef } from './company.schema.ts';

import { PlaceRef } from './place.schema.ts';
import { QualificationRef, qualificationOf } from './qualification.schema.ts';

export const AccreditationStatus = builder.enumType('AccreditationStatus', {
  description: 'Stand van een erkenning door SBB.',
  values: {
    ACTIVE: { description: 'Erkend: het leerbedrijf mag stages en leerbanen aanbieden.' },
    SUSPENDED: { description: 'Geschorst: tijdelijk geen nieuwe stages of leerbanen.' },
    WITHDRAWN: { description: 'Ingetrokken: geen nieuwe stages of leerbanen meer.' },
  } as const,
});

const AccreditationEventRef = builder.objectRef<AccreditationEventRecord>('AccreditationEvent').implement({
  description: 'Een besluit over een erkenning: schriftelijk en met redenen (Erkenningsreglement SBB).',
  fields: (t) => ({
    status: t.field({ type: AccreditationStatus, description: 'De status na het besluit.', resolve: (e) => e.status }),
    at: t.string({ description: 'Tijdstip van het besluit, ISO 8601 in UTC.', resolve: (e) => e.changed_at }),
    by: t.string({ description: 'Wie het besluit vastlegde (subject).', resolve: (e) => e.changed_by }),
    reason: t.exposeString('reason', { description: 'De motivering.' }),
  }),
});

export const AccreditationRef = builder.objectRef<AccreditationRecord>('Accreditation').implement({
  description: 'Erkenning van een leerbedrijf door SBB voor één kwalificatie (crebo).',
  fields: (t) => ({
    id: t.id({ resolve: (accreditation) => String(accreditation.id) }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    equivalentQualifications: t.loadableList({
      type: QualificationRef,
      description: 'Gelijkwaardige en vervangen crebocodes: de erkenning geldt ook daarvoor.',
      load: async (crebos: string[], { db }) => inKeyOrder(crebos, await findEquivalentQualifications(db, crebos), []),
      resolve: (accreditation) => accreditation.qualification_crebo,
    }),
    status: t.field({ type: AccreditationStatus, resolve: (accreditation) => accreditation.status }),
    since: t.field({ type: 'Date', description: 'Erkend sinds.', resolve: (accreditation) => accreditation.since }),
    reassessmentDue: t.field({
      type: 'Date',
      description: 'Uiterlijke datum van de herbeoordeling: SBB beoordeelt elke 4 jaar opnieuw.',
      resolve: (accreditation) => reassessmentDue(accreditation.since),
    }),
    needsReassessment: t.boolean({
      description:
        'De uiterlijke datum van de herbeoordeling (reassessmentDue) is voorbij (kalenderdag in Nederland) en de ' +
        'erkenning is nog actief: SBB plant de herbeoordeling; de erkenning blijft gelden tot SBB besluit.',
      resolve: (accreditation) =>
        accreditation.status === 'ACTIVE' && reassessmentOverdue(accreditation.since, todayInNetherlands()),
    }),
    company: t.field({
      type: CompanyRef,
      description: 'Het erkende leerbedrijf.',
      resolve: (accreditation) => accreditation.company_id,
    }),
    history: t.loadableList({
      type: AccreditationEventRef,
      description: 'Besluiten over deze erkenning, oudste eerst: voor het leerbedrijf zelf, SBB en OCW.',
      authScopes: (accreditation) => companyRecord(accreditation.company_id),
      unauthorizedError: () =>
        forbidden('Alleen het leerbedrijf zelf, SBB en OCW mogen de besluiten over een erkenning inzien.'),
      load: async (ids: number[], { db }) =>
        listsInKeyOrder(ids, await findEventsByAccreditations(db, ids), (event) => event.accreditation_id),
      resolve: (accreditation) => accreditation.id,
    }),
  }),
});

builder.objectField(CompanyRef, 'accreditations', (t) =>
  t.loadableList({
    type: AccreditationRef,
    description: 'Erkenningen: voor het leerbedrijf zelf, SBB, OCW en mbo-instellingen.',
    authScopes: (company) => accreditationsOf(company.id),
    unauthorizedError: () =>
      forbidden(
        'Alleen het leerbedrijf zelf, SBB, het ministerie van OCW en mbo-instellingen mogen de erkenningen inzien.',
        'accreditations',
      ),
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findAccreditationsByCompanies(db, ids), (accreditation) => accreditation.company_id),
    resolve: (company) => company.id,
  }),
);

/** How far ahead SBB may look for reassessments to plan: a year. */
const WITHIN_DAYS_MAX = 366;

builder.queryField('accreditationsDueForReassessment', (t) =>
  t.field({
    type: [AccreditationRef],
    nullable: true,
    description:
      'Voor SBB: actieve erkenningen waarvan de herbeoordeling verlopen is, of binnen `withinDays` dagen valt; ' +
      'oudste eerst. SBB beoordeelt elke erkenning elke 4 jaar opnieuw (Erkenningsreglement).',
    authScopes: { role: 'sbb' },
    args: {
      withinDays: t.arg.int({
        description: `0 (standaard): alleen verlopen; tot en met ${WITHIN_DAYS_MAX}: ook wat binnen zoveel dagen valt.`,
      }),
    },
    resolve: async (_root, { withinDays }, { db }) => {
      const within = withinDays ?? 0;
      if (!Number.isInteger(within) || within < 0 || within > WITHIN_DAYS_MAX) {
        throw new DomainError('BAD_USER_INPUT', `Kies 0 tot en met ${WITHIN_DAYS_MAX} dagen.`, 'withinDays');
      }
      const today = todayInNetherlands();
      // Only accreditations granted more than 3 years ago can be due within a year; the rule decides the rest.
      const candidates = await findActiveAccreditationsSince(db, addDays(today, -(4 * 365 - WITHIN_DAYS_MAX - 2)));
      return candidates.filter((a) => reassessmentWithin(a.since, today, within));
    },
  }),
);

interface StatusChangeShape {
  accreditation: AccreditationRecord;
  closedPlaces: PlaceRecord[];
}

const AccreditationStatusChangeRef = builder.objectRef<StatusChangeShape>('AccreditationStatusChange').implement({
  description: 'Het besluit van SBB en de plaatsen die daardoor sloten.',
  fields: (t) => ({
    accreditation: t.field({ type: AccreditationRef, resolve: (change) => change.accreditation }),
    closedPlaces: t.field({
      type: [PlaceRef],
      description: 'Open plaatsen die door schorsing of intrekking sloten.',
      resolve: (change) => change.closedPlaces,
    }),
  }),
});

/** What a change stores under its idempotency key, so a retry answers the same. */
interface StoredChange {
  [key: string]: string | number | string[];
  accreditationId: number;
  status: Status;
  closedPlaceIds: string[];
}

builder.mutationField('changeAccreditationStatus', (t) =>
  t.field({
    type: AccreditationStatusChangeRef,
    // SBB accredits, suspends and withdraws under the Erkenningsreglement — DOMAIN.md §1.
    authScopes: { role: 'sbb' },
    errors: {},
    description:
      'SBB schorst, trekt in of herstelt een erkenning, schriftelijk met redenen. Schorsen of intrekken sluit de open ' +
      'plaatsen van het leerbedrijf voor die kwalificatie; herstellen opent ze niet vanzelf. Herhalen met dezelfde ' +
      'idempotencyKey verandert niets en geeft hetzelfde antwoord.',
    args: {
      accreditationId: t.arg.id({ required: true }),
      status: t.arg({ type: AccreditationStatus, required: true }),
      reason: t.arg.string({ required: true, description: 'Schriftelijke motivering, minstens 10 tekens.' }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, { caller, db }) => {
      const accreditationId = /^\d{1,9}$/.test(String(args.accreditationId)) ? Number(args.accreditationId) : null;
      if (accreditationId === null) throw new NotFoundError('Deze erkenning bestaat niet.', 'accreditationId');

      const { value } = await db.transaction().execute((trx) =>
        runIdempotent(
          trx,
          { scope: 'changeAccreditationStatus', key: args.idempotencyKey, subject: caller.subject },
          async (): Promise<StoredChange> => {
            const current = await lockAccreditation(trx, accreditationId);
            if (!current) throw new NotFoundError('Deze erkenning bestaat niet.', 'accreditationId');
            const reason = validateStatusChange(current.status, args.status, args.reason);
            await setAccreditationStatus(trx, current.id, args.status);
            const closedReason = closedReasonFor(args.status);
            const closedPlaceIds = closedReason
              ? await closeOpenPlaces(
                  trx,
                  current.company_id,
                  await uncoveredCrebos(trx, current.company_id, current.qualification_crebo),
                  closedReason,
                )
              : [];
            // Its closed places leave every unconfirmed round — issue 4.
            const releasedStudentIds = closedReason
              ? await releasePlacesFromOpenRounds(trx, closedPlaceIds, closedReason)
              : [];
            await insertAccreditationEvent(trx, {
              accreditationId: current.id,
              status: args.status,
              by: caller.subject,
              reason,
            });
            // Entry point for the reports domain — issue 4.
            await appendEvent(trx, 'AccreditationStatusChanged', current.company_id, {
              accreditationId: current.id,
              companyId: current.company_id,
              qualificationCrebo: current.qualification_crebo,
              from: current.status,
              to: args.status,
              reason,
              by: caller.subject,
              closedPlaceIds,
              releasedStudentCount: releasedStudentIds.length,
            });
            return { accreditationId: current.id, status: args.status, closedPlaceIds };
          },
        ),
      );
      // The same key for another change is a mistake by the caller, not a retry.
      if (value.accreditationId !== accreditationId || value.status !== args.status) {
        throw new InputError(
          'Deze idempotencyKey is al gebruikt voor een ander besluit; gebruik een nieuwe.',
          'idempotencyKey',
        );
      }
      const accreditation = await findAccreditationById(db, value.accreditationId);
      if (!accreditation) throw new Error(`Erkenning ${value.accreditationId} ontbreekt na opslaan.`);
      return { accreditation, closedPlaces: await findPlacesByIds(db, value.closedPlaceIds) };
    },
  }),
);
