/**
 * The checker's continuous camera scan, with Chromium's fake camera playing a video of three
 * e-invoices shown in turn and then the first one again (in a loop). The camera stays on, each
 * invoice goes on the list once, the repeat is recognised, the totals and the CSV add up, the
 * list survives a reload and can be cleared and restored. A file of its own: the fake camera
 * is a browser launch option.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { parseCsvRecords } from '../lib/csv';
import { CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { leftQr, proofImage, y4mSequence } from './support/qr-images';
import { expectNoViolations } from './support/axe';

const CAMERA_VIDEO = path.join(os.tmpdir(), `tax-cloud-e2e-camera-${process.pid}.y4m`);

// 115年07-08月 (first prizes 54348835, 44991397, 06595111), claimable until 2027-01-05; and
// 115年09-10月, drawn on 2026-11-25 but with no numbers on the site.
const FIRST = leftQr('AB54348835', '1150815'); // first prize NT$200,000, NT$159,200 after tax
const SIXTH = leftQr('CD12344397', '1150820'); // ends 397: sixth prize NT$200
const UNPUBLISHED = leftQr('GH11111111', '1151010');
const NOW = new Date('2026-11-30T10:00:00+08:00');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${CAMERA_VIDEO}`],
  },
});

// Runs before the browser starts: worker fixtures (the browser) are set up on first use.
// Each invoice is in view for 2.5 s, ten decoding attempts.
test.beforeAll(async () => {
  const images = await Promise.all([FIRST, SIXTH, UNPUBLISHED, FIRST].map((text) => proofImage(text)));
  writeFileSync(CAMERA_VIDEO, y4mSequence(images, 640, 480, { fps: 2, framesEach: 5 }));
});
test.afterAll(() => rmSync(CAMERA_VIDEO, { force: true }));

async function openChecker(page: Page, path: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(path);
  // Keep a handle on the stream, to see that stopping releases the camera.
  await page.evaluate(() => {
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      (window as unknown as { scanStream: MediaStream }).scanStream = stream;
      return stream;
    };
  });
  await recordAnnouncements(page);
}

/**
 * Every text the live regions have announced so far, in order. An announcement stays up only
 * until the next invoice is read (2.5 s later), which a busy machine can miss between polls.
 */
async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[aria-live]')) {
        for (const line of el.querySelectorAll('p, li, span')) {
          const text = line.textContent?.trim();
          if (text && !seen.includes(text)) seen.push(text);
        }
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const announced = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

const trackStates = (page: Page) => page.evaluate(() => (window as unknown as { scanStream: MediaStream }).scanStream.getTracks().map((t) => t.readyState));

