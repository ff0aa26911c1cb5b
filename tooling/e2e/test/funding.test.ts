import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/browser.ts';
import { expectNoViolations, realErrors } from '../src/checks.ts';
import { login, logout, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

// Issue 11 (funding): a quality plan from draft to decision, and the praktijkleren subsidy; one system start for the file.
let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

/** The visible text with no-break spaces as plain spaces ("€ 2.515,33" is formatted with U+00A0). */
const textOf = async (locator: { textContent(): Promise<string | null> }) =>
  ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');

async function settled(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !/worden? (ge|op)(laden|gehaald)…/.test(document.querySelector('main')?.textContent ?? ''),
  );
}

const GOALS = [
  ['inschaling van onderwijspersoneel', 'Meer docenten in schaal LC en LD.', '38', '50', 'procent van de docenten'],
  ['professionalisering', 'Elk team volgt scholing in basisvaardigheden.', '40', '100', 'procent van de teams'],
  ['werkdruk', 'Minder lesgebonden uren per fte door assistenten.', '920', '860', 'uur per fte'],
  [
    'begeleiding van startend personeel',
    'Elke starter krijgt twee jaar een coach.',
    '55',
    '100',
    'procent van de starters',
  ],
] as const;

describe('funding', () => {
  it('a school submits a plan with consent, the commission advises, the minister decides, and the allocation shows in both apps', async () => {
    const { page, errors, close } = await openSession(browser);
    try {
      // 1. The school drafts its plan (a bad number refused first), records both consents and submits.
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school/kwaliteitsplan`);
      await settled(page);
      await expectNoViolations(page, 'school: kwaliteitsplan (leeg)');
      await page.getByLabel('Tranche').selectOption({ index: 1 });
      for (const [theme, goal, baseline, target, unit] of GOALS) {
        const group = page.getByRole('group', { name: `Doel: ${theme}` });
        await group.getByLabel('Doel', { exact: true }).fill(goal);
        await group.getByLabel('Nulmeting').fill(baseline);
        await group.getByLabel('Streefwaarde').fill(theme === 'werkdruk' ? 'minder' : target);
        await group.getByLabel('Eenheid').fill(unit);
      }
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await page.getByText('werkdruk: streefwaarde: Vul een heel getal in (0 of meer).').waitFor();
      await expectNoViolations(page, 'school: kwaliteitsplan met fout');
      await page.getByRole('group', { name: 'Doel: werkdruk' }).getByLabel('Streefwaarde').fill('860');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await page.getByText('Het concept van het kwaliteitsplan is opgeslagen.').waitFor();
      await settled(page);
      for (const [council, reference] of [
        ['Studentenraad', 'SR-besluit 2026-11'],
        ['Ondernemingsraad', 'OR-besluit 2026-08'],
      ] as const) {
        await page.getByLabel('Raad', { exact: true }).selectOption({ label: council });
        await page.getByLabel('Besluit van de raad').selectOption({ label: 'Ingestemd' });
        await page.getByLabel('Vindplaats van het besluit').fill(reference);
        await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
        await page.getByText(`(${reference})`).waitFor();
      }
      await expectNoViolations(page, 'school: instemming vastgelegd');
      await page.getByRole('button', { name: 'Plan indienen' }).click();
      await page.getByRole('button', { name: 'Ja, indienen' }).click();
      await page.getByText('Het kwaliteitsplan is ingediend.').waitFor();
      await page.getByRole('heading', { name: 'Kwaliteitsagenda 2024–2027: ingediend' }).waitFor();
      await expectNoViolations(page, 'school: plan ingediend');
      await logout(page, system);

      // 2. The commission advises (in the ministry's app), 3. the minister decides.
      await login(page, system, 'beleidsmedewerker-ocw', '/ministerie');
      await page.goto(`${system.web}/ministerie/kwaliteitsplannen`);
      await settled(page);
      await expectNoViolations(page, 'ministerie: kwaliteitsplannen');
      await page.getByRole('link', { name: 'ROC Zadkine' }).click();
      await page.getByRole('heading', { name: 'Kwaliteitsplan ROC Zadkine' }).waitFor();
      await settled(page);
      await expectNoViolations(page, 'ministerie: plan ter advisering');
      await page.getByLabel('Advies', { exact: true }).selectOption({ label: 'Positief' });
      await page.getByRole('button', { name: 'Advies vastleggen' }).click();
      await page.getByText('Het advies van de commissie is vastgelegd.').waitFor();
      await settled(page);
      // A decision against the advice needs reasons: refused first.
      await page.getByLabel('Besluit', { exact: true }).selectOption({ label: 'Afwijzen' });
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText(/Toelichting: Dit besluit wijkt af van het advies/).waitFor();
      await expectNoViolations(page, 'ministerie: besluit met fout');
      await page.getByLabel('Besluit', { exact: true }).selectOption({ label: 'Goedkeuren en toekennen' });
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText('Het plan is goedgekeurd; de allocatie staat bij het plan.').waitFor();
      // 4. The allocation shows in the ministry's app …
      await expect
        .poll(() => textOf(page.locator('main')), { timeout: 10_000 })
        .toContain('€ 5.900.000,00 per jaar carrièreperspectief (raming)');
      await expect.poll(() => textOf(page.locator('main'))).toContain('Besluit van de minister (ministerie van OCW)');
      await expectNoViolations(page, 'ministerie: plan goedgekeurd');
      await page.goto(`${system.web}/ministerie/kwaliteitsplannen`);
      await settled(page);
      const tranche = page.getByRole('row').filter({ hasText: /^1e tranche 20\d\d \(demo\)/ });
      // Concept 1, ingediend 1, geadviseerd 1 (demo plans), toegekend 1 (Zadkine), afgewezen 0: total 4.
      await expect.poll(() => textOf(tranche)).toMatch(/naar de volgende tranche30 juni \d{4}111104$/);
      await logout(page, system);

      // … and in the school's.
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school/kwaliteitsplan`);
      await settled(page);
      await page.getByRole('heading', { name: 'Kwaliteitsagenda 2024–2027: toegekend' }).waitFor();
      expect(await textOf(page.locator('main'))).toContain('€ 5.900.000,00 per jaar carrièreperspectief (raming');
      await expectNoViolations(page, 'school: plan toegekend');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the ministry changes a ceiling and sees the amount per place change, saves a kasschuif after its preview; a company applies and sees its expected amount', async () => {
    const { page, errors, close } = await openSession(browser);
    const next = String(new Date().getFullYear() + 1);
    try {
      // 5. The ministry: next year's ceiling up, the amount per place by the forecast follows.
      await login(page, system, 'beleidsmedewerker-ocw', '/ministerie');
      await page.goto(`${system.web}/ministerie/praktijkleren`);
      await settled(page);
      await expectNoViolations(page, 'ministerie: praktijkleren');
      const row = page
        .getByRole('table', { name: /Mbo-bbl/ })
        .getByRole('row')
        .filter({ hasText: new RegExp(`^${next}`) });
      expect(await textOf(row)).toContain('€ 2.515,33');
      await page.getByLabel('Jaar', { exact: true }).selectOption(next);
      await page.getByLabel('Nieuw subsidieplafond').fill('-5');
      await page.getByLabel('Toelichting').first().fill('Voorjaarsnota: plafond verhoogd.');
      await page.getByRole('button', { name: 'Plafond vaststellen' }).click();
      await page.getByText(/Nieuw subsidieplafond: Vul een bedrag in euro in/).waitFor();
      await expectNoViolations(page, 'ministerie: plafond met fout');
      await page.getByLabel('Nieuw subsidieplafond').fill('430.000.000');
      await page.getByRole('button', { name: 'Plafond vaststellen' }).click();
      await page.getByText(`Het subsidieplafond van ${next} is € 430.000.000,00.`).waitFor();
      await expect.poll(() => textOf(row), { timeout: 10_000 }).toContain('€ 2.638,03');
      // A kasschuif: the effect first, then saved.
      await page.getByLabel('Van jaar').selectOption(String(Number(next) + 1));
      await page.getByLabel('Naar jaar').selectOption(next);
      await page.getByLabel('Bedrag', { exact: true }).fill('10.000.000');
      await page.getByLabel('Toelichting').nth(1).fill('Bedrag per leerplaats stabiel houden.');
      await page.getByRole('button', { name: 'Effect bekijken' }).click();
      const preview = page.getByRole('table', { name: 'Effect van de kasschuif (nog niet opgeslagen)' });
      await preview.waitFor();
      expect(await textOf(preview)).toContain('€ 2.699,38');
      await expectNoViolations(page, 'ministerie: effect kasschuif');
      await page.getByRole('button', { name: 'Kasschuif opslaan' }).click();
      await page.getByText(`Kasschuif opgeslagen: € 10.000.000,00 van ${Number(next) + 1} naar ${next}.`).waitFor();
      await expect.poll(() => textOf(row), { timeout: 10_000 }).toContain('€ 440.000.000,00');
      await logout(page, system);

      // 6. The company applies for its bbl place and sees the expected amount.
      await login(page, system, 'praktijkopleider-maasstad', '/bedrijf');
      await page.goto(`${system.web}/bedrijf/praktijkleren`);
      await settled(page);
      await expectNoViolations(page, 'leerbedrijf: praktijkleren');
      await page.getByRole('button', { name: 'Aanvragen' }).click();
      await page.getByText('Leerplaats: Kies de bbl-leerplaats waarvoor u aanvraagt.').waitFor();
      await page.getByLabel('Bbl-leerplaats').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Aanvragen' }).click();
      await page.getByText('Uw aanvraag is ontvangen.').waitFor();
      const application = page.getByRole('table', { name: 'Uw aanvragen' }).getByRole('row').nth(1);
      await expect.poll(() => textOf(application), { timeout: 10_000 }).toContain('€ 2.563,29');
      expect(await textOf(application)).toContain('Nog niet vastgesteld');
      await expectNoViolations(page, 'leerbedrijf: aanvraag ingediend');
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await close();
    }
  });
});
