/**
 * Measures every stakeholder page at 390 and 1280 CSS pixels: page length (body scrollHeight), sideways
 * overflow, and table width hidden sideways. Starts the whole system (built apps), logs in each persona.
 *
 *   pnpm --filter @stelsel/e2e exec tsx src/measure-pages.ts [out.json]
 *
 * Run it on two commits to compare (issue 9's before/after figures).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, openSession } from './browser.ts';
import { measurePage, type PageMetrics } from './page-metrics.ts';
import { login, startSystem } from './system.ts';

interface Visit {
  name: string;
  /** An address, or the first link on the previous page whose address starts with it. */
  path?: string;
  firstLinkTo?: string;
}

const PERSONAS: Array<{ persona: string; visits: Visit[] }> = [
  {
    persona: 'docent-zadkine',
    visits: [
      { name: 'school: studenten', path: '/school' },
      { name: 'school: plaatsing', firstLinkTo: '/school/plaatsingen/' },
      { name: 'school: contactmomenten', path: '/school/contactmomenten' },
      { name: 'school: stagematching', path: '/school/rondes' },
      { name: 'school: ronde', firstLinkTo: '/school/rondes/' },
    ],
  },
  {
    persona: 'praktijkopleider-maasstad',
    visits: [
      { name: 'bedrijf: erkenning en leerplaatsen', path: '/bedrijf' },
      { name: 'bedrijf: gematchte studenten', path: '/bedrijf/matches' },
      { name: 'bedrijf: stages', path: '/bedrijf/stages' },
      { name: 'bedrijf: stage', firstLinkTo: '/bedrijf/stages/' },
    ],
  },
  {
    persona: 'student-zadkine',
    visits: [
      { name: 'student: mijn stage', path: '/student' },
      { name: 'student: mijn keuzes', path: '/student/keuzes' },
      { name: 'student: plaats', firstLinkTo: '/student/plaatsen/' },
    ],
  },
  {
    persona: 'ambtenaar-rotterdam',
    visits: [
      { name: 'gemeente: start', path: '/gemeente' },
      { name: 'gemeente: stagetekorten', path: '/gemeente/stagetekorten' },
    ],
  },
  {
    persona: 'beleidsmedewerker-ocw',
    visits: [
      { name: 'ministerie: allocaties', path: '/ministerie' },
      { name: 'ministerie: stagetekorten', path: '/ministerie/stagetekorten' },
    ],
  },
];

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => !document.body.textContent?.includes('worden geladen'), null, { timeout: 15_000 })
    .catch(() => {});
}

const out = process.argv[2];
const system = await startSystem();
const browser = await launchBrowser();
const results: Array<{ page: string; path: string; narrow: PageMetrics; wide: PageMetrics }> = [];
try {
  for (const { persona, visits } of PERSONAS) {
    const session = await openSession(browser);
    const { page } = session;
    await login(page, system, persona);
    for (const visit of visits) {
      if (visit.path) {
        await page.goto(`${system.web}${visit.path}`);
      } else if (visit.firstLinkTo) {
        const link = page.locator(`main a[href^="${visit.firstLinkTo}"]`).first();
        if ((await link.count()) === 0) continue;
        await link.click();
      }
      await settle(page);
      const narrow = await measurePage(page, 390);
      const wide = await measurePage(page, 1280);
      results.push({ page: visit.name, path: new URL(page.url()).pathname, narrow, wide });
    }
    await session.close();
  }
} finally {
  await browser.close();
  await system.stop();
}
process.stdout.write(
  `${'| pagina | lengte 390 px | lengte 1280 px | verborgen tabelbreedte 390 px | 1280 px | zijwaarts 390 px | titel |'}\n`,
);
process.stdout.write('|---|---:|---:|---:|---:|---:|---|\n');
for (const r of results) {
  process.stdout.write(
    `| ${r.page} | ${r.narrow.height} | ${r.wide.height} | ${r.narrow.clippedTableWidth} | ${r.wide.clippedTableWidth} | ${r.narrow.pageOverflow} | ${r.wide.title} |\n`,
  );
}
if (out) writeFileSync(out, JSON.stringify(results, null, 2));
