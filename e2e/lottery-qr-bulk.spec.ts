/**
 * The checker's QR and bulk modes: a pasted QR text and a photo of both QR codes are read and
 * checked in the right period, bad input is explained next to its field, and a CSV of numbers
 * gives a table, a summary and a CSV download. Axe scans the page with results showing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LEFT_QR, png, proofImage, RIGHT_QR } from './support/qr-images';
import { expectNoViolations } from './support/axe';

// 114年09-10月 (verified by news): first prizes 41016094, 98081574, 07309261.
const PERIOD = '11409';

test('a pasted QR text shows what was read and the prize, in the period of its date', async ({ page }) => {
  expect(LEFT_QR.split(':')[0]).toHaveLength(77);
  await page.goto('/lottery/check');
  const qr = page.getByRole('region', { name: '掃描電子發票 QR Code' });
  await qr.getByLabel('QR Code 文字內容').fill(LEFT_QR);
  await qr.getByRole('button', { name: '讀取並對獎' }).click();
  const result = qr.getByRole('status');
  await expect(result.getByText('AB-41016094')).toBeVisible();
  await expect(result.getByText('民國114年10月15日')).toBeVisible();
  await expect(result.getByText('105 元')).toBeVisible();
  await expect(result.getByText('12345678', { exact: true })).toBeVisible();
  await expect(result.getByText('114年09-10月')).toBeVisible();
  await expect(result.getByText('恭喜！AB41016094 中了頭獎，獎金 200,000 元。')).toBeVisible();
  await expect(result.getByText(/紙本兌領實領 159,200 元/)).toBeVisible();
  await expect(result.getByText('領獎期間：民國114年12月6日 至 民國115年3月5日')).toBeVisible();
  await expectNoViolations(page);
});

test('a pasted invoice joins the list once; pasting it again says it was already read', async ({ page }) => {
  await page.goto('/lottery/check');
  const qr = page.getByRole('region', { name: '掃描電子發票 QR Code' });
  const list = qr.getByRole('list', { name: '本次對獎清單' });
  await qr.getByLabel('QR Code 文字內容').fill(LEFT_QR);
  await qr.getByRole('button', { name: '讀取並對獎' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  // 114年09-10月's claim window ended on 2026-03-05: a winner, but nothing to collect.
  await expect(list.getByRole('listitem')).toContainText('頭獎 200,000 元，但不能領獎：領獎期限已過');
  await expect(qr.getByText('共 1 張，1 張中獎，實領合計 0 元。')).toBeVisible();
  await expect(qr.getByText('1 張中獎發票不能領獎，未計入金額。')).toBeVisible();
  await expect(qr.getByRole('status').getByText('AB-41016094 已掃描過')).toHaveCount(0);
  await qr.getByRole('button', { name: '讀取並對獎' }).click();
  await expect(qr.getByRole('status').getByText('AB-41016094 已掃描過，不重複計算。')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('a winner naming a buyer’s business ID: the list says it depends on who the buyer is (給獎辦法第11條), and keeps it out of the total', async ({ page }) => {
  // 115年07-08月 first prize 54348835, claimable on the e2e clock (2026-11-30); buyer BAN 82808062.
  const withBuyer = 'AB54348835' + '1150815' + '4115' + '00000064' + '00000069' + '82808062' + '12345678' + 'ynP6P9mSgOQjIIg1jusZVA==' + ':**********:1:1:1:咖啡:1:105';
  await page.goto('/lottery/check');
  const qr = page.getByRole('region', { name: '掃描電子發票 QR Code' });
  await qr.getByLabel('QR Code 文字內容').fill(withBuyer);
  await qr.getByRole('button', { name: '讀取並對獎' }).click();
  await expect(qr.getByRole('status').getByText(/買受人為營業人、機關、公營事業、公立學校或部隊的發票不能領獎/)).toBeVisible();
  const item = qr.getByRole('list', { name: '本次對獎清單' }).getByRole('listitem');
  await expect(item).toContainText('頭獎 200,000 元（實領 159,200 元）；發票有買方統一編號，買方若為營業人、機關、公營事業、公立學校或部隊就不能領獎');
  await expect(item).not.toContainText('但不能領獎');
  await expect(qr.getByText('1 張中獎發票有買方統一編號：買方若為營業人、機關、公營事業、公立學校或部隊就不能領獎，未計入金額。')).toBeVisible();
});

test('a bad QR text is explained next to the field, in the page language', async ({ page }) => {
  await page.goto('/lottery/check');
  const field = page.getByLabel('QR Code 文字內容');
  await field.fill(LEFT_QR.slice(0, 50));
  await page.getByRole('button', { name: '讀取並對獎' }).click();
  await expect(page.getByText('這段文字在第一個「:」之前有 50 個字元，電子發票左側 QR Code 應該有 77 個，可能少複製了一部分。')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await field.fill(RIGHT_QR);
  await page.getByRole('button', { name: '讀取並對獎' }).click();
  await expect(page.getByText(/這是右側 QR Code（品項明細）/)).toBeVisible();

  await page.goto('/en/lottery/check');
  await page.getByLabel('QR code text').fill(`${LEFT_QR.slice(0, 10)}1141332${LEFT_QR.slice(17)}`);
  await page.getByRole('button', { name: 'Read and check' }).click();
  await expect(page.getByText('Characters 11 to 17 should be the ROC date (like 1141015), but they are not a valid date.')).toBeVisible();
  await expectNoViolations(page);
});

test('a photo with both QR codes is read from the left one', async ({ page }) => {
  await page.goto('/en/lottery/check');
  // The controls are enabled once the page's script runs (setInputFiles does not wait for that).
  await expect(page.getByRole('button', { name: 'Read and check' })).toBeEnabled();
  await page.getByLabel('Or upload a photo of the QR codes').setInputFiles({ name: 'proof.png', mimeType: 'image/png', buffer: png(await proofImage()) });
  const result = page.getByRole('region', { name: 'Scan an e-invoice QR code' }).getByRole('status');
  await expect(result.getByText('AB-41016094')).toBeVisible({ timeout: 20_000 });
  await expect(result.getByText('October 15, 2025')).toBeVisible();
  await expect(result.getByText('Congratulations! AB41016094 wins the first prize: NT$200,000.')).toBeVisible();
  await expect(page.getByLabel('QR code text')).toHaveValue(LEFT_QR);
});

test('a bulk CSV gives a table, a summary and a CSV download', async ({ page }) => {
  await page.goto('/lottery/check');
  const bulk = page.getByRole('region', { name: '大量對獎' });
  await bulk.getByLabel('發票月份').selectOption(PERIOD);
  const csv = '\uFEFF日期,發票號碼,金額\r\n2025-10-01,AB-41016094,100\r\n2025-10-02,12345678,50\r\n2025-10-03,XY98081574,30\r\n2025-10-04,AB1234,10\r\n2025-10-05,00000261,1\r\n';
  await bulk.getByLabel('或上傳 CSV 檔').setInputFiles({ name: 'invoices.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await bulk.getByRole('button', { name: '全部對獎' }).click();

  await expect(bulk.getByText('共對 5 個號碼：3 個中獎，獎金合計 400,200 元（實領 318,600 元）。')).toBeVisible();
  await expect(bulk.getByText('1 個號碼無法辨識，原因列在表格中。')).toBeVisible();
  const rows = bulk.getByRole('table').getByRole('row');
  // Header, then winners (largest first), the unreadable number, and the rest.
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('AB41016094頭獎200,000159,200');
  await expect(rows.nth(2)).toContainText('XY98081574頭獎');
  await expect(rows.nth(3)).toContainText('00000261六獎200200');
  await expect(rows.nth(4)).toContainText('AB1234英文字母後面要有 8 位數字。');
  await expect(rows.nth(5)).toContainText('12345678未中獎');

  const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('link', { name: '下載結果（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe(`tax-cloud-check-${PERIOD}.csv`);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFFrow,number,period,prize,prize_name,amount_ntd,net_ntd,claim_from,claim_to,not_checked,error\r\n')).toBe(true);
  expect(text.slice(1).trimEnd().split('\r\n').slice(1)).toEqual([
    '2,AB41016094,11409,first,頭獎,200000,159200,2025-12-06,2026-03-05,,',
    '3,12345678,11409,none,,0,0,2025-12-06,2026-03-05,,',
    '4,XY98081574,11409,first,頭獎,200000,159200,2025-12-06,2026-03-05,,',
    '5,AB1234,11409,,,,,,,,英文字母後面要有 8 位數字。',
    '6,00000261,11409,sixth,六獎,200,200,2025-12-06,2026-03-05,,',
  ]);
  await expectNoViolations(page);
});

test('bulk input errors are explained next to their field: nothing entered, more than 10,000 numbers', async ({ page }) => {
  await page.goto('/en/lottery/check');
  const field = page.getByLabel('Numbers to check');
  await page.getByRole('button', { name: 'Check all' }).click();
  await expect(page.getByText('Enter at least one invoice number, or upload a CSV file.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  // Long lists come as files (typing 10,001 lines into a textarea takes Playwright minutes).
  const file = page.getByLabel('Or upload a CSV file');
  const rows = Array.from({ length: 10_001 }, (_, i) => String(i).padStart(8, '0')).join('\n');
  await file.setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(`number\n${rows}\n`) });
  await page.getByRole('button', { name: 'Check all' }).click();
  await expect(page.getByText('There are 10,001 numbers; at most 10,000 can be checked at once. Split them into batches.')).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Remove the file' }).click();
  await page.getByLabel('Invoice months').selectOption(PERIOD);
  await field.fill('ab-4101 6094, 12345678');
  await page.getByRole('button', { name: 'Check all' }).click();
  await expect(page.getByText('2 numbers checked: 1 won, NT$200,000 in prizes (NT$159,200 after tax).')).toBeVisible();
  await expect(field).not.toHaveAttribute('aria-invalid');
});
