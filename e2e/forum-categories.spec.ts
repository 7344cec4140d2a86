/**
 * Forum category rules (issue 14 item 2, /admin/forum/categories, forum:configure): an admin
 * signs in through the staff form, changes a category's endorsement threshold and deadline and
 * sees them saved; bad input gets its message next to the field and in the summary; an
 * official (no forum:configure) gets 403. axe on the page in both languages. The category is
 * put back to its defaults at the end, so the other forum journeys see 5,000 in 60 days.
 */
import { expect, test, type Page } from '@playwright/test';
import { STAFF, signIn } from './support/site';
import { expectNoViolations } from './support/axe';
import { en, zh, type Messages } from './support/messages';

async function save(page: Page, f: Messages['Forum'], name: string, threshold: string, days: string): Promise<void> {
  await page.getByLabel(f.rulesThreshold, { exact: true }).fill(threshold);
  await page.getByLabel(f.rulesDays, { exact: true }).fill(days);
  await page.getByRole('button', { name: f.rulesSave.replace('{name}', name), exact: true }).click();
}

test('an admin changes a category’s threshold and deadline, sees them saved, and bad input is explained at the field', async ({ page }) => {
  const f = zh.Forum;
  await signIn(page, 'zh', STAFF.admin);
  await page.goto('/admin/forum/categories?category=open-data');
  await expect(page.getByRole('heading', { level: 1, name: f.rulesTitle })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '開放資料' })).toBeVisible();
  await expectNoViolations(page);

  // Bad input: a message next to each field (aria-describedby), the summary above, nothing saved.
  await save(page, f, '開放資料', '0', '400');
  const threshold = page.getByLabel(f.rulesThreshold, { exact: true });
  const days = page.getByLabel(f.rulesDays, { exact: true });
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await expect(threshold).toHaveAccessibleDescription(new RegExp(f.thresholdInvalid.replace(/[.()]/g, '\\$&')));
  await expect(days).toHaveAccessibleDescription(new RegExp(f.daysInvalid.replace(/[.()]/g, '\\$&')));
  await expect(page.getByRole('alert').filter({ hasText: f.errorSummary })).toBeVisible();
  await expect(threshold).toHaveValue('0');
  await expectNoViolations(page);
  const row = page.getByTestId('forum-category-rules').getByRole('row', { name: /開放資料/ });
  await expect(row).toContainText('5,000');

  // Good input: saved, said, and shown in the table and the form.
  await save(page, f, '開放資料', '1200', '30');
  await expect(page.getByRole('status').filter({ hasText: f.rulesSaved.replace('{days}', '30').replace('{threshold}', '1,200') })).toBeVisible();
  await expect(row).toContainText('1,200');
  await expect(row).toContainText('30');
  await expect(page.getByText(f.rulesCurrent.replace('{days}', '30').replace('{threshold}', '1,200'))).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(f.rulesThreshold, { exact: true })).toHaveValue('1200');

  // Put the defaults back (the other journeys count on 5,000 in 60 days).
  await save(page, f, '開放資料', '5000', '60');
  await expect(row).toContainText('5,000');
  await expect(row).toContainText('60');
});

test('the English page says the same, and an official without forum:configure gets 403', async ({ page, browser }) => {
  const f = en.Forum;
  await signIn(page, 'en', STAFF.admin);
  await page.goto('/en/admin/forum/categories?category=open-data');
  await expect(page.getByRole('heading', { level: 1, name: f.rulesTitle })).toBeVisible();
  await save(page, f, 'Open data', '1.5', '60');
  await expect(page.getByLabel(f.rulesThreshold, { exact: true })).toHaveAccessibleDescription(new RegExp(f.thresholdInvalid.replace(/[.()]/g, '\\$&')));
  await expectNoViolations(page);

  const context = await browser.newContext();
  const official = await context.newPage();
  await signIn(official, 'en', STAFF.official);
  const response = await official.goto('/en/admin/forum/categories');
  expect(response!.status()).toBe(403);
  await context.close();
});
