import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { personaAccessToken } from '@stelsel/identity/token';
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
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('SBB monitors an improvement agreement to fulfilled, closes the case and reads who read it', async () => {
    // Up to the decision through the API, as the parties would: a report to SBB about Maasstad (misuse), the steps,
    // the company's statement, and a decision with one improvement agreement.
    const call = async <T>(persona: string, query: string, variables: Record<string, unknown>): Promise<T> => {
      const token = await personaAccessToken(system.issuer, persona);
      const response = await fetch(system.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };
    const today = new Date().toISOString().slice(0, 10);
    await call(
      'student-zadkine',
      `mutation ($input: SubmitReportInput!) { submitReport(input: $input, idempotencyKey: "e2e-monitor-0001") { __typename } }`,
      {
        input: {
          companyId: 'kvk-90000001',
          kind: 'MISUSE',
          moment: 'DURING_INTERNSHIP',
          grounds: [],
          occurredOn: today,
          description: 'Ik draai al weken alleen nachtdiensten zonder begeleiding door een praktijkopleider.',
          channel: 'SBB',
          anonymous: true,
        },
      },
    );
    const { sbbCases } = await call<{ sbbCases: { id: string; status: string; company: { id: string } }[] }>(
      'adviseur-sbb',
      '{ sbbCases { id status company { id } } }',
      {},
    );
    const opened = sbbCases.filter((c) => c.company.id === 'kvk-90000001' && c.status === 'RECEIVED');
    const caseId = opened.at(-1)?.id ?? opened[0]?.id;
    expect(caseId).toBeDefined();
    for (const step of ['acknowledgeCase', 'startCaseInvestigation', 'startCaseHearing']) {
      const answer = await call<Record<string, { __typename: string }>>(
        'adviseur-sbb',
        `mutation ($id: ID!) { ${step}(caseId: $id) { __typename } }`,
        { id: caseId },
      );
      expect(answer[step]?.__typename).toBe('SbbCaseSummary');
    }
    await call(
      'praktijkopleider-maasstad',
      'mutation ($id: ID!) { giveCaseStatement(caseId: $id, text: "Wij zetten voortaan een begeleider op elke dienst.") { __typename } }',
      { id: caseId },
    );
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const decided = await call<{ decideCase: { __typename: string } }>(
      'adviseur-sbb',
      'mutation ($id: ID!, $input: CaseDecisionInput!) { decideCase(caseId: $id, input: $input) { __typename } }',
      {
        id: caseId,
        input: {
          decision: 'IMPROVEMENT_AGREEMENTS',
          motivation: 'Begeleiding ontbrak; het leerbedrijf zegt een vaste praktijkopleider per dienst toe.',
          agreements: [
            { kind: 'OTHER_SUPERVISOR', description: 'Een vaste praktijkopleider op elke dienst', dueOn: due },
          ],
        },
      },
    );
    expect(decided.decideCase.__typename).toBe('SbbCaseSummary');

    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'adviseur-sbb', `/sbb/zaken/${encodeURIComponent(caseId as string)}`);
      await page.getByRole('heading', { level: 1, name: /Zaak over Zorggroep Maasstad/ }).waitFor();
      await page
        .getByRole('list', { name: 'Verbeterafspraken' })
        .getByText(/vaste praktijkopleider op elke dienst/)
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
      await page.getByText('Kies de afspraak.').first().waitFor();
      await page.getByLabel('Afspraak', { exact: true }).selectOption({ index: 1 });
      await page.getByLabel('Uitkomst').selectOption({ value: 'FULFILLED' });
      await page.getByLabel('Toelichting').fill('Rooster gezien: op elke dienst een praktijkopleider.');
      await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
      await page.getByText('De afspraak is nagekomen.').waitFor();
      await page.getByRole('button', { name: 'Zaak afsluiten' }).click();
      await page.getByRole('button', { name: 'Ja, zaak afsluiten' }).click();
      await page.getByText('De zaak is afgesloten.').waitFor();
      await page.getByRole('button', { name: 'Auditlog tonen' }).click();
      const audit = page.getByRole('table', { name: /Auditlog van deze zaak/ });
      await expect(
        audit
          .getByRole('row', { name: /adviseur-sbb/ })
          .first()
          .textContent(),
      ).resolves.toMatch(/READ case.*report/);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("the school's desk writes down a report a student brings in, reads it in full and adds a note", async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await login(page, system, 'docent-zadkine', '/school/meldpunt');
      await page.getByRole('heading', { level: 1, name: 'Meldpunt stagediscriminatie' }).waitFor();
      const form = page.getByRole('form', { name: 'Melding vastleggen voor een student' });
      // Nothing filled in: each part is named.
      await form.getByRole('button', { name: 'Melding vastleggen' }).click();
      await form.getByText('Leerbedrijf: Kies het leerbedrijf.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await form.getByLabel('Leerbedrijf').selectOption({ label: 'Zorggroep Maasstad (demo)' });
      await form.getByLabel('Wat gebeurde er').selectOption({ value: 'DISCRIMINATION' });
      await form.getByLabel('Wanneer', { exact: true }).selectOption({ value: 'SELECTION' });
      await form.getByRole('group', { name: 'Op grond van' }).getByRole('checkbox').first().check();
      await form.getByLabel('Datum').fill(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
      await form
        .getByLabel('Wat de student vertelt')
        .fill('Bij het sollicitatiegesprek werd gezegd dat de stageplek niet voor haar was.');
      await form.getByLabel('Met naam of anoniem').selectOption({ value: 'no' });
      await form.getByRole('button', { name: 'Melding vastleggen' }).click();
      await page.getByText(/De melding is vastgelegd\. Geef de student de ontvangstcode [A-Z0-9-]{20,}/).waitFor();
      // It is on the desk's list, and the desk reads it in full (audited) and adds a note.
      // The list reloads after the registration: wait for this report's own option (the company and the kind).
      const picker = page.locator('#notitie-melding');
      const option = picker.locator('option', { hasText: 'Zorggroep Maasstad (demo): discriminatie' });
      await option.waitFor({ state: 'attached' });
      await picker.selectOption({ label: (await option.textContent()) ?? '' });
      await page.getByText('Bij het sollicitatiegesprek werd gezegd').waitFor();
      await page
        .getByLabel('Notitie', { exact: true })
        .fill('Student gebeld; zij wil dat SBB het leerbedrijf aanspreekt.');
      await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await page
        .getByRole('list', { name: 'Notities' })
        .getByText(/mbo-instelling\): Student gebeld/)
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
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
