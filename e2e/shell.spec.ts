/** The page shell: skip link, navigation, language switch, home page, small screens, 404, footer. */
import { expect, test } from '@playwright/test';
import { HTML_LANG, LABELS, LANGS, url } from './support/site';

for (const lang of LANGS) {
  const l = LABELS[lang];

  test(`keyboard: the first Tab reaches the skip link, which moves focus to main (${lang})`, async ({ page }) => {
    await page.goto(url(lang, '/help'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: l.skip });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toHaveAttribute('href', '#main');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test(`the main navigation reaches each section (${lang})`, async ({ page }) => {
    await page.goto(url(lang, '/'));
    const nav = page.getByRole('navigation', { name: l.mainNav });
    const sections = Object.entries(l.nav) as [keyof typeof l.nav, string][];
    for (const [key, label] of sections) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(page).toHaveURL(url(lang, `/${key}`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    }
  });

  test(`the home page links every working service, and none still being built (${lang})`, async ({ page }) => {
    await page.goto(url(lang, '/'));
    const main = page.getByRole('main');
    const hrefs = await main.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const service of ['/lottery/check', '/calculators/late-fee', '/stats', '/help']) {
      expect(hrefs, `home links to ${service}`).toContain(url(lang, service));
    }
    for (const building of ['/account', '/developers']) expect(hrefs).not.toContain(url(lang, building));
  });

  test(`at 320 px wide there is no horizontal scrolling (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const path of ['/', '/help/claim-prize']) {
      await page.goto(url(lang, path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url(lang, path)} is wider than the viewport by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });

  test(`an unknown page is a 404 in the right language (${lang})`, async ({ page }) => {
    const response = await page.goto(url(lang, '/no/such/page'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
    await expect(page.getByRole('heading', { level: 1, name: l.notFound })).toBeVisible();
    // Only this language is shown: one heading, the site's name and menu leading to this language's pages.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('a[data-brand]:visible')).toHaveAttribute('href', lang === 'en' ? '/en' : '/');
    await expect(page.getByRole('navigation', { name: l.mainNav })).toBeVisible();
  });

  test(`the footer links open pages with a heading (${lang})`, async ({ page }) => {
    for (const label of Object.values(l.footer)) {
      await page.goto(url(lang, '/'));
      await page.getByRole('navigation', { name: l.footerNav }).getByRole('link', { name: label, exact: true }).click();
      await expect(page).not.toHaveURL(url(lang, '/'));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
    }
  });
}

test('an unknown page is whole without scripts: the message in both languages, styled, each with its language', async ({ browser, request }) => {
  // A page calling notFound() answers an empty document until scripts run (vercel/next.js#62228);
  // an address no page claims gets app/global-not-found.tsx, complete from the server.
  for (const path of ['/no/such/page', '/en/no/such/page', '/stats/no-such-topic', '/lottery/zzz']) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(404);
    const html = await answer.text();
    expect(html, path).toContain('<html lang="zh-Hant-TW"');
    expect(html, path).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
    expect(html, path).toContain(`<h1 class="text-3xl font-bold">${LABELS.zh.notFound}</h1>`);
    expect(html, path).toContain(`<h1 class="text-3xl font-bold">${LABELS.en.notFound}</h1>`);
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/no/such/page');
  await expect(page.locator('section[lang="zh-Hant-TW"]').getByRole('heading', { level: 1, name: LABELS.zh.notFound })).toBeVisible();
  await expect(page.locator('section[lang="en"]').getByRole('heading', { level: 1, name: LABELS.en.notFound })).toBeVisible();
  await expect(page.locator('section[lang="en"]').getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en');
  await context.close();
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/help/carrier');
  await page.getByRole('link', { name: LABELS.zh.switchTo, exact: true }).click();
  await expect(page).toHaveURL('/en/help/carrier');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: LABELS.en.switchTo, exact: true }).click();
  await expect(page).toHaveURL('/help/carrier');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
});

// lib/security/headers.ts: the personal area alone is its own browsing-context group, and the
// header's sign-in link loads it as a document, so its policies apply however one arrives.
for (const lang of LANGS) {
  test(`sign-in opens as its own document with the opener policy; public pages go without it (${lang})`, async ({ page }) => {
    const home = await page.goto(url(lang, '/'));
    expect(home!.headers()['cross-origin-opener-policy']).toBeUndefined();
    const signInLink = page.getByRole('banner').getByRole('link', { name: lang === 'zh' ? '登入' : 'Sign in', exact: true });
    const [document] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === url(lang, '/sign-in')), signInLink.click()]);
    expect(document.headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect(document.headers()['cache-control']).toContain('no-store');
    await expect(page).toHaveURL(url(lang, '/sign-in'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

// app/globals.css: Chinese pages take a CJK face first (digits and Latin letters in the same face
// as the characters beside them); English text a Latin face first (a CJK face sets “/” full-width).
test('Chinese pages set text in a CJK face first, English text in a Latin face first', async ({ page }) => {
  const firstFace = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily.split(',')[0]!.trim().replace(/["']/g, ''));
  await page.goto('/sign-in');
  expect(await firstFace('main p')).toBe('Noto Sans CJK TC');
  expect(await firstFace('header [lang="en"]')).toBe('-apple-system');
  await page.goto('/en/sign-in');
  expect(await firstFace('main p')).toBe('-apple-system');
  // Winning numbers keep their monospaced face on both.
  await page.goto('/en/lottery/11407');
  expect(await firstFace('.font-mono')).toBe('ui-monospace');
});
