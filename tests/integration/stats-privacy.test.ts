/**
 * Issue 5 item 5, the privacy test: every published cell of every dataset comes from at least k
 * distinct sellers and (for carrier holders) k distinct buyers, recounted with independent SQL;
 * no row identifies a seller or a buyer; no suppressed cell can be recovered from a total. The
 * negative controls show the test would fail if the build let such a cell through.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { auditDatasets } from '@/lib/stats/pipeline/privacy-audit';
import { buildFromStore } from '@/lib/stats/pipeline/build';
import { generateStore } from '@/lib/stats/synthetic/generate';
import type { BuiltDataset } from '@/lib/stats/pipeline/publish';
import { kyselyChunkWriter } from '@/lib/stats/synthetic/store';
import { createTestDb, type TestDb } from './support/test-db';

const K = 10;
let t: TestDb;
let db: Kysely<Database>;
let datasets: BuiltDataset[];

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await generateStore({ db, writer: kyselyChunkWriter(db), params: { seed: 11, invoices: 20_000, chunkSize: 5_000 }, reset: true });
  datasets = (await buildFromStore(db, { k: K })).datasets;
}, 120_000);
afterAll(() => t?.close());

const clone = (d: BuiltDataset, rows: BuiltDataset['rows']): BuiltDataset => ({
  ...d,
  rows,
  files: { ...d.files, json: `${JSON.stringify({ ...JSON.parse(d.files.json), rows })}\n` },
});

describe('privacy of the published statistics', { timeout: 120_000 }, () => {
  it('publishes no cell from fewer than k sellers or buyers, and no row that identifies anyone', async () => {
    expect(await auditDatasets(db, datasets, { k: K })).toEqual([]);
  });

  it('has published and suppressed cells both (the test data exercises the rules)', () => {
    const rows = datasets.flatMap((d) => d.rows);
    expect(rows.filter((r) => r.suppressed === false).length).toBeGreaterThan(500);
    expect(rows.filter((r) => r.suppressed === true).length).toBeGreaterThan(500);
    expect(datasets.some((d) => d.reasons.includes('secondary'))).toBe(true);
  });

  it('checks each published cell directly: ≥ k distinct sellers per industry and month', async () => {
    const counts = await sql<{ m: string; i: number; sellers: number }>`
      select to_char(issued_at, 'YYYY-MM') as m, i.key as i, count(distinct seller_id) as sellers
      from stat_invoices v join stat_industries i on i.code = v.industry_code group by 1, 2`.execute(db);
    const sellers = new Map(counts.rows.map((r) => [`${r.m}|${r.i}`, Number(r.sellers)]));
    const rows = datasets.find((d) => d.id === 'einvoice-industry-monthly')!.rows;
    for (const r of rows.filter((x) => x.suppressed === false)) {
      expect(sellers.get(`${r.month}|${r.industry_code}`)).toBeGreaterThanOrEqual(K);
    }
  });

  it('fails when cells from fewer than k sellers or buyers are published (built with k = 1)', async () => {
    const loose = (await buildFromStore(db, { k: 1 })).datasets;
    const problems = await auditDatasets(db, loose, { k: K });
    expect(problems.some((p) => /published from \d distinct seller/.test(p))).toBe(true);
  });

  it('fails when a row carries a seller’s BAN or name, or a carrier number, or an identifying field', async () => {
    const seller = await db.selectFrom('stat_sellers').select(['ban', 'name']).executeTakeFirstOrThrow();
    const carrier = await db.selectFrom('carriers').select('number').where('type_code', '=', '1K0001').executeTakeFirstOrThrow();
    const d = datasets.find((x) => x.id === 'einvoice-industry-monthly')!;
    const tampered = [
      clone(d, d.rows.map((r, i) => (i === 0 ? { ...r, industry_name: seller.name } : r))),
      clone(d, d.rows.map((r, i) => (i === 1 ? { ...r, industry_code: carrier.number } : r))),
      clone(d, d.rows.map((r, i) => (i === 2 ? { ...r, seller_id: 1 } : r))),
      clone(d, d.rows.map((r, i) => (i === 3 ? { ...r, month: seller.ban } : r))),
    ];
    for (const x of tampered) expect(await auditDatasets(db, [x], { k: K })).not.toEqual([]);
  });

  it('fails when a suppressed cell shows a number, or is the only one hidden in its partition', async () => {
    const d = datasets.find((x) => x.id === 'einvoice-carrier-monthly') ?? datasets[0]!;
    const hiddenAt = d.rows.findIndex((r) => r.suppressed === true);
    const showing = clone(d, d.rows.map((r, i) => (i === hiddenAt ? { ...r, invoice_count: 3 } : r)));
    expect((await auditDatasets(db, [showing], { k: K })).join('\n')).toMatch(/suppressed but invoice_count/);

    const county = datasets.find((x) => x.id === 'einvoice-county-monthly')!;
    // Unhide all but one suppressed cell of a month that has several.
    const month = [...new Set(county.rows.filter((r) => r.suppressed).map((r) => r.month))].find(
      (m) => county.rows.filter((r) => r.month === m && r.suppressed).length >= 2,
    )!;
    let kept = false;
    const single = clone(
      county,
      county.rows.map((r) => {
        if (r.month !== month || !r.suppressed) return r;
        if (!kept) return (kept = true), r;
        return { ...r, suppressed: false };
      }),
    );
    expect((await auditDatasets(db, [single], { k: K })).join('\n')).toMatch(/exactly one suppressed cell/);
  });
});
