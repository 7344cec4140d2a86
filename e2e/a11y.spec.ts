/**
 * WCAG 2.1 AA (automated part): axe finds no violations on any page, in either language,
 * including the 404 page, the sign-in form showing errors and the signed-in staff pages.
 */
import { expect, test } from '@playwright/test';
import { HTML_LANG, LABELS, LANGS, PUBLIC_PAGES, STAFF, errorSummary, signIn, url } from './support/site';
import { expectNoViolations } from './support/axe';

// Every check here is independent (a page load and a scan) and the file is the longest of the
// suite: spread its tests over both workers instead of leaving one worker to run them all in turn.
test.describe.configure({ mode: 'parallel' });

for (const lang of LANGS) {
  test.describe(`axe (${lang})`, () => {
    for (const path of PUBLIC_PAGES) {
      test(`${url(lang, path)} has no violations`, async ({ page }) => {
        await page.goto(url(lang, path));
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await expectNoViolations(page);
      });
    }

    test(`the 404 page (${lang}) has no violations`, async ({ page }) => {
      const response = await page.goto(url(lang, '/no-such-page'));
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: LABELS[lang].notFound })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`the sign-in form with errors (${lang}) has no violations`, async ({ page }) => {
      await page.goto(url(lang, '/staff/sign-in'));
      await page.getByRole('button', { name: LABELS[lang].submit, exact: true }).click();
      await expect(errorSummary(page, lang)).toContainText(LABELS[lang].emailInvalid);
      await expectNoViolations(page);
    });

    test(`the staff pages signed in as admin (${lang}) have no violations`, async ({ page }) => {
      await signIn(page, lang, STAFF.admin);
      await expectNoViolations(page);
      await page.getByRole('link', { name: LABELS[lang].auditLink }).click();
      await expect(page.getByRole('heading', { level: 1, name: LABELS[lang].auditTitle })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test.describe('language metadata', () => {
  for (const path of ['/', '/help/carrier']) {
    for (const lang of LANGS) {
      test(`${url(lang, path)} declares its language and hreflang alternates`, async ({ page }) => {
        await page.goto(url(lang, path));
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname])));
        expect(alternates).toEqual({ 'zh-Hant-TW': url('zh', path), en: url('en', path), 'x-default': url('zh', path) });
      });
    }
  }
});
