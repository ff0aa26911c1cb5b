import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession } from '../src/browser.ts';
import { expectNoViolations, realErrors } from '../src/checks.ts';
import { dutchDate } from '../src/demo-dates.ts';
import { login, type System, startSystem } from '../src/system.ts';

// Issue 9 §5 ("a sense of time"): one system start, seeded today, for every check in this file.
let system: System;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** "6 december 2026", as the apps write a date. */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !/worden? (ge|op)(laden|gehaald)…/.test(document.querySelector('main')?.textContent ?? ''),
  );
}

describe('time as a first-class citizen', () => {
  it('the company sees what to do, an expired place, a reassessment warning and each match’s deadline', async () => {
    const { page, errors, close } = await openSession(browser);
    try {
      await login(page, system, 'praktijkopleider-maasstad', '/bedrijf');
      await page.goto(`${system.web}/bedrijf`);
      await settled(page);

      // Wat moet ik nu doen: counts as text, each a link to where it is done.
      const tasks = page.getByRole('region', { name: 'Wat moet ik nu doen' });
      await tasks.getByRole('link', { name: 'Matches beantwoorden: 1' }).waitFor();
      await tasks.getByRole('link', { name: 'Verlopen plaatsen: 1' }).waitFor();
      await tasks.getByRole('link', { name: 'Herbeoordeling van uw erkenning: 1' }).waitFor();
      // The navigation carries the counts in words, not colour only.
      const nav = page.getByRole('navigation', { name: 'Onderdelen van het leerbedrijf' });
      await nav.getByRole('link', { name: 'Gematchte studenten (1 te doen)' }).waitFor();
      await nav.getByRole('link', { name: 'Erkenning en leerplaatsen (2 te doen)' }).waitFor();

      // The accreditation past its reassessment date: not just "Actief", and what happens next.
      await page.getByText('Actief, herbeoordeling verlopen').waitFor();
      await page.getByText('Wat gebeurt er nu?').waitFor();
      await page.getByText(/SBB beoordeelt elke erkenning om de 4 jaar opnieuw/).waitFor();

      // Last school year's place says "Verlopen", with what to do.
      const places = page.getByRole('table', { name: /Stageplaatsen en leerbanen van uw leerbedrijf/ });
      const expiredRow = places.getByRole('row').filter({ hasText: 'vorig schooljaar' });
      await expect(expiredRow.textContent()).resolves.toMatch(
        /Verlopen: einddatum voorbij\. Geef de plaats een nieuwe periode/,
      );
      await expectNoViolations(page, 'leerbedrijf: wat moet ik nu doen, verlopen plaats en herbeoordeling');

      await page.goto(`${system.web}/bedrijf/plaatsen/kvk-90000001-p90`);
      await settled(page);
      await page.getByText('Deze plaats is verlopen').waitFor();
      await page.getByText(/Geef hieronder een nieuwe begin- en einddatum/).waitFor();
      expect(await page.getByRole('button', { name: 'Plaats weer openzetten' }).count()).toBe(0);
      await expectNoViolations(page, 'verlopen plaats');

      // Matches: the last day to answer, and no answer once it has passed.
      await page.goto(`${system.web}/bedrijf/matches`);
      await settled(page);
      const joy = page.getByRole('article', { name: 'Joy van der Linden' });
      await expect(joy.textContent()).resolves.toContain(`Reageren uiterlijk op${longDate(dutchDate(3))}`);
      await joy.getByRole('button', { name: 'Joy van der Linden accepteren' }).waitFor();
      const late = page.getByRole('article', { name: 'Lotte Sardjoe' });
      await late.getByText('De reactietermijn is verlopen').waitFor();
      await expect(late.textContent()).resolves.toContain('Verlopen: u heeft niet op tijd gereageerd');
      expect(await late.getByRole('button', { name: /accepteren|afwijzen/ }).count()).toBe(0);
      await expectNoViolations(page, 'gematchte studenten met reactietermijn');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the school finds the matches the company left unanswered through its task list', async () => {
    const { page, errors, close } = await openSession(browser);
    try {
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school`);
      await settled(page);
      const tasks = page.getByRole('region', { name: 'Wat moet ik nu doen' });
      await tasks.getByRole('link', { name: 'Matches zonder reactie van het leerbedrijf: 2' }).click();
      await page.waitForURL(/zoek=reactietermijn/);
      const table = page.getByRole('table', { name: /Studenten van/ });
      await table.getByRole('row').filter({ hasText: 'reactietermijn verlopen' }).first().waitFor();
      expect(await table.locator('tbody tr').count()).toBe(2);
      await expectNoViolations(page, 'school: wat moet ik nu doen en matches zonder reactie');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the student’s start page says what waits, in je-form', async () => {
    const { page, errors, close } = await openSession(browser);
    try {
      await login(page, system, 'student-zadkine', '/student');
      await page.goto(`${system.web}/student`);
      await settled(page);
      const tasks = page.getByRole('region', { name: 'Wat moet ik nu doen' });
      await expect(tasks.textContent()).resolves.toMatch(
        /Er wacht nu niets op jou\.|Je praktijkovereenkomst ondertekenen: \d/,
      );
      await expectNoViolations(page, 'student: wat moet ik nu doen');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });
});
