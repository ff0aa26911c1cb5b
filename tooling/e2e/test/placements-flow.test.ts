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

/** Errors the page reported, without the icon the identity provider's pages lack. */
function realErrors(errors: readonly string[]) {
  return errors.filter((e) => !e.endsWith('/favicon.ico'));
}

describe('placements: publish, match, confirm, accept', () => {
  it('a company publishes a place, the school matches a student to it and confirms, the company accepts', async () => {
    const title = `E2E-stage verpleegafdeling ${Date.now().toString(36)}`;
    const roundName = `E2E-ronde ${Date.now().toString(36)}`;
    const company = await openSession(browser);
    const school = await openSession(browser);
    try {
      // 1. The company publishes a place for an active accreditation.
      const c = company.page;
      await login(c, system, 'praktijkopleider-maasstad');
      await c.getByRole('table', { name: /Erkenningen door SBB/ }).waitFor();
      await expect(c.getByRole('table', { name: /Erkenningen door SBB/ }).textContent()).resolves.toContain('Actief');
      await expectNoViolations(c, 'erkenning en leerplaatsen');

      await c
        .getByRole('navigation', { name: 'Onderdelen van het leerbedrijf' })
        .getByRole('link', { name: 'Plaats publiceren' })
        .click();
      await c.getByRole('heading', { level: 1, name: 'Stageplaats of leerbaan publiceren' }).waitFor();
      // Submitting the empty form: the error summary gets focus, each field says what is wrong.
      await c.getByRole('button', { name: 'Plaats publiceren' }).click();
      const summary = c.getByRole('alert').filter({ hasText: 'Controleer het formulier' });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect(c.getByLabel('Titel').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoViolations(c, 'plaats publiceren (met fouten)');

      await c.getByLabel('Titel').fill(title);
      await c.getByLabel('Wat de student doet en leert').fill('Meelopen en meewerken op de verpleegafdeling.');
      await c.getByLabel('Leerweg').selectOption('BOL');
      await c.getByLabel('Kwalificatie').selectOption('25491');
      await c.getByLabel('Aantal studenten tegelijk').fill('1');
      await c.getByLabel('Begindatum').fill('2027-02-01');
      await c.getByLabel('Einddatum').fill('2027-06-30');
      await c.getByLabel('Straat en huisnummer').fill('Maasboulevard 100');
      await c.getByLabel('Plaats', { exact: true }).fill('Rotterdam');
      await c.getByLabel('CBS-gemeentecode van de werkplek').fill('0599');
      await c.getByLabel('Uren per week').fill('32');
      await c.getByLabel('Onkostenvergoeding per maand (euro)').fill('350,00');
      await c.getByLabel(/Stagevergoeding of loon per maand/).fill('1.250,50');
      await c.getByLabel(/Toegankelijke werkplek/).check();
      await c.getByRole('button', { name: 'Plaats publiceren' }).click();
      await c.getByText('De plaats is gepubliceerd.').waitFor();
      const places = c.getByRole('table', { name: /Stageplaatsen en leerbanen/ });
      await places.getByRole('rowheader', { name: title }).waitFor();

      // 2. The school starts a round for one student, ranks that place first, runs and confirms.
      const s = school.page;
      await login(s, system, 'docent-zadkine');
      await s
        .getByRole('navigation', { name: 'Onderdelen van de school' })
        .getByRole('link', { name: 'Stagematching' })
        .click();
      await s.getByRole('heading', { level: 1, name: 'Stagematching' }).waitFor();
      await s.getByLabel('Toon studenten met kwalificatie').selectOption('25491');
      const candidates = s.getByRole('table', { name: /Studenten zonder plaats/ });
      await candidates.waitFor();
      await expectNoViolations(s, 'stagematching');
      const row = candidates
        .locator('tbody tr')
        .filter({ has: s.getByRole('cell', { name: 'bol', exact: true }) })
        .first();
      const student = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
      expect(student).not.toBe('');
      await s.getByLabel('Naam van de ronde').fill(roundName);
      await s.getByLabel(`${student} in de ronde`).check();
      await s.getByRole('button', { name: 'Ronde starten' }).click();
      await s.getByRole('heading', { level: 1, name: `Ronde: ${roundName}` }).waitFor();

      const choices = s.getByRole('form', { name: `Keuzes van ${student}` });
      const option = choices.locator('option', { hasText: title }).first();
      await option.waitFor({ state: 'attached' });
      const placeId = await option.getAttribute('value');
      expect(placeId).toBeTruthy();
      await choices.getByLabel('1e keuze').selectOption(placeId ?? '');
      await choices.getByRole('button', { name: `Keuzes opslaan voor ${student}` }).click();
      await s.getByText(`De keuzes van ${student} zijn opgeslagen.`).waitFor();
      await expectNoViolations(s, 'ronde (keuzes)');

      await s.getByRole('button', { name: 'Ronde draaien' }).click();
      const results = s.getByRole('table', { name: `Uitkomst van ${roundName}` });
      await results.waitFor();
      await expect(results.getByRole('row', { name: new RegExp(student) }).textContent()).resolves.toContain(title);
      await s.getByText('De matching is klaar.').waitFor();
      await expectNoViolations(s, 'ronde (uitkomst)');

      await s.getByRole('button', { name: 'Ronde bevestigen' }).click();
      await s.locator('dd', { hasText: /^Bevestigd$/ }).waitFor();

      // 3. The company now sees the student, with name and e-mail, and accepts.
      await c
        .getByRole('navigation', { name: 'Onderdelen van het leerbedrijf' })
        .getByRole('link', { name: 'Gematchte studenten' })
        .click();
      const card = c.getByRole('article', { name: student });
      await card.waitFor();
      await expect(card.textContent()).resolves.toMatch(/@student\.example/);
      await expect(card.textContent()).resolves.toContain(title);
      await expectNoViolations(c, 'gematchte studenten');
      await card.getByRole('button', { name: `${student} accepteren` }).click();
      await c.getByText(`U heeft ${student} geaccepteerd.`).waitFor();
      await card.getByText('Geaccepteerd').first().waitFor();

      expect(realErrors(company.errors)).toEqual([]);
      expect(realErrors(school.errors)).toEqual([]);
    } finally {
      await company.close();
      await school.close();
    }
  });
});
