import { describe, expect, it } from 'vitest';
import { adviceFromForm, decisionFromForm } from './quality-plan-decision.ts';

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
});
