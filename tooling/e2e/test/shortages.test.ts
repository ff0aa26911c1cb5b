import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, openSession } from '../src/browser.ts';
import { login, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

describe('shortage overview', () => {
  it('shows the ministry the bbl share, the shortages and the monitor, and passes axe', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'beleidsmedewerker-ocw');
      await page.getByRole('heading', { level: 1, name: 'Allocaties per instelling' }).waitFor();
      // The app's own navigation, with the keyboard alone.
      await page
        .getByRole('navigation', { name: 'Onderdelen van het ministerie' })
        .getByRole('link', {
          name: 'Stagetekorten',
        })
        .focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Stagetekorten' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/ministerie/stagetekorten');

      const national = page.getByText(/Landelijk bbl-aandeel: \d{1,3},\d%/);
      await national.waitFor();
      await expect(national.textContent()).resolves.toMatch(
        /procentpunt (onder|boven) de ambitie|precies op de ambitie/,
      );

      const shortages = page.getByRole('table', { name: /Stagetekorten per arbeidsmarktregio/ });
      await shortages.waitFor();
      expect(await shortages.locator('tbody tr').count()).toBeGreaterThan(0);
      await expect(shortages.locator('tfoot').textContent()).resolves.toContain('Totaal');

      const declines = page.getByRole('table', { name: 'Afgewezen matches per reden' });
      await declines.waitFor();
      await expect(declines.textContent()).resolves.toContain('Geen begeleidingscapaciteit');

      // Filter on one region: the table follows.
      const select = page.getByRole('combobox', { name: 'Arbeidsmarktregio' });
      const firstRegion = await select.locator('option').nth(1).textContent();
      expect(firstRegion).toBeTruthy();
      await select.selectOption({ label: firstRegion ?? '' });
      await page
        .getByRole('table', { name: new RegExp(`Stagetekorten in ${firstRegion}`) })
        .or(page.getByText(/Voor deze regio zijn geen stagetekorten/))
        .waitFor();

      expect(await accessibilityViolations(page)).toEqual([]);

      // Back to the allocations, which still work.
      await page
        .getByRole('navigation', { name: 'Onderdelen van het ministerie' })
        .getByRole('link', {
          name: 'Allocaties',
        })
        .click();
      await page.getByRole('table', { name: /Allocaties salarismix en carrièreperspectief/ }).waitFor();

      // A direct address opens the shortage view too.
      await page.goto(`${system.web}/ministerie/stagetekorten`);
      await page.getByRole('table', { name: /Stagetekorten per arbeidsmarktregio/ }).waitFor();
      expect(session.errors.filter((e) => !e.endsWith('/favicon.ico'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('shows a municipality the shortages of its own region only, and passes axe', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'ambtenaar-rotterdam');
      // The app's own menu names what is there: the intro week, and the shortages on their own page.
      await page
        .getByRole('navigation', { name: 'Onderdelen van de gemeente' })
        .getByRole('link', { name: 'Stagetekorten in uw regio' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Stagetekorten in uw regio' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/gemeente/stagetekorten');
      expect(await page.title()).toBe('Stagetekorten in uw regio – Gemeente – Stelsel mbo');
      const table = page.getByRole('table', { name: /Stagetekorten in arbeidsmarktregio/ });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      const caption = (await table.locator('caption').textContent()) ?? '';
      expect(caption).toMatch(/Rijnmond/);
      const body = (await table.locator('tbody').textContent()) ?? '';
      // Suppressed counts are explained, never shown as a made-up number.
      if (body.includes('afgeschermd'))
        await page
          .getByText(/afgeschermd.*geen 0/)
          .first()
          .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(session.errors.filter((e) => !e.endsWith('/favicon.ico'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
