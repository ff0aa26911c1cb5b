import type { Page } from 'playwright-core';

/** What a page measures at one width: its length, what scrolls sideways, and what a table hides. */
export interface PageMetrics {
  /** document.body.scrollHeight in CSS pixels. */
  height: number;
  /** How much wider than the viewport the page itself is (0: no sideways scrolling). */
  pageOverflow: number;
  /** Pixels of table content hidden sideways, summed over the page's tables (0: every column shows). */
  clippedTableWidth: number;
  title: string;
}

/** Measures the page as it is now, at the given width (the viewport is restored afterwards). */
export async function measurePage(page: Page, width: number): Promise<PageMetrics> {
  const size = page.viewportSize();
  await page.setViewportSize({ width, height: 900 });
  try {
    // Let the layout settle after the resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await page.evaluate(() => {
      let clipped = 0;
      for (const table of document.querySelectorAll('table')) {
        // A table that is not rendered (in a closed <details>, e.g. a chart's table alternative) hides nothing.
        if (!table.checkVisibility()) continue;
        // Whatever box clips the table (a scroll region, or the main column).
        let box: HTMLElement | null = table.parentElement;
        while (box && getComputedStyle(box).overflowX === 'visible' && box !== document.body) box = box.parentElement;
        const visibleRight = box ? box.getBoundingClientRect().right : window.innerWidth;
        const visibleLeft = box ? box.getBoundingClientRect().left : 0;
        const rect = table.getBoundingClientRect();
        clipped += Math.max(
          0,
          Math.round(rect.width - (Math.min(visibleRight, window.innerWidth) - Math.max(visibleLeft, 0))),
        );
      }
      return {
        height: document.body.scrollHeight,
        pageOverflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
        clippedTableWidth: clipped,
        title: document.title,
      };
    });
  } finally {
    if (size) await page.setViewportSize(size);
  }
}
