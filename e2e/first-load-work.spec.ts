/**
 * What a first visit costs the phone's main thread beyond the framework. A page's first Intl
 * formatter (NumberFormat, DateTimeFormat, …) loads the browser's locale data: 30–90 ms on a
 * desktop core here, four times that on Lighthouse's phone (docs/benchmarks.md, 2026-12-01). The
 * server already wrote every number and date into the HTML, so no page may build one while it
 * loads; a component that needs one builds it when it has something to format.
 */
import { expect, test } from '@playwright/test';
import { CEILING_PATHS } from '../scripts/bench/lighthouse-ceiling';

// The pages with a Lighthouse target (their framework ceilings are measured too), and a few more.
const PAGES = [...CEILING_PATHS, '/en', '/lottery', '/en/lottery/check'];

for (const path of PAGES) {
  test(`${path}: loading (and hydrating its islands) builds no Intl formatter in the browser`, async ({ page }) => {
    await page.addInitScript(() => {
      const built: string[] = [];
      (window as unknown as { __intlBuilt: string[] }).__intlBuilt = built;
      for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'RelativeTimeFormat', 'ListFormat'] as const) {
        const original = Intl[name] as unknown as new (...args: unknown[]) => object;
        (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
          construct(target, args) {
            built.push(`${name} ${JSON.stringify(args)}`);
            return Reflect.construct(target, args) as object;
          },
        });
      }
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Islands that hydrate later (when idle or scrolled to) count too: they run when the reader
    // reaches for them, where a formatter's cost is felt as a slow first tap.
    const islands = page.locator('[data-island]');
    for (let i = 0; i < (await islands.count()); i++) await expect(islands.nth(i)).toHaveAttribute('data-hydrated', '');
    expect(await page.evaluate(() => (window as unknown as { __intlBuilt: string[] }).__intlBuilt)).toEqual([]);
  });
}
