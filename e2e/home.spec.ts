/**
 * The home page as a citizen meets it: the latest numbers large, one 對獎 button to the checker,
 * the next draw, the three calculators, one statistics figure said to be synthetic, what's new;
 * and no menu item, card or footer link that leads to a page still being built.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LANGS, url } from './support/site';

const periods = JSON.parse(readFileSync(new URL('../content/lottery/periods.json', import.meta.url), 'utf8')) as {
  periods: { key: string; special: string | null; grand: string | null; first: string[] }[];
};
// The newest sourced period (the e2e database has no published ones).
const latest = [...periods.periods].sort((a, b) => Number(b.key) - Number(a.key))[0]!;

const L = {
  zh: { check: '對獎', checker: '/lottery/check', next: /下次開獎：民國\d+年\d+月\d+日/, synthetic: /合成資料/, calculators: ['滯納金及滯納利息', '使用牌照稅', '綜合所得稅'], building: '本服務建置中', awaiting: '115年09-10月已於11月25日開獎，本站尚未登錄號碼。', latestListed: '本站已登錄的最新一期：115年07-08月' },
  en: { check: 'Check your invoices', checker: '/en/lottery/check', next: /Next draw: \w+ \d+, \d{4}/, synthetic: /Synthetic data/, calculators: ['Late-payment surcharge and interest', 'Vehicle licence tax', 'Individual income tax'], building: 'This service is being built', awaiting: 'The Sep–Oct 2026 draw took place on November 25; its numbers are not on this site yet.', latestListed: /^Newest period on this site: / },
} as const;

for (const lang of LANGS) {
  const l = L[lang];

  test(`the home page leads with the latest numbers and a 對獎 button (${lang})`, async ({ page }) => {
    await page.goto(url(lang, '/'));
    const numbers = page.getByTestId('home-numbers');
    for (const n of [latest.special, latest.grand, ...latest.first].filter(Boolean) as string[]) {
      await expect(numbers.getByText(n, { exact: true })).toBeVisible();
    }
    // Big enough to read off a phone beside a stack of invoices.
    const size = await numbers.getByText(latest.first[0]!, { exact: true }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    await expect(page.getByText(l.next)).toBeVisible();
    await expect(page.getByTestId('provenance')).toBeVisible();
    // On 2026-11-30 (the e2e clock) 115年09-10月 has been drawn but its numbers are not here:
    // the page says so first, and calls the numbers shown the newest on this site, not the latest draw.
    await expect(page.getByText(l.awaiting)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: l.latestListed })).toBeVisible();
    await expect(page.getByText(l.synthetic).first()).toBeVisible();
    await expect(page.getByTestId('home-stat')).toHaveText(/^\d+(\.\d+)?%$/);
    // No words about how the site is built.
    await expect(page.getByRole('main')).not.toContainText(/靜態網頁|static/i);

    const check = page.getByRole('main').getByRole('link', { name: l.check, exact: true });
    const box = (await check.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(48);
    await check.click();
    await expect(page).toHaveURL(l.checker);
  });

  test(`the home page has shortcuts to the three calculators (${lang})`, async ({ page }) => {
    const paths = ['/calculators/late-fee', '/calculators/license-tax', '/calculators/income-tax'];
    for (const [i, name] of l.calculators.entries()) {
      await page.goto(url(lang, '/'));
      await page.getByRole('main').getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(url(lang, paths[i]!));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test(`no menu, home or footer link leads to a page still being built (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(url(lang, '/'));
    const hrefs = await page
      .locator('header a[href], main a[href], footer a[href], aside a[href]')
      .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href)).filter((u) => u.origin === location.origin).map((u) => u.pathname))]);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      if (/\.(xml|ics|csv|json)$|^\/api\//.test(href)) continue;
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 }), href).toBeVisible();
      await expect(page.getByRole('heading', { name: l.building }), `${href} is still being built`).toHaveCount(0);
    }
  });
}

test('the demo notice is one calm line, and no government-website banner', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('這是示範網站，不是財政部的網站。', { exact: false })).toBeVisible();
  await expect(page.getByText(/政府網站|\.gov\.tw/)).toHaveCount(0);
  await page.getByRole('complementary', { name: '關於本站' }).getByRole('link', { name: '關於本站' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '聯絡我們' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('不是財政部的網站');
  await expect(page.getByRole('main').locator('a[href$="/forum"]')).toHaveCount(0);
});

test('links fetch their page when the reader reaches for them, not all at once on arrival', async ({ page }) => {
  const payloads: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).searchParams.has('_rsc')) payloads.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Next's default would have fetched every link in view by now (about twenty on this page).
  expect(payloads).toEqual([]);
  const menu = page.getByRole('navigation', { name: '主選單' });
  await menu.getByRole('link', { name: '統計' }).hover();
  await expect.poll(() => payloads.includes('/stats')).toBe(true);
  // Still a client-side navigation: the header stays, the menu marks the new section.
  await menu.getByRole('link', { name: '統計' }).click();
  await expect(page).toHaveURL(/\/stats$/);
  await expect(menu.getByRole('link', { name: '統計' })).toHaveAttribute('aria-current', 'page');
  // By keyboard, focus is intent too.
  await menu.getByRole('link', { name: '試算' }).focus();
  await expect.poll(() => payloads.includes('/calculators')).toBe(true);
});
