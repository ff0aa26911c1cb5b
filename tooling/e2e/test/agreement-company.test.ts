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

// Inside the period of every demo agreement (bol 2 February–26 June 2026, bbl 1 September 2025–31 August 2026).
const MOMENT_DATE = '2026-03-02';
const PAYMENT_MONTH = '2026-03';

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
      await c.getByRole('button', { name: 'Ondertekenen namens het leerbedrijf' }).click();
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
      await payment.getByLabel('Maand').fill(PAYMENT_MONTH);
      await payment.getByLabel('Soort').selectOption('EXPENSE');
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
        .getByRole('rowheader', { name: 'maart 2026' })
        .waitFor();
      await expectNoViolations(c, 'stage (betaling vastgelegd)');

      expect(realErrors(company.errors)).toEqual([]);
    } finally {
      await company.close();
    }
  });
});
