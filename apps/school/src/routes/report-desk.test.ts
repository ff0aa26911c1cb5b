import { describe, expect, it } from 'vitest';
import { deskFromForm } from './report-desk-page.tsx';

const EMPTY = {
  description: '',
  contactUrl: '',
  email: '',
  phone: '',
  handlers: '',
  availability: '',
  alternatives: '',
};

describe('the meldpunt form', () => {
  it('needs who handles reports, when, and one way to reach the desk', () => {
    expect(deskFromForm(EMPTY)).toEqual({
      ok: false,
      errors: {
        handlers: 'Vul in wie de meldingen behandelt.',
        availability: 'Vul in wanneer het meldpunt bereikbaar is of hoe snel het reageert.',
        email: 'Geef ten minste één manier om het meldpunt te bereiken: e-mail, telefoon of website.',
      },
    });
  });

  it('sends trimmed text and leaves empty optional fields out', () => {
    expect(
      deskFromForm({ ...EMPTY, handlers: ' Vertrouwenspersonen ', availability: 'Werkdagen', phone: ' 010 123 4567 ' }),
    ).toEqual({
      ok: true,
      input: {
        description: null,
        contactUrl: null,
        email: null,
        phone: '010 123 4567',
        handlers: 'Vertrouwenspersonen',
        availability: 'Werkdagen',
        alternatives: null,
      },
    });
  });
});
