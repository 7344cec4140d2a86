/**
 * Publishing a period's cloud-invoice prize list as a file (CSV or text, invoice number and
 * amount a line): through the staff form's server action (a real File in the FormData) and
 * through POST /api/v1/admin/lottery/periods (`cloudFile`). Bad lines are refused one by one and
 * nothing is written; a good file replaces the period's lists, is audited with its hash, and the
 * citizen whose invoice is on it sees the prize in /me/invoices (lib/invoices → lib/lottery).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { listAuditLog } from '@/lib/audit';
import { getInvoice } from '@/lib/invoices/store';
import { sourcedPeriods } from '@/lib/lottery/records';
import { createTestDb, type TestDb } from './support/test-db';
import { createCarrier, createCitizen, createInvoice, ensureWorldShape } from './support/world';
import { expectDocumented } from '../support/documented';

const fake = vi.hoisted(() => ({ principal: null as null | Record<string, unknown>, db: null as unknown }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () => (fake.principal ? { ok: true, principal: fake.principal } : { ok: false, reason: 'unauthenticated' }),
}));
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? fake.db,
  getDb: async () => fake.db,
}));
vi.mock('@/lib/lottery/catalog', async (original) => (await import('./support/catalog-mock')).catalogOn(await original(), () => fake.db));
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), revalidateTag: () => undefined, updateTag: () => undefined }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.44' }) }));
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: namespace as never }),
}));

const { publishPeriodAction } = await import('@/lib/lottery/publish-actions');
const { POST } = await import('@/app/api/v1/admin/lottery/periods/route');

const ORIGIN = 'http://localhost:3000';
// The newest sourced period with all its numbers known (drawn: prizes are shown).
const sourced = sourcedPeriods().find((p) => p.numbers.special && p.numbers.grand && p.numbers.first.length === 3)!;
const PERIOD = sourced.key;
/** A day in the period's first or second month: 11407, 0, '15' → 2025-07-15. */
const dayIn = (month: 0 | 1, day: string) => `${Number(PERIOD.slice(0, 3)) + 1911}-${String(Number(PERIOD.slice(3)) + month).padStart(2, '0')}-${day}`;
// The sourced numbers again: a correction that only adds the cloud-invoice list.
const numbers = { period: PERIOD, special: sourced.numbers.special!, grand: sourced.numbers.grand!, first: [...sourced.numbers.first], additionalSixth: [...sourced.numbers.additionalSixth], sources: ['test'], correction: true };

let t: TestDb;
let citizen: string;
let official: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestDb();
  fake.db = t.db;
  await ensureWorldShape(t.db);
  citizen = await createCitizen(t.db, 'CloudWinner');
  const carrier = await createCarrier(t.db, '3J0002', '/TAXW001', citizen);
  await createInvoice(t.db, carrier.buyerId, 'WQ70000001', dayIn(0, '15'), 300);
  await createInvoice(t.db, carrier.buyerId, 'WQ70000002', dayIn(1, '02'), 40);
  // A seller of the seeded store with a township, so the invoice's detail has its address.
  await sql`update stat_invoices set seller_id = (
      select s.id from stat_sellers s join stat_townships t on t.code = s.township_code order by s.id limit 1)
    where buyer_id = ${carrier.buyerId}`.execute(t.db);
  const row = await t.db.selectFrom('users').select(['id', 'email']).where('email', '=', 'official@taxcloud.example').executeTakeFirstOrThrow();
  official = { kind: 'staff', id: row.id, name: 'Official', email: row.email, roles: ['official'] };
});
afterAll(() => t?.close());
beforeEach(() => {
  fake.principal = official;
});

const cloudRows = () => t.db.selectFrom('cloud_prize_numbers').select(['invoice_number', 'prize']).where('period_key', '=', PERIOD).orderBy('invoice_number').execute();

function form(file: string | null, fields: Record<string, string> = {}) {
  const data = new FormData();
  data.set('locale', 'zh-Hant-TW');
  for (const [k, v] of Object.entries({ period: PERIOD, special: numbers.special, grand: numbers.grand, first1: numbers.first[0]!, first2: numbers.first[1]!, first3: numbers.first[2]!, additionalSixth: numbers.additionalSixth.join(' '), sources: 'test', correction: 'on', ...fields })) {
    data.set(k, v);
  }
  // What a browser sends when no file is chosen: an empty file.
  data.set('cloudFile', new File(file === null ? [] : [file], file === null ? '' : 'cloud.csv', { type: 'text/csv' }));
  return data;
}

const post = (body: unknown) =>
  POST(new Request(`${ORIGIN}/api/v1/admin/lottery/periods`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(body) }));

