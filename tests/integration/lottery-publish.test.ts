import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { listPeriods } from '@/lib/lottery/catalog';
import { publishPeriod } from '@/lib/lottery/publish';
import { publishPeriodSchema } from '@/lib/lottery/publish-schema';
import { sourcedPeriods } from '@/lib/lottery/records';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
let official: { id: string; label: string };
beforeAll(async () => {
  t = await createTestDb();
  const row = await t.db.selectFrom('users').select(['id', 'email']).where('email', '=', 'official@taxcloud.example').executeTakeFirstOrThrow();
  official = { id: row.id, label: row.email! };
});
afterAll(() => t?.close());

const meta = { ip: '203.0.113.20', userAgent: 'vitest' };
// Made-up numbers for a future period: tests only, never shown as real.
const input = (over: Record<string, unknown> = {}) =>
  publishPeriodSchema.parse({ period: '11510', special: '11111111', grand: '22222222', first: ['33333333', '44444444', '55555555'], sources: ['test'], ...over });

describe('publishing winning numbers', () => {
  it('starts from the sourced periods (newest 115年07-08月)', async () => {
    const periods = await listPeriods(t.db);
    expect(periods[0]?.key).toBe('11507');
    expect(periods.length).toBe(sourcedPeriods().length);
  });

  it('refuses a period that does not follow the last one', async () => {
    expect(await publishPeriod(input({ period: '11511' }), official, meta, t.db)).toMatchObject({ ok: false, code: 'out_of_order', field: 'period' });
  });

  it('publishes the next period (either key form), audited, and lists it first', async () => {
    const result = await publishPeriod(input(), official, meta, t.db);
    expect(result).toEqual({ ok: true, key: '11509', revision: 1, correction: false });
    const [latest] = await listPeriods(t.db);
    expect(latest).toMatchObject({ key: '11509', origin: 'published', confidence: 'official', numbers: { special: '11111111', first: ['33333333', '44444444', '55555555'] } });
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'lottery.publish', actorLabel: official.label, target: 'lottery_period:11509', ip: '203.0.113.20' });
  });

  it('refuses to publish the same period twice', async () => {
    expect(await publishPeriod(input({ period: '11509' }), official, meta, t.db)).toMatchObject({ ok: false, code: 'exists', field: 'correction' });
  });

  it('accepts a marked correction, bumps the revision and records the previous numbers', async () => {
    const result = await publishPeriod(input({ grand: '22222223', correction: true }), official, meta, t.db);
    expect(result).toEqual({ ok: true, key: '11509', revision: 2, correction: true });
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry?.action).toBe('lottery.correct');
    expect(entry?.details).toMatchObject({ previous: { grand: '22222222' }, numbers: { grand: '22222223' } });
  });

  it('can correct a sourced period, which the published numbers then replace', async () => {
    const result = await publishPeriod(input({ period: '11407', special: '12121212', correction: true }), official, meta, t.db);
    expect(result).toMatchObject({ ok: true, key: '11407' });
    const period = (await listPeriods(t.db)).find((p) => p.key === '11407');
    expect(period).toMatchObject({ origin: 'published', numbers: { special: '12121212' } });
  });

  it('publishes a period’s cloud-invoice prize lists with a correction, replacing them as a whole, audited', async () => {
    const cloud = { cloud2000: ['AB12345678', 'CD87654321'], cloud500: ['EF00000001'] };
    expect(await publishPeriod(input({ period: '11509', correction: true, cloud }), official, meta, t.db)).toMatchObject({ ok: true });
    const rows = await t.db.selectFrom('cloud_prize_numbers').select(['invoice_number', 'prize']).where('period_key', '=', '11509').orderBy('invoice_number').execute();
    expect(rows).toEqual([
      { invoice_number: 'AB12345678', prize: 'cloud2000' },
      { invoice_number: 'CD87654321', prize: 'cloud2000' },
      { invoice_number: 'EF00000001', prize: 'cloud500' },
    ]);
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry?.details).toMatchObject({ cloud: { cloud2000: 2, cloud500: 1, cloud800: 0, previousCount: 0 } });
    await publishPeriod(input({ period: '11509', correction: true, cloud: { cloud1000000: ['GH11111111'] } }), official, meta, t.db);
    const after = await t.db.selectFrom('cloud_prize_numbers').select('invoice_number').where('period_key', '=', '11509').execute();
    expect(after.map((r) => r.invoice_number)).toEqual(['GH11111111']);
    const list = await t.db.selectFrom('cloud_prize_lists').select(['synthetic', 'published_by']).where('period_key', '=', '11509').executeTakeFirstOrThrow();
    expect(list).toEqual({ synthetic: false, published_by: official.id });
    // Numbers without a cloud field leave the lists alone.
    await publishPeriod(input({ period: '11509', correction: true }), official, meta, t.db);
    expect(await t.db.selectFrom('cloud_prize_numbers').select('invoice_number').where('period_key', '=', '11509').execute()).toHaveLength(1);
  });

  it('refuses a correction of a period that was never published', async () => {
    expect(await publishPeriod(input({ period: '11511', correction: true }), official, meta, t.db)).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('publishing rate limit', () => {
  it('locks an official out after 20 attempts in an hour, refused ones included', async () => {
    const { RateLimitError } = await import('@/lib/rate-limit/policies');
    const admin = await t.db.selectFrom('users').select('id').where('email', '=', 'admin@taxcloud.example').executeTakeFirstOrThrow();
    const actor = { id: admin.id, label: 'admin@taxcloud.example' };
    for (let i = 0; i < 20; i += 1) {
      expect(await publishPeriod(input({ period: '11601' }), actor, meta, t.db)).toMatchObject({ ok: false });
    }
    await expect(publishPeriod(input({ period: '11601' }), actor, meta, t.db)).rejects.toBeInstanceOf(RateLimitError);
    // Another official is not affected.
    expect(await publishPeriod(input({ period: '11601' }), official, meta, t.db)).toMatchObject({ ok: false, code: 'out_of_order' });
  });
});

describe('publish schema', () => {
  it('explains bad numbers per field', () => {
    const result = publishPeriodSchema.safeParse({ period: '11513', special: '1234567', grand: 'x', first: ['11111111', '11111111', '22222222'] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['period', 'special', 'grand']));
  });

  it('takes cloud-invoice prize lists of full invoice numbers, each number once, at most 1,000', () => {
    const base = { period: '11509', special: '11111111', grand: '22222222', first: ['33333333', '44444444', '55555555'], sources: ['test'] };
    expect(publishPeriodSchema.parse({ ...base, cloud: { cloud2000: ['ab-12345678'] } }).cloud).toEqual({ cloud2000: ['AB12345678'] });
    expect(publishPeriodSchema.safeParse({ ...base, cloud: { cloud2000: ['12345678'] } }).error?.issues[0]?.message).toBe('cloudNumber');
    expect(publishPeriodSchema.safeParse({ ...base, cloud: { cloud2000: ['AB12345678'], cloud500: ['AB12345678'] } }).error?.issues[0]?.message).toBe('cloudDistinct');
    expect(publishPeriodSchema.safeParse({ ...base, cloud: { cloud9: ['AB12345678'] } }).success).toBe(false);
    const many = Array.from({ length: 1001 }, (_, i) => `AB${String(i).padStart(8, '0')}`);
    expect(publishPeriodSchema.safeParse({ ...base, cloud: { cloud500: many } }).error?.issues[0]?.message).toBe('cloudCount');
  });

  it('needs three different first-prize numbers', () => {
    const result = publishPeriodSchema.safeParse({ period: '11509', special: '11111111', grand: '22222222', first: ['33333333', '33333333', '44444444'], sources: ['test'] });
    expect(result.error?.issues[0]?.path).toEqual(['first']);
  });
});
