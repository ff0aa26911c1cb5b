import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openSession, reflowOverflow } from '../src/browser.ts';
import { login, logout, type System, timeToFirstApp } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

/** Requests the page sends to the gateway, to prove that nothing is asked for when nothing may be shown. */
function gatewayRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(system.gateway) && request.method() === 'POST') seen.push(request.postData() ?? '');
  });
  return seen;
}

interface Stakeholder {
  persona: string;
  path: string;
  app: string;
  heading: string;
  /** Checks that the screen shows the real seeded data. */
  sees: (page: Page) => Promise<void>;
  /** Other pages of the app, reached through its own navigation; each is checked and scanned too. */
  pages?: Array<{ link: string; heading: string; sees: (page: Page) => Promise<void> }>;
}

const stakeholders: Stakeholder[] = [
  {
    persona: 'docent-zadkine',
    path: '/school',
    app: 'school',
    heading: 'Mijn studenten',
    sees: async (page) => {
      const table = page.getByRole('table', { name: /Studenten van ROC Zadkine/ });
      await table.waitFor();
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      await expect(table.locator('tbody').textContent()).resolves.toMatch(/\d(bol|bbl)\d/);
    },
  },
  {
    persona: 'praktijkopleider-maasstad',
    path: '/bedrijf',
    app: 'company',
    heading: 'Erkenning en leerplaatsen',
    sees: async (page) => {
      await page.getByText('Zorggroep Maasstad (demo)').waitFor();
      const accreditations = page.getByRole('table', { name: /Erkenningen door SBB/ });
      await accreditations.waitFor();
      expect(await accreditations.locator('tbody tr').count()).toBeGreaterThan(0);
      await expect(accreditations.textContent()).resolves.toMatch(/Actief|Geschorst|Ingetrokken/);
      await expect(accreditations.textContent()).resolves.toMatch(/\d{1,2} [a-z]+ \d{4}/);
      await page.getByRole('table', { name: /Stageplaatsen en leerbanen/ }).waitFor();
    },
  },
  {
    persona: 'ambtenaar-rotterdam',
    path: '/gemeente',
    app: 'municipality',
    heading: 'Introductieweek voor mbo-studenten',
    sees: async (page) => {
      const current = page.getByRole('table', { name: /Introductieweek in Rotterdam: dit jaar en vorig jaar/ });
      await current.waitFor();
      expect(await current.locator('tbody tr').count()).toBe(2);
      await expect(current.textContent()).resolves.toContain('dit jaar');
      // The seeded source records 2023: Rotterdam is in talks.
      const earlier = page.getByRole('table', { name: /eerdere jaren/ });
      await earlier.waitFor();
      await expect(earlier.textContent()).resolves.toContain('In gesprek over deelname van mbo-studenten');
    },
  },
  {
    persona: 'beleidsmedewerker-ocw',
    path: '/ministerie',
    app: 'ministry',
    heading: 'Allocaties per instelling',
    sees: async (page) => {
      const table = page.getByRole('table', { name: /Allocaties salarismix en carrièreperspectief/ });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);
      const text = (await table.textContent()) ?? '';
      expect(text).toMatch(/€\s?\d{1,3}(\.\d{3})+,\d{2}/);
      expect(text).toContain('Som van de tabel');
      expect(text).toContain('Totaal volgens de regeling');
      expect(text).toContain('Afrondingsverschil');
    },
  },
  {
    persona: 'student-zadkine',
    path: '/student',
    app: 'student',
    heading: 'Mijn stage',
    sees: async (page) => {
      // Joy van der Linden (s001): matched in the demo round, confirmed, waiting for the company.
      await page.getByText('Joy van der Linden', { exact: true }).waitFor();
      await page.getByText('Zorggroep Maasstad (demo)').waitFor();
      await page.getByText(/Het leerbedrijf moet je plaatsing nog accepteren/).waitFor();
      await page.getByText(/Je school stelt die op zodra het leerbedrijf je plaatsing heeft geaccepteerd/).waitFor();
      expect(await page.getByRole('button', { name: 'Praktijkovereenkomst ondertekenen' }).count()).toBe(0);
    },
    pages: [
      {
        link: 'Mijn keuzes',
        heading: 'Mijn keuzes',
        sees: async (page) => {
          const choices = page.getByRole('table', { name: /Jouw keuzes in Kopgroep zorg en techniek/ });
          await choices.waitFor();
          expect(await choices.locator('tbody tr').count()).toBeGreaterThan(0);
          await expect(choices.textContent()).resolves.toContain('Zorggroep Maasstad (demo)');
          // The demo round is confirmed: the own outcome shows, and there is no form any more.
          // In the words of Mijn stage (issue 9): matched in the round, and the placement's own status.
          await page.getByText(/Je school heeft je in deze ronde gematcht aan/).waitFor();
          await page.getByText(/Stand van je plaatsing/).waitFor();
          expect(await page.getByRole('button', { name: 'Keuzes opslaan' }).count()).toBe(0);
        },
      },
    ],
  },
];

const timings: Record<string, number> = {};

