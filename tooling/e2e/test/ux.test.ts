import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, openSession } from '../src/browser.ts';
import { measurePage } from '../src/page-metrics.ts';
import { login, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

// Issue 9 ("What people see"): one system start for every check in this file.
let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

/** Login ids of the demo personas and students: none may show where a person is named. */
const LOGIN_IDS = /docent-zadkine|docent-albeda|praktijkopleider-maasstad|praktijkopleider-bouw|roc-zadkine-s\d{3}/;

async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !/worden? geladen…/.test(document.querySelector('main')?.textContent ?? ''));
}

interface App {
  persona: string;
  pages: string[];
}

const APPS: App[] = [
  {
    persona: 'docent-zadkine',
    pages: [
      '/school',
      '/school/contactmomenten',
      '/school/rondes',
      '/school/plaatsingen/demo-placement-06',
      '/school/meldpunt',
      '/school/boeken',
      '/school/leermiddelen',
      '/school/kaarten',
      '/school/introductieweken',
      '/school/kwaliteitsplan',
    ],
  },
  {
    persona: 'praktijkopleider-maasstad',
    pages: [
      '/bedrijf',
      '/bedrijf/matches',
      '/bedrijf/stages',
      '/bedrijf/plaatsen/nieuw',
      '/bedrijf/meldingen',
      '/bedrijf/praktijkleren',
    ],
  },
  { persona: 'student-zadkine', pages: ['/student', '/student/keuzes', '/student/rechten', '/student/melden'] },
  {
    persona: 'ambtenaar-rotterdam',
    pages: ['/gemeente', '/gemeente/stagetekorten', '/gemeente/financiering', '/gemeente/meldingen'],
  },
  {
    persona: 'beleidsmedewerker-ocw',
    pages: [
      '/ministerie',
      '/ministerie/stagetekorten',
      '/ministerie/gelijke-behandeling',
      '/ministerie/boeken-en-kaarten',
      '/ministerie/meldingen',
      '/ministerie/kwaliteitsplannen',
      '/ministerie/kwaliteitsplannen/demo-plan-rijnland',
      '/ministerie/financiering',
      '/ministerie/praktijkleren',
    ],
  },
];

