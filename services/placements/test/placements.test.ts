import { testEngines } from '@stelsel/db-kit/testing';
import { todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { seedCalendar, seedPlacements } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { placementsSubgraph } from './support.ts';

const STUDENTS_OF = graphql(`
  query StudentsOf($id: ID!) {
    institution(id: $id) {
      students { id givenName familyName level pathway cohort dateOfBirth qualification { crebo name level } }
    }
  }
`);

const COMPANY = graphql(`
  query Company($id: ID!) {
    company(id: $id) {
      id kvkNumber name municipality { code }
      accreditations { qualification { crebo } status since reassessmentDue }
      places { id title pathway level capacity startsOn endsOn status qualification { crebo } municipality { code } }
    }
  }
`);

const ENTITIES = graphql(`
  query Entities($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Institution { id name }
      ... on Student { id givenName institution { id } dateOfBirth }
      ... on Company { id name kvkNumber }
    }
  }
`);

const INSTITUTIONS = graphql('query Institutions { institutions { id name brinCode municipality { code } } }');
const INSTITUTION = graphql('query Institution($id: ID!) { institution(id: $id) { id name municipality { code } } }');
const ME = graphql('query Me { me { id givenName institution { id } qualification { name } } }');
const MY_COMPANY = graphql('query MyCompany { myCompany { id name municipality { code } places { status } } }');
const COMPANIES_IN_BULK = graphql(`
  query CompaniesInBulk($r: [_Any!]!) {
    _entities(representations: $r) { ... on Company { name accreditations { status } places { id } } }
  }
`);
const MUNICIPALITY_STUB = graphql(`
  query MunicipalityStub($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code } } }
`);

describe.each(testEngines())('placements subgraph on %s', (engine) => {
  const calendar = seedCalendar();
  const placements = placementsSubgraph(engine, {
    seed: async (db) => expect((await seedPlacements(db, calendar)).inserted).toBeGreaterThan(57 * 20),
  });
  const { as, execute } = placements;

  it('seeds once: a second run inserts nothing', async () => {
    const before = await placements.db
      .selectFrom('student')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect((await seedPlacements(placements.db)).inserted).toBe(0);
    const after = await placements.db
      .selectFrom('student')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lists all 57 institutions, public to a partner', async () => {
    const result = await execute(as('partner'), INSTITUTIONS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.institutions).toHaveLength(57);
    expect(result.data?.institutions?.find((i) => i.id === 'roc-zadkine')).toEqual({
      id: 'roc-zadkine',
      name: 'ROC Zadkine',
      brinCode: null,
      municipality: { code: '0599' },
    });
  });

  it('answers one institution by id, and null for an unknown id', async () => {
    const known = await execute(as('municipality'), INSTITUTION, { id: 'albeda-college' });
    expect(known.errors).toBeUndefined();
    expect(known.data?.institution).toEqual({
      id: 'albeda-college',
      name: 'Albeda College',
      municipality: { code: '0599' },
    });
    const unknown = await execute(as('partner'), INSTITUTION, { id: 'bestaat-niet' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.institution).toBeNull();
  });

  it('answers a null municipality when the seat of an institution is unknown', async () => {
    const result = await execute(as('ministry'), INSTITUTIONS);
    const seats = result.data?.institutions?.map((i) => i.municipality) ?? [];
    expect(seats).toContainEqual(null);
    expect(seats.filter((s) => s !== null).every((s) => /^\d{4}$/.test(s?.code ?? ''))).toBe(true);
  });

  it('shows an institution its own students', async () => {
    const result = await execute(as('institution', 'roc-zadkine'), STUDENTS_OF, { id: 'roc-zadkine' });
    expect(result.errors).toBeUndefined();
    const students = result.data?.institution?.students ?? [];
    expect(students.length).toBeGreaterThanOrEqual(20);
    expect(students.length).toBeLessThanOrEqual(40);
    expect(students[0]?.id).toBe('roc-zadkine-s001');
    for (const student of students) {
      expect(student.id).toMatch(/^roc-zadkine-s\d{3}$/);
      expect(student.level).toBe(student.qualification.level);
      expect(student.qualification.crebo).toMatch(/^\d{5}$/);
      expect(['BOL', 'BBL']).toContain(student.pathway);
      expect(student.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(student.dateOfBirth >= calendar.born.from && student.dateOfBirth <= calendar.born.until).toBe(true);
    }
  });

  it.each([
    ['institution', 'albeda-college'],
    ['student', 'roc-zadkine'],
    ['partner', undefined],
    ['ministry', undefined],
    ['municipality', undefined],
    ['company', undefined],
    ['sbb', undefined],
  ] as const)('refuses the students of roc-zadkine to %s %s', async (role, organisation) => {
    const result = await execute(as(role, organisation), STUDENTS_OF, { id: 'roc-zadkine' });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.message).toMatch(/eigen mbo-instelling/);
    expect(result.data?.institution ?? null).toBeNull();
  });

  it('shows a student only themself', async () => {
    const me = await execute(as('student', 'roc-zadkine', 'roc-zadkine-s001'), ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me?.id).toBe('roc-zadkine-s001');
    expect(me.data?.me?.institution.id).toBe('roc-zadkine');

    const other = await execute(as('student', 'roc-zadkine', 'roc-zadkine-s001'), ENTITIES, {
      r: [{ __typename: 'Student', id: 'roc-zadkine-s002' }],
    });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);

    const refused = await execute(as('institution'), ME);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  });

  it('shows a company its own accreditations and places', async () => {
    const result = await execute(as('company', 'kvk-90000001'), COMPANY, { id: 'kvk-90000001' });
    expect(result.errors).toBeUndefined();
    const company = result.data?.company;
    expect(company?.name).toBe('Zorggroep Maasstad (demo)');
    expect(company?.municipality).toEqual({ code: '0599' });
    expect(company?.accreditations.length).toBeGreaterThan(0);
    for (const a of company?.accreditations ?? []) {
      expect(a.status).toBe('ACTIVE');
      expect(Number(a.reassessmentDue.slice(0, 4)) - Number(a.since.slice(0, 4))).toBe(4);
    }
    expect(company?.places.length).toBeGreaterThan(0);
    // Open, except the demo's one place from last school year: past its end date it is closed (issue 9 §5).
    const today = todayInNetherlands();
    expect(company?.places.every((p) => p.status === (p.endsOn < today ? 'CLOSED' : 'OPEN'))).toBe(true);
    expect(company?.places.filter((p) => p.status === 'CLOSED')).toHaveLength(1);
    expect(company?.places.every((p) => p.municipality?.code === '0599')).toBe(true);

    const mine = await execute(as('company', 'kvk-90000002'), MY_COMPANY);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myCompany).toMatchObject({ id: 'kvk-90000002', name: 'Bouwbedrijf De Vries (demo)' });
  });

  it('shows SBB a suspended accreditation with closed places', async () => {
    const result = await execute(as('sbb'), COMPANY, { id: 'kvk-90000006' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.company?.accreditations.map((a) => a.status)).toEqual(['SUSPENDED']);
    expect(result.data?.company?.places.every((p) => p.status === 'CLOSED')).toBe(true);
  });

  it('refuses a company another company, and other roles any company', async () => {
    for (const context of [as('company', 'kvk-90000002'), as('partner'), as('institution'), as('municipality')]) {
      const result = await execute(context, COMPANY, { id: 'kvk-90000001' });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.data?.company ?? null).toBeNull();
    }
    // The ministry may read the company, but not its places.
    const ministry = await execute(as('ministry'), COMPANY, { id: 'kvk-90000001' });
    expect(errorCodes(ministry)).toEqual(['FORBIDDEN']);
    expect(ministry.errors?.[0]?.path).toEqual(['company', 'places']);
    const unknown = await execute(as('sbb'), COMPANY, { id: 'kvk-99999999' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.company).toBeNull();
  });

  it('resolves Institution, Student and Company entity references in one request', async () => {
    const result = await execute(as('institution', 'roc-zadkine'), ENTITIES, {
      r: [
        { __typename: 'Institution', id: 'roc-zadkine' },
        { __typename: 'Institution', id: 'bestaat-niet' },
        { __typename: 'Student', id: 'roc-zadkine-s001' },
        { __typename: 'Company', id: 'kvk-90000002' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: 'roc-zadkine', name: 'ROC Zadkine' },
      null,
      {
        id: 'roc-zadkine-s001',
        givenName: expect.any(String),
        institution: { id: 'roc-zadkine' },
        dateOfBirth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
      { id: 'kvk-90000002', name: 'Bouwbedrijf De Vries (demo)', kvkNumber: '90000002' },
    ]);
  });

  it('loads many entity references and their lists in one query per type', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `kvk-${90000001 + i}`);
    const counted = placements.countQueries();
    const result = await execute(as('sbb'), COMPANIES_IN_BULK, { r: ids.map((id) => ({ __typename: 'Company', id })) });
    counted.done();
    expect(result.errors).toBeUndefined();
    const companies = (result.data?._entities ?? []).map((c) => (c && 'accreditations' in c ? c : null));
    expect(companies).toHaveLength(12);
    expect(companies.every((c) => (c?.accreditations.length ?? 0) > 0)).toBe(true);
    expect(counted.count()).toBe(3);
  });

  it('refuses a Student entity reference to another institution', async () => {
    const result = await execute(as('institution', 'albeda-college'), ENTITIES, {
      r: [{ __typename: 'Student', id: 'roc-zadkine-s001' }],
    });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.data?._entities).toEqual([null]);
  });

  it('resolves a Municipality reference as a stub', async () => {
    const result = await execute(as('partner'), MUNICIPALITY_STUB, {
      r: [{ __typename: 'Municipality', code: '0344' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ code: '0344' }]);
  });
});
