import { describe, expect, it } from 'vitest';
import {
  EMPTY_REGISTRATION,
  noteFromForm,
  registrationFieldOf,
  registrationFromForm,
} from './desk-registration-form.ts';

const FILLED = {
  ...EMPTY_REGISTRATION,
  companyId: 'kvk-90000001',
  kind: 'DISCRIMINATION',
  moment: 'SELECTION',
  grounds: ['ORIGIN'],
  occurredOn: '2026-11-20',
  description: 'De student werd afgewezen na een opmerking over haar hoofddoek.',
};

describe('the desk registers a report on a student’s behalf', () => {
  it('sends an anonymous report without a reporter', () => {
    expect(
      registrationFromForm({ ...FILLED, identified: 'no', name: 'Wordt niet verstuurd' }, '2026-12-04'),
    ).toMatchObject({
      ok: true,
      input: { companyId: 'kvk-90000001', grounds: ['ORIGIN'], reporter: null },
    });
  });

  it('asks a name and a way to reach an identified student', () => {
    expect(registrationFromForm({ ...FILLED, identified: 'yes', name: 'Sara' }, '2026-12-04')).toMatchObject({
      ok: false,
      errors: { reporter: 'Geef een e-mailadres of telefoonnummer waarop de student te bereiken is.' },
    });
    expect(
      registrationFromForm({ ...FILLED, identified: 'yes', name: 'Sara', email: 's@student.example' }, '2026-12-04'),
    ).toMatchObject({
      ok: true,
      input: { reporter: { name: 'Sara', email: 's@student.example', phone: null } },
    });
    expect(registrationFromForm({ ...EMPTY_REGISTRATION }, '2026-12-04')).toMatchObject({
      ok: false,
      errors: { companyId: expect.any(String), identified: expect.any(String) },
    });
  });

  it('puts a server error on the reporter block and refuses an empty note', () => {
    expect(registrationFieldOf('contact.email')).toBe('reporter');
    expect(registrationFieldOf('occurredOn')).toBe('occurredOn');
    expect(noteFromForm({ reportId: '', text: ' ' })).toMatchObject({
      ok: false,
      errors: { reportId: expect.any(String), text: expect.any(String) },
    });
  });
});
