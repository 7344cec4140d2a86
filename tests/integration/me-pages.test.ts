/**
 * The personal pages render for a (faked) signed-in citizen, in both languages, with real data
 * from the database: the page functions are called as Next calls them and their element tree is
 * rendered to HTML. Translations come from the message files; links are plain anchors. The
 * Playwright journey comes once citizen sign-in is merged.
 */
import { sql } from 'kysely';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { LOVE_CODE_DIRECTORY } from '@/lib/donations/directory';
import { donateInvoice } from '@/lib/donations/store';
import { createTestDb, type TestDb } from './support/test-db';
import { now } from '@/lib/clock';
import { todayInTaipei } from '@/lib/i18n/format';
import { createCarrier, createCitizen, createInvoice, ensureWorldShape } from './support/world';

const fake = vi.hoisted(() => ({ principal: null as null | Record<string, unknown>, db: null as unknown, staffRoles: ['official'] as string[] }));
vi.mock('@/lib/auth/principal', () => ({
  requireCitizenPage: async () => {
    if (!fake.principal) throw new Error('NEXT_REDIRECT sign-in');
    return fake.principal;
  },
}));
vi.mock('@/lib/auth/session', () => ({
  requireStaffPage: async () => ({ status: fake.staffRoles.includes('official') || fake.staffRoles.includes('admin') ? 'ok' : 'forbidden', staff: { roles: fake.staffRoles } }),
}));
vi.mock('@/lib/db', () => ({ resolveDb: async (db?: unknown) => db ?? fake.db, getDb: async () => fake.db }));
vi.mock('@/lib/lottery/catalog', async (original) => (await import('./support/catalog-mock')).catalogOn(await original(), () => fake.db as never));
vi.mock('next-intl/server', () => ({
  setRequestLocale: () => undefined,
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: namespace as never }),
}));
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: unknown }) => createElement('a', { href, ...rest }, children as never),
}));

// The table's client-side navigation needs Next's router; the rows' plain links are what is tested.
vi.mock('@/components/ui/link-region', () => ({ LinkRegion: ({ children }: { children: unknown }) => children }));

type Page = (props: { params: Promise<{ locale: string }>; searchParams?: Promise<Record<string, string>> }) => Promise<ReactElement>;
const pages: Record<string, Page> = {
  carriers: (await import('@/app/[locale]/(citizen)/me/carriers/page')).default as Page,
  barcode: (await import('@/app/[locale]/(citizen)/me/carriers/barcode/page')).default as Page,
  bank: (await import('@/app/[locale]/(citizen)/me/bank-account/page')).default as Page,
  donations: (await import('@/app/[locale]/(citizen)/me/donations/page')).default as Page,
  admin: (await import('@/app/[locale]/(staff)/admin/donations/page')).default as Page,
  invoices: (await import('@/app/[locale]/(citizen)/me/invoices/page')).default as Page,
};

let t: TestDb;
let alice: string;
let barcodeBuyer: number;
const ORG = LOVE_CODE_DIRECTORY[0]!;

beforeAll(async () => {
  t = await createTestDb();
  fake.db = t.db;
  await ensureWorldShape(t.db);
  alice = await createCitizen(t.db, 'Alice');
  const barcode = await createCarrier(t.db, '3J0002', '/TAXA004', alice);
  barcodeBuyer = barcode.buyerId;
  await createCarrier(t.db, '1K0001', '1234123412341234', alice);
  const today = new Date().toISOString().slice(0, 10);
  await createInvoice(t.db, barcode.buyerId, 'SA40000001', today, 99);
  await donateInvoice(alice, 'SA40000001', ORG.code, 'page-test-key', { db: t.db });
});
afterAll(() => t?.close());
beforeEach(() => {
  fake.principal = { kind: 'citizen', id: alice, name: '/TAXA004', email: 'alice@citizens.test', roles: [] };
});

async function render(name: string, locale: string, searchParams: Record<string, string> = {}): Promise<string> {
  const element = await pages[name]!({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(searchParams) });
  return renderToString(element);
}

