import { describe, expect, it } from 'vitest';
import { accreditationsFor, decisionFromForm } from './case-actions.tsx';

const ACCREDITATIONS = [
  { id: '1', status: 'ACTIVE', qualification: { crebo: '25491', name: 'Verzorgende IG' } },
  { id: '2', status: 'SUSPENDED', qualification: { crebo: '25498', name: 'Maatschappelijke zorg' } },
  { id: '3', status: 'WITHDRAWN', qualification: { crebo: '25655', name: 'Pedagogisch medewerker' } },
];
const FORM = {
  motivation: 'Na hoor en wederhoor staat vast dat de stagiair is gediscrimineerd.',
  agreementKind: '',
  agreementText: '',
  agreementDue: '',
};

describe('a sanction covers the accreditations SBB chooses', () => {
  it('offers active ones for a suspension and every one not yet withdrawn for a withdrawal', () => {
    expect(accreditationsFor('SUSPENSION', ACCREDITATIONS).map((a) => a.id)).toEqual(['1']);
    expect(accreditationsFor('WITHDRAWAL', ACCREDITATIONS).map((a) => a.id)).toEqual(['1', '2']);
    expect(accreditationsFor('UNFOUNDED', ACCREDITATIONS)).toEqual([]);
  });

  it('sends the chosen ones, refuses a sanction without any, and sends none with another decision', () => {
    expect(decisionFromForm({ ...FORM, decision: 'WITHDRAWAL', accreditationIds: ['2'] }, '2026-12-04')).toMatchObject({
      ok: true,
      input: { decision: 'WITHDRAWAL', accreditationIds: ['2'] },
    });
    expect(decisionFromForm({ ...FORM, decision: 'SUSPENSION', accreditationIds: [] }, '2026-12-04')).toMatchObject({
      ok: false,
      errors: { accreditationIds: 'Kies ten minste één erkenning waarvoor het besluit geldt.' },
    });
    expect(decisionFromForm({ ...FORM, decision: 'UNFOUNDED', accreditationIds: ['1'] }, '2026-12-04')).toMatchObject({
      ok: true,
      input: { accreditationIds: [] },
    });
  });
});
