import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT, reportFieldOf, reportFromForm } from './report-form.ts';

const TODAY = '2026-12-04';
const FILLED = {
  ...EMPTY_REPORT,
  companyId: 'kvk-90000004',
  kind: 'DISCRIMINATION',
  moment: 'SELECTION',
  grounds: ['RACE'],
  occurredOn: '2026-11-20',
  description: '  Ik werd afgewezen om mijn achternaam.  ',
  channel: 'INSTITUTION_DESK',
  anonymous: 'yes',
};

describe('the report form', () => {
  it('sends an anonymous report without any contact details', () => {
    expect(reportFromForm({ ...FILLED, name: 'Sanne', email: 'x@y.nl' }, TODAY)).toEqual({
      ok: true,
      input: {
        companyId: 'kvk-90000004',
        kind: 'DISCRIMINATION',
        moment: 'SELECTION',
        grounds: ['RACE'],
        occurredOn: '2026-11-20',
        description: 'Ik werd afgewezen om mijn achternaam.',
        channel: 'INSTITUTION_DESK',
        anonymous: true,
        contact: null,
      },
    });
  });

  it('needs a way to reach an identified reporter, and drops grounds for misuse', () => {
    expect(reportFromForm({ ...FILLED, anonymous: 'no' }, TODAY)).toEqual({
      ok: false,
      errors: { contact: 'Geef een e-mailadres of telefoonnummer, zodat men je kan bereiken. Of meld anoniem.' },
    });
    const misuse = reportFromForm({ ...FILLED, kind: 'MISUSE', anonymous: 'no', phone: '0612345678' }, TODAY);
    expect(misuse.ok && misuse.input).toMatchObject({ grounds: [], contact: { phone: '0612345678', email: null } });
  });

  it('says per field what is missing, and refuses a date in the future', () => {
    const empty = reportFromForm(EMPTY_REPORT, TODAY);
    expect(empty.ok ? [] : Object.keys(empty.errors)).toEqual([
      'companyId',
      'kind',
      'moment',
      'occurredOn',
      'description',
      'channel',
      'anonymous',
    ]);
    const later = reportFromForm({ ...FILLED, occurredOn: '2026-12-05' }, TODAY);
    expect(later.ok ? null : later.errors.occurredOn).toBe('De datum van wat er gebeurde ligt in de toekomst.');
    expect(reportFromForm({ ...FILLED, grounds: [] }, TODAY).ok).toBe(false);
  });

  it('shows the service’s contact errors at the contact block', () => {
    expect(reportFieldOf('contact.email')).toBe('contact');
    expect(reportFieldOf('grounds')).toBe('grounds');
    expect(reportFieldOf('idempotencyKey')).toBeNull();
  });
});