describe('personal pages render for a signed-in citizen', () => {
  it('/me/carriers: the barcode, the linked card masked, the link form with every linkable type', async () => {
    const html = await render('carriers', 'zh-Hant-TW');
    expect(html).toContain('我的載具');
    expect(html).toContain('/TAXA004');
    expect(html).toContain('••••1234');
    expect(html).not.toContain('1234123412341234');
    expect(html).toContain('悠遊卡');
    expect(html).toMatch(/民國\d+年/); // ROC date of linking on Chinese pages
    for (const label of ['自然人憑證', '一卡通', 'icash 愛金卡', '信用卡', '會員卡']) expect(html).toContain(`>${label}</option>`);
    expect(html).not.toContain('>手機條碼</option>');
    expect(await render('carriers', 'en')).toContain('Link a carrier');
  });

  it('/me/carriers/barcode: the Code 39 SVG on white and the brightness note', async () => {
    const html = await render('barcode', 'zh-Hant-TW');
    expect(html).toContain('<svg');
    expect(html).toContain('role="img"');
    expect(html).toContain('網頁沒辦法替您調整螢幕亮度');
    expect(await render('barcode', 'en')).toContain('cannot change your screen’s brightness');
  });

  it('/me/bank-account: masked account or none, and the form with the verification code', async () => {
    const html = await render('bank', 'zh-Hant-TW');
    expect(html).toContain('您還沒有設定領獎帳戶');
    expect(html).toContain('type="password"');
    expect(html.toLowerCase()).toContain('autocomplete="current-password"');
  });

  it('/me/donations: the directory (searchable), the form with a key, my donation masked', async () => {
    const html = await render('donations', 'zh-Hant-TW', { q: '食物銀行', code: ORG.code });
    expect(html).toContain('找到 5 個機構');
    expect(html).toContain('SA40000***');
    expect(html).not.toContain('SA40000001');
    expect(html).toContain(`value="${ORG.code}"`);
    expect(html).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
    expect(html).toContain('示範資料');
    const english = await render('donations', 'en', { q: 'zzz' });
    expect(english).toContain('No organisation matches.');
  });

  it('a page without a citizen goes to sign-in, never renders data', async () => {
    fake.principal = null;
    await expect(render('carriers', 'zh-Hant-TW')).rejects.toThrow(/sign-in/);
  });
});

describe('/admin/donations', () => {
  it('shows each organisation’s totals to an official, with no donor', async () => {
    const html = await render('admin', 'zh-Hant-TW');
    expect(html).toContain(ORG.name);
    expect(html).toContain('發票捐贈統計');
    expect(html).not.toContain('alice');
  });
});

describe('/me/invoices', () => {
  beforeAll(async () => {
    // 30 more of Alice's invoices today (Taiwan's day, the page's current period): two pages.
    const today = todayInTaipei(now());
    for (let i = 1; i <= 30; i++) await createInvoice(t.db, barcodeBuyer, `SB${String(40000000 + i)}`, today, 100 + i);
    // The world's helper leaves the seller to the test; the list joins each invoice's seller.
    await sql`update stat_invoices set seller_id = (select min(id) from stat_sellers) where buyer_id = ${barcodeBuyer}`.execute(t.db);
  });

  it('a table with column and row headers, a link per invoice, 25 rows a page and the next page kept filtered', async () => {
    const html = await render('invoices', 'zh-Hant-TW');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain('data-testid="my-invoices"');
    expect(table.match(/<th scope="col"/g)).toHaveLength(6);
    const rows = table.match(/<tr>.*?<\/tr>/g)!.slice(1); // after the header row
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(row).toMatch(/^<tr><th scope="row"><a href="\/me\/invoices\/S[AB]\d{8}">S[AB]-\d{8}<\/a><\/th>(<td[^>]*>[^<]+<\/td>){5}<\/tr>$/);
    expect(rows[0]).toContain('SB-40000030'); // newest first
    expect(rows[0]).toContain('>130<'); // the amount, without a class per cell (the table's CSS places it)
    const next = /href="(\/me\/invoices\?[^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const rest = await render('invoices', 'zh-Hant-TW', Object.fromEntries(new URL(next, 'http://x').searchParams));
    const restRows = rest.slice(rest.indexOf('<tbody'), rest.indexOf('</tbody>')).match(/<tr>/g);
    expect(restRows).toHaveLength(31 - 25);
    expect(rest).not.toContain('SB-40000030');
    // A `limit` in the address still chooses the page's length, as in the API.
    const all = await render('invoices', 'en', { limit: '100' });
    expect(all.slice(all.indexOf('<tbody'), all.indexOf('</tbody>')).match(/<tr>/g)).toHaveLength(31);
  });
});
