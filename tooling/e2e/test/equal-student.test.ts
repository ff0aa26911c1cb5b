import { personaAccessToken } from '@stelsel/identity/token';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/browser.ts';
import { expectNoViolations, realErrors } from '../src/checks.ts';
import { login, logout, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

// Issue 12 (students): free basic-skills books and unused learning materials, one system start for the file.
let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

const KRAMER = 'roc-zadkine-s022';

async function api<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(system.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !/worden? (ge|op)(laden|gehaald)…/.test(document.querySelector('main')?.textContent ?? ''),
  );
}

describe('equal treatment for students', () => {
  it('a school records a book for an entitled student, who sees it; a student asks a refund and the school decides and issues a card; the ministry sees the totals', async () => {
    // Arrange through placements, which owns the student: the school corrects Kramer's date of birth (registered
    // wrongly), so she is under 18 on 1 September. Equal-treatment follows by itself (StudentRecorded).
    const token = await personaAccessToken(system.issuer, 'docent-zadkine');
    const { currentSchoolYear } = await api<{ currentSchoolYear: string }>(token, '{ currentSchoolYear }', {});
    const born = `${Number(currentSchoolYear.slice(0, 4)) - 16}-05-05`;
    const corrected = await api<{ correctStudentDateOfBirth: { givenName: string; familyName: string } }>(
      token,
      `mutation ($id: ID!, $born: Date!) { correctStudentDateOfBirth(studentId: $id, dateOfBirth: $born) {
        ... on Student { givenName familyName } } }`,
      { id: KRAMER, born },
    );
    const name = `${corrected.correctStudentDateOfBirth.givenName} ${corrected.correctStudentDateOfBirth.familyName}`;

    const { page, errors, close } = await openSession(browser);
    try {
      // The school: Kramer is now entitled and nothing is provided yet; record the rekenen licence.
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school/boeken`);
      await settled(page);
      const student = page.getByLabel('Student');
      await expect
        .poll(async () => (await student.locator('option').allTextContents()).includes(name), { timeout: 15_000 })
        .toBe(true);
      await expectNoViolations(page, 'school: gratis boeken');
      await student.selectOption({ label: name });
      await page.getByLabel('Vak').selectOption({ label: 'Rekenen' });
      await page.getByLabel('Wat is verstrekt').selectOption({ label: 'Licentie' });
      await page.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
      await page.getByText(`Vastgelegd: Rekenen voor ${name}.`).waitFor();
      const row = page.getByRole('row').filter({ hasText: name });
      await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('Rekenen (licentie)');
      await expectNoViolations(page, 'school: verstrekking vastgelegd');
      await logout(page, system);

      // The student: entitled, the licence she got, and what is still to come.
      await login(page, system, 'student-kramer', '/student');
      await page.goto(`${system.web}/student/rechten`);
      await settled(page);
      await page.getByText('Je krijgt ze gratis.').waitFor();
      await page.getByText(/Rekenen: licentie gekregen op/).waitFor();
      await page.getByText('Nog niet gekregen: Nederlandse taal, Burgerschap.').waitFor();
      await page.getByText('Het mbo-studentenfonds helpt', { exact: false }).waitFor();
      await page.getByText(/^Kaartnummer .+, gekregen op/).waitFor();
      await expectNoViolations(page, 'student: mijn rechten');

      // She asks for a refund of an unused book from the school's list.
      await page.getByLabel('Welke leermiddelen').fill('Vakboek beroepsgerichte vakken');
      await page.getByLabel('Bedrag in euro').fill('62,00');
      await page.getByLabel('Waarom heb je ze niet gebruikt?').fill('Ik kreeg vrijstelling; het boek is nog geseald.');
      await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
      await page.getByText(/Je aanvraag is verstuurd\. Je school beslist uiterlijk/).waitFor();
      const mine = page.getByRole('table', { name: 'Mijn aanvragen' });
      await mine
        .getByRole('row')
        .filter({ hasText: 'Vakboek beroepsgerichte vakken' })
        .filter({ hasText: 'Aangevraagd' })
        .waitFor();
      await expectNoViolations(page, 'student: terugbetaling aangevraagd');
      await logout(page, system);

      // The school refuses it with a reason.
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school/leermiddelen`);
      await settled(page);
      await expectNoViolations(page, 'school: ongebruikte leermiddelen');
      const request = page.getByLabel('Aanvraag', { exact: true });
      const option = (await request.locator('option').allTextContents()).find((o) => o.startsWith(`${name}:`));
      expect(option).toBeDefined();
      await request.selectOption({ label: option as string });
      await page.getByLabel('Besluit', { exact: true }).selectOption({ label: 'Afwijzen' });
      await page.getByLabel('Reden').fill('Het boek staat niet op de boekenlijst van jouw opleiding.');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText('De aanvraag is afgewezen.').waitFor();
      await expectNoViolations(page, 'school: besluit vastgelegd');

      // The school publishes this year's book list and a shorter decision period; a wrong line is refused first.
      await page.getByLabel('Beslistermijn in dagen').fill('21');
      await page.getByLabel('Boekenlijst', { exact: true }).fill('Rekenen 2F; 29,50\nEngels A2 zonder prijs');
      await page.getByRole('button', { name: 'Boekenlijst publiceren' }).click();
      await page
        .getByText(/Regel 2 is geen boek met prijs/)
        .first()
        .waitFor();
      await page.getByLabel('Boekenlijst', { exact: true }).fill('Rekenen 2F; 29,50\nEngels A2; 31,00');
      await page.getByRole('button', { name: 'Boekenlijst publiceren' }).click();
      await page.getByText(/Boekenlijst en voorwaarden voor .+ zijn gepubliceerd\./).waitFor();
      await expectNoViolations(page, 'school: boekenlijst gepubliceerd');

      // Student cards: who has none yet, and issuing one.
      await page.goto(`${system.web}/school/kaarten`);
      await settled(page);
      await page.getByText(/studenten hebben nog geen studentenkaart/).waitFor();
      await expectNoViolations(page, 'school: studentenkaarten');
      const without = page.getByLabel('Student zonder kaart');
      const first = (await without.locator('option').allTextContents())[1];
      expect(first).toBeDefined();
      await without.selectOption({ label: first as string });
      await page.getByLabel('Kaartnummer').fill('ZAD-E2E-0001');
      await page.getByRole('button', { name: 'Kaart uitgeven' }).click();
      await page.getByText(`Kaart ZAD-E2E-0001 uitgegeven aan ${first}.`).waitFor();
      await expectNoViolations(page, 'school: kaart uitgegeven');
      await logout(page, system);

      // The student sees the decision and its reason.
      await login(page, system, 'student-kramer', '/student');
      await page.goto(`${system.web}/student/rechten`);
      await settled(page);
      const decided = page
        .getByRole('table', { name: 'Mijn aanvragen' })
        .getByRole('row')
        .filter({ hasText: 'Afgewezen' });
      await expect(decided.textContent()).resolves.toContain('niet op de boekenlijst');
      const list = page.getByRole('list', { name: 'Boekenlijst van je school' });
      await expect.poll(() => list.textContent(), { timeout: 15_000 }).toMatch(/Engels A2: €\s31,00/);
      await page.getByText('De school beslist binnen 21 dagen.').waitFor();
      await expectNoViolations(page, 'student: besluit gelezen');
      await logout(page, system);

      // The ministry: the national view per institution, without names, small counts shown as 1–4.
      await login(page, system, 'beleidsmedewerker-ocw', '/ministerie');
      await page.goto(`${system.web}/ministerie/boeken-en-kaarten`);
      await settled(page);
      const national = page.getByRole('table', {
        name: /Gratis boeken, studentenkaarten en leermiddelen in schooljaar/,
      });
      await expect.poll(() => national.textContent(), { timeout: 15_000 }).toContain('Heel Nederland');
      await expect(national.textContent()).resolves.not.toContain(name);
      await national.getByRole('row').filter({ hasText: 'Zadkine' }).first().waitFor();
      await expectNoViolations(page, 'ministerie: boeken en kaarten');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a municipality opens its introduction week this year; the ministry’s map and table show it; a school records its contribution; the student sees the city', async () => {
    const year = new Date().getFullYear();
    const { page, errors, close } = await openSession(browser);
    try {
      // Rotterdam runs a separate programme (demo) and now opens the general week to mbo students.
      await login(page, system, 'ambtenaar-rotterdam', '/gemeente');
      await settled(page);
      await expectNoViolations(page, 'gemeente: introductieweek');
      await page.getByLabel('Kunnen mbo-studenten meedoen?').selectOption({ value: 'OPEN' });
      await page.getByLabel('Wie organiseert de introductieweek?').fill('Stichting Rotterdamse introductie');
      await page.getByLabel('Aantal mbo-studenten dat meedeed').fill('-3');
      await page.getByRole('button', { name: 'Introductieweek publiceren' }).click();
      await page.getByText('Vul het aantal deelnemers in als heel getal van 0 of meer.').first().waitFor();
      await page.getByLabel('Aantal mbo-studenten dat meedeed').fill('640');
      await page.getByRole('button', { name: 'Introductieweek publiceren' }).click();
      await page.getByText(`De introductieweek ${year} is gepubliceerd`).waitFor();
      const thisYear = page.getByRole('table', { name: /Introductieweek in Rotterdam: dit jaar en vorig jaar/ });
      await expect
        .poll(() => thisYear.getByRole('row').filter({ hasText: 'dit jaar' }).textContent(), { timeout: 15_000 })
        .toContain('Open: mbo-studenten doen mee');
      await expect(thisYear.getByRole('row').filter({ hasText: 'vorig jaar' }).textContent()).resolves.toContain(
        'Apart introductieprogramma',
      );
      await expectNoViolations(page, 'gemeente: introductieweek gepubliceerd');
      await logout(page, system);

      // The ministry: Rotterdam on the map as open (a filled circle), and in the table against last year.
      await login(page, system, 'beleidsmedewerker-ocw', '/ministerie');
      await page.goto(`${system.web}/ministerie/gelijke-behandeling`);
      await settled(page);
      const marker = page.locator('svg[role="img"] g[data-city="0599"]');
      await expect
        .poll(() => marker.locator('title').textContent(), { timeout: 15_000 })
        .toContain('Rotterdam: introductieweek open (vorig jaar: eigen mbo-programma)');
      await expect(marker.locator('circle').count()).resolves.toBe(1);
      const cities = page.getByRole('table', { name: /Introductieweek en studentensport per gemeente/ });
      const rotterdam = cities.getByRole('row').filter({ hasText: 'Rotterdam' });
      await expect(rotterdam.textContent()).resolves.toMatch(/Open.*Eigen mbo-programma.*640/);
      await expectNoViolations(page, 'ministerie: kaart en tabel introductieweek');
      await logout(page, system);

      // Zadkine records its contribution to Rotterdam's week.
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school/introductieweken`);
      await settled(page);
      await page.getByLabel('Gemeente').selectOption({ label: 'Rotterdam' });
      await page.getByLabel('Bedrag in euro').fill('8.250,00');
      await page.getByRole('button', { name: 'Bijdrage vastleggen' }).click();
      await page.getByText(`Vastgelegd: € 8.250,00 voor de introductieweek ${year} in Rotterdam.`).waitFor();
      await expectNoViolations(page, 'school: bijdrage introductieweek');
      await logout(page, system);

      // Rotterdam sees Zadkine's contribution and records Albeda's itself.
      await login(page, system, 'ambtenaar-rotterdam', '/gemeente');
      await settled(page);
      const contributions = page.getByRole('table', { name: `Bijdragen aan de introductieweek ${year}` });
      await expect
        .poll(() => contributions.getByRole('row').filter({ hasText: 'Zadkine' }).textContent(), { timeout: 15_000 })
        .toMatch(/€\s8\.250,00/);
      await page.getByLabel('Instelling', { exact: true }).selectOption({ label: 'Albeda College' });
      await page.getByLabel('Bedrag in euro').fill('5.000');
      await page.getByRole('button', { name: 'Bijdrage vastleggen' }).click();
      await page.getByText('Vastgelegd: Albeda College draagt € 5.000,00 bij.').waitFor();
      await expect
        .poll(() => contributions.getByRole('row').filter({ hasText: 'Albeda' }).textContent(), { timeout: 15_000 })
        .toMatch(/€\s5\.000,00/);
      await expectNoViolations(page, 'gemeente: bijdragen');
      await logout(page, system);

      // A Zadkine student sees that Rotterdam's week is open to them.
      await login(page, system, 'student-zadkine', '/student');
      await page.goto(`${system.web}/student/rechten`);
      await settled(page);
      await page.getByText(/in Rotterdam: Je kunt meedoen aan de algemene introductieweek/).waitFor();
      await expectNoViolations(page, 'student: studentenstad');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });
});
