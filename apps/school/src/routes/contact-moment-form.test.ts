import { describe, expect, it } from 'vitest';
import {
  CONTACT_MOMENT_RULE,
  exceptionInputFromForm,
  heldFieldOf,
  heldInputFromForm,
  heldOnGuess,
  nextKindToPlan,
  openMoments,
  planFieldOf,
  planInputFromForm,
} from './contact-moment-form.ts';

describe('planInputFromForm', () => {
  it('passes a kind, an existing date and a mode', () => {
    expect(planInputFromForm({ kind: 'START', plannedOn: '2027-02-03', mode: 'IN_PERSON' })).toEqual({
      ok: true,
      kind: 'START',
      plannedOn: '2027-02-03',
      mode: 'IN_PERSON',
    });
  });

  it('names what is missing or wrong', () => {
    const result = planInputFromForm({ kind: '', plannedOn: '2027-02-30', mode: '' });
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['kind', 'mode', 'plannedOn']);
    const empty = planInputFromForm({ kind: 'FINAL', plannedOn: '', mode: 'VIDEO' });
    expect(empty.ok || empty.errors).toEqual({ plannedOn: 'Vul de datum in.' });
  });
});

describe('heldInputFromForm', () => {
  const today = '2026-11-23';
  it('records a moment held today or earlier, notes trimmed or left out', () => {
    expect(heldInputFromForm({ heldOn: today, mode: 'IN_PERSON', notes: '  Goed gesprek. ' }, today)).toEqual({
      ok: true,
      heldOn: today,
      mode: 'IN_PERSON',
      notes: 'Goed gesprek.',
    });
    const noNotes = heldInputFromForm({ heldOn: '2026-11-01', mode: 'PHONE', notes: ' ' }, today);
    expect(noNotes.ok && noNotes.notes).toBeNull();
  });

  it('refuses a date in the future, a missing mode and overlong notes', () => {
    const result = heldInputFromForm({ heldOn: '2026-11-24', mode: '', notes: 'x'.repeat(4001) }, today);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['heldOn', 'mode', 'notes']);
    expect(result.ok || result.errors.heldOn).toContain('toekomst');
  });
});

describe('exceptionInputFromForm', () => {
  it('needs a reason and an explanation of at least 20 characters', () => {
    const short = exceptionInputFromForm({ reason: 'ABROAD', explanation: ' Stage in Spanje.   ' });
    expect(short.ok || short.errors.explanation).toContain('20');
    const none = exceptionInputFromForm({ reason: '', explanation: 'Stage bij een zorginstelling in Spanje.' });
    expect(none.ok || Object.keys(none.errors)).toEqual(['reason']);
    expect(
      exceptionInputFromForm({ reason: 'ABROAD', explanation: ' Stage bij een zorginstelling in Spanje. ' }),
    ).toEqual({ ok: true, reason: 'ABROAD', explanation: 'Stage bij een zorginstelling in Spanje.' });
  });
});

describe('contact moments', () => {
  const moments = [
    { id: 'b', kind: 'INTERIM' as const, plannedOn: '2027-04-01', heldOn: null },
    { id: 'a', kind: 'START' as const, plannedOn: '2027-02-03', heldOn: '2027-02-03' },
    { id: 'c', kind: 'FINAL' as const, plannedOn: '2027-03-01' },
  ];

  it('suggests the first of start, interim and final that has no moment yet', () => {
    expect(nextKindToPlan([])).toBe('START');
    expect(nextKindToPlan(moments.slice(0, 2))).toBe('FINAL');
    expect(nextKindToPlan(moments)).toBe('');
  });

  it('lists the moments not yet held, earliest planned first', () => {
    expect(openMoments(moments).map((m) => m.id)).toEqual(['c', 'b']);
  });

  it('prefills the held date with the planned date, or today when that lies ahead', () => {
    expect(heldOnGuess('2026-11-01', '2026-11-23')).toBe('2026-11-01');
    expect(heldOnGuess('2027-02-03', '2026-11-23')).toBe('2026-11-23');
  });

  it('maps server fields to form fields', () => {
    expect(planFieldOf('plannedOn')).toBe('plannedOn');
    expect(planFieldOf('agreementId')).toBeNull();
    expect(heldFieldOf('heldOn')).toBe('heldOn');
    expect(heldFieldOf('contactMomentId')).toBeNull();
  });

  it('states the rule in one sentence: three moments, one in person, unless an exception', () => {
    expect(CONTACT_MOMENT_RULE).toMatch(/startgesprek.*tussentijds gesprek.*eindgesprek.*op locatie.*uitzondering/);
    expect(CONTACT_MOMENT_RULE.match(/\./g)).toHaveLength(1);
  });
});
