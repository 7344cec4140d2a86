/**
 * The forum (issue 14), end to end: a citizen posts a proposal → another citizen endorses it →
 * an official answers → the proposer finds the notification; search finds 載具 inside a
 * sentence; reading needs no sign-in. Fresh citizens for every mutation (e2e/support/citizens.ts).
 * axe on every forum page visited.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { registerCitizen, type NewCitizen } from './support/citizens';
import { STAFF, signIn } from './support/site';
import { expectNoViolations } from './support/axe';
import { zh } from './support/messages';

const f = zh.Forum;

async function signInCitizen(page: Page, citizen: NewCitizen, next: string): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel(zh.Citizen.barcode, { exact: true }).fill(citizen.barcode);
  await page.getByLabel(zh.Citizen.code, { exact: true }).fill(citizen.code);
  await page.getByRole('button', { name: zh.Citizen.submit, exact: true }).click();
  await expect(page).toHaveURL(next);
}

async function freshCitizenPage(browser: Browser): Promise<{ page: Page; citizen: NewCitizen; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const citizen = await registerCitizen(page);
  return { page, citizen, close: () => context.close() };
}

/**
 * A demo citizen in a context of its own, for steps that change nothing but this test's own
 * thread (endorsing, reporting): every registration in the suite comes from 127.0.0.1, and the
 * registration limit (10 an hour from one address) is shared by all specs of a run.
 */
async function demoCitizenPage(browser: Browser, n: 1 | 2 | 3): Promise<{ page: Page; citizen: NewCitizen; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const citizen = { email: `citizen${n}@taxcloud.example`, barcode: `/TAXC00${n}`, code: `Demo-citizen-${n}!` };
  return { page, citizen, close: () => context.close() };
}

test('read without signing in: the list, its filters in the URL, a thread, and search for 載具 inside a sentence', async ({ page }) => {
  await page.goto('/forum');
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: zh.Nav.label }).getByRole('link', { name: zh.Nav.forum })).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel(f.q, { exact: true }).fill('載具');
  await page.getByLabel(f.sort, { exact: true }).selectOption('newest');
  await page.getByRole('button', { name: f.apply, exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=%E8%BC%89%E5%85%B7/);
  const list = page.getByTestId('forum-threads');
  // The seeded question 「手機條碼載具歸戶後，多久可以看到發票？」 has 載具 in the middle of a sentence.
  await expect(list.getByRole('link', { name: /手機條碼載具歸戶後/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /網站有深色模式嗎/ })).toHaveCount(0);

  await list.getByRole('link', { name: /手機條碼載具歸戶後/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /手機條碼載具歸戶後/ })).toBeVisible();
  await expect(page.getByTestId('official-answer')).toContainText(f.officialBadge);
  await expect(page.getByRole('link', { name: f.signInToComment })).toBeVisible();
  await expectNoViolations(page);

  // A numbered page is the cached page of the plain list (lib/http/next-routing.ts), with a way back to the first.
  await page.goto('/forum?page=2');
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
  await expect(page.getByRole('link', { name: f.firstPage, exact: true })).toBeVisible();

  await page.goto('/forum?sort=overdue');
  await expect(page.getByRole('heading', { level: 2, name: f.results.replace('{sort}', f.sorts.overdue) })).toBeVisible();
  await expectNoViolations(page);
});

