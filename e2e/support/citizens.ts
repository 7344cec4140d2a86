/**
 * A citizen of one's own: tests that lock, reset, sign out everywhere or link cards register a
 * fresh account (through the page and the local inbox, as a person would), so journeys running
 * at the same time on the other worker never find a demo citizen locked, reset or signed out.
 */
import { expect, type Page } from '@playwright/test';
import { linkIn, readMail } from './inbox';

export type NewCitizen = { email: string; barcode: string; code: string };

let counter = 0;

/** Registers and confirms a new account in Chinese; leaves the page on the confirmation. */
export async function registerCitizen(page: Page, base = ''): Promise<NewCitizen> {
  const email = `e2e-${process.pid}-${Date.now()}-${++counter}@example.com`;
  const code = `Fresh-code-${counter}!`;
  await page.goto(`${base}/register`);
  await page.getByLabel('電子郵件', { exact: true }).fill(email);
  await page.getByLabel('設定驗證碼', { exact: true }).fill(code);
  await page.getByLabel('再輸入一次驗證碼', { exact: true }).fill(code);
  await page.getByRole('button', { name: '註冊', exact: true }).click();
  await expect(page.getByRole('heading', { name: '請查看您的電子郵件' })).toBeVisible();
  const mail = await readMail(email, '稅務雲：請確認您的電子郵件');
  const barcode = /您的手機條碼是 (\/[0-9A-Z.+-]{7})/.exec(mail)![1]!;
  await page.goto(`${base}${linkIn(mail, '/register/confirm')}`);
  await page.getByRole('button', { name: '完成註冊' }).click();
  await expect(page.getByRole('heading', { name: '註冊完成' })).toBeVisible();
  return { email, barcode, code };
}
