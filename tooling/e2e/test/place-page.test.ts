import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/browser.ts';
import { expectNoViolations } from '../src/checks.ts';
import { dutchDate } from '../src/demo-dates.ts';
import { measurePage } from '../src/page-metrics.ts';
import { login, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

// Issue 9 §6 (choosing with open eyes): one system start for this file.
let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

/** A bol Verzorgende-IG student of ROC Zadkine without a place, who logs in as `student-kramer`. */
const STUDENT = 'Priya Kramer';

/** Presses "add a choice" until the form offers no more; answers how many choice fields it then has. */
async function offeredChoices(form: ReturnType<Page['getByRole']>, add: string): Promise<number> {
  const button = form.getByRole('button', { name: add });
  for (let i = 0; i < 50 && (await button.count()) > 0; i += 1) await button.click();
  return form.getByRole('combobox', { name: /^\d+e keuze/ }).count();
}

describe('the place page and the choice limit', () => {
  it('the student opens a place from the picker; school and student offer the same number of choices', async () => {
    const suffix = Date.now().toString(36);
    const title = `E2E-plaats zorg ${suffix}`;
    const roundName = `E2E-keuzeronde ${suffix}`;
    const company = await openSession(browser);
    const school = await openSession(browser);
    const student = await openSession(browser);
    try {
      // A place inside the round's default period (a month to thirteen months ahead).
      const c = company.page;
      await login(c, system, 'praktijkopleider-maasstad');
      await c
        .getByRole('navigation', { name: 'Onderdelen van het leerbedrijf' })
        .getByRole('link', { name: 'Plaats publiceren' })
        .click();
      await c.getByLabel('Titel').fill(title);
      await c
        .getByLabel('Wat de student doet en leert')
        .fill('Je helpt bij de zorg op de afdeling en leert rapporteren.');
      await c.getByLabel('Leerweg').selectOption('BOL');
      await c.getByLabel('Kwalificatie').selectOption('25491');
      await c.getByLabel('Aantal studenten tegelijk').fill('2');
      await c.getByLabel('Begindatum').fill(dutchDate(45));
      await c.getByLabel('Einddatum').fill(dutchDate(190));
      await c.getByLabel('Straat en huisnummer').fill('Maasboulevard 100');
      await c.getByLabel('Plaats', { exact: true }).fill('Rotterdam');
      await c.getByLabel('CBS-gemeentecode van de werkplek').fill('0599');
      await c.getByLabel('Uren per week').fill('28');
      await c.getByLabel('Onkostenvergoeding per maand (euro)').fill('275,00');
      await c.getByLabel(/Toegankelijke werkplek/).check();
      await c.getByRole('button', { name: 'Plaats publiceren' }).click();
      await c.getByText('De plaats is gepubliceerd.').waitFor();

      // The school starts a round for the student and counts the choice fields its form offers.
      const s = school.page;
      await login(s, system, 'docent-zadkine', '/school/rondes');
      await s.getByRole('heading', { level: 1, name: 'Stagematching' }).waitFor();
      await s.getByLabel('Toon studenten met kwalificatie').selectOption('25491');
      await s.getByLabel('Naam van de ronde').fill(roundName);
      await s.getByLabel(`${STUDENT} in de ronde`).check();
      await s.getByRole('button', { name: 'Ronde starten' }).click();
      await s.getByRole('heading', { level: 1, name: `Ronde: ${roundName}` }).waitFor();
      const schoolForm = s.getByRole('form', { name: `Keuzes van ${STUDENT}` });
      await schoolForm.locator('option', { hasText: title }).first().waitFor({ state: 'attached' });
      const schoolLimit = await offeredChoices(schoolForm, `Keuze toevoegen voor ${STUDENT}`);

      // The student sees the round, with as many choice fields as the school.
      const p = student.page;
      await login(p, system, 'student-kramer', '/student/keuzes');
      const studentForm = p.getByRole('form', { name: 'Keuzes doorgeven' });
      await studentForm.locator('option', { hasText: title }).first().waitFor({ state: 'attached' });
      await expect(studentForm.textContent()).resolves.toContain(`Kies 1 tot en met ${schoolLimit} plaatsen`);
      const studentLimit = await offeredChoices(studentForm, 'Keuze toevoegen');
      expect(studentLimit).toBe(schoolLimit);
      expect(studentLimit).toBe(10);

      // Picking a place offers its page; it shows what a student weighs, with its own title.
      const optionValue = await studentForm.locator('option', { hasText: title }).first().getAttribute('value');
      await studentForm.getByLabel('1e keuze').selectOption(optionValue ?? '');
      await studentForm.getByRole('link', { name: `Bekijk ${title} bij Zorggroep Maasstad (demo)` }).click();
      await p.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(new URL(p.url()).pathname).toBe(`/student/plaatsen/${encodeURIComponent(optionValue ?? '')}`);
      await expect(p.title()).resolves.toBe(`${title} – Student – Stelsel mbo`);
      const facts = (await p.locator('main dl').first().textContent()) ?? '';
      for (const expected of ['Zorggroep Maasstad (demo)', 'Maasboulevard 100, Rotterdam', '275,00 per maand', '28']) {
        expect(facts).toContain(expected);
      }
      expect(facts).toContain('Toegankelijke werkplek');
      await p.getByText('Je helpt bij de zorg op de afdeling en leert rapporteren.').waitFor();
      await expectNoViolations(p, 'plaatspagina (student, 1280 px)');
      const narrow = await measurePage(p, 390);
      expect(narrow.pageOverflow, 'sideways scrolling at 390 px').toBe(0);
      await p.setViewportSize({ width: 390, height: 900 });
      await expectNoViolations(p, 'plaatspagina (student, 390 px)');
      await p.setViewportSize({ width: 1280, height: 900 });

      // The school opens the same page from its form.
      const schoolValue = await schoolForm.locator('option', { hasText: title }).first().getAttribute('value');
      await schoolForm.getByLabel('1e keuze').selectOption(schoolValue ?? '');
      await schoolForm.getByRole('link', { name: `Bekijk ${title} bij Zorggroep Maasstad (demo)` }).click();
      await s.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect(s.title()).resolves.toBe(`${title} – School – Stelsel mbo`);
      await expectNoViolations(s, 'plaatspagina (school)');

      // An unknown place says "niet gevonden", with that title.
      await p.goto(`${system.web}/student/plaatsen/bestaat-niet`);
      await p.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      await expect(p.title()).resolves.toBe('Pagina niet gevonden – Student – Stelsel mbo');
    } finally {
      await Promise.all([company.close(), school.close(), student.close()]);
    }
  });
});
