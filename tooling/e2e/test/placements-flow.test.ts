import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/browser.ts';
import { expectNoViolations, expectReflow, realErrors, signWithDeclaration } from '../src/checks.ts';
import { dutchDate } from '../src/demo-dates.ts';
import { login, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

// The main placements flow across the apps; the school's and the company's own checks on seeded
// placements are in placements-agreements.test.ts (one system start per file).
let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

/** The student of the main flow: a bol Verzorgende-IG student of ROC Zadkine without a place, who logs in as `student-kramer`. */
const STUDENT = 'Priya Kramer';

describe('placements: the main flow', () => {
  it('publish, match, confirm, accept, sign by all parties, record contact moments on both sides, see the overview', async () => {
    const suffix = Date.now().toString(36);
    const title = `E2E-stage verpleegafdeling ${suffix}`;
    const roundName = `E2E-ronde ${suffix}`;
    // The round's default period runs from a month to thirteen months ahead; the place lies inside it.
    const startsOn = dutchDate(45);
    const endsOn = dutchDate(190);
    const company = await openSession(browser);
    const school = await openSession(browser);
    const student = await openSession(browser);
    const ministry = await openSession(browser);
    try {
      // 1. The company publishes a place for an active accreditation.
      const c = company.page;
      const companyNav = c.getByRole('navigation', { name: 'Onderdelen van het leerbedrijf' });
      await login(c, system, 'praktijkopleider-maasstad');
      await c.getByRole('table', { name: /Erkenningen door SBB/ }).waitFor();
      await expect(c.getByRole('table', { name: /Erkenningen door SBB/ }).textContent()).resolves.toContain('Actief');
      await expectNoViolations(c, 'erkenning en leerplaatsen');

      await companyNav.getByRole('link', { name: 'Plaats publiceren' }).click();
      await c.getByRole('heading', { level: 1, name: 'Stageplaats of leerbaan publiceren' }).waitFor();
      // Submitting the empty form: the error summary gets focus, each field says what is wrong.
      await c.getByRole('button', { name: 'Plaats publiceren' }).click();
      const summary = c.getByRole('alert').filter({ hasText: 'Controleer het formulier' });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect(c.getByLabel('Titel').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoViolations(c, 'plaats publiceren (met fouten)');

      await c.getByLabel('Titel').fill(title);
      await c.getByLabel('Wat de student doet en leert').fill('Meelopen en meewerken op de verpleegafdeling.');
      await c.getByLabel('Leerweg').selectOption('BOL');
      await c.getByLabel('Kwalificatie').selectOption('25491');
      await c.getByLabel('Aantal studenten tegelijk').fill('1');
      await c.getByLabel('Begindatum').fill(startsOn);
      await c.getByLabel('Einddatum').fill(endsOn);
      await c.getByLabel('Straat en huisnummer').fill('Maasboulevard 100');
      await c.getByLabel('Plaats', { exact: true }).fill('Rotterdam');
      await c.getByLabel('CBS-gemeentecode van de werkplek').fill('0599');
      await c.getByLabel('Uren per week').fill('32');
      await c.getByLabel('Onkostenvergoeding per maand (euro)').fill('350,00');
      await c.getByLabel(/Stagevergoeding of loon per maand/).fill('1.250,50');
      await c.getByLabel(/Toegankelijke werkplek/).check();
      await c.getByRole('button', { name: 'Plaats publiceren' }).click();
      await c.getByText('De plaats is gepubliceerd.').waitFor();
      const places = c.getByRole('table', { name: /Stageplaatsen en leerbanen/ });
      await places.getByRole('rowheader', { name: title }).waitFor();

      // 2. The school starts a round for the student, ranks that place first, runs and confirms.
      const s = school.page;
      const schoolNav = s.getByRole('navigation', { name: 'Onderdelen van de school' });
      await login(s, system, 'docent-zadkine');
      await schoolNav.getByRole('link', { name: 'Stagematching' }).click();
      await s.getByRole('heading', { level: 1, name: 'Stagematching' }).waitFor();
      await s.getByLabel('Toon studenten met kwalificatie').selectOption('25491');
      const candidates = s.getByRole('table', { name: /Studenten zonder plaats/ });
      await candidates.waitFor();
      await candidates.getByRole('rowheader', { name: STUDENT }).waitFor();
      await expectNoViolations(s, 'stagematching');
      await s.getByLabel('Naam van de ronde').fill(roundName);
      await s.getByLabel(`${STUDENT} in de ronde`).check();
      await s.getByRole('button', { name: 'Ronde starten' }).click();
      await s.getByRole('heading', { level: 1, name: `Ronde: ${roundName}` }).waitFor();

      const choices = s.getByRole('form', { name: `Keuzes van ${STUDENT}` });
      const option = choices.locator('option', { hasText: title }).first();
      await option.waitFor({ state: 'attached' });
      const placeId = await option.getAttribute('value');
      expect(placeId).toBeTruthy();
      await choices.getByLabel('1e keuze').selectOption(placeId ?? '');
      await choices.getByRole('button', { name: `Keuzes opslaan voor ${STUDENT}` }).click();
      await s.getByText(`De keuzes van ${STUDENT} zijn opgeslagen.`).waitFor();
      await expectNoViolations(s, 'ronde (keuzes)');

      await s.getByRole('button', { name: 'Ronde draaien' }).click();
      const results = s.getByRole('table', { name: `Uitkomst van ${roundName}` });
      await results.waitFor();
      await expect(results.getByRole('row', { name: new RegExp(STUDENT) }).textContent()).resolves.toContain(title);
      await s.getByText('De matching is klaar.').waitFor();
      await expectNoViolations(s, 'ronde (uitkomst)');

      await s.getByRole('button', { name: 'Ronde bevestigen' }).click();
      // The check step spells out the consequence before anything happens.
      await s.getByText('De leerbedrijven zien hun studenten, met naam en e-mailadres.').waitFor();
      await expectNoViolations(s, 'ronde (controlestap)');
      await s.getByRole('button', { name: 'Ja, bevestig de ronde' }).click();
      await s.locator('dd', { hasText: /^Bevestigd$/ }).waitFor();

      // 3. The company now sees the student, with name and e-mail, and accepts.
      await companyNav.getByRole('link', { name: 'Gematchte studenten' }).click();
      const card = c.getByRole('article', { name: STUDENT });
      await card.waitFor();
      await expect(card.textContent()).resolves.toMatch(/@student\.example/);
      await expect(card.textContent()).resolves.toContain(title);
      await expectNoViolations(c, 'gematchte studenten');
      await card.getByRole('button', { name: `${STUDENT} accepteren` }).click();
      await card.getByRole('button', { name: `Ja, accepteer ${STUDENT}` }).click();
      await c.getByText(`U heeft ${STUDENT} geaccepteerd.`).waitFor();
      await card.getByText('De onderwijsinstelling stelt de praktijkovereenkomst op.').waitFor();

      // 4. The school draws up the agreement (dates and allowances come from the place) and signs it.
      await schoolNav.getByRole('link', { name: /^Studenten\b/ }).click();
      const students = s.getByRole('table', { name: /Studenten van ROC Zadkine/ });
      await students
        .getByRole('row', { name: new RegExp(STUDENT) })
        .getByRole('link')
        .click();
      await s.getByRole('heading', { level: 1, name: `Plaatsing van ${STUDENT}` }).waitFor();
      const draft = s.getByRole('form', { name: 'Praktijkovereenkomst opstellen' });
      await expect(draft.getByLabel('Begindatum').inputValue()).resolves.toBe(startsOn);
      await expect(draft.getByLabel('Einddatum').inputValue()).resolves.toBe(endsOn);
      await expect(draft.getByLabel('Onkostenvergoeding per maand (euro)').inputValue()).resolves.toBe('350,00');
      await draft.getByLabel('Uren per week').fill('32');
      await draft.getByLabel('Naam praktijkopleider').fill('Peter Jansen');
      await draft.getByLabel('E-mailadres praktijkopleider').fill('peter.jansen@maasstad.example');
      await draft.getByLabel('Werkprocessen').fill('Biedt basiszorg en ondersteunt bij het dagelijks leven.');
      await draft.getByLabel('Beoordeling').fill('Tussentijdse en eindbeoordeling door praktijkopleider en docent.');
      await draft.getByLabel('Ontbindingsvoorwaarden').fill('Ontbinding na overleg tussen de drie partijen.');
      await draft.getByLabel('Frequentie van begeleiding').fill('Elke twee weken een gesprek');
      await draft.getByRole('button', { name: 'Overeenkomst opstellen' }).click();
      await s.getByText('De praktijkovereenkomst is opgesteld.').waitFor();
      await signWithDeclaration(
        s,
        'Ondertekenen namens de onderwijsinstelling',
        'Ja, onderteken namens de onderwijsinstelling',
      );
      await s.getByText('U heeft namens de onderwijsinstelling ondertekend.').waitFor();
      await s.getByText(/Nog te ondertekenen door: student, leerbedrijf\./).waitFor();
      await expectNoViolations(s, 'overeenkomst (getekend door de school)');

      // 5. The company signs.
      await companyNav.getByRole('link', { name: 'Stages' }).click();
      const stages = c.getByRole('table', { name: /Geaccepteerde studenten/ });
      await stages
        .getByRole('row', { name: new RegExp(STUDENT) })
        .getByRole('link', { name: STUDENT })
        .click();
      await c.getByRole('heading', { level: 1, name: `Stage van ${STUDENT}` }).waitFor();
      await signWithDeclaration(c, 'Ondertekenen namens het leerbedrijf', 'Ja, onderteken namens het leerbedrijf');
      await c.getByText('U heeft namens het leerbedrijf ondertekend.').waitFor();

      // 6. The student reads the agreement in her own app and signs last: now everybody has signed.
      const st = student.page;
      await login(st, system, 'student-kramer');
      await st.getByRole('heading', { level: 2, name: 'Praktijkovereenkomst' }).waitFor();
      await expect(st.getByRole('main').textContent()).resolves.toContain('Zorggroep Maasstad');
      await expectNoViolations(st, 'mijn stage (te ondertekenen)');
      await signWithDeclaration(st, 'Praktijkovereenkomst ondertekenen', 'Ja, ik onderteken');
      await st.getByText('Je hebt de praktijkovereenkomst ondertekend.').waitFor();
      await st.getByText('Ondertekend door alle partijen', { exact: true }).first().waitFor();
      await expectNoViolations(st, 'mijn stage (ondertekend)');
      await expectReflow(st, 'mijn stage');

      // 7. Contact moments on both sides: the school the start (in person), the company the interim talk.
      await s.reload();
      await s.getByRole('heading', { level: 1, name: `Plaatsing van ${STUDENT}` }).waitFor();
      await s.getByText('Ondertekend door alle partijen', { exact: true }).first().waitFor();
      const plan = s.getByRole('form', { name: 'Contactmoment plannen' });
      await plan.getByLabel('Soort contactmoment').selectOption('START');
      await plan.getByLabel('Datum').fill(startsOn);
      await plan.getByLabel('Vorm').selectOption('IN_PERSON');
      await plan.getByRole('button', { name: 'Contactmoment plannen' }).click();
      await s.getByText('Het contactmoment is gepland.').waitFor();
      const startHeld = s.getByRole('form', { name: 'Startgesprek vastleggen' });
      // A held moment cannot lie in the future; the test records it today.
      await startHeld.getByLabel('Gehouden op').fill(dutchDate(0));
      await startHeld.getByLabel('Vorm').selectOption('IN_PERSON');
      await startHeld.getByLabel(/Aantekeningen/).fill('Kennismaking op de afdeling; leerdoelen afgesproken.');
      await startHeld.getByRole('button', { name: 'Vastleggen als gehouden' }).click();
      await s.getByText('Het contactmoment is vastgelegd.').waitFor();
      await expectNoViolations(s, 'startgesprek vastgelegd');
      await expectReflow(s, 'plaatsing (school)');

      await c.reload();
      await c.getByRole('heading', { level: 1, name: `Stage van ${STUDENT}` }).waitFor();
      const companyPlan = c.getByRole('form', { name: 'Contactmoment plannen' });
      await companyPlan.getByLabel('Soort contactmoment').selectOption('INTERIM');
      await companyPlan.getByLabel('Datum').fill(dutchDate(110));
      await companyPlan.getByLabel('Vorm').selectOption('VIDEO');
      await companyPlan.getByRole('button', { name: 'Contactmoment plannen' }).click();
      await c.getByText('Het contactmoment is gepland.').waitFor();
      const interimHeld = c.getByRole('form', { name: 'Tussentijds gesprek vastleggen' });
      await interimHeld.getByLabel('Gehouden op').fill(dutchDate(0));
      await interimHeld.getByLabel('Vorm').selectOption('VIDEO');
      await interimHeld.getByLabel(/Aantekeningen/).fill('Voortgang goed; meer zelfstandig rapporteren.');
      await interimHeld.getByRole('button', { name: 'Vastleggen als gehouden' }).click();
      await c.getByText('Het contactmoment is vastgelegd.').waitFor();
      const companyMoments = c.getByRole('table', { name: `Contactmomenten van ${STUDENT}` });
      // The company sees the school's start moment too.
      await expect(companyMoments.textContent()).resolves.toContain('Kennismaking op de afdeling');
      await expectNoViolations(c, 'tussentijds gesprek vastgelegd');
      await expectReflow(c, 'stage (leerbedrijf)');

      // The school's list of gaps: only the final talk is still missing for this student.
      await schoolNav.getByRole('link', { name: 'Contactmomenten' }).click();
      const missing = s.getByRole('table', { name: /Ondertekende overeenkomsten met ontbrekende contactmomenten/ });
      const row = missing.getByRole('row', { name: new RegExp(STUDENT) });
      await expect(row.textContent()).resolves.toContain('Er is geen eindgesprek gepland of gehouden.');
      await expect(row.textContent()).resolves.not.toContain('startgesprek');
      await expect(row.textContent()).resolves.not.toContain('tussentijds');

      // The student sees both moments in her own app.
      await st.reload();
      const studentMoments = st.getByRole('table', { name: 'Contactmomenten van je stage' });
      await expect(studentMoments.textContent()).resolves.toContain('Voortgang goed');

      // 8. The ministry sees the shortage overview and the monitor, with aggregates only.
      const m = ministry.page;
      await login(m, system, 'beleidsmedewerker-ocw');
      await m
        .getByRole('navigation', { name: 'Onderdelen van het ministerie' })
        .getByRole('link', { name: 'Stagetekorten' })
        .click();
      await m.getByRole('table', { name: /Stagetekorten per arbeidsmarktregio/ }).waitFor();
      await m.getByRole('table', { name: 'Afgewezen matches per reden' }).waitFor();
      await expect(m.getByRole('main').textContent()).resolves.not.toContain(STUDENT);
      await expectNoViolations(m, 'stagetekorten');
      await expectReflow(m, 'stagetekorten');

      for (const session of [company, school, student, ministry]) expect(realErrors(session.errors)).toEqual([]);
    } finally {
      await Promise.all([company.close(), school.close(), student.close(), ministry.close()]);
    }
  });
});
