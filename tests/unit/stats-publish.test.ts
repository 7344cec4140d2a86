import { describe, expect, it } from 'vitest';
import { CARRIER } from '@/lib/stats/codes';
import { DATASETS, DATASET_IDS, IDENTIFYING_FIELDS, MONTHS, fieldsOf, type Cell } from '@/lib/stats/datasets';
import type { AggregatedId } from '@/lib/stats/pipeline/aggregate';
import { buildDatasets, fillGrid, representedPerInvoice, type PublishContext } from '@/lib/stats/pipeline/publish';

const ctx: PublishContext = {
  k: 10,
  modified: '2026-11-22',
  generation: { modelVersion: 'test', seed: 1, invoices: 1000, sellers: 50, buyers: 40 },
};

/** A tiny hand-made store: two months, every carrier type; donations small in January. */
function cells(): Record<AggregatedId, Cell[]> {
  const carrier = (month: string, carrier: number, invoices: number, sellers: number, buyers: number | null): Cell => ({
    dims: { month, carrier },
    invoices,
    amount: invoices * 400,
    sellers,
    buyers,
  });
  return {
    'einvoice-industry-monthly': [{ dims: { month: '2021-01', industry: 1 }, invoices: 500, amount: 40_000, sellers: 30, buyers: null }],
    'einvoice-county-monthly': [],
    'einvoice-township-annual': [],
    'einvoice-carrier-monthly': [
      carrier('2021-01', CARRIER.none, 600, 40, null),
      carrier('2021-01', CARRIER.mobile, 200, 30, 50),
      carrier('2021-01', CARRIER.member, 150, 25, 40),
      carrier('2021-01', CARRIER.storedValue, 40, 12, 12),
      carrier('2021-01', CARRIER.donation, 10, 4, null),
      carrier('2021-02', CARRIER.none, 600, 40, null),
      carrier('2021-02', CARRIER.mobile, 200, 30, 50),
      carrier('2021-02', CARRIER.member, 150, 25, 40),
      carrier('2021-02', CARRIER.storedValue, 40, 12, 12),
      carrier('2021-02', CARRIER.donation, 30, 11, null),
    ],
    'einvoice-age-gender-monthly': [],
    'einvoice-hour-weekday-annual': [],
  };
}

describe('building the datasets', () => {
  const built = buildDatasets(cells(), ctx);
  const byId = (id: string) => built.find((b) => b.id === id)!;

  it('builds every dataset, with a row for every cell of its grid (empty cells suppressed)', () => {
    expect(built.map((b) => b.id)).toEqual([...DATASET_IDS]);
    for (const b of built) expect(b.rows).toHaveLength(DATASETS[b.id].grid().length);
    const county = byId('einvoice-county-monthly');
    expect(county.rows.every((r) => r.suppressed === true && r.invoice_count === null)).toBe(true);
  });

  it('withholds suppressed measures and publishes the others with rounding', () => {
    const carrier = byId('einvoice-carrier-monthly').rows.filter((r) => r.month === '2021-01');
    const donation = carrier.find((r) => r.carrier_type === 'donation')!;
    expect(donation).toMatchObject({ invoice_count: null, amount_ntd: null, mean_ticket_ntd: null, share_pct: null, suppressed: true });
    // The month's total is known, so the smallest other cell (stored-value, 40) is withheld too.
    expect(carrier.find((r) => r.carrier_type === 'stored-value')!.suppressed).toBe(true);
    const mobile = carrier.find((r) => r.carrier_type === 'mobile')!;
    expect(mobile).toMatchObject({ invoice_count: 200, amount_ntd: 80_000, mean_ticket_ntd: 400, share_pct: 20, suppressed: false });
  });

  it('derives donations from the carrier dataset, suppression included', () => {
    const donations = byId('einvoice-donations-monthly').rows;
    const carrier = byId('einvoice-carrier-monthly').rows.filter((r) => r.carrier_type === 'donation');
    expect(donations).toHaveLength(MONTHS.length);
    for (const d of donations) {
      const c = carrier.find((r) => r.month === d.month)!;
      expect(d).toEqual({ month: c.month, invoice_count: c.invoice_count, amount_ntd: c.amount_ntd, mean_ticket_ntd: c.mean_ticket_ntd, share_pct: c.share_pct, suppressed: c.suppressed });
    }
    expect(donations.find((r) => r.month === '2021-02')).toMatchObject({ invoice_count: 30, share_pct: 2.94, suppressed: false });
  });

  it('names a version by its content: the same cells give the same version and files', () => {
    const again = buildDatasets(cells(), { ...ctx, modified: '2030-01-01' });
    for (const [i, b] of built.entries()) {
      expect(again[i]!.version).toBe(b.version);
      expect(again[i]!.files.csv).toBe(b.files.csv);
    }
    const stricter = buildDatasets(cells(), { ...ctx, k: 11 });
    expect(stricter.find((b) => b.id === 'einvoice-industry-monthly')!.version).not.toBe(byId('einvoice-industry-monthly').version);
  });

  it('marks every dataset synthetic and says which calibration figures are sourced and which assumed', () => {
    for (const b of built) {
      const m = b.metadata;
      expect(m.synthetic).toBe(true);
      expect(m.title['zh-Hant-TW']).toContain('合成資料');
      expect(m.title.en).toMatch(/synthetic/i);
      expect(m.notes.en).toMatch(/synthetic/i);
      expect(m.calibration.sourced.length + m.calibration.assumptions.length).toBeGreaterThan(0);
      expect(m.suppression.k).toBe(10);
      expect(m.rounding.en).toMatch(/1 decimal/);
      expect(m.licence.name['zh-Hant-TW']).toContain('政府資料開放授權條款');
      expect(m.files.csv.bytes).toBe(Buffer.byteLength(b.files.csv));
      for (const f of fieldsOf(DATASETS[b.id])) expect(IDENTIFYING_FIELDS).not.toContain(f.name);
    }
    const ageGender = byId('einvoice-age-gender-monthly').metadata.calibration.assumptions.map((a) => a.id);
    expect(ageGender).toEqual(expect.arrayContaining(['ageBands', 'genderShares']));
  });

  it('writes CSV with a byte-order mark, the field names on line 1 and CRLF line ends', () => {
    const csv = byId('einvoice-carrier-monthly').files.csv;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe('month,carrier_type,carrier_name,invoice_count,amount_ntd,mean_ticket_ntd,share_pct,suppressed');
    expect(first).toBe('2021-01,none,無載具（紙本證明聯）,600,240000,400,60,false');
  });

  it('refuses cells outside the grid (a store outside the coverage)', () => {
    const def = DATASETS['einvoice-industry-monthly'];
    expect(() => fillGrid(def, [{ dims: { month: '2019-01', industry: 1 }, invoices: 1, amount: 1, sellers: 1, buyers: null }])).toThrow(/outside/);
  });

  it('says how many real invoices a synthetic one stands for', () => {
    expect(representedPerInvoice(200_000)).toBeGreaterThan(200_000);
  });
});
