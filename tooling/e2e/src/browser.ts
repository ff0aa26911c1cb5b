import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Messages the page wrote to the console as errors, and uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser context (own cookies and sessionStorage) with one page. */
export async function openSession(browser: Browser): Promise<BrowserSession> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Failed requests are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, errors, close: () => context.close() };
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core with the WCAG 2.1 AA rules; returns the violations in a readable form. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? 'onbekend'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * How much wider than the viewport the page is at 320 CSS pixels (400 % zoom); 0 when it reflows.
 * Wide data tables scroll inside their own region, which is allowed (WCAG 1.4.10).
 */
export async function reflowOverflow(page: Page): Promise<number> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    return await page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
  } finally {
    if (size) await page.setViewportSize(size);
  }
}
