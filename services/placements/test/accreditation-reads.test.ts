import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { seedCalendar, seedPlacements, shiftYears } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { ACCREDITATION, ACCREDITATIONS, placementsSubgraph } from './support.ts';

const MY_ACCREDITATIONS = graphql(
  'query MyAccreditations { myCompany { accreditations { ...AccreditationFields } } }',
  [ACCREDITATION],
);
const COMPANY_ACCREDITATIONS = graphql(`
  query CompanyAccreditations($r: [_Any!]!) { _entities(representations: $r) { ... on Company { accreditations { status } } } }
`);
const COMPANY_DECISIONS = graphql(`
  query CompanyDecisions($r: [_Any!]!) {
    _entities(representations: $r) { ... on Company { accreditations { history { reason } } } }
  }
`);
const ACCREDITED = graphql('query Accredited($search: String) { accreditedCompanies(search: $search) { id name } }');

const MAASSTAD_REFERENCE = { r: [{ __typename: 'Company', id: 'kvk-90000001' }] };

/** Reading accreditations: who sees what (changing them: accreditation.test.ts). */
describe.each(testEngines())('reading accreditations on %s', (engine) => {
  const calendar = seedCalendar();
  const placements = placementsSubgraph(engine, { seed: (db) => seedPlacements(db, calendar) });
  const { execute, as } = placements;

  async function accreditationsOf(companyId: string) {
    const result = await execute(as('sbb', 'sbb', 'adviseur-sbb'), ACCREDITATIONS, { id: companyId });
    expect(result.errors).toBeUndefined();
    return result.data?.company?.accreditations ?? [];
  }

  it('shows a company its accreditations with equivalents, reassessment date and history', async () => {
    const result = await execute(as('company', 'kvk-90000004'), MY_ACCREDITATIONS);
    expect(result.errors).toBeUndefined();
    const [software] = result.data?.myCompany?.accreditations ?? [];
    // Granted on 1 February 2021 in the story's school year 2025–2026, moved along to the seed's school year.
    expect(software).toMatchObject({
      status: 'ACTIVE',
      since: shiftYears('2021-02-01', calendar.years),
      reassessmentDue: shiftYears('2025-02-01', calendar.years),
      qualification: { crebo: '25604' },
      equivalentQualifications: [{ crebo: '25187', name: 'Applicatie- en mediaontwikkelaar', level: 4 }],
    });
    expect(software?.history).toEqual([
      {
        status: 'ACTIVE',
        at: shiftYears('2021-02-01T09:00:00Z', calendar.years),
        by: 'adviseur-sbb',
        reason: expect.stringMatching(/^Erkend/),
      },
    ]);
  });

  it('lists the companies with an active accreditation by name, for anyone, and searches their names', async () => {
    const all = await execute(as('student', 'roc-zadkine', 'roc-zadkine-s022'), ACCREDITED, {});
    expect(all.errors).toBeUndefined();
    const listed = all.data?.accreditedCompanies ?? [];
    const active = await placements.db
      .selectFrom('accreditation')
      .select('company_id')
      .distinct()
      .where('status', '=', 'ACTIVE')
      .execute();
    expect(listed.map((c) => c.id).sort()).toEqual(active.map((r) => r.company_id).sort());
    const names = listed.map((c) => c.name);
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const first = listed[0];
    if (!first) throw new Error('geen erkende leerbedrijven in de demogegevens');
    const part = first.name.slice(1, 5).toUpperCase();
    const found = await execute(as('student', 'roc-zadkine', 'roc-zadkine-s022'), ACCREDITED, { search: ` ${part} ` });
    expect(found.data?.accreditedCompanies?.map((c) => c.id)).toContain(first.id);
    expect(found.data?.accreditedCompanies?.every((c) => c.name.toUpperCase().includes(part))).toBe(true);
    // A wildcard is searched as itself.
    const wildcard = await execute(as('student', 'roc-zadkine', 'roc-zadkine-s022'), ACCREDITED, { search: '%' });
    expect(wildcard.data?.accreditedCompanies).toEqual([]);
    const tooLong = await execute(as('student', 'roc-zadkine', 'roc-zadkine-s022'), ACCREDITED, {
      search: 'x'.repeat(101),
    });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows the seeded decisions of a withdrawn accreditation, oldest first', async () => {
    const accreditations = await accreditationsOf('kvk-90000011');
    const withdrawn = accreditations.find((a) => a.qualification.crebo === '25254');
    expect(withdrawn?.status).toBe('WITHDRAWN');
    expect(withdrawn?.history.map((e) => e.status)).toEqual(['ACTIVE', 'SUSPENDED', 'WITHDRAWN']);
    expect(withdrawn?.history.at(-1)?.reason).toMatch(/discriminatie/);
  });

  it('shows institutions the accreditations but not the decisions behind them', async () => {
    const allowed = await execute(as('institution', 'roc-zadkine'), COMPANY_ACCREDITATIONS, MAASSTAD_REFERENCE);
    expect(allowed.errors).toBeUndefined();
    const history = await execute(as('institution', 'roc-zadkine'), COMPANY_DECISIONS, MAASSTAD_REFERENCE);
    expect(errorCodes(history)).toContain('FORBIDDEN');
  });
});
