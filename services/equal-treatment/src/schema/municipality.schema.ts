import type { Selectable } from 'kysely';
import { findMunicipalities } from '../db/municipalities.ts';
import type { MunicipalityTable } from '../db/types.ts';
import { PUBLIC } from '../domain/access.ts';
import { assertYear, isMunicipalityCode } from '../domain/input.ts';
import { builder } from './builder.ts';
import { IntroWeek } from './intro-week.schema.ts';

/** Municipality is owned here; placements and funding add their fields to it. */
export const Municipality = builder.objectRef<Selectable<MunicipalityTable>>('Municipality').implement({
  description: 'Een gemeente, aangeduid met haar CBS-gemeentecode.',
  authScopes: PUBLIC,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'CBS-gemeentecode: vier cijfers, bijvoorbeeld "0599".' }),
    name: t.exposeString('name'),
    introWeek: t.field({
      type: IntroWeek,
      nullable: true,
      description: 'De introductieweek in dit jaar; leeg als er voor dat jaar niets is vastgelegd.',
      args: { year: t.arg.int({ required: true }) },
      resolve: (municipality, { year }, { loaders }) => loaders.introWeek(assertYear(year))(municipality.code),
    }),
  }),
});

builder.asEntity(Municipality, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (reference, { loaders }) =>
    isMunicipalityCode(reference.code) ? loaders.municipality(reference.code) : null,
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
    resolve: (_root, { code }, { loaders }) => loaders.municipality(code),
  }),
}));
