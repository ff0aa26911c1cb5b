import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchBrowser, openSession } from '../src/browser.ts';
import { login, type System, startSystem } from '../src/system.ts';

let system: System;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function expectNoViolations(page: Page, screen: string) {
  const violations = await accessibilityViolations(page);
  expect(violations, `axe op ${screen}`).toEqual([]);
}

/** A date in Dutch time, `JJJJ-MM-DD`, some days from today: the seeded places have fixed dates. */
function dutchDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + daysFromToday * 86_400_000));
}

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

      await sign.click();
      await s.getByText('U heeft namens de onderwijsinstelling ondertekend.').waitFor();
      await sign.waitFor({ state: 'detached' });
      const guardian = s.getByRole('form', { name: 'Handtekening van de ouder of voogd vastleggen' });
      await guardian
        .getByLabel('Waar en wanneer op papier getekend')
        .fill('Vandaag op school getekend, bij de intake.');
      await guardian.getByRole('button', { name: 'Handtekening ouder of voogd vastleggen' }).click();
      await s.getByText('De handtekening van de ouder of voogd is vastgelegd.').waitFor();
      const signatures = s.getByRole('table', { name: 'Handtekeningen onder versie 1' });
      await expect(signatures.getByRole('row', { name: /Onderwijsinstelling/ }).textContent()).resolves.toContain(
        'docent-zadkine',
      );
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