test('a proposal is posted, endorsed by another citizen, answered by an official, and the proposer is notified', async ({ browser }) => {
  test.setTimeout(180_000);
  const token = `E2E${Date.now().toString(36).toUpperCase()}`;
  const title = `建議讓手機條碼載具可以設定預設捐贈 ${token}`;

  // The proposer posts.
  const proposer = await freshCitizenPage(browser);
  await signInCitizen(proposer.page, proposer.citizen, '/forum/new');
  await expectNoViolations(proposer.page);
  // An empty form says what is missing, by the field.
  await proposer.page.getByRole('button', { name: f.submit, exact: true }).click();
  await expect(proposer.page.getByRole('alert', { name: f.errorSummary })).toContainText(f.titleRequired);
  await proposer.page.getByLabel(f.kindLabel, { exact: true }).selectOption('proposal');
  await proposer.page.getByLabel(f.categoryLabel, { exact: true }).selectOption('carriers-prizes');
  await proposer.page.getByLabel(f.titleLabel, { exact: true }).fill(title);
  await proposer.page.getByLabel(f.bodyLabel, { exact: true }).fill('希望可以**預設**捐贈。<script>window.__xss = 1</script>\n\n[惡意連結](javascript:alert(1))');
  await proposer.page.getByRole('button', { name: f.submit, exact: true }).click();
  await expect(proposer.page).toHaveURL(/\/forum\/\d+$/);
  const threadPath = new URL(proposer.page.url()).pathname;
  await expect(proposer.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(proposer.page.locator('strong', { hasText: '預設' })).toBeVisible();
  // (The author's edit form holds the same text in a textarea: look at the rendered paragraph.)
  await expect(proposer.page.locator('p', { hasText: '<script>window.__xss = 1</script>' })).toBeVisible();
  expect(await proposer.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(proposer.page.locator('p', { hasText: '惡意連結' })).toBeVisible();
  await expect(proposer.page.getByRole('main').getByRole('link', { name: '惡意連結' })).toHaveCount(0);
  await expect(proposer.page.getByText(f.statuses.collecting, { exact: true }).first()).toBeVisible();
  await expectNoViolations(proposer.page);

  // Another citizen endorses, once.
  const endorser = await demoCitizenPage(browser, 2);
  await signInCitizen(endorser.page, endorser.citizen, threadPath);
  await endorser.page.getByRole('button', { name: f.endorse, exact: true }).click();
  await expect(endorser.page.getByText(f.endorsed.replace('{count}', '1'))).toBeVisible();
  await expect(endorser.page.locator('p', { hasText: f.progress.replace('{count}', '1').replace('{threshold}', '5,000') })).toBeVisible();
  await expect(endorser.page.getByRole('button', { name: f.withdraw, exact: true })).toBeVisible();
  await expectNoViolations(endorser.page);
  await endorser.close();

  // An official answers.
  const officialContext = await browser.newContext();
  const official = await officialContext.newPage();
  await signIn(official, 'zh', STAFF.official);
  await official.goto(threadPath);
  await official.getByLabel(f.answerStatusLabel, { exact: true }).selectOption('under_review');
  await official.getByLabel(f.answerBodyLabel, { exact: true }).fill('感謝建議，本部將研議預設捐贈的做法。');
  await official.getByRole('button', { name: f.answerSubmit, exact: true }).click();
  await expect(official.getByText(f.answered)).toBeVisible();
  await expect(official.getByTestId('official-answer')).toContainText('感謝建議');
  await expectNoViolations(official);
  await officialContext.close();

  // The proposer sees the notification and follows it to the answer.
  await proposer.page.goto('/me/notifications');
  const note = proposer.page.getByTestId('notifications').getByRole('link', { name: f.notificationKinds.answer.replace('{title}', title) });
  await expect(note).toBeVisible();
  await expectNoViolations(proposer.page);
  await note.click();
  await expect(proposer.page.getByTestId('official-answer')).toContainText(f.statuses.under_review);

  // And the search finds the new proposal by the word inside its title.
  await proposer.page.goto(`/forum?q=${encodeURIComponent('載具')}`);
  await expect(proposer.page.getByTestId('forum-threads').getByRole('link', { name: title })).toBeVisible();
  await proposer.close();
});

test('three reports from different citizens hide a thread with its reason; a moderator restores it', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const title = `檢舉流程測試文章 E2E${Date.now().toString(36).toUpperCase()}`;
  const author = await freshCitizenPage(browser);
  await signInCitizen(author.page, author.citizen, '/forum/new');
  await author.page.getByLabel(f.kindLabel, { exact: true }).selectOption('question');
  await author.page.getByLabel(f.titleLabel, { exact: true }).fill(title);
  await author.page.getByLabel(f.bodyLabel, { exact: true }).fill('這是一篇會被檢舉的文章。');
  await author.page.getByRole('button', { name: f.submit, exact: true }).click();
  await expect(author.page).toHaveURL(/\/forum\/\d+$/);
  const threadPath = new URL(author.page.url()).pathname;
  await author.close();

  for (let i = 0; i < 3; i++) {
    const reporter = await demoCitizenPage(browser, (i + 1) as 1 | 2 | 3);
    await signInCitizen(reporter.page, reporter.citizen, threadPath);
    await reporter.page.locator('summary', { hasText: f.report }).first().click();
    await reporter.page.getByLabel(f.reportLabel, { exact: true }).fill(`廣告內容 ${i + 1}`);
    await reporter.page.getByRole('button', { name: f.reportSubmit, exact: true }).click();
    if (i < 2) await expect(reporter.page.getByText(f.reported)).toBeVisible();
    else await expect(reporter.page.getByText(f.hiddenNotice.replace('{reason}', f.hiddenReasons.reports))).toBeVisible();
    await reporter.close();
  }

  // Anyone reading sees that it is hidden and why: it does not silently vanish.
  await page.goto(threadPath);
  await expect(page.getByRole('heading', { level: 1, name: f.hiddenTitle })).toBeVisible();
  await expect(page.getByText(f.hiddenNotice.replace('{reason}', f.hiddenReasons.reports))).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(title);
  await expectNoViolations(page);

  const modContext = await browser.newContext();
  const moderator = await modContext.newPage();
  await signIn(moderator, 'zh', STAFF.moderator);
  await moderator.getByRole('link', { name: f.staffLink }).click();
  await expect(moderator.getByRole('heading', { level: 1, name: f.queueTitle })).toBeVisible();
  const item = moderator.getByTestId('forum-queue').getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(f.reportsCount.replace('{count}', '3'));
  await expect(item).toContainText('廣告內容 3');
  await expectNoViolations(moderator);
  await moderator.goto(threadPath);
  await moderator.getByRole('button', { name: f.restore, exact: true }).click();
  await expect(moderator.getByText(f.moderated)).toBeVisible();
  await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await modContext.close();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
