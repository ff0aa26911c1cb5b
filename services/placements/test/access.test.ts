import type { Caller } from '@stelsel/auth';
import type { ScopeMap } from '@stelsel/graphql-kit';
import { caller } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import type { PlacementsContext } from '../src/context.ts';
import {
  accreditationsOf,
  bblRowsFor,
  choicesOf,
  companyRecord,
  ownCompany,
  parties,
  placesOf,
  roundOf,
  shortageRegionsFor,
  signerFor,
  studentRecord,
  studentsOf,
} from '../src/domain/access.ts';
import { builder } from '../src/schema/builder.ts';

/** Evaluates a scope map the way Pothos does for a field, for one caller (fresh request cache each time). */
async function passes(as: Caller, scopes: ScopeMap): Promise<boolean> {
  try {
    await builder.runAuthScopes({ caller: as } as PlacementsContext, scopes);
    return true;
  } catch {
    return false;
  }
}

const OTHER_ROLES = ['company', 'municipality', 'ministry', 'sbb', 'partner'] as const;

describe('access rules (scope maps in src/domain/access.ts)', () => {
  const student = { id: 'roc-zadkine-s001', institution_id: 'roc-zadkine' };
  const placement = { student_id: student.id, institution_id: 'roc-zadkine', company_id: 'kvk-90000001' };

  it('lets only the own institution read its students', async () => {
    expect(await passes(caller('institution', 'roc-zadkine'), studentsOf('roc-zadkine'))).toBe(true);
    expect(await passes(caller('institution', 'albeda-college'), studentsOf('roc-zadkine'))).toBe(false);
    for (const role of ['student', ...OTHER_ROLES] as const) {
      expect(await passes(caller(role, 'roc-zadkine'), studentsOf('roc-zadkine'))).toBe(false);
    }
  });

  it('lets a student read only themself, at their own institution', async () => {
    expect(await passes(caller('student', 'roc-zadkine', 'roc-zadkine-s001'), studentRecord(student))).toBe(true);
    expect(await passes(caller('student', 'roc-zadkine', 'roc-zadkine-s002'), studentRecord(student))).toBe(false);
    expect(await passes(caller('student', 'albeda-college', 'roc-zadkine-s001'), studentRecord(student))).toBe(false);
    expect(await passes(caller('institution', 'roc-zadkine'), studentRecord(student))).toBe(true);
    expect(await passes(caller('company', 'roc-zadkine'), studentRecord(student))).toBe(false);
  });

  it('lets a company read itself, SBB and OCW any company, and places and accreditations go to institutions too', async () => {
    expect(await passes(caller('company', 'kvk-90000001'), companyRecord('kvk-90000001'))).toBe(true);
    expect(await passes(caller('company', 'kvk-90000002'), companyRecord('kvk-90000001'))).toBe(false);
    expect(await passes(caller('ministry'), companyRecord('kvk-90000001'))).toBe(true);
    expect(await passes(caller('institution'), companyRecord('kvk-90000001'))).toBe(false);
    expect(await passes(caller('institution'), accreditationsOf('kvk-90000001'))).toBe(true);
    expect(await passes(caller('institution'), placesOf('kvk-90000001'))).toBe(true);
    expect(await passes(caller('ministry'), placesOf('kvk-90000001'))).toBe(false);
    expect(await passes(caller('student'), placesOf('kvk-90000001'))).toBe(false);
  });

  it('lets only the company itself manage its places', async () => {
    expect(await passes(caller('company', 'kvk-90000001'), ownCompany('kvk-90000001'))).toBe(true);
    expect(await passes(caller('company', 'kvk-90000002'), ownCompany('kvk-90000001'))).toBe(false);
    expect(await passes(caller('sbb'), ownCompany('kvk-90000001'))).toBe(false);
  });

  it('lets the three parties read a placement, nobody else', async () => {
    expect(await passes(caller('company', 'kvk-90000001'), parties(placement))).toBe(true);
    expect(await passes(caller('institution', 'roc-zadkine'), parties(placement))).toBe(true);
    expect(await passes(caller('student', 'roc-zadkine', student.id), parties(placement))).toBe(true);
    expect(await passes(caller('student', 'roc-zadkine', 'roc-zadkine-s002'), parties(placement))).toBe(false);
    expect(await passes(caller('company', 'kvk-90000002'), parties(placement))).toBe(false);
    expect(await passes(caller('sbb'), parties(placement))).toBe(false);
  });

  it('lets each party sign only for itself; the institution records the guardian', async () => {
    const school = caller('institution', 'roc-zadkine');
    expect(await passes(school, signerFor('INSTITUTION', placement))).toBe(true);
    expect(await passes(school, signerFor('GUARDIAN', placement))).toBe(true);
    expect(await passes(school, signerFor('STUDENT', placement))).toBe(false);
    expect(await passes(school, signerFor('COMPANY', placement))).toBe(false);
    expect(await passes(caller('student', 'roc-zadkine', student.id), signerFor('STUDENT', placement))).toBe(true);
    expect(await passes(caller('company', 'kvk-90000001'), signerFor('COMPANY', placement))).toBe(true);
  });

  it("lets a round's institution and its own students act in it, a student only for themself", async () => {
    expect(await passes(caller('student', 'roc-zadkine', student.id), roundOf('roc-zadkine'))).toBe(true);
    expect(await passes(caller('student', 'albeda-college', 'x'), roundOf('roc-zadkine'))).toBe(false);
    expect(await passes(caller('company', 'roc-zadkine'), roundOf('roc-zadkine'))).toBe(false);
    expect(await passes(caller('institution'), choicesOf(student.id))).toBe(true);
    expect(await passes(caller('student', 'roc-zadkine', student.id), choicesOf(student.id))).toBe(true);
    expect(await passes(caller('student', 'roc-zadkine', 'roc-zadkine-s002'), choicesOf(student.id))).toBe(false);
  });
});

