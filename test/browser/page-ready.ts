/**
 * Waits for what a test needs before it acts: React attached to a control (a change on a server-rendered
 * select before hydration does nothing), and every ECharts container drawn as SVG with text.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Resolves once React has hydrated the element: its props are attached to the DOM node. */
export async function waitForHydration(target: Locator): Promise<void> {
  await target.first().waitFor({ state: 'attached' });
  await expect
    .poll(() => target.first().evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps'))), {
      timeout: 15_000,
    })
    .toBe(true);
}

/** The charts of the page: each `[role=img]` inside a figure, by its accessible name (the chart title). */
export function chartContainers(page: Page): Locator {
  return page.locator('figure [role="img"]');
}

/**
 * Expects at least `min` chart containers, and each to hold an <svg> with visible text (title, axis labels):
 * a container that stays empty or draws only shapes fails. Returns the charts' accessible names once their
 * drawing has settled (ECharts animates bars and lines for about a second), so a screenshot shows them whole.
 */
export async function expectChartsDrawn(page: Page, min = 1): Promise<string[]> {
  const charts = chartContainers(page);
  await expect.poll(() => charts.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(min);
  const labels: string[] = [];
  for (const chart of await charts.all()) {
    const label = (await chart.getAttribute('aria-label')) ?? '';
    await expect
      .poll(
        () =>
          chart.evaluate((el) => {
            const svg = el.querySelector('svg');
            if (!svg) return 0;
            return [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '').length;
          }),
        { timeout: 15_000, message: `chart "${label}" has no <svg> with text` },
      )
      .toBeGreaterThan(0);
    labels.push(label);
  }
  await waitForStillCharts(charts);
  return labels;
}

/** Waits until the charts' SVG markup is the same in two reads 300 ms apart: the animations have ended. */
async function waitForStillCharts(charts: Locator, timeoutMs = 10_000): Promise<void> {
  const read = () => charts.evaluateAll((els) => els.map((el) => el.querySelector('svg')?.innerHTML ?? '').join('\n'));
  const deadline = Date.now() + timeoutMs;
  let before = await read();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await read();
    if (now === before) return;
    before = now;
  }
  throw new Error(`charts still changing after ${timeoutMs / 1000} s`);
}