describe.each(stakeholders)('$persona ($app)', (s) => {
  it('logs in at the identity provider, sees the seeded data, passes axe, logs out', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, s.persona);
      expect(new URL(page.url()).pathname).toBe(s.path);
      await page.getByRole('heading', { level: 1, name: s.heading }).waitFor();
      await s.sees(page);
      expect(await page.locator(`[data-stelsel-app="${s.app}"]`).count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await reflowOverflow(page), 'sideways scrolling at 320 px').toBe(0);
      for (const other of s.pages ?? []) {
        await page.getByRole('navigation').getByRole('link', { name: other.link }).click();
        await page.getByRole('heading', { level: 1, name: other.heading }).waitFor();
        await other.sees(page);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await reflowOverflow(page), `sideways scrolling at 320 px on ${other.heading}`).toBe(0);
      }

      // Opening the shell again (session kept in this tab): time from navigation to the app mounted.
      await page.goto(`${system.web}${s.path}`);
      const ms = await timeToFirstApp(page);
      expect(ms).not.toBeNull();
      timings[s.app] = Math.round(ms ?? 0);
      await s.sees(page);

      await logout(page, system);
      expect(await page.locator('[data-stelsel-app]').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('stelsel.session'))).toBeNull();
      // The identity provider's pages have no icon; the browser asks for one there.
      expect(session.errors.filter((e) => !e.endsWith('/favicon.ico'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the shell', () => {
  it('shows only the login to someone not logged in, and asks the gateway nothing', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      const requests = gatewayRequests(page);
      for (const path of ['/', '/ministerie', '/school']) {
        await page.goto(`${system.web}${path}`);
        await page.getByRole('heading', { level: 1, name: 'Welkom bij Stelsel mbo' }).waitFor();
        await page.getByRole('button', { name: 'Inloggen' }).waitFor();
        expect(await page.getByRole('table').count()).toBe(0);
        expect(await page.locator('[data-stelsel-app]').count()).toBe(0);
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("refuses another role's app politely, mounts nothing and asks the gateway nothing", async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'docent-albeda');
      await page.getByRole('table', { name: /Studenten van Albeda/i }).waitFor();
      const requests = gatewayRequests(page);
      await page.goto(`${system.web}/ministerie`);
      await page.getByRole('heading', { level: 1, name: 'Deze omgeving is niet voor uw rol' }).waitFor();
      await page.getByRole('link', { name: 'Mijn studenten' }).first().waitFor();
      expect(await page.locator('[data-stelsel-app]').count()).toBe(0);
      expect(requests).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      // The link to the own app works with the keyboard alone.
      await page.getByRole('main').getByRole('link', { name: 'Mijn studenten' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: /Studenten van Albeda/i }).waitFor();
    } finally {
      await session.close();
    }
  });

  it('keeps working and says which part is unavailable when an app cannot be loaded', async () => {
    const mapFile = join(system.webDataDir, 'importmap.json');
    const original = readFileSync(mapFile, 'utf8');
    const broken = JSON.parse(original) as { imports: Record<string, string> };
    broken.imports['@stelsel/ministry'] = '/apps/ministry/bestaat-niet/ministry.js';
    writeFileSync(mapFile, JSON.stringify(broken));
    const session = await openSession(browser);
    try {
      await login(session.page, system, 'beleidsmedewerker-ocw');
      await session.page.getByText('Het onderdeel Ministerie is nu niet beschikbaar').waitFor();
      await session.page.getByRole('button', { name: 'Uitloggen' }).waitFor();
      expect(await accessibilityViolations(session.page)).toEqual([]);
    } finally {
      writeFileSync(mapFile, original);
      await session.close();
    }
  });

  it('shows the rest of a page with a notice while one subgraph is down, and everything once it is back', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'beleidsmedewerker-ocw', '/ministerie');
      await page.getByRole('table', { name: /Allocaties salarismix en carrièreperspectief/ }).waitFor();
      // Placements names the institutions; funding's amounts do not depend on it.
      await system.stack.stopService('placements');
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: 'Niet alle gegevens zijn beschikbaar.' });
      await notice.waitFor();
      // The notice names the service that did not answer, in the gateway's words.
      await notice.getByText('De dienst plaatsingen is nu niet bereikbaar.').waitFor();
      const table = page.getByRole('table', { name: /Allocaties salarismix en carrièreperspectief/ });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);
      expect(await table.textContent()).toContain('albeda-college (naam nu niet beschikbaar)');
      expect(await table.textContent()).toContain('Som van de tabel');
      expect(await accessibilityViolations(page)).toEqual([]);
      await system.stack.startService('placements');
      await page.reload();
      await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 30_000 }).toContain('Albeda College');
      expect(await notice.count()).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('says the data is unavailable when the gateway is down, and recovers when it is back', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'ambtenaar-utrecht');
      await page
        .getByRole('table', { name: /Introductieweek in Utrecht/ })
        .first()
        .waitFor();
      await system.stack.stopService('gateway');
      await page.reload();
      // Every section of the page (intro week, shortages) says so on its own; the shell stays usable.
      const unavailable = page.getByText('De gegevensdienst (gateway) is nu niet bereikbaar.');
      await unavailable.first().waitFor();
      await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
      await system.stack.startService('gateway');
      await page.getByRole('button', { name: 'Opnieuw proberen' }).first().click();
      await page
        .getByRole('table', { name: /Introductieweek in Utrecht/ })
        .first()
        .waitFor();
    } finally {
      await session.close();
    }
  });
});

afterAll(() => {
  const lines = Object.entries(timings).map(([app, ms]) => `  ${app}: ${ms} ms`);
  if (lines.length > 0) {
    process.stdout.write(
      `\nTijd van openen van de shell tot de app gemount is (headless Chromium):\n${lines.join('\n')}\n`,
    );
  }
});
