/**
 * The checker's camera scan, with Chromium's fake camera playing a picture of an e-invoice's
 * two QR codes. A file of its own: the fake camera is a browser launch option.
 */
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { proofImage, y4m } from './support/qr-images';

const CAMERA_VIDEO = path.join(os.tmpdir(), `tax-cloud-e2e-camera-${process.pid}.y4m`);

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${CAMERA_VIDEO}`],
  },
});

// Runs before the browser starts: worker fixtures (the browser) are set up on first use.
test.beforeAll(async () => writeFileSync(CAMERA_VIDEO, y4m(await proofImage(), 640, 480)));
test.afterAll(() => rmSync(CAMERA_VIDEO, { force: true }));

test('the camera scans the left QR code, then stops, keeping keyboard focus on its button', async ({ page }) => {
  await page.goto('/en/lottery/check');
  // Keep a handle on the stream, to see that the scan releases the camera.
  await page.evaluate(() => {
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      (window as unknown as { scanStream: MediaStream }).scanStream = stream;
      return stream;
    };
  });
  await page.getByRole('button', { name: 'Scan with the camera' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop the camera' })).toBeFocused();
  const result = page.getByRole('region', { name: 'Scan an e-invoice QR code' }).getByRole('status');
  await expect(result.getByText('Congratulations! AB41016094 wins the first prize: NT$200,000.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Scan with the camera' })).toBeFocused();
  await expect(page.getByLabel('Camera preview')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { scanStream: MediaStream }).scanStream.getTracks().map((t) => t.readyState))).toEqual(['ended']);
});
