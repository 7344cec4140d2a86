/**
 * Calculator journeys: each calculator by keyboard only, a shared link that reproduces the
 * result, the form without JavaScript giving the same figure, the APIs (a result and field
 * errors), and axe on each calculator while it shows a result. Expected figures come from
 * lib/tax itself, so the page is checked against the library, not against a copy of it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { calculateIncomeTax, calculateLateFee, calculateLicenseTax } from '../lib/tax';
import { errorSummary } from './support/site';
import { expectNoViolations } from './support/axe';

const ntd = (amount: number) => `${amount.toLocaleString('en-US')} 元`;
const ntdEn = (amount: number) => `NT$${amount.toLocaleString('en-US')}`;

// The example: 100,000 due on Saturday 2025-05-31 (moved to 06-02), paid 2025-07-31.
const LATE = { amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' };
const late = calculateLateFee(LATE);

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The form answers as you type only once its script runs; a keyboard user would not notice. */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
}

const headline = (page: Page) => page.getByTestId('calc-headline');

test('the library gives the issue’s late-fee figures', () => {
  expect(late).toMatchObject({ daysLate: 59, surcharge: 10000, interest: 137, total: 110137 });
});

test('late fee by keyboard only: result as you type, explanation, shared link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/calculators/late-fee');
  await ready(page);
  await tabTo(page, page.getByLabel('稅目'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('應納稅額（元）')).toBeFocused();
  await page.keyboard.type('100,000');
  await page.keyboard.press('Tab');
  // Native date inputs: the picker's segments depend on the browser's locale, so they are filled.
  await expect(page.getByLabel('繳納期限')).toBeFocused();
  await page.getByLabel('繳納期限').fill(LATE.deadline);
  await page.getByLabel('繳納日').fill(LATE.paidOn);
  // The date is read out beside the picker, as an ROC date on Chinese pages.
  await expect(page.getByTestId('calc-paidOn-read-out')).toHaveText('民國114年7月31日');
  await expect(headline(page)).toHaveText(ntd(late.total));

  const result = page.getByRole('region', { name: '試算結果' });
  await expect(result.getByText('逾期 59 日', { exact: true }).first()).toBeVisible();
  // The arithmetic is in the collapsed "how it is computed" part.
  await expect(result.getByText('100,000 × 10% = 10,000')).toBeHidden();
  await result.getByText('計算方式（算式）').click();
  await expect(result.getByText('100,000 × 10% = 10,000')).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: '年利率 1.725%' }).first()).toContainText(ntd(late.interest));
  await expect(result.getByText('繳納期限 民國114年5月31日 遇假日，順延至 民國114年6月2日')).toBeVisible();
  await expect(result.getByRole('heading', { name: '請注意' })).toBeVisible();
  await expect(result.getByRole('link', { name: '稅捐稽徵法第20條第1項' }).first()).toHaveAttribute('href', /law\.moj\.gov\.tw/);
  // Only the total is announced, once typing pauses.
  await expect(page.getByRole('status').filter({ hasText: '應繳合計' })).toHaveText(`應繳合計：${ntd(late.total)}`);

  // Enter in a field calculates: focus goes to the result.
  await page.getByLabel('應納稅額（元）').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '試算結果' })).toBeFocused();

  // The address bar carries the inputs; "Copy link" copies the same.
  await expect(page).toHaveURL(/amount=100%2C000&deadline=2025-05-31&paidOn=2025-07-31/);
  await tabTo(page, page.getByRole('button', { name: '複製連結' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('已複製連結。')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const shared = await context.newPage();
  await shared.goto(copied);
  await expect(headline(shared)).toHaveText(ntd(late.total));
  await expect(shared.getByLabel('應納稅額（元）')).toHaveValue('100,000');
  await expectNoViolations(shared);
});

test('late fee: errors next to the fields and in a summary that takes focus', async ({ page }) => {
  await page.goto('/en/calculators/late-fee');
  await ready(page);
  await page.getByLabel('Tax due (NTD)').fill('-5');
  // The native date input cannot hold 30 February; a blank deadline is the error it can show.
  await page.getByRole('button', { name: 'Calculate' }).click();
  const summary = errorSummary(page, 'en');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The amount cannot be negative.');
  await expect(summary).toContainText('Payment deadline: This field is required.');
  await expect(page.getByLabel('Tax due (NTD)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page);
});

test('a shared late-fee link with a blank payment date carries the date it was worked out for', async ({ page }) => {
  await page.goto('/en/calculators/late-fee');
  await ready(page);
  await page.getByLabel('Tax due (NTD)').fill('5000');
  await page.getByLabel('Payment deadline').fill('2025-05-31');
  await expect(headline(page)).toBeVisible();
  await expect(page).toHaveURL(/paidOn=\d{4}-\d{2}-\d{2}/);
});

test('late fee without JavaScript: the form post gives the same figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/calculators/late-fee');
  await page.getByLabel('應納稅額（元）').fill(String(LATE.amount));
  await page.getByLabel('繳納期限').fill(LATE.deadline);
  await page.getByLabel('繳納日').fill(LATE.paidOn);
  await page.getByRole('button', { name: '試算', exact: true }).click();
  await expect(headline(page)).toHaveText(ntd(late.total));
  await expect(page.getByText('逾期 59 日', { exact: true }).first()).toBeVisible();
  // Its link reproduces the result (with JavaScript, in another context).
  const href = await page.getByTestId('calc-share-link').getAttribute('href');
  expect(href).toBe(`?taxType=general&amount=${LATE.amount}&deadline=${LATE.deadline}&paidOn=${LATE.paidOn}`);

  await page.getByLabel('應納稅額（元）').fill('-1');
  await page.getByRole('button', { name: '試算', exact: true }).click();
  await expect(errorSummary(page, 'zh')).toContainText('金額不可為負數。');
  await context.close();
});

test('licence tax by keyboard only, then the same result from its link', async ({ page, context }) => {
  const expected = calculateLicenseTax({ taxYear: 2026, vehicleKind: 'private-car', cc: 1798 });
  await page.goto('/en/calculators/license-tax');
  await ready(page);
  await tabTo(page, page.getByLabel('Tax year'));
  // The one year field: ROC year with the Gregorian year beside it.
  await page.getByLabel('Tax year').selectOption('2026');
  await expect(page.getByLabel('Tax year').locator('option:checked')).toHaveText('2026 (ROC 115)');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Vehicle', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Combustion engine' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('1798');
  await expect(headline(page)).toHaveText(ntdEn(expected.amount));
  await expect(page.getByRole('definition').filter({ hasText: '1201–1800 cc' })).toBeVisible();

  // An electric car in 2026 is exempt: Shift+Tab back to the radios, arrow to Electric.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Electric' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Motor power')).toBeFocused();
  await page.keyboard.type('150');
  const ev = calculateLicenseTax({ taxYear: 2026, vehicleKind: 'private-car', propulsion: 'electric', motorPower: 150 });
  await expect(headline(page)).toHaveText(ntdEn(ev.amount));
  await expect(page.getByText(/Electric vehicles are exempt from licence tax until/)).toBeVisible();

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(headline(shared)).toHaveText(ntdEn(ev.amount));
  await expect(shared.getByRole('radio', { name: 'Electric' })).toBeChecked();
  await expectNoViolations(shared);
});

test('licence tax without JavaScript gives the same figure', async ({ browser }) => {
  const expected = calculateLicenseTax({ taxYear: 2026, vehicleKind: 'motorcycle', cc: 125, registeredOn: '2026-07-01' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/calculators/license-tax');
  await page.getByLabel('課稅年度').selectOption('2026');
  await page.getByLabel('車種').selectOption('motorcycle');
  await page.getByLabel('汽缸總排氣量（cc）').fill('125');
  await page.getByLabel('領牌日 （選填）').fill('2026-07-01');
  await page.getByRole('button', { name: '試算', exact: true }).click();
  await expect(headline(page)).toHaveText(ntd(expected.amount));
  await context.close();
});

// A married couple with a child of 4: the spouse's fields appear once "married" is chosen.
const HOUSEHOLD = {
  incomeYear: 114,
  filingStatus: 'married' as const,
  taxpayer: { salary: 1_200_000 },
  spouse: { salary: 600_000 },
  dependants: [{}],
  preschoolChildren: 1,
};

test('income tax by keyboard only, adding a dependant, then the same result from its link', async ({ page, context }) => {
  // Many pages and requests in one test: past 30 s when the machine is shared (CI timed out here).
  test.setTimeout(90_000);
  const expected = calculateIncomeTax(HOUSEHOLD);
  await page.goto('/calculators/income-tax');
  await ready(page);
  await tabTo(page, page.getByLabel('所得年度'));
  await expect(page.getByLabel('所得年度')).toHaveValue('114');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '單身' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '已婚，夫妻合併申報' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator('#calc-taxpayer-salary')).toBeFocused();
  await page.keyboard.type('1200000');
  await tabTo(page, page.locator('#calc-spouse-salary'), 10);
  await page.keyboard.type('600000');
  await tabTo(page, page.getByRole('button', { name: '新增受扶養親屬' }), 8);
  await page.keyboard.press('Enter');
  // Focus moves into the new row; a child is the default relationship.
  await expect(page.locator('#calc-dependants-0-relation')).toBeFocused();
  await expect(page.locator('#calc-dependants-0-relation')).toHaveValue('child');
  await tabTo(page, page.getByLabel('6 歲以下子女'), 10);
  await page.keyboard.press('Space');
  await expect(page.getByLabel('6 歲以下子女')).toBeChecked();

  await expect(headline(page)).toHaveText(ntd(expected.taxPayable));
  const result = page.getByRole('region', { name: '試算結果' });
  await expect(result.getByText('幼兒學前特別扣除額')).toBeVisible();

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(headline(shared)).toHaveText(ntd(expected.taxPayable));
  await expect(shared.locator('#calc-spouse-salary')).toHaveValue('600000');
  await expectNoViolations(shared);

  // Removing the dependant returns focus to the add button and changes the result.
  await page.getByRole('button', { name: '移除受扶養親屬 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '新增受扶養親屬' })).toBeFocused();
  const { preschoolChildren: _preschool, dependants: _dependants, ...couple } = HOUSEHOLD;
  await expect(headline(page)).toHaveText(ntd(calculateIncomeTax(couple).taxPayable));
});

test('income tax without JavaScript: spouse and dependant rows are there, blank rows ignored', async ({ browser }) => {
  const expected = calculateIncomeTax(HOUSEHOLD);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/calculators/income-tax');
  await page.getByRole('radio', { name: '已婚，夫妻合併申報' }).check();
  await page.locator('#calc-taxpayer-salary').fill('1200000');
  await page.locator('#calc-spouse-salary').fill('600000');
  await expect(page.locator('#calc-dependants-3-relation')).toBeVisible();
  await page.locator('#calc-dependants-0-relation').selectOption('child');
  await page.locator('#calc-dependants-0-preschool').check();
  await page.getByRole('button', { name: '試算', exact: true }).click();
  await expect(headline(page)).toHaveText(ntd(expected.taxPayable));
  await context.close();
});

test.describe('calculator APIs', () => {
  test('late fee: the issue’s example in whole NTD with steps', async ({ request }) => {
    const response = await request.post('/api/v1/calculators/late-fee', { data: LATE });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ daysLate: 59, surcharge: 10000, interest: 137, total: 110137, taxKind: 'national-tax' });
    expect(body.steps.length).toBeGreaterThan(3);
    expect(body.steps[0]).toMatchObject({ id: 'deadline', label: { en: expect.any(String), 'zh-Hant-TW': expect.any(String) } });
  });

  test('late fee: a negative amount and an impossible date are field errors', async ({ request }) => {
    const response = await request.post('/api/v1/calculators/late-fee', { data: { amount: -1, deadline: '2025-02-30', paidOn: '2025-07-31' } });
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('bad_request');
    expect(error.fields).toEqual({
      amount: ['The amount cannot be negative.'],
      deadline: ['This date does not exist (for example 30 February).'],
    });
  });

  test('licence tax: an unknown vehicle kind is a field error; a car is taxed', async ({ request }) => {
    const bad = await request.post('/api/v1/calculators/license-tax', { data: { taxYear: 2026, vehicleKind: 'truck', cc: 3000 } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields.vehicleKind).toEqual(['Choose the vehicle: private passenger car, commercial passenger car or motorcycle.']);
    const good = await request.post('/api/v1/calculators/license-tax', { data: { taxYear: 2026, vehicleKind: 'private-car', cc: 1798 } });
    expect(good.status()).toBe(200);
    expect((await good.json()).amount).toBe(calculateLicenseTax({ taxYear: 2026, vehicleKind: 'private-car', cc: 1798 }).amount);
  });

  test('income tax: an unsupported year names the years; a household is taxed', async ({ request }) => {
    const bad = await request.post('/api/v1/calculators/income-tax', { data: { incomeYear: 100, filingStatus: 'single', taxpayer: { salary: 1 } } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields.incomeYear).toEqual(['Income tax figures are available for income years 113, 114, 115 (ROC) only.']);
    const good = await request.post('/api/v1/calculators/income-tax', { data: HOUSEHOLD });
    expect(good.status()).toBe(200);
    expect((await good.json()).taxPayable).toBe(calculateIncomeTax(HOUSEHOLD).taxPayable);
  });
});

test('the calculators page lists the three calculators', async ({ page }) => {
  await page.goto('/en/calculators');
  await expect(page.getByRole('heading', { level: 1, name: 'Tax calculators' })).toBeVisible();
  await page.getByRole('link', { name: 'Late-payment surcharge and interest' }).click();
  await expect(page).toHaveURL(/\/en\/calculators\/late-fee$/);
});

test('switching language keeps the inputs and the result', async ({ page }) => {
  await page.goto(`/calculators/late-fee?amount=${LATE.amount}&deadline=${LATE.deadline}&paidOn=${LATE.paidOn}`);
  await expect(headline(page)).toHaveText(ntd(late.total));
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(`/en/calculators/late-fee?amount=${LATE.amount}&deadline=${LATE.deadline}&paidOn=${LATE.paidOn}`);
  await expect(headline(page)).toHaveText(ntdEn(late.total));
});

// Issue 11: the answer first, on a phone.
test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('late fee: after Calculate the total is on screen without scrolling', async ({ page }) => {
    await page.goto('/calculators/late-fee');
    await ready(page);
    await page.getByLabel('應納稅額（元）').fill('100,000');
    await page.getByLabel('繳納期限').fill(LATE.deadline);
    await page.getByLabel('繳納日').fill(LATE.paidOn);
    await page.getByRole('button', { name: '試算', exact: true }).click();
    await expect(headline(page)).toHaveText(ntd(late.total));
    await expect(headline(page)).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('calc-summary')).toContainText('滯納金');
  });

  test('income tax: a salary-only household whose withholding exceeds its tax sees its refund on screen', async ({ page }) => {
    const expected = calculateIncomeTax({ incomeYear: 114, filingStatus: 'single', taxpayer: { salary: 600_000 }, withheld: 12_000 });
    expect(expected.outcome).toBe('refund');
    await page.goto('/calculators/income-tax');
    await ready(page);
    await page.locator('#calc-taxpayer-salary').fill('600000');
    await page.getByLabel('扣繳稅額（元）').fill('12000');
    await page.getByRole('button', { name: '試算', exact: true }).click();
    await expect(page.getByTestId('calc-summary')).toContainText('應退稅額');
    await expect(headline(page)).toHaveText(ntd(-expected.balance));
    await expect(headline(page)).toBeInViewport({ ratio: 1 });
  });

  test('licence tax: after Calculate the total is on screen without scrolling', async ({ page }) => {
    await page.goto('/en/calculators/license-tax');
    await ready(page);
    await page.getByLabel('Engine displacement (cc)').fill('1798');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(headline(page)).toBeInViewport({ ratio: 1 });
  });
});

test('a payment on or before the deadline: the page answers 0, nothing is late', async ({ page }) => {
  await page.goto('/en/calculators/late-fee?amount=5000&deadline=2025-10-10&paidOn=2025-10-13');
  await expect(headline(page)).toHaveText(ntdEn(5000));
  await expect(page.getByTestId('calc-summary')).toContainText('nothing is late');
});

test('National Day 2025-10-10 moves the deadline to 10-13: paid 10-17 is 1%, not 2%', async ({ page }) => {
  const r = calculateLateFee({ amount: 100_000, deadline: '2025-10-10', paidOn: '2025-10-17' });
  await page.goto('/calculators/late-fee?amount=100000&deadline=2025-10-10&paidOn=2025-10-17');
  await expect(headline(page)).toHaveText(ntd(r.total));
  await expect(page.getByText('國慶日')).toBeVisible();
  await expect(page.getByRole('heading', { name: '請注意' })).toHaveCount(r.warnings.length > 0 ? 1 : 0);
});

test('each tax cites its own act for the interest: 第21條 where data/domain names it, and plain words where it does not', async ({ page }) => {
  const query = 'amount=100000&deadline=2025-05-31&paidOn=2025-07-31';
  await page.goto(`/calculators/late-fee?taxType=special-goods&${query}`);
  const result = page.getByRole('region', { name: '試算結果' });
  await expect(result.getByRole('link', { name: '特種貨物及勞務稅條例第21條' })).toHaveAttribute('href', /pcode=G0340128&flno=21/);
  await expect(result.getByText(/本站資料未載/)).toHaveCount(0);

  await page.goto(`/calculators/late-fee?taxType=house&${query}`);
  await expect(result.getByText('依據： 房屋稅條例之滯納利息規定（本站資料未載條次）')).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: '本站資料未載明房屋稅條例的條次' })).toBeVisible();
  await expect(result.getByRole('link', { name: '稅捐稽徵法第20條第1項' }).first()).toBeVisible();
  // No act of another tax stands in for it.
  await expect(result.getByText(/特種貨物及勞務稅條例/)).toHaveCount(0);

  await page.goto(`/en/calculators/late-fee?taxType=house&${query}`);
  await expect(page.getByRole('region', { name: 'Result' }).getByText(/do not give the article number in that act/)).toBeVisible();
});

test('every calculator with a result has no axe violations, in both languages', async ({ page }) => {
  // Many pages and requests in one test: past 30 s when the machine is shared (CI timed out here).
  test.setTimeout(90_000);
  const pages = [
    `calculators/late-fee?taxType=income&amount=100000&deadline=2025-05-31&paidOn=2025-07-31`,
    `calculators/license-tax?taxYear=2026&vehicleKind=motorcycle&propulsion=electric`,
    `calculators/income-tax?incomeYear=114&filingStatus=single&taxpayer.salary=600000&taxpayer.interest=300000&withheld=12000`,
  ];
  for (const prefix of ['/', '/en/']) {
    for (const path of pages) {
      await page.goto(`${prefix}${path}`);
      await expect(headline(page)).toBeVisible();
      await expectNoViolations(page);
    }
  }
});
