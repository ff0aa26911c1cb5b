import { personaAccessToken } from '@stelsel/identity/token';
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

/** Issue 10 in the browser: improvement agreements monitored to fulfilled, and the desk writing down a report. */
describe('reports: follow-up', () => {
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
});
