import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { distinctStudentNames, PeopleProvider, personLabel, placementPeople, SignaturesTable } from './index.ts';

afterEach(cleanup);

const people = {
  self: { subject: 'docent-zadkine', name: 'Mohamed El Amrani (docent, Zadkine)' },
  students: [{ id: 'roc-zadkine-s022', name: 'Priya Kramer' }],
  institution: 'ROC Zadkine',
  company: 'Zorggroep Maasstad',
};

describe('people by name and role, never a login id', () => {
  it('names the student, the person logged in, and others by organisation and role', () => {
    expect(personLabel(people, 'roc-zadkine-s022')).toBe('Priya Kramer (student)');
    expect(personLabel(people, 'docent-zadkine')).toBe('Mohamed El Amrani (docent, Zadkine)');
    expect(personLabel(people, 'praktijkopleider-maasstad', 'COMPANY')).toBe(
      'Medewerker van Zorggroep Maasstad (leerbedrijf)',
    );
    expect(personLabel(people, 'iemand-anders')).toBe('Medewerker van ROC Zadkine of Zorggroep Maasstad');
    expect(personLabel({}, 'iemand-anders')).toBe('Medewerker');
  });

  it('adds the student number only where two students share a name', () => {
    const names = distinctStudentNames([
      { id: 'roc-zadkine-s010', givenName: 'Romano', familyName: 'de Vries' },
      { id: 'roc-zadkine-s031', givenName: 'Romano', familyName: 'de Vries' },
      { id: 'roc-zadkine-s001', givenName: 'Joy', familyName: 'van der Linden' },
    ]);
    expect([...names.values()]).toEqual(['Romano de Vries (s010)', 'Romano de Vries (s031)', 'Joy van der Linden']);
  });

  it('the signatures table shows names, not login ids', () => {
    render(
      <PeopleProvider value={people}>
        <SignaturesTable
          agreement={{
            version: 1,
            status: 'SIGNING',
            requiredParties: ['STUDENT', 'COMPANY', 'INSTITUTION'],
            signatures: [
              {
                party: 'STUDENT',
                signedBy: 'roc-zadkine-s022',
                signedAt: '2026-11-01T10:00:00Z',
                version: 1,
                note: null,
              },
              {
                party: 'COMPANY',
                signedBy: 'praktijkopleider-maasstad',
                signedAt: '2026-11-02T10:00:00Z',
                version: 1,
                note: null,
              },
            ],
          }}
        />
      </PeopleProvider>,
    );
    const table = screen.getByRole('table');
    expect(table.textContent).toContain('Priya Kramer (student)');
    expect(table.textContent).toContain('Medewerker van Zorggroep Maasstad (leerbedrijf)');
    expect(table.textContent).not.toMatch(/roc-zadkine-s022|praktijkopleider-maasstad/);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });
});

describe('placementPeople', () => {
  const placement = {
    student: { id: 'roc-zadkine-s022', givenName: 'Yara', familyName: 'de Vries' },
    institution: { name: 'ROC Zadkine' },
    company: { name: 'Zorggroep Maasstad' },
  };

  it('names the student, the organisations and the person logged in', () => {
    const people = placementPeople(placement, { subject: 'docent-zadkine', name: 'Anna Bakker' });
    expect(personLabel(people, 'roc-zadkine-s022')).toBe('Yara de Vries (student)');
    expect(personLabel(people, 'docent-zadkine')).toBe('Anna Bakker');
    expect(personLabel(people, 'praktijkopleider-maasstad', 'COMPANY')).toBe(
      'Medewerker van Zorggroep Maasstad (leerbedrijf)',
    );
  });

  it('knows only the person logged in while there is no placement', () => {
    const people = placementPeople(null);
    expect(people.students).toEqual([]);
    expect(personLabel(people, 'roc-zadkine-s022', 'STUDENT')).toBe('De student');
  });
});
