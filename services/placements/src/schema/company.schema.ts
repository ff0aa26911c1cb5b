import { forbidden } from '@stelsel/graphql-kit';
import type { AccreditationRecord, CompanyRecord, PlaceRecord } from '../db/companies.ts';
import { mayReadAccreditations, mayReadCompany, mayReadPlaces } from '../domain/access.ts';
import { reassessmentDue } from '../domain/accreditation.ts';
import { builder } from './builder.ts';
import { MunicipalityRef, municipalityOf } from './municipality.schema.ts';
import { Pathway, QualificationRef, qualificationOf } from './qualification.schema.ts';

const AccreditationStatus = builder.enumType('AccreditationStatus', {
  description: 'Stand van een erkenning door SBB.',
  values: {
    ACTIVE: { description: 'Erkend: het leerbedrijf mag stages en leerbanen aanbieden.' },
    SUSPENDED: { description: 'Geschorst: tijdelijk geen nieuwe stages of leerbanen.' },
    WITHDRAWN: { description: 'Ingetrokken: geen nieuwe stages of leerbanen meer.' },
  } as const,
});

const PlaceStatus = builder.enumType('PlaceStatus', {
  description: 'Of een plaats nog open staat.',
  values: {
    OPEN: { description: 'Open voor nieuwe studenten.' },
    CLOSED: { description: 'Gesloten.' },
  } as const,
});

const AccreditationRef = builder.objectRef<AccreditationRecord>('Accreditation').implement({
  description: 'Erkenning van een leerbedrijf door SBB voor één kwalificatie (crebo).',
  fields: (t) => ({
    id: t.id({ resolve: (accreditation) => String(accreditation.id) }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    status: t.field({ type: AccreditationStatus, resolve: (accreditation) => accreditation.status }),
    since: t.field({ type: 'Date', description: 'Erkend sinds.', resolve: (accreditation) => accreditation.since }),
    reassessmentDue: t.field({
      type: 'Date',
      description: 'Uiterlijke datum van de herbeoordeling: SBB beoordeelt elke 4 jaar opnieuw.',
      resolve: (accreditation) => reassessmentDue(accreditation.since),
    }),
  }),
});

const PlaceRef = builder.objectRef<PlaceRecord>('Place').implement({
  description: 'Een stageplaats (bol) of leerbaan (bbl) bij een leerbedrijf.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    pathway: t.field({ type: Pathway, resolve: (place) => place.pathway }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    level: t.exposeInt('level'),
    capacity: t.exposeInt('capacity', { description: 'Aantal studenten dat er tegelijk terecht kan.' }),
    startsOn: t.field({ type: 'Date', resolve: (place) => place.starts_on }),
    endsOn: t.field({ type: 'Date', resolve: (place) => place.ends_on }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      resolve: (place) => municipalityOf(place.municipality_code),
    }),
    status: t.field({ type: PlaceStatus, resolve: (place) => place.status }),
  }),
});

/** Company is owned by placements; reports and funding add their fields to it. Its own data is not personal data. */
export const CompanyRef = builder.objectRef<CompanyRecord>('Company').implement({
  description: 'Een leerbedrijf (stagebedrijf), erkend door SBB.',
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
    accreditations: t.field({
      type: [AccreditationRef],
      description: 'Erkenningen: voor het leerbedrijf zelf, SBB, OCW en mbo-instellingen.',
      resolve: async (company, _args, { caller, loaders }) => {
        if (!mayReadAccreditations(caller, company.id)) {
          throw forbidden(
            'Alleen het leerbedrijf zelf, SBB, het ministerie van OCW en mbo-instellingen mogen de erkenningen inzien.',
            'accreditations',
          );
        }
        return (await loaders.accreditationsOfCompany(company.id)) ?? [];
      },
    }),
    places: t.field({
      type: [PlaceRef],
      description: 'Stageplaatsen en leerbanen: voor het leerbedrijf zelf, SBB en mbo-instellingen.',
      resolve: async (company, _args, { caller, loaders }) => {
        if (!mayReadPlaces(caller, company.id)) {
          throw forbidden(
            'Alleen het leerbedrijf zelf, SBB en mbo-instellingen mogen de plaatsen van dit leerbedrijf inzien.',
            'places',
          );
        }
        return (await loaders.placesOfCompany(company.id)) ?? [];
      },
    }),
  }),
});

builder.asEntity(CompanyRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (reference, { loaders }) => (await loaders.company(reference.id)) ?? null,
});

builder.queryFields((t) => ({
  myCompany: t.field({
    type: CompanyRef,
    nullable: true,
    description: 'Het leerbedrijf waarvoor de ingelogde gebruiker werkt.',
    authScopes: { role: 'company' },
    resolve: async (_root, _args, { caller, loaders }) => (await loaders.company(caller.organisation)) ?? null,
  }),
  company: t.field({
    type: CompanyRef,
    nullable: true,
    description: 'Eén leerbedrijf: voor het leerbedrijf zelf, SBB en OCW; leeg als het niet bestaat.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { caller, loaders }) => {
      // Refuse before looking up, so a refused caller cannot learn which companies exist.
      if (!mayReadCompany(caller, String(id))) {
        throw forbidden('Alleen het leerbedrijf zelf, SBB en het ministerie van OCW mogen dit leerbedrijf opvragen.');
      }
      return (await loaders.company(String(id))) ?? null;
    },
  }),
}));
