import { DomainError } from '@stelsel/graphql-kit';
import { yearProblem } from '@stelsel/reference-data';
import type { Selectable } from 'kysely';
import type { EqualTreatmentContext } from '../context.ts';
import { findIntroWeeks, findMunicipalities, findMunicipalitiesByCodes } from '../db/municipalities.ts';
import type { IntroWeekTable } from '../db/types.ts';
import { PUBLIC } from '../domain/access.ts';
import { isMunicipalityCode } from '../domain/input.ts';
import { builder } from './builder.ts';
import { IntroWeek } from './intro-week.schema.ts';

/** Municipality is owned here; placements and funding add their fields to it. */
export const Municipality = builder.loadableObjectRef('Municipality', {
  // One query for all municipalities asked in a request (entity references, lookups by code).
  load: async (codes: string[], { db }) => {
    const rows = new Map((await findMunicipalitiesByCodes(db, codes)).map((row) => [row.code, row]));
    return codes.map((code) => rows.get(code) ?? new Error(`Onbekende gemeentecode ${code}.`));
  },
});

Municipality.implement({
  description: 'Een gemeente, aangeduid met haar CBS-gemeentecode.',
  authScopes: PUBLIC,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'CBS-gemeentecode: vier cijfers, bijvoorbeeld "0599".' }),
    name: t.exposeString('name'),
    introWeek: t.loadable({
      type: IntroWeek,
      nullable: true,
      description: 'De introductieweek in dit jaar; leeg als er voor dat jaar niets is vastgelegd.',
      args: { year: t.arg.int({ required: true }) },
      // Keys are `year:code`: one query per year asked, whatever the number of municipalities.
      load: async (keys: string[], { db }) => {
        const byYear = new Map<number, string[]>();
        for (const key of keys) {
          const [year, code] = key.split(':') as [string, string];
          byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), code]);
        }
        const found = new Map<string, Selectable<IntroWeekTable>>();
        for (const [year, codes] of byYear) {
          for (const row of await findIntroWeeks(db, year, codes)) found.set(`${year}:${row.municipality_code}`, row);
        }
        return keys.map((key) => found.get(key) ?? null);
      },
      resolve: (municipality, { year }) => {
        const problem = yearProblem(year);
        if (problem) throw new DomainError('BAD_USER_INPUT', problem, 'year');
        return `${year}:${municipality.code}`;
      },
    }),
  }),
});

builder.asEntity(Municipality, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (reference, context) =>
    isMunicipalityCode(reference.code) ? loadMunicipality(context, reference.code) : null,
});

builder.queryFields((t) => ({
  municipalities: t.field({
    type: [Municipality],
    nullable: true,
    description: 'Alle gemeenten, op naam: openbare gegevens.',
    authScopes: PUBLIC,
    resolve: (_root, _args, { db }) => findMunicipalities(db),
  }),
  municipality: t.field({
    type: Municipality,
    nullable: true,
    description: 'Eén gemeente op CBS-gemeentecode; leeg als de code onbekend is.',
    authScopes: PUBLIC,
    // CbsCode refuses anything but four digits when GraphQL parses the argument.
    args: { code: t.arg({ type: 'CbsCode', required: true }) },
    resolve: (_root, { code }, context) => loadMunicipality(context, code),
  }),
}));

/** A municipality by code through the request's loader; null for a well-formed code that is not known. */
function loadMunicipality(context: EqualTreatmentContext, code: string) {
  return Municipality.getDataloader(context)
    .load(code)
    .catch(() => null);
}