/** The QR section at each size: the first screen of it, and all of it, for people to look at. */
async function screenshots(page: Page, testInfo: TestInfo, name: string, sizes: { width: number; height: number }[]) {
  const heading = page.getByRole('heading', { level: 2, name: /QR code/i });
  for (const size of sizes) {
    await page.setViewportSize(size);
    await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`) });
    await page.locator('section', { has: heading }).screenshot({ path: testInfo.outputPath(`${name}-${size.width}-section.png`) });
  }
}

test('on a phone the camera comes first, keeps scanning, counts each invoice once and adds them up', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await openChecker(page, '/lottery/check');
  const qr = page.getByRole('region', { name: '掃描電子發票 QR Code' });
  const camera = qr.getByRole('button', { name: '用相機掃描' });
  await expect(camera).toBeEnabled();
  // Camera first, then the pasted text and the photo, on screen and in keyboard order.
  const top = async (name: string) => (await qr.getByLabel(name).boundingBox())!.y;
  const cameraTop = (await camera.boundingBox())!.y;
  expect(cameraTop).toBeLessThan(await top('QR Code 文字內容'));
  expect(cameraTop).toBeLessThan(await top('或上傳 QR Code 照片'));
  await camera.focus();
  await page.keyboard.press('Tab');
  await expect(qr.getByLabel('讀到發票時發出提示音並震動')).toBeFocused();
  await expect(qr.getByLabel('讀到發票時發出提示音並震動')).toBeChecked();

  await camera.focus();
  await page.keyboard.press('Enter');
  const stop = qr.getByRole('button', { name: '關閉相機' });
  await expect(stop).toBeFocused();
  await expect(qr.getByLabel('相機畫面')).toBeVisible();

  const list = qr.getByRole('list', { name: '本次對獎清單' });
  // The first invoice is announced (it stays up until the next one is read, 2.5 s later).
  await expect(list.getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await expect.poll(() => announced(page)).toContainEqual(expect.stringMatching(/^第 1 張 (AB-54348835|CD-12344397|GH-11111111)：/));
  // One loop of the video (10 s) shows all three; the camera stays on throughout.
  await expect(list.getByRole('listitem')).toHaveCount(3, { timeout: 30_000 });
  await expect(qr.getByText(/^(AB-54348835|CD-12344397|GH-11111111) 已掃描過，不重複計算。$/)).toBeVisible({ timeout: 30_000 });
  await expect(qr.getByLabel('相機畫面')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: 'AB-54348835' })).toContainText('頭獎 200,000 元，實領 159,200 元');
  await expect(list.getByRole('listitem').filter({ hasText: 'CD-12344397' })).toContainText('六獎 200 元，實領 200 元');
  await expect(list.getByRole('listitem').filter({ hasText: 'GH-11111111' })).toContainText('115年09-10月 尚無開獎號碼，無法對獎');
  await expect(qr.getByText('共 3 張，2 張中獎，實領合計 159,400 元。')).toBeVisible();
  await expect(qr.getByText('1 張尚無開獎號碼。')).toBeVisible();
  // Newest first, numbered in reading order.
  await expect(list.getByRole('listitem').first()).toContainText('第 3 張');
  await screenshots(page, testInfo, 'scan-zh', [PHONE, DESKTOP]);
  await page.setViewportSize(PHONE);

  const [download] = await Promise.all([page.waitForEvent('download'), qr.getByRole('button', { name: '下載清單（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe('tax-cloud-scans-2026-11-30.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFno,number,date,period,result,prize,prize_name,amount_ntd,net_ntd,claimable,claim_to,invoice_total_ntd,seller_ban,note\r\n')).toBe(true);
  const rows = parseCsvRecords(csv.slice(1)).slice(1);
  // The video loops, so which invoice came first depends on when the camera started.
  expect(rows.map((row) => row[0])).toEqual(['1', '2', '3']);
  expect(rows.map((row) => row.slice(1)).sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual([
    ['AB54348835', '2026-08-15', '11507', 'won', 'first', '頭獎', '200000', '159200', 'yes', '2027-01-05', '105', '12345678', ''],
    ['CD12344397', '2026-08-20', '11507', 'won', 'sixth', '六獎', '200', '200', 'yes', '2027-01-05', '105', '12345678', ''],
    ['GH11111111', '2026-10-10', '11509', 'unavailable', '', '', '', '', '', '', '105', '12345678', '115年09-10月 尚無開獎號碼，無法對獎'],
  ]);

  await expectNoViolations(page);

  await stop.click();
  await expect(camera).toBeFocused();
  await expect(qr.getByLabel('相機畫面')).toHaveCount(0);
  expect(await trackStates(page)).toEqual(['ended']);

  // A reload keeps the list (sessionStorage); clearing it can be undone.
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await qr.getByRole('button', { name: '清除清單' }).click();
  await expect(list).toHaveCount(0);
  const undo = qr.getByRole('button', { name: '復原清單' });
  await expect(undo).toBeFocused();
  await expect(undo).toHaveAccessibleDescription('已清除 3 張發票。');
  await undo.click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(qr.getByRole('button', { name: '清除清單' })).toBeFocused();
  await qr.getByRole('button', { name: '清除清單' }).click();
  await page.reload();
  await expect(camera).toBeEnabled();
  await expect(list).toHaveCount(0);
});

test('in English the list, the totals and the announcements read the same', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  await openChecker(page, '/en/lottery/check');
  const qr = page.getByRole('region', { name: 'Scan an e-invoice QR code' });
  await qr.getByRole('button', { name: 'Scan with the camera' }).click();
  const list = qr.getByRole('list', { name: 'Invoices checked this session' });
  await expect(list.getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await expect.poll(() => announced(page)).toContainEqual(expect.stringMatching(/^No\. 1 (AB-54348835|CD-12344397|GH-11111111): /));
  await expect(list.getByRole('listitem')).toHaveCount(3, { timeout: 30_000 });
  await expect(list.getByRole('listitem').filter({ hasText: 'AB-54348835' })).toContainText('First prize, NT$200,000 (NT$159,200 after tax)');
  await expect(list.getByRole('listitem').filter({ hasText: 'GH-11111111' })).toContainText('No winning numbers for Sep–Oct 2026 here yet, so it cannot be checked');
  await expect(qr.getByText('3 invoices, 2 winners, NT$159,400 after tax in total.')).toBeVisible();
  await expect(qr.getByText('1 invoice has no winning numbers yet.')).toBeVisible();
  await screenshots(page, testInfo, 'scan-en', [DESKTOP, PHONE]);
  await expectNoViolations(page);
  await qr.getByRole('button', { name: 'Stop the camera' }).click();
  expect(await trackStates(page)).toEqual(['ended']);
});
