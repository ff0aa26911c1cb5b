import { DomainError, forbidden, loadOne } from '@stelsel/graphql-kit';
import { creboFamily } from '../db/accreditations.ts';
import { type PlaceRecord, searchPlaces } from '../db/places.ts';
import { PLACE_READERS, placeRefusal, seesOpenPlacesOnly, studentPlaceFilter } from '../domain/access.ts';
import { builder } from './builder.ts';
import { PlaceRef } from './place.schema.ts';
import { Pathway } from './qualification.schema.ts';
import { studentViewOf } from './student-view.ts';

/** `places`: the open places for matching, a page at a time; `place(id)`: one place for its page. */

const PlaceFilterRef = builder.inputType('PlaceFilter', {
  description: 'Filter op plaatsen; alle velden zijn optioneel.',
  fields: (t) => ({
    qualificationCrebo: t.field({
      type: 'Crebo',
      description: 'Crebocode; gelijkwaardige en vervangen codes tellen mee.',
    }),
    level: t.int(),
    pathway: t.field({ type: Pathway }),
    municipalityCode: t.field({ type: 'CbsCode', description: 'CBS-gemeentecode van de werkplek.' }),
    openOnly: t.boolean({ description: 'Alleen open plaatsen (standaard ja; voor studenten altijd).' }),
  }),
});

interface PlacePageShape {
  places: PlaceRecord[];
  hasNextPage: boolean;
}

const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

const PlacePageRef = builder.objectRef<PlacePageShape>('PlacePage').implement({
  description: 'Eén pagina plaatsen, op volgorde van id.',
  fields: (t) => ({
    places: t.field({ type: [PlaceRef], resolve: (page) => page.places }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.string({
      nullable: true,
      description: 'Geef mee als `after` voor de volgende pagina.',
      resolve: (page) => {
        const last = page.places.at(-1);
        return last ? encodeCursor(last.id) : null;
      },
    }),
  }),
});

/** Page size of `places`: 50 unless asked, at most 200. */
const PAGE_DEFAULT = 50;
const PAGE_MAX = 200;

builder.queryField('places', (t) =>
  t.field({
    type: PlacePageRef,
    nullable: true,
    description:
      'Plaatsen van alle leerbedrijven, voor de stagematching: mbo-instellingen, SBB en studenten (alleen open plaatsen). ' +
      'Gemeenten en OCW zien geen afzonderlijke plaatsen, alleen overzichten.',
    authScopes: { role: ['institution', 'sbb', 'student'] },
    args: {
      filter: t.arg({ type: PlaceFilterRef }),
      first: t.arg.int({ description: `Hoeveel (1–${PAGE_MAX}); standaard ${PAGE_DEFAULT}.` }),
      after: t.arg.string({ description: 'De `endCursor` van de vorige pagina.' }),
    },
    resolve: async (_root, { filter, first, after }, context) => {
      const { caller, db } = context;
      const size = first ?? PAGE_DEFAULT;
      if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX) {
        throw new DomainError('BAD_USER_INPUT', `Vraag 1 tot en met ${PAGE_MAX} plaatsen per pagina.`, 'first');
      }
      // Crebo and CbsCode are checked when GraphQL parses the filter.
      const crebo = filter?.qualificationCrebo ?? undefined;
      const municipalityCode = filter?.municipalityCode ?? undefined;
      const level = filter?.level ?? undefined;
      if (level !== undefined && (level < 1 || level > 4)) {
        throw new DomainError('BAD_USER_INPUT', 'Het niveau is 1 tot en met 4.', 'filter.level');
      }
      // A student searches only the open places they may rank, whatever the filter says (domain/access.ts).
      const own = await studentPlaceFilter(caller, studentViewOf(context));
      if (own && own.crebos.length === 0) return { places: [], hasNextPage: false };
      const openOnly = seesOpenPlacesOnly(caller) || (filter?.openOnly ?? true);
      return searchPlaces(
        db,
        own
          ? { ...own, municipalityCode }
          : {
              crebos: crebo === undefined ? undefined : await creboFamily(db, crebo),
              level,
              pathway: filter?.pathway ?? undefined,
              municipalityCode,
              status: openOnly ? 'OPEN' : undefined,
            },
        size,
        after ? decodeCursor(after) : null,
      );
    },
  }),
);

builder.queryField('place', (t) =>
  t.field({
    type: PlaceRef,
    nullable: true,
    description:
      'Eén plaats, voor de plaatspagina: mbo-instellingen en SBB elke plaats, een leerbedrijf de eigen plaatsen, ' +
      'een student een open plaats die past bij de eigen opleiding (of een gelijkwaardige), niveau en leerweg, ' +
      'of een plaats die de student al koos of kreeg. Leeg als de plaats niet bestaat.',
    authScopes: PLACE_READERS,
    unauthorizedError: () => forbidden('Gemeenten, OCW en partners zien geen afzonderlijke plaatsen.', 'place'),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context): Promise<PlaceRecord | null> => {
      const place = await loadOne(PlaceRef, context, String(id));
      if (!place) return null;
      const refusal = await placeRefusal(context.caller, place, studentViewOf(context));
      if (refusal) throw forbidden(refusal, 'id');
      return place;
    },
  }),
);
