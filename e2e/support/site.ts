/**
 * What a user sees, per language: labels from content/messages/*.json, the site's pages and
 * the seeded demo staff. Shared by the specs; not a spec itself.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];

/** The public path of `path` in a language: Chinese unprefixed, English under /en. */
export function url(lang: Lang, path: string): string {
  if (lang === 'zh') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hant-TW', en: 'en' };

export const LABELS = {
  zh: {
    skip: '跳到主要內容',
    mainNav: '主選單',
    footerNav: '網站資訊',
    switchTo: 'English',
    nav: { lottery: '統一發票', stats: '統計', calculators: '試算', forum: '意見交流', help: '說明' },
    footer: { privacy: '隱私權及資訊安全政策', accessibility: '無障礙聲明', openData: '政府資料開放授權條款', contact: '聯絡我們' },
    notFound: '找不到這個頁面',
    forbidden: '沒有權限',
    signInTitle: '工作人員登入',
    email: '電子郵件',
    password: '密碼',
    submit: '登入',
    signOut: '登出',
    errorSummary: '請修正以下問題',
    emailInvalid: '請輸入有效的電子郵件地址，例如 name@example.gov.tw。',
    passwordRequired: '請輸入密碼。',
    invalidCredentials: '電子郵件或密碼不正確。',
    lockedOut: /登入失敗次數過多，請於 \d+ 分鐘後再試。/,
    dashboard: '工作人員專區',
    roleAdmin: '系統管理員',
    roleOfficial: '承辦人',
    roleModerator: '論壇管理員',
    auditLink: '查看稽核紀錄',
    auditTitle: '稽核紀錄',
  },
  en: {
    skip: 'Skip to main content',
    mainNav: 'Main menu',
    footerNav: 'Site information',
    switchTo: '中文',
    nav: { lottery: 'Lottery', stats: 'Statistics', calculators: 'Calculators', forum: 'Forum', help: 'Help' },
    footer: { privacy: 'Privacy and security policy', accessibility: 'Accessibility statement', openData: 'Open data licence', contact: 'Contact' },
    notFound: 'Page not found',
    forbidden: 'Not allowed',
    signInTitle: 'Staff sign-in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    signOut: 'Sign out',
    errorSummary: 'There is a problem',
    emailInvalid: 'Enter a valid email address, like name@example.gov.tw.',
    passwordRequired: 'Enter your password.',
    invalidCredentials: 'The email or password is not correct.',
    lockedOut: /Too many failed attempts\. Try again in \d+ minutes?\./,
    dashboard: 'Staff area',
    roleAdmin: 'Administrator',
    roleOfficial: 'Official',
    roleModerator: 'Moderator',
    auditLink: 'View the audit log',
    auditTitle: 'Audit log',
  },
} as const;

/** Every public page (without locale). /admin pages are separate: they need a session. */
export const PUBLIC_PAGES = [
  '/',
  '/lottery',
  '/lottery/check',
  '/lottery/periods',
  '/lottery/sources',
  '/lottery/11409',
  '/lottery/11407',
  '/stats',
  '/stats/industry',
  '/stats/county',
  '/stats/carrier',
  '/stats/age-gender',
  '/stats/hour-weekday',
  '/stats/donations',
  '/data',
  '/data/einvoice-county-monthly',
  '/calculators',
  '/calculators/late-fee',
  '/calculators/license-tax',
  '/calculators/income-tax',
  '/forum',
  '/forum/1',
  '/account',
  '/developers',
  '/developers/reference',
  '/help',
  '/help/carrier',
  '/help/claim-prize',
  '/help/your-data',
  '/privacy',
  '/accessibility',
  '/open-data-licence',
  '/contact',
  '/staff/sign-in',
  '/sign-in',
  '/sign-in/reset',
  '/register',
] as const;

export const STAFF = {
  admin: { email: 'admin@taxcloud.example', password: 'TaxCloud-admin-2026' },
  official: { email: 'official@taxcloud.example', password: 'TaxCloud-official-2026' },
  moderator: { email: 'moderator@taxcloud.example', password: 'TaxCloud-moderator-2026' },
} as const;

/** Fills in and submits the staff sign-in form on the current page. */
export async function submitSignIn(page: Page, lang: Lang, email: string, password: string): Promise<void> {
  const l = LABELS[lang];
  await page.getByLabel(l.email, { exact: true }).fill(email);
  await page.getByLabel(l.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: l.submit, exact: true }).click();
}

/** Signs in from the sign-in page and waits for the staff dashboard. */
export async function signIn(page: Page, lang: Lang, account: { email: string; password: string }): Promise<void> {
  await page.goto(url(lang, '/staff/sign-in'));
  await submitSignIn(page, lang, account.email, account.password);
  await expect(page).toHaveURL(url(lang, '/admin'));
  await expect(page.getByRole('heading', { level: 1, name: LABELS[lang].dashboard })).toBeVisible();
}

/**
 * The form's error summary (role=alert, named by its heading). Named, because Next.js adds
 * its own empty role=alert route announcer to every page.
 */
export function errorSummary(page: Page, lang: Lang): Locator {
  return page.getByRole('alert', { name: LABELS[lang].errorSummary });
}
