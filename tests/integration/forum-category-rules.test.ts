/**
 * An admin's endorsement rules per category (issue 14 item 2): only `forum:configure` (admins)
 * may change them — the real access rule, with an official and a moderator refused and audited —
 * bad values are refused by field, each change is audited with the rules before and after, and a
 * change applies to proposals made afterwards only.
 */
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { listAuditLog } from '@/lib/audit';
import type { Principal } from '@/lib/auth/principal';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

const fake = vi.hoisted(() => ({ principal: null as null | Record<string, unknown>, db: null as unknown, expired: [] as string[] }));
vi.mock('@/lib/auth/principal', async (original) => ({ ...(await original<typeof import('@/lib/auth/principal')>()), getPrincipal: async () => fake.principal }));
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', async (original) => ({ ...(await original<typeof import('@/lib/db')>()), resolveDb: async (db?: unknown) => db ?? fake.db, getDb: async () => fake.db }));
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => void fake.expired.push(tag),
  refresh: () => undefined,
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.45' }) }));
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) => createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: namespace as never }),
}));

const { categoryRulesAction } = await import('@/lib/forum/admin-actions');
const { createThread, listCategories } = await import('@/lib/forum/store');

let t: TestDb;
const staff: Record<string, Principal> = {};
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ locale: 'zh-Hant-TW', ...fields })) data.set(k, v);
  return data;
};

beforeAll(async () => {
  t = await createTestDb();
  fake.db = t.db;
  for (const role of ['admin', 'official', 'moderator'] as const) {
    const row = await t.db.selectFrom('users').select(['id', 'email']).where('email', '=', `${role}@taxcloud.example`).executeTakeFirstOrThrow();
    staff[role] = { kind: 'staff', id: row.id, name: role, email: row.email!, roles: [role] };
  }
});
afterAll(() => t?.close());
beforeEach(() => {
  fake.principal = staff.admin!;
  fake.expired.length = 0;
});

describe('forum category rules (admin)', () => {
  it('start at 5,000 endorsements within 60 days in every category', async () => {
    for (const c of await listCategories({ db: t.db })) expect(c).toMatchObject({ threshold: 5000, days: 60 });
  });

  it('refuse officials, moderators, citizens and signed-out visitors, and audit the staff refusals', async () => {
    const citizen = await createCitizen(t.db, 'Rules citizen');
    for (const who of [staff.official!, staff.moderator!, { kind: 'citizen', id: citizen, name: 'c', email: 'c@citizens.test', roles: [] }, null]) {
      fake.principal = who;
      const state = await categoryRulesAction({}, form({ category: 'open-data', threshold: '10', days: '5' }));
      expect(state.ok).toBeFalsy();
      expect(state.message).toBeTruthy();
    }
    expect((await listCategories({ db: t.db })).find((c) => c.slug === 'open-data')).toMatchObject({ threshold: 5000, days: 60 });
    for (const role of ['official', 'moderator']) {
      const refusals = (await listAuditLog({ limit: 20, actorId: staff[role]!.id }, t.db)).filter((e) => e.action === 'auth.forbidden');
      expect(refusals, role).toHaveLength(1);
      expect(refusals[0]!.details).toMatchObject({ permission: 'forum:configure' });
    }
    expect(fake.expired).toEqual([]);
  });

  it('refuse values outside 1–1,000,000 and 1–365 days, by field, in plain words', async () => {
    const state = await categoryRulesAction({}, form({ category: 'open-data', threshold: '0', days: '400' }));
    expect(state.errors).toEqual({ threshold: ['請輸入 1 到 1,000,000 之間的整數。'], days: ['請輸入 1 到 365 之間的整數。'] });
    const words = await categoryRulesAction({}, form({ category: 'open-data', threshold: 'many', days: '1.5', locale: 'en' }));
    expect(words.errors).toEqual({ threshold: ['Enter a whole number from 1 to 1,000,000.'], days: ['Enter a whole number from 1 to 365.'] });
    expect((await categoryRulesAction({}, form({ category: 'nope', threshold: '10', days: '5' }))).errors?.category).toHaveLength(1);
  });

  it('save an admin’s rules, audited with before and after, for proposals made afterwards only', async () => {
    const author = await createCitizen(t.db, 'Rules author');
    await t.db.updateTable('users').set({ created_at: new Date(Date.now() - 3 * 86_400_000) }).where('id', '=', author).execute();
    const before = await createThread(author, { category: 'open-data', kind: 'proposal', title: '規則修改前的提案', body: '內容' }, { db: t.db });
    if (!before.ok) throw new Error(before.code);
    fake.expired.length = 0;

    const state = await categoryRulesAction({}, form({ category: 'open-data', threshold: '1200', days: '30' }));
    expect(state).toMatchObject({ ok: true, data: { message: '已儲存。之後在此分類提出的提案，需要 30 天內 1,200 人附議。' } });
    expect(fake.expired).toEqual(['forum-categories']);
    expect((await listCategories({ db: t.db })).find((c) => c.slug === 'open-data')).toMatchObject({ threshold: 1200, days: 30 });
    const [entry] = (await listAuditLog({ limit: 5, actorId: staff.admin!.id }, t.db)).filter((e) => e.action === 'forum.category_rules');
    expect(entry).toMatchObject({ actorLabel: 'admin@taxcloud.example', target: 'forum_category:open-data', details: { from: { threshold: 5000, days: 60 }, to: { threshold: 1200, days: 30 } } });

    const after = await createThread(author, { category: 'open-data', kind: 'proposal', title: '規則修改後的提案', body: '另一段內容' }, { db: t.db });
    if (!after.ok) throw new Error(after.code);
    const rows = await t.db.selectFrom('forum_threads').select(['id', 'endorsement_threshold', 'endorse_until', 'created_at']).where('id', 'in', [before.value.id, after.value.id]).orderBy('id').execute();
    expect(rows.map((r) => Number(r.endorsement_threshold))).toEqual([5000, 1200]);
    const days = rows.map((r) => Math.round((new Date(r.endorse_until!).getTime() - new Date(r.created_at).getTime()) / 86_400_000));
    expect(days).toEqual([60, 30]);

    // The same rules again: nothing changed, nothing audited or expired.
    fake.expired.length = 0;
    expect(await categoryRulesAction({}, form({ category: 'open-data', threshold: '1200', days: '30' }))).toMatchObject({ ok: true, data: { message: '規則與原本相同，沒有修改。' } });
    expect(fake.expired).toEqual([]);
    expect((await listAuditLog({ limit: 20, actorId: staff.admin!.id }, t.db)).filter((e) => e.action === 'forum.category_rules')).toHaveLength(1);
  });
});