describe('the publishing form’s file upload', () => {
  it('refuses a file with bad lines, naming each line in the page’s language; nothing is written, the refusal is audited', async () => {
    const before = await cloudRows();
    const result = await publishPeriodAction({}, form('發票號碼,獎金\nWQ70000001,2000\nWQ7000000,500\nAB12345678,999\nWQ70000001,800\n'));
    expect(result.ok).toBeUndefined();
    expect(result.errors?.cloudFile).toEqual([
      '第 3 行：「WQ7000000」不是發票號碼（2 個英文字母加 8 位數字，例如 AB12345678）。',
      '第 4 行：「999」不是雲端發票專屬獎的金額（1,000,000、2,000、800 或 500）。',
      '第 5 行：WQ70000001 已在第 2 行出現過。',
    ]);
    expect(await cloudRows()).toEqual(before);
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'lottery.publish_refused', details: { code: 'cloud_file', file: 'cloudFileLines', badLines: 3 } });
  });

  it('refuses a file beside numbers typed in the lists', async () => {
    const result = await publishPeriodAction({}, form('WQ70000001,2000', { cloud500: 'AB12345678' }));
    expect(result.errors?.cloudFile).toEqual(['請擇一：在上方清單填寫號碼，或上傳檔案。']);
  });

  it('publishes a good file: the lists replaced, audited with the file’s hash, and the citizen sees the prize', async () => {
    const file = 'invoice_number,amount\nWQ70000001,2000\nZZ00000001,500\n';
    const result = await publishPeriodAction({}, form(file));
    expect(result).toMatchObject({ ok: true });
    expect(await cloudRows()).toEqual([
      { invoice_number: 'WQ70000001', prize: 'cloud2000' },
      { invoice_number: 'ZZ00000001', prize: 'cloud500' },
    ]);
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({
      action: 'lottery.correct',
      target: `lottery_period:${PERIOD}`,
      details: { cloud: { cloud2000: 1, cloud500: 1 }, cloudFile: { rows: 2, sha256: createHash('sha256').update(file).digest('hex') } },
    });
    const invoice = await getInvoice(citizen, 'WQ70000001', { db: t.db });
    expect(invoice?.prize).toMatchObject({ key: 'cloud2000', amount: 2000 });
    expect((await getInvoice(citizen, 'WQ70000002', { db: t.db }))?.prize ?? null).toBeNull();
  });

  it('without a file (an empty one, as browsers send) leaves the lists alone', async () => {
    expect(await publishPeriodAction({}, form(null))).toMatchObject({ ok: true });
    expect(await cloudRows()).toHaveLength(2);
  });

  it('a staff member without the permission publishes nothing', async () => {
    fake.principal = null;
    const result = await publishPeriodAction({}, form('WQ70000002,800'));
    expect(result.ok).toBeUndefined();
    expect(await cloudRows()).toHaveLength(2);
  });
});

describe('POST /api/v1/admin/lottery/periods with cloudFile', () => {
  it('answers 400 with one English message per bad line, writing nothing', async () => {
    const response = await post({ ...numbers, cloudFile: 'WQ70000002,2000\nWQ70000002,800\nnope,500' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields.cloudFile).toEqual([
      'Line 2: WQ70000002 is already on line 1.',
      'Line 3: “nope” is not an invoice number (2 letters and 8 digits, like AB12345678).',
    ]);
    expect(await cloudRows()).toHaveLength(2);
  });

  it('answers 400 for both lists and a file, and for more than 1,000 rows', async () => {
    const both = await post({ ...numbers, cloud: { cloud500: ['AB12345678'] }, cloudFile: 'WQ70000002,800' });
    expect(both.status).toBe(400);
    expect((await both.json()).error.fields.cloudFile).toEqual(['Either fill in the lists above or upload a file, not both.']);
    const many = Array.from({ length: 1001 }, (_, i) => `AB${String(i).padStart(8, '0')},500`).join('\n');
    const tooMany = await post({ ...numbers, cloudFile: many });
    expect(tooMany.status).toBe(400);
    await expectDocumented(tooMany, '/api/v1/admin/lottery/periods', 'post');
    expect((await tooMany.json()).error.fields.cloudFile).toEqual(['The file has 1001 rows; at most 1000 can be published at once.']);
  });

  it('publishes a good file (a correction: 200) and the new list replaces the old', async () => {
    const response = await post({ ...numbers, cloudFile: 'WQ70000002\t800\n' });
    expect(response.status).toBe(200);
    await expectDocumented(response, '/api/v1/admin/lottery/periods', 'post');
    expect(await cloudRows()).toEqual([{ invoice_number: 'WQ70000002', prize: 'cloud800' }]);
    expect((await getInvoice(citizen, 'WQ70000002', { db: t.db }))?.prize).toMatchObject({ key: 'cloud800', amount: 800 });
    expect((await getInvoice(citizen, 'WQ70000001', { db: t.db }))?.prize ?? null).toBeNull();
  });
});
