/**
 * Due-date reminders against a real database: the private calendar feed answers only its current
 * token (renewed or revoked → 404), lists the unpaid due dates as iCalendar events, and the
 * three-days-before e-mail goes out once per bill even when the job runs twice or concurrently.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { sendDueReminders } from '@/lib/tax-bills/reminder-job';
import { createDemoCitizens, type TestCitizens } from './support/citizens';
import { createTestDb, type TestDb } from './support/test-db';

const state = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
}));
vi.stubEnv('TAX_CLOUD_NOW', '2026-11-27T01:00:00Z');

const feed = (await import('@/app/api/v1/tax/calendar/[token]/route')).GET;
const { renewCalendarFeed, revokeCalendarFeed } = await import('@/lib/tax-bills/reminders');

let t: TestDb;
let db: Kysely<Database>;
let citizens: TestCitizens;
const get = (token: string) => feed(new Request(`http://localhost:3000/api/v1/tax/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  state.db = db;
  citizens = await createDemoCitizens(db);
}, 120_000);
afterAll(() => t?.close());

describe('calendar feed', { timeout: 60_000 }, () => {
  it('lists my unpaid due dates, and stops answering when renewed or revoked', async () => {
    const owner = citizens.ids[0]!;
    const first = await renewCalendarFeed(owner);
    const r = await get(first);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await r.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261130');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261116');
    expect(ics).toContain('TRIGGER:-P3D');
    // Paid bills are not in it.
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20260430');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const second = await renewCalendarFeed(owner);
    expect((await get(first)).status).toBe(404);
    expect((await get(second)).status).toBe(200);
    await revokeCalendarFeed(owner);
    expect((await get(second)).status).toBe(404);
    expect((await get('not-a-token')).status).toBe(404);
  });
});

describe('three-days-before e-mail', { timeout: 60_000 }, () => {
  it('mails the owner of each unpaid bill due in three days, once, and retries after a failed send', async () => {
    const at = new Date('2026-11-27T01:00:00Z'); // 2026-11-27 in Taipei: bills due 2026-11-30
    const failing = { send: vi.fn(async () => Promise.reject(new Error('smtp down'))) };
    expect(await sendDueReminders(db, failing, at, 'http://localhost:3000')).toBe(0);
    expect(failing.send).toHaveBeenCalledTimes(1);

    const sent: { to: string; subject: string; text: string }[] = [];
    const mailer = { send: async (m: (typeof sent)[number]) => void sent.push(m) };
    const runs = await Promise.all([1, 2, 3].map(() => sendDueReminders(db, mailer, at, 'http://localhost:3000')));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'citizen1@taxcloud.example', subject: expect.stringContaining('地價稅 115年') });
    expect(sent[0]!.text).toContain('新臺幣 23,560 元');
    expect(await sendDueReminders(db, mailer, at, 'http://localhost:3000')).toBe(0);
  });
});