describe.each(APPS)('$persona', ({ persona, pages }) => {
  it('every page has its own title, hides no column at 390 px, names no login id and passes axe', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, persona);
      const titles = new Set<string>();
      for (const path of pages) {
        await page.goto(`${system.web}${path}`);
        await settled(page);
        const narrow = await measurePage(page, 390);
        expect(narrow.pageOverflow, `sideways scrolling at 390 px on ${path}`).toBe(0);
        expect(narrow.clippedTableWidth, `table width hidden at 390 px on ${path}`).toBe(0);
        const wide = await measurePage(page, 1280);
        expect(wide.clippedTableWidth, `table width hidden at 1280 px on ${path}`).toBe(0);
        expect(narrow.title).toMatch(/^.+ – .+ – Stelsel mbo$/);
        titles.add(narrow.title);
        // Rows are cards on a phone: each cell carries its column's label.
        await page.setViewportSize({ width: 390, height: 900 });
        const display = await page.evaluate(() => {
          const row = document.querySelector('main tbody tr');
          return row ? getComputedStyle(row).display : null;
        });
        if (display !== null) expect(display, `rows as cards on ${path}`).toBe('block');
        expect((await page.locator('main').textContent()) ?? '', `login id on ${path}`).not.toMatch(LOGIN_IDS);
        expect(await accessibilityViolations(page), `axe at 390 px on ${path}`).toEqual([]);
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      expect(titles.size, 'one title per page').toBe(pages.length);

      // An unknown address in the app says so, in Dutch, with its own title.
      const base = pages[0] ?? '/';
      await page.goto(`${system.web}${base}/bestaatniet`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      expect(await page.title()).toMatch(/^Pagina niet gevonden – .+ – Stelsel mbo$/);
      expect(await page.getByRole('table').count()).toBe(0);
      expect(session.errors.filter((e) => !e.endsWith('/favicon.ico'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('footer pages', () => {
  it('help, contact, accessibility and privacy are linked from every page and readable without logging in', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.goto(system.web);
      const footer = page.getByRole('navigation', { name: 'Over deze website' });
      for (const [link, title] of [
        ['Help', 'Help'],
        ['Contact', 'Contact'],
        ['Toegankelijkheidsverklaring', 'Toegankelijkheidsverklaring'],
        ['Privacyverklaring', 'Privacyverklaring'],
      ] as const) {
        await footer.getByRole('link', { name: link }).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(await page.title()).toBe(`${title} – Stelsel mbo`);
        expect(await accessibilityViolations(page)).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});

describe('the ministry shortages table', () => {
  it('pages through the API, keeps search and filter in the URL, and downloads the shown columns as CSV', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'beleidsmedewerker-ocw');
      await page.goto(`${system.web}/ministerie/stagetekorten`);
      const table = page.getByRole('table', { name: /Stagetekorten per arbeidsmarktregio/ });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(25);
      const pager = page.getByRole('navigation', { name: 'Pagina’s van de tabel' });
      const total = Number(((await pager.textContent()) ?? '').match(/van ([\d.]+)/)?.[1]?.replace(/\./g, ''));
      expect(total).toBeGreaterThan(25);
      await expect(pager.textContent()).resolves.toContain('Rij 1 tot en met 25');

      const firstPage = await table.locator('tbody').textContent();
      await pager.getByRole('button', { name: 'Volgende pagina' }).click();
      await pager.getByText(/Rij 26 tot en met/).waitFor();
      // The range changes with the rows it describes.
      expect(await table.locator('tbody').textContent()).not.toBe(firstPage);
      expect(new URL(page.url()).searchParams.get('na')).toBeTruthy();
      await pager.getByRole('button', { name: 'Vorige pagina' }).click();
      await pager.getByText('Rij 1 tot en met 25').waitFor();

      // Search and filter go to the API and into the address; a reload keeps them.
      await page.getByRole('combobox', { name: 'Leerweg' }).selectOption('BBL');
      await page.getByRole('searchbox', { name: 'Zoek op kwalificatie, crebocode of regio' }).fill('zorg');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(
        (url) => url.searchParams.get('zoek') === 'zorg' && url.searchParams.get('leerweg') === 'BBL',
      );
      await page.waitForLoadState('networkidle');
      await page.reload();
      await page.getByRole('table', { name: /Stagetekorten/ }).waitFor();
      await expect(page.getByRole('searchbox', { name: /Zoek op kwalificatie/ }).inputValue()).resolves.toBe('zorg');
      const rows = await page
        .getByRole('table', { name: /Stagetekorten/ })
        .locator('tbody tr')
        .allTextContents();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toContain('bbl');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator('.stelsel-data-table', { has: page.getByRole('table', { name: /Stagetekorten/ }) })
          .getByRole('button', { name: 'Download als CSV' })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe('stagetekorten.csv');
      const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe(
        'Arbeidsmarktregio;Kwalificatie;Leerweg;Vraag (studenten);Aanbod (vrije plekken);Tekort;Overschot',
      );
      expect(lines.length - 1).toBe(rows.length);
      expect(lines[1]?.split(';')).toHaveLength(7);

      // "Onbekend" is explained where it occurs, naming the institutions without a known seat.
      await page.goto(`${system.web}/ministerie/stagetekorten`);
      await page.getByText('Waarom staat er “Onbekend” bij de regio?').waitFor();
      // Three charts, each with its table.
      await page.getByRole('img', { name: /Bbl-aandeel per instelling/ }).waitFor();
      await page.getByRole('img', { name: 'Tekort per arbeidsmarktregio' }).waitFor();
      await page.getByRole('img', { name: /Afgewezen matches per reden/ }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** One table per stakeholder: its CSV opens with the table's own column headers and one line per shown row. */
const CSV_TABLES = [
  { persona: 'docent-zadkine', path: '/school', table: /Studenten van ROC Zadkine/, file: 'studenten.csv' },
  {
    persona: 'praktijkopleider-maasstad',
    path: '/bedrijf/stages',
    table: /Geaccepteerde studenten/,
    file: 'geaccepteerde-studenten.csv',
  },
  { persona: 'student-zadkine', path: '/student/keuzes', table: /keuzes/i, file: null },
  {
    persona: 'ambtenaar-rotterdam',
    path: '/gemeente/stagetekorten',
    table: /Stagetekorten in arbeidsmarktregio/,
    file: null,
  },
  {
    persona: 'beleidsmedewerker-ocw',
    path: '/ministerie',
    table: /Allocaties salarismix/,
    file: 'allocaties-salarismix-en-carriereperspectief-per-instelling.csv',
  },
];

describe.each(CSV_TABLES)('CSV for $persona', ({ persona, path, table: name, file }) => {
  it(`${path} downloads its table as CSV with the visible columns and rows`, async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, persona);
      await page.goto(`${system.web}${path}`);
      const table = page.getByRole('table', { name }).first();
      await table.waitFor();
      const headers = (await table.locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼↕]/g, '').trim());
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      // The download button that belongs to this table: the one in the same data-table block.
      const block = page.locator('.stelsel-data-table', { has: table });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        block.getByRole('button', { name: 'Download als CSV' }).click(),
      ]);
      if (file) expect(download.suggestedFilename()).toBe(file);
      else expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.csv$/);
      const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]?.split(';')).toEqual(headers);
      expect(lines.length - 1).toBe(rows);
      expect(csv).not.toMatch(LOGIN_IDS);
    } finally {
      await session.close();
    }
  });
});
