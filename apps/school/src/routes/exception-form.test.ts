import { describe, expect, it } from 'vitest';
import { CONTACT_MOMENT_RULE, exceptionInputFromForm } from './exception-form.ts';

describe('exceptionInputFromForm', () => {
  it('needs a reason and an explanation of at least 20 characters', () => {
    const short = exceptionInputFromForm({ reason: 'ABROAD', explanation: ' Stage in Spanje.   ' });
    expect(short.ok || short.errors.explanation).toContain('20');
    const none = exceptionInputFromForm({ reason: '', explanation: 'Stage bij een zorginstelling in Spanje.' });
    expect(none.ok || Object.keys(none.errors)).toEqual(['reason']);
    expect(
      exceptionInputFromForm({ reason: 'ABROAD', explanation: ' Stage bij een zorginstelling in Spanje. ' }),
    ).toEqual({ ok: true, input: { reason: 'ABROAD', explanation: 'Stage bij een zorginstelling in Spanje.' } });
  });

  it('refuses an explanation over 2000 characters', () => {
    const long = exceptionInputFromForm({ reason: 'OTHER', explanation: 'x'.repeat(2001) });
    expect(long.ok || long.errors.explanation).toContain('2000');
  });
});

describe('the contact-moment rule', () => {
  it('states the rule in one sentence: three moments, one in person, unless an exception', () => {
    expect(CONTACT_MOMENT_RULE).toMatch(/startgesprek.*tussentijds gesprek.*eindgesprek.*op locatie.*uitzondering/);
    expect(CONTACT_MOMENT_RULE.match(/\./g)).toHaveLength(1);
  });
});
