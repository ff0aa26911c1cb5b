import { DomainError, forbidden, loadOne } from '@stelsel/graphql-kit';
import { findAccreditedCompanies, findCompaniesByIds } from '../db/companies.ts';
import { companyRecord, PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

import { MunicipalityRef, municipalityOf } from './municipality.schema.ts';

/**
 * Company is owned by placements; reports and funding add their fields to it. Its own data is not personal data.
 * Its accreditations and places are added in accreditation.schema.ts and place.schema.ts.
 */
export const CompanyRef = builder.loadableObjectRef('Company', {
  // One query for all companies a request asks (entity references, places' and placements' companies).
  load: (ids: string[], { db }) => findCompaniesByIds(db, ids),
  toKey: (company) => company.id,
  sort: true,
});

CompanyRef.implement({
  description: 'Een leerbedrijf (stagebedrijf), erkend door SBB.',
  // Name, KvK number and location are public (KvK register); what is not is guarded per field.
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    kvkNumber: t.exposeString('kvk_number', { description: 'KvK-nummer (8 cijfers).' }),
    name: t.exposeString('name'),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'Vestigingsgemeente.',
      resolve: (company) => municipalityOf(company.municipality_code),
    }),
  }),
});

builder.asEntity(CompanyRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOne(CompanyRef, context, reference.id),
});

/** At most this many companies in one answer: a list to choose from, not an export of the register. */
export const ACCREDITED_COMPANIES_LIMIT = 500;

builder.queryFields((t) => ({
  accreditedCompanies: t.field({
    type: [CompanyRef],
    nullable: true,
    description:
      'Leerbedrijven met minstens één actieve erkenning, op naam (openbaar, zoals het register van SBB); met ' +
      '`search` alleen namen waarin die tekst staat. Hoogstens 500: zoek nauwkeuriger als u meer verwacht.',
    authScopes: PUBLIC,
    args: { search: t.arg.string({ required: false }) },
    resolve: (_root, { search }, { db }) => {
      const text = search?.trim() || null;
      if (text && text.length > 100)
        throw new DomainError('BAD_USER_INPUT', 'Zoek met hoogstens 100 tekens.', 'search');
      return findAccreditedCompanies(db, text, ACCREDITED_COMPANIES_LIMIT);
    },
  }),
  myCompany: t.field({
    type: CompanyRef,
    nullable: true,
    description: 'Het leerbedrijf waarvoor de ingelogde gebruiker werkt.',
    authScopes: { role: 'company' },
    resolve: (_root, _args, context) => loadOne(CompanyRef, context, context.caller.organisation),
  }),
  company: t.field({
    type: CompanyRef,
    nullable: true,
    description: 'Eén leerbedrijf: voor het leerbedrijf zelf, SBB en OCW; leeg als het niet bestaat.',
    args: { id: t.arg.id({ required: true }) },
    // Refused before looking up, so a refused caller cannot learn which companies exist.
    authScopes: (_root, { id }) => companyRecord(String(id)),
    unauthorizedError: () =>
      forbidden('Alleen het leerbedrijf zelf, SBB en het ministerie van OCW mogen dit leerbedrijf opvragen.'),
    resolve: (_root, { id }, context) => loadOne(CompanyRef, context, String(id)),
  }),
}));