describe('what a reader sees of an aggregate (filters in src/domain/access.ts)', () => {
  const rows = [
    { id: 'roc-zadkine', region_code: 'rijnmond' },
    { id: 'albeda-college', region_code: 'rijnmond' },
    { id: 'roc-midden-nederland', region_code: 'midden-utrecht' },
    { id: 'unknown', region_code: null },
  ];
  const rijnmond = async () => ['rijnmond'];
  const never = async (): Promise<string[]> => {
    throw new Error('only a municipality looks up its regions');
  };

  it('shows OCW and SBB every institution, an institution itself, a municipality those in its region', async () => {
    expect(await bblRowsFor(caller('ministry'), rows, never)).toHaveLength(4);
    expect((await bblRowsFor(caller('institution', 'roc-zadkine'), rows, never)).map((r) => r.id)).toEqual([
      'roc-zadkine',
    ]);
    expect((await bblRowsFor(caller('municipality', '0599'), rows, rijnmond)).map((r) => r.id)).toEqual([
      'roc-zadkine',
      'albeda-college',
    ]);
  });

  it('counts shortages of every region for most readers, only its own region(s) for a municipality', async () => {
    expect(await shortageRegionsFor(caller('ministry'), null, never)).toEqual({ regions: null });
    expect(await shortageRegionsFor(caller('sbb'), 'rijnmond', never)).toEqual({ regions: ['rijnmond'] });
    expect(await shortageRegionsFor(caller('municipality', '0599'), null, rijnmond)).toEqual({ regions: ['rijnmond'] });
    expect(await shortageRegionsFor(caller('municipality', '0599'), 'midden-utrecht', rijnmond)).toMatchObject({
      refused: expect.stringContaining('eigen arbeidsmarktregio'),
    });
    expect(await shortageRegionsFor(caller('municipality', '9999'), null, async () => [])).toMatchObject({
      refused: expect.stringContaining('niet aan een arbeidsmarktregio gekoppeld'),
    });
  });
});
