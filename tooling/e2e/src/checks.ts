import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations, reflowOverflow } from './browser.ts';

/** The checks the placement flows make on every screen, and the steps they share. */

export async function expectNoViolations(page: Page, screen: string) {
  const violations = await accessibilityViolations(page);
  expect(violations, `axe op ${screen}`).toEqual([]);
}

export async function expectReflow(page: Page, screen: string) {
  expect(await reflowOverflow(page), `sideways scrolling at 320 px on ${screen}`).toBe(0);
}

/** Errors the page reported, without the icon the identity provider's pages lack. */
export function realErrors(errors: readonly string[]) {
  return errors.filter((e) => !e.endsWith('/favicon.ico'));
}

/** Signing goes through a check step: open it, tick the declaration, confirm (issue 9: a second look before a legal act). */
export async function signWithDeclaration(page: Page, trigger: string, confirm: string): Promise<void> {
  await page.getByRole('button', { name: trigger }).click();
  const step = page.getByRole('region', { name: /Controleer voordat/ });
  await step.waitFor();
  // Confirming without the declaration is refused with a message.
  await step.getByRole('button', { name: confirm }).click();
  await step.getByText(/Vink eerst aan dat (u|je) akkoord gaat\./).waitFor();
  await step.getByRole('checkbox').check();
  await step.getByRole('button', { name: confirm }).click();
}
