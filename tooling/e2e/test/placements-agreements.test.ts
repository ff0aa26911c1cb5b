import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/browser.ts';
import { expectNoViolations, realErrors, signWithDeclaration } from '../src/checks.ts';
import { dutchDate, MOMENT_DATE, PAYMENT_MONTH, PAYMENT_MONTH_NAME } from '../src/demo-dates.ts';
import { login, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

// The school's and the company's own agreement checks on seeded placements (other students than the
// main flow in placements-flow.test.ts touches): one system for both.
let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

describe('school: praktijkovereenkomst, contactmomenten en vergoedingen', () => {
  it('a docent draws up and signs an agreement, plans and records the start moment, and records payments', async () => {
    const school = await openSession(browser);
    try {
      const s = school.page;
      await login(s, system, 'docent-zadkine');
      const students = s.getByRole('table', { name: /Studenten van/ });
      await students.waitFor();
      await expect(students.getByRole('row', { name: /Yara de Vries/ }).textContent()).resolves.toContain(
        'Ondertekend door alle partijen',
      );
      const milan = students.getByRole('row', { name: /Milan Sardjoe/ });
      await expect(milan.textContent()).resolves.toContain('Nog geen');

      // Milan Sardjoe (seeded): the company accepted, there is no agreement yet, and he is under 18.
      await milan.getByRole('link').click();
      await s.getByRole('heading', { level: 1, name: 'Plaatsing van Milan Sardjoe' }).waitFor();
      expect(new URL(s.url()).pathname).toMatch(/^\/school\/plaatsingen\/[^/]+$/);
      const form = s.getByRole('form', { name: 'Praktijkovereenkomst opstellen' });
      await form.waitFor();
      await expectNoViolations(s, 'plaatsing zonder overeenkomst');

      await form.getByRole('button', { name: 'Overeenkomst opstellen' }).click();
      const summary = form.getByRole('alert');
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect(form.getByLabel('Naam praktijkopleider').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoViolations(s, 'overeenkomst opstellen (met fouten)');

      await form.getByLabel('Begindatum').fill(dutchDate(0));
      await form.getByLabel('Einddatum').fill(dutchDate(120));
      await form.getByLabel('Uren per week').fill('32');
      await form.getByLabel('Naam praktijkopleider').fill('Marieke de Vries');
      await form.getByLabel('E-mailadres praktijkopleider').fill('marieke@maasstad.example');
      await form.getByLabel('Werkprocessen').fill('Werkt mee in de dagelijkse zorg en voert de werkprocessen uit.');
      await form.getByLabel('Beoordeling').fill('Tussentijdse en eindbeoordeling door praktijkopleider en docent.');
      await form.getByLabel('Ontbindingsvoorwaarden').fill('Ontbinding na overleg tussen de drie partijen.');
      await form.getByLabel('Frequentie van begeleiding').fill('Elke twee weken een gesprek');
      await form.getByLabel('Onkostenvergoeding per maand (euro)').fill('350,00');
      await form.getByLabel('Naam ouder of voogd').fill('Ouder van Milan');
      await form.getByRole('button', { name: 'Overeenkomst opstellen' }).click();
      await s.getByText('De praktijkovereenkomst is opgesteld.').waitFor();
      const sign = s.getByRole('button', { name: 'Ondertekenen namens de onderwijsinstelling' });
      await sign.waitFor();
      await expectNoViolations(s, 'overeenkomst opgesteld');

      await signWithDeclaration(
        s,
        'Ondertekenen namens de onderwijsinstelling',
        'Ja, onderteken namens de onderwijsinstelling',
      );
      await s.getByText('U heeft namens de onderwijsinstelling ondertekend.').waitFor();
      await sign.waitFor({ state: 'detached' });
      const guardian = s.getByRole('form', { name: 'Handtekening van de ouder of voogd vastleggen' });
      await guardian
        .getByLabel('Waar en wanneer op papier getekend')
        .fill('Vandaag op school getekend, bij de intake.');
      await guardian.getByRole('button', { name: 'Handtekening ouder of voogd vastleggen' }).click();
      await s.getByText('De handtekening van de ouder of voogd is vastgelegd.').waitFor();
      const signatures = s.getByRole('table', { name: 'Handtekeningen onder versie 1' });
      // Who signed is named (the person logged in), never by login id.
      const schoolRow = (await signatures.getByRole('row', { name: /Onderwijsinstelling/ }).textContent()) ?? '';
      expect(schoolRow).toContain('Mohamed El Amrani');
      expect(schoolRow).not.toContain('docent-zadkine');
      await s.getByText(/Nog te ondertekenen door: student, leerbedrijf\./).waitFor();

      // The start moment, in person, planned and then recorded as held.
      const plan = s.getByRole('form', { name: 'Contactmoment plannen' });
      await plan.getByLabel('Soort contactmoment').selectOption('START');
      await plan.getByLabel('Datum').fill(dutchDate(0));
      await plan.getByLabel('Vorm').selectOption('IN_PERSON');
      await plan.getByRole('button', { name: 'Contactmoment plannen' }).click();
      await s.getByText('Het contactmoment is gepland.').waitFor();
      const held = s.getByRole('form', { name: 'Startgesprek vastleggen' });
      await held.waitFor();
      await expectNoViolations(s, 'contactmoment gepland');
      await expect(held.getByLabel('Gehouden op').inputValue()).resolves.toBe(dutchDate(0));
      await held.getByLabel('Vorm').selectOption('IN_PERSON');
      await held.getByLabel('Aantekeningen').fill('Goede start; leerdoelen afgesproken.');
      await held.getByRole('button', { name: 'Vastleggen als gehouden' }).click();
      await s.getByText('Het contactmoment is vastgelegd.').waitFor();
      await held.waitFor({ state: 'detached' });
      const moments = s.getByRole('table', { name: 'Contactmomenten bij deze overeenkomst' });
      await expect(moments.getByRole('row', { name: /Startgesprek/ }).textContent()).resolves.toContain(
        'Goede start; leerdoelen afgesproken.',
      );
      await expectNoViolations(s, 'contactmoment vastgelegd');

      // Contactmomenten: the signed agreement of Yara de Vries lacks its final moment.
      await s
        .getByRole('navigation', { name: 'Onderdelen van de school' })
        .getByRole('link', { name: 'Contactmomenten' })
        .click();
      const missing = s.getByRole('table', { name: /Ondertekende overeenkomsten met ontbrekende contactmomenten/ });
      await missing.waitFor();
      await expect(missing.getByRole('row', { name: /Yara de Vries/ }).textContent()).resolves.toContain(
        'Er is geen eindgesprek gepland of gehouden.',
      );
      await expectNoViolations(s, 'contactmomenten');

      // Her allowances for the last month are missing: record both.
      await missing.getByRole('link', { name: 'Yara de Vries' }).click();
      await s.getByRole('heading', { level: 1, name: 'Plaatsing van Yara de Vries' }).waitFor();
      const pay = s.getByRole('form', { name: 'Betaling vastleggen' });
      await pay.waitFor();
      await expectNoViolations(s, 'ondertekende overeenkomst');
      await expect(pay.getByLabel('Soort vergoeding').inputValue()).resolves.toBe('EXPENSE');
      await pay.getByRole('button', { name: 'Betaling vastleggen' }).click();
      await s.getByText('De betaling is vastgelegd.').waitFor();
      await pay.getByLabel('Soort vergoeding').selectOption('WAGE');
      await expect(pay.getByLabel('Bedrag (euro)').inputValue()).resolves.toBe('400,00');
      await pay.getByRole('button', { name: 'Betaling vastleggen' }).click();
      await s.getByText('Niets: de betalingen zijn bij').waitFor();
      await expectNoViolations(s, 'betalingen vastgelegd');

      expect(school.errors).toEqual([]);
    } finally {
      await school.close();
    }
  });
});

describe('company: the internship agreement, contact moments and allowances', () => {
  it('accepts a match, signs an agreement, plans and records a contact moment and records a payment', async () => {
    const company = await openSession(browser);
    try {
      const c = company.page;
      const nav = c.getByRole('navigation', { name: 'Onderdelen van het leerbedrijf' });
      await login(c, system, 'praktijkopleider-maasstad');

      // 1. Accepting a match: the card shows who draws up the agreement and links to the placement.
      await nav.getByRole('link', { name: 'Gematchte studenten' }).click();
      const joy = c.getByRole('article', { name: 'Joy van der Linden' });
      await joy.getByRole('button', { name: 'Joy van der Linden accepteren' }).click();
      await joy.getByRole('button', { name: 'Ja, accepteer Joy van der Linden' }).click();
      await c.getByText('U heeft Joy van der Linden geaccepteerd.').waitFor();
      await joy.getByText('De onderwijsinstelling stelt de praktijkovereenkomst op.').waitFor();
      await expectNoViolations(c, 'gematchte studenten (geaccepteerd)');
      await joy.getByRole('link', { name: 'Stage van Joy van der Linden bekijken' }).click();
      await c.getByRole('heading', { level: 1, name: 'Stage van Joy van der Linden' }).waitFor();
      expect(new URL(c.url()).pathname).toBe('/bedrijf/stages/demo-placement-01');
      await c.getByText(/Contactmomenten en betalingen van vergoedingen legt u vast zodra/).waitFor();
      await expectNoViolations(c, 'stage zonder overeenkomst');

      // 2. The list of placements: the agreement the company has not signed yet.
      await nav.getByRole('link', { name: 'Stages' }).click();
      const table = c.getByRole('table', { name: /Geaccepteerde studenten/ });
      await table.waitFor();
      await expectNoViolations(c, 'stages');
      const row = table.getByRole('row').filter({ hasText: 'uw handtekening ontbreekt nog' }).first();
      const student = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
      expect(student).not.toBe('');
      await row.getByRole('link', { name: student }).click();
      await c.getByRole('heading', { level: 1, name: `Stage van ${student}` }).waitFor();
      await c.getByRole('table', { name: 'Handtekeningen onder versie 1' }).waitFor();
      await expectNoViolations(c, 'stage (te ondertekenen)');

      // 3. Signing for the company.
      await signWithDeclaration(c, 'Ondertekenen namens het leerbedrijf', 'Ja, onderteken namens het leerbedrijf');
      await c.getByText('U heeft namens het leerbedrijf ondertekend.').waitFor();
      await c.getByText('Ondertekend door alle partijen', { exact: true }).waitFor();
      await expect(c.getByRole('button', { name: 'Ondertekenen namens het leerbedrijf' }).count()).resolves.toBe(0);
      await expectNoViolations(c, 'stage (ondertekend)');

      // 4. Planning the interim talk, then recording it as held.
      const plan = c.getByRole('form', { name: 'Contactmoment plannen' });
      await plan.getByLabel('Soort contactmoment').selectOption('INTERIM');
      await plan.getByLabel('Datum').fill(MOMENT_DATE);
      await plan.getByLabel('Vorm').selectOption('IN_PERSON');
      await plan.getByRole('button', { name: 'Contactmoment plannen' }).click();
      await c.getByText('Het contactmoment is gepland.').waitFor();
      const record = c.getByRole('form', { name: 'Tussentijds gesprek vastleggen' });
      await record.waitFor();
      await expectNoViolations(c, 'stage (contactmoment gepland)');
      await expect(record.getByLabel('Gehouden op').inputValue()).resolves.toBe(MOMENT_DATE);
      await record.getByLabel('Vorm').selectOption('IN_PERSON');
      await record.getByLabel(/Aantekeningen/).fill('Voortgang besproken op de afdeling.');
      await record.getByRole('button', { name: 'Vastleggen als gehouden' }).click();
      await c.getByText('Het contactmoment is vastgelegd.').waitFor();
      await record.waitFor({ state: 'detached' });
      const moments = c.getByRole('table', { name: `Contactmomenten van ${student}` });
      await expect(moments.textContent()).resolves.toContain('Voortgang besproken op de afdeling.');
      await expectNoViolations(c, 'stage (contactmoment vastgelegd)');

      // 5. Recording a payment: first a wrong amount (the summary takes focus), then the right one.
      const payment = c.getByRole('form', { name: 'Betaling vastleggen' });
      await payment.getByLabel('Maand').selectOption(PAYMENT_MONTH);
      await payment.getByLabel('Soort vergoeding').selectOption('EXPENSE');
      await payment.getByLabel('Bedrag (euro)').fill('0');
      await payment.getByRole('button', { name: 'Betaling vastleggen' }).click();
      const summary = payment.getByRole('alert').filter({ hasText: 'De betaling is niet vastgelegd' });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect(payment.getByLabel('Bedrag (euro)').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoViolations(c, 'stage (betaling met fout)');
      await payment.getByLabel('Bedrag (euro)').fill('175,00');
      await payment.getByRole('button', { name: 'Betaling vastleggen' }).click();
      await c.getByText('De betaling is vastgelegd.').waitFor();
      await c
        .getByRole('table', { name: 'Vastgelegde betalingen' })
        .getByRole('rowheader', { name: PAYMENT_MONTH_NAME })
        .waitFor();
      await expectNoViolations(c, 'stage (betaling vastgelegd)');

      expect(realErrors(company.errors)).toEqual([]);
    } finally {
      await company.close();
    }
  });
});
