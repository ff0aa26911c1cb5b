import { describe, expect, it } from 'vitest';
import { adviceFromForm, decisionFromForm, trancheFromForm } from './quality-plan-decision.ts';

describe('advice and decision on a quality plan', () => {
  it('asks a written motivation for a positive advice without both consents, not with them', () => {
    expect(adviceFromForm({ advice: 'POSITIVE', motivation: '' }, false)).toMatchObject({
      ok: false,
      errors: { motivation: expect.stringMatching(/motiveer/) },
    });
    expect(adviceFromForm({ advice: 'POSITIVE', motivation: '' }, true)).toEqual({
      ok: true,
      input: { advice: 'POSITIVE', motivation: '' },
    });
    expect(adviceFromForm({ advice: '', motivation: '' }, true)).toMatchObject({
      ok: false,
      errors: { advice: expect.any(String) },
    });
    expect(adviceFromForm({ advice: 'NEGATIVE', motivation: 'te kort' }, true)).toMatchObject({ ok: false });
  });

  it('asks reasons for a refusal and for a decision against the advice', () => {
    expect(decisionFromForm({ decision: 'GRANT', reason: '' }, 'POSITIVE')).toEqual({
      ok: true,
      input: { decision: 'GRANT', reason: '' },
    });
    expect(decisionFromForm({ decision: 'REFUSE', reason: '' }, 'NEGATIVE')).toMatchObject({
      ok: false,
      errors: { reason: expect.stringMatching(/afwijzing/) },
    });
    expect(decisionFromForm({ decision: 'GRANT', reason: 'kort' }, 'NEGATIVE')).toMatchObject({
      ok: false,
      errors: { reason: expect.stringMatching(/wijkt af/) },
    });
  });

  it('asks a tranche deadline inside its own year and what happens to late plans', () => {
    expect(trancheFromForm({ year: '2027', number: '2', deadline: '2027-10-01', lateHandling: 'REFUSE' })).toEqual({
      ok: true,
      input: { year: 2027, number: 2, deadline: '2027-10-01', lateHandling: 'REFUSE' },
    });
    expect(trancheFromForm({ year: '2027', number: '0', deadline: '2028-06-30', lateHandling: '' })).toMatchObject({
      ok: false,
      errors: {
        number: expect.any(String),
        deadline: 'De uiterste datum valt niet in 2027.',
        lateHandling: expect.any(String),
      },
    });
  });
});
