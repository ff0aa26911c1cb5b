import { personaAccessToken } from '@stelsel/identity/token';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, openSession } from '../src/browser.ts';
import { login, logout, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

/** Issue 10 in the browser: a report becomes an SBB case, runs to a decision, and takes effect in placements. */
describe('reports: from a report to a decision', () => {
  it('SBB opens its own app: a report sent to SBB becomes a case it reads and acknowledges, and reassessments are listed', async () => {
    // A student reports straight to SBB through the API (the student screens come with issue 10).
    const token = await personaAccessToken(system.issuer, 'student-zadkine');
    const submitted = await fetch(system.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation ($input: SubmitReportInput!, $key: IdempotencyKey!) {
          submitReport(input: $input, idempotencyKey: $key) { __typename ... on UserError { message field } } }`,
        variables: {
          key: 'e2e-sbb-report-0001',
          input: {
            companyId: 'kvk-90000001',
            kind: 'DISCRIMINATION',
            moment: 'SELECTION',
            grounds: ['ORIGIN'],
            occurredOn: new Date().toISOString().slice(0, 10),
            description:
              'Bij het kennismakingsgesprek werd gezegd dat ze liever geen stagiair met mijn achternaam hebben.',
            channel: 'SBB',
            anonymous: true,
          },
        },
      }),
    });
    const answer = (await submitted.json()) as { data?: { submitReport?: { __typename: string } }; errors?: unknown };
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data?.submitReport?.__typename).not.toMatch(/Error$/);

    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'adviseur-sbb');
      await page.getByRole('heading', { level: 1, name: 'Meldingen en zaken' }).waitFor();
      expect(await page.title()).toBe('Meldingen en zaken – SBB – Stelsel mbo');
      const cases = page.getByRole('table', { name: /Open zaken/ });
      await cases.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await cases
        .getByRole('link', { name: /Zorggroep Maasstad/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Zaak over Zorggroep Maasstad/ }).waitFor();
      await page.getByText(/liever geen stagiair met mijn achternaam/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      // Acknowledging is a second-look act: the check step first, then the confirmation.
      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByRole('heading', { name: 'Controleer voordat u de ontvangst bevestigt' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Ja, ontvangst bevestigen' }).click();
      await page.getByText('De ontvangst is bevestigd.').waitFor();
      await page.getByRole('button', { name: 'Onderzoek starten' }).waitFor();

      await page.getByRole('link', { name: 'Herbeoordelingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Herbeoordelingen' }).waitFor();
      await page.waitForFunction(() => !/worden geladen/.test(document.querySelector('main')?.textContent ?? ''));
      expect(await page.title()).toBe('Herbeoordelingen – SBB – Stelsel mbo');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a student reports anonymously and follows it; the school forwards it; SBB hears both sides and withdraws the accreditation; the company gives its side and its open places close', async () => {
    const session = await openSession(browser);
    const { page } = session;
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => !/wordt opgehaald…/.test(document.querySelector('main')?.textContent ?? ''));
    };
    try {
      // The student: what the school's desk and the alternatives are, then an anonymous report at the school.
      await login(page, system, 'student-kramer', '/student');
      await page.goto(`${system.web}/student/melden`);
      await page.getByRole('heading', { level: 1, name: 'Discriminatie of misbruik melden' }).waitFor();
      await settle();
      await page.getByRole('list', { name: 'Melden buiten je school' }).getByText('SBB').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Kies het leerbedrijf.').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Leerbedrijf').selectOption({ label: 'Bouwbedrijf De Vries (demo)' });
      await page.getByLabel('Wat is er gebeurd?').selectOption({ value: 'DISCRIMINATION' });
      await page.getByLabel('Wanneer gebeurde het?').selectOption({ value: 'SELECTION' });
      await page.getByLabel('Godsdienst / levensovertuiging').check();
      await page.getByLabel('Datum').fill(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
      await page
        .getByLabel('Beschrijving')
        .fill('Bij het gesprek zei men dat ik met mijn hoofddoek niet in het team paste.');
      await page.getByLabel('Waar wil je melden?').selectOption({ value: 'INSTITUTION_DESK' });
      await page.getByLabel('Met je naam of anoniem?').selectOption({ value: 'yes' });
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      const receipt = page.getByText(/Je ontvangstcode is/);
      await receipt.waitFor();
      const code = (await receipt.locator('strong').textContent()) ?? '';
      expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Stand bekijken' }).click();
      await page.getByText('Stand van je melding:').waitFor();
      await expect(page.getByRole('status').filter({ hasText: 'Stand van je melding' }).textContent()).resolves.toMatch(
        /meldpunt van de school/,
      );
      await logout(page, system);

      // The school: describe the desk (a missing way to reach it is refused first), then forward the report.
      await login(page, system, 'docent-zadkine', '/school');
      await page.goto(`${system.web}/school/meldpunt`);
      await page.getByRole('heading', { level: 1, name: 'Meldpunt stagediscriminatie' }).waitFor();
      await settle();
      const row = page
        .getByRole('table', { name: /Meldingen bij het meldpunt/ })
        .getByRole('row', { name: /Bouwbedrijf De Vries/ });
      await expect(row.first().textContent()).resolves.toMatch(/Anoniem.*Uiterlijk/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Wie behandelt de meldingen?').fill('De vertrouwenspersonen stage');
      await page.getByLabel('Bereikbaarheid of reactietermijn').fill('Werkdagen 9–17 uur; antwoord binnen 2 werkdagen');
      await page.getByRole('button', { name: 'Meldpunt opslaan' }).click();
      await page
        .getByText(/ten minste één manier om het meldpunt te bereiken/)
        .first()
        .waitFor();
      await page.getByLabel('E-mailadres').fill('meldpunt@zadkine.example');
      await page.getByRole('button', { name: 'Meldpunt opslaan' }).click();
      await page.getByText(/Het meldpunt is opgeslagen/).waitFor();
      const waiting = page.getByLabel('Melding', { exact: true });
      const option = (await waiting.locator('option').allTextContents()).find((o) =>
        o.startsWith('Bouwbedrijf De Vries'),
      );
      expect(option).toBeDefined();
      await waiting.selectOption({ label: option as string });
      await page.getByRole('button', { name: 'Doorsturen naar SBB' }).click();
      await page.getByText('De melding is doorgestuurd naar SBB.').waitFor();
      await expect.poll(() => row.first().textContent(), { timeout: 15_000 }).toMatch(/Doorgestuurd op/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await logout(page, system);

      // Without logging in: the login page links to following a report; the code shows the status, a guess nothing.
      await page.goto(`${system.web}/`);
      await page.getByRole('link', { name: 'Een melding volgen met de ontvangstcode' }).click();
      await page.getByRole('heading', { level: 1, name: 'Melding volgen' }).waitFor();
      await expect.poll(() => page.title()).toBe('Melding volgen – Meldpunt stage – Stelsel mbo');
      await page.getByLabel('Ontvangstcode').fill(code);
      await page.getByRole('button', { name: 'Stand bekijken' }).click();
      await page.getByRole('status').filter({ hasText: 'Stand van je melding: In behandeling bij SBB' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Ontvangstcode').fill('AAAA-BBBB-CCCC-DDDD-EEEE');
      await page.getByRole('button', { name: 'Stand bekijken' }).click();
      await page.getByText('Met deze code is geen melding gevonden. Controleer de code.').waitFor();
      expect(await page.getByText('Bij het gesprek zei men').count()).toBe(0);

      // The student sees the desk the school described.
      await login(page, system, 'student-kramer', '/student');
      await page.goto(`${system.web}/student/melden`);
      await page.getByRole('list', { name: 'Meldpunt van je school' }).getByText('meldpunt@zadkine.example').waitFor();
      await logout(page, system);

      // SBB runs the case: acknowledge, investigate, hoor en wederhoor.
      await login(page, system, 'adviseur-sbb');
      await page
        .getByRole('table', { name: /Open zaken/ })
        .getByRole('link', { name: /Bouwbedrijf De Vries/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Zaak over Bouwbedrijf De Vries/ }).waitFor();
      const caseUrl = page.url();
      for (const [trigger, confirm, done] of [
        ['Ontvangst bevestigen', 'Ja, ontvangst bevestigen', 'De ontvangst is bevestigd.'],
        ['Onderzoek starten', 'Ja, onderzoek starten', 'Het onderzoek is gestart.'],
        ['Hoor en wederhoor starten', 'Ja, hoor en wederhoor starten', 'Hoor en wederhoor is gestart.'],
      ] as const) {
        await page.getByRole('button', { name: trigger }).click();
        await page.getByRole('button', { name: confirm }).click();
        await page.getByText(done).waitFor();
      }
      await page.getByLabel('Van wie').selectOption({ value: 'INSTITUTION' });
      await page.getByLabel('Bron').fill('Telefoongesprek met het meldpunt');
      await page
        .getByLabel('Verklaring', { exact: true })
        .fill('De school bevestigt dat de student dit direct na het gesprek meldde.');
      await page.getByRole('button', { name: 'Verklaring vastleggen' }).click();
      await page.getByText('De verklaring van de school is vastgelegd.').waitFor();
      // Without the company's side, no sanction: hoor en wederhoor first.
      await page.getByLabel('Besluit', { exact: true }).selectOption({ value: 'WITHDRAWAL' });
      await page
        .getByLabel('Motivering')
        .fill('Het leerbedrijf weigert stagiairs op grond van godsdienst; dat is bewezen.');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page
        .getByText(/Leg eerst de verklaring van het leerbedrijf vast/)
        .first()
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await logout(page, system);

      // The company gives its side, without seeing who reported.
      await login(page, system, 'praktijkopleider-bouw', '/bedrijf');
      await page.goto(`${system.web}/bedrijf/meldingen`);
      await page.getByRole('heading', { level: 1, name: 'Meldingen over uw leerbedrijf' }).waitFor();
      await settle();
      expect((await page.locator('main').textContent()) ?? '').not.toMatch(/hoofddoek|Kramer/);
      const mine = page.getByLabel('Melding', { exact: true });
      await mine.selectOption({ index: 1 });
      await page
        .getByLabel('Uw verklaring', { exact: true })
        .fill('Wij herkennen ons niet in deze melding; het team was al vol.');
      await page.getByRole('button', { name: 'Verklaring versturen' }).click();
      await page.getByText('Uw verklaring is naar SBB gestuurd.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await logout(page, system);

      // SBB withdraws the accreditation.
      await login(page, system, 'adviseur-sbb');
      await page.goto(caseUrl);
      await page
        .getByRole('list', { name: 'Verklaringen' })
        .getByText(/het team was al vol/)
        .waitFor();
      await page.getByLabel('Besluit', { exact: true }).selectOption({ value: 'WITHDRAWAL' });
      await page
        .getByLabel('Motivering')
        .fill('Het leerbedrijf weigert stagiairs op grond van godsdienst; dat is bewezen.');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText('Het besluit is vastgelegd: intrekking van de erkenning.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await logout(page, system);

      // Placements hears of it through the event: the company's open places close.
      await login(page, system, 'praktijkopleider-bouw', '/bedrijf');
      const places = page.getByRole('table', { name: 'Stageplaatsen en leerbanen van uw leerbedrijf' });
      await expect
        .poll(
          async () => {
            await page.reload();
            await places.waitFor();
            await settle();
            return (await places.textContent()) ?? '';
          },
          { timeout: 60_000, interval: 2_000 },
        )
        .not.toMatch(/Open(?!:)/);
      await expect(places.textContent()).resolves.toMatch(/Gesloten: Erkenning ingetrokken/);
      await logout(page, system);

      // The ministry sees only the aggregate: this year's few reports are suppressed, not counted out.
      await login(page, system, 'beleidsmedewerker-ocw', '/ministerie');
      await page.goto(`${system.web}/ministerie/meldingen`);
      await page.getByRole('heading', { level: 1, name: 'Meldingen van stagediscriminatie' }).waitFor();
      await settle();
      await page.getByText(/meldingen \(het precieze aantal is afgeschermd\)\./).waitFor();
      const grounds = page.getByRole('table', { name: /naar grond/ });
      await expect(grounds.getByRole('row', { name: /Godsdienst/ }).textContent()).resolves.toMatch(/afgeschermd/);
      await expect(grounds.textContent()).resolves.not.toMatch(/\b[1-9]\b/);
      // Per SBB sector of the company (placements tells it): De Vries is in construction, and small cells stay hidden.
      const sectors = page.getByRole('table', { name: /naar sector/ });
      await sectors.getByRole('row', { name: /Techniek en gebouwde omgeving/ }).waitFor();
      await expect(sectors.textContent()).resolves.toMatch(/Zorg, welzijn en sport/);
      await expect(sectors.textContent()).resolves.not.toMatch(/\b[1-9]\b/);
      const desks = page.getByRole('table', { name: /naar meldpunt van de school/ });
      await desks.getByRole('row', { name: /Niet bij een meldpunt van een school/ }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await logout(page, system);

      // Rotterdam sees only the reports about companies in its own labour-market region (Rijnmond).
      await login(page, system, 'ambtenaar-rotterdam', '/gemeente');
      await page.getByRole('link', { name: 'Meldingen in uw regio' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen van stagediscriminatie in uw regio' }).waitFor();
      await page.getByText(/De cijfers gaan over leerbedrijven in de arbeidsmarktregio Rijnmond\./).waitFor();
      const regions = page.getByRole('table', { name: /naar arbeidsmarktregio/ });
      await regions.getByRole('row', { name: /Rijnmond/ }).waitFor();
      expect(await regions.locator('tbody tr').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
