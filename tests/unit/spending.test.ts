import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import { buildSpending, meanTicket, mostInvoicesCounty, sharePct, TOP_MERCHANTS } from '@/lib/spending/aggregate';
import { countyAverage, type CountyMonthRow } from '@/lib/spending/compare';
import { spendingCsv, type SpendingCsvLabels } from '@/lib/spending/csv';
import type { SpendingSums } from '@/lib/spending/dto';
import { addMonths, defaultRange, monthsBetween, rangeBounds, resolveRange } from '@/lib/spending/range';
import { spendingCsvQuerySchema, spendingQuerySchema } from '@/lib/spending/schemas';

const sums: SpendingSums = {
  byMonth: [
    { month: '2026-01', invoices: 3, amount: 300 },
    { month: '2026-03', invoices: 1, amount: 101 },
  ],
  byIndustry: [
    { industryCode: 7, invoices: 1, amount: 101 },
    { industryCode: 1, invoices: 3, amount: 300 },
  ],
  byMerchant: Array.from({ length: 12 }, (_, i) => ({ ban: String(10000000 + i), name: `=Shop ${i}`, invoices: 1, amount: 10 + i })),
  byCounty: [
    { countyCode: '65000', invoices: 1, amount: 900 },
    { countyCode: '63000', invoices: 3, amount: 100 },
  ],
};

describe('months', () => {
  it('adds months across years and lists a range', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -13)).toBe('2024-12');
    expect(monthsBetween({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(rangeBounds({ from: '2025-12', to: '2025-12' })).toEqual({ start: '2025-12-01 00:00:00', end: '2026-01-01 00:00:00' });
  });

  it('defaults to the 12 months up to this one, and fills a missing end', () => {
    expect(defaultRange('2026-11-30')).toEqual({ from: '2025-12', to: '2026-11' });
    expect(resolveRange({}, '2026-11-30')).toEqual({ from: '2025-12', to: '2026-11' });
    expect(resolveRange({ from: '2026-03' }, '2026-11-30')).toEqual({ from: '2026-03', to: '2026-11' });
    expect(resolveRange({ to: '2025-06' }, '2026-11-30')).toEqual({ from: '2024-07', to: '2025-06' });
  });

  it('refuses a reversed or too long range and an unknown county', () => {
    expect(spendingQuerySchema.safeParse({ from: '2026-05', to: '2026-04' }).success).toBe(false);
    expect(spendingQuerySchema.safeParse({ from: '2020-01', to: '2026-01' }).success).toBe(false);
    expect(spendingQuerySchema.safeParse({ from: '2021-02', to: '2026-01' }).success).toBe(true);
    expect(spendingQuerySchema.safeParse({ county: '99999' }).success).toBe(false);
    expect(spendingQuerySchema.safeParse({ from: '2026-13' }).success).toBe(false);
    expect(spendingCsvQuerySchema.parse({})).toEqual({ view: 'month', lang: 'zh-Hant-TW' });
    expect(spendingCsvQuerySchema.safeParse({ view: 'year' }).success).toBe(false);
  });
});

describe('buildSpending', () => {
  const dto = buildSpending({ from: '2026-01', to: '2026-04' }, sums);

  it('has every month of the range, zero where there were no invoices', () => {
    expect(dto.byMonth.map((m) => [m.month, m.invoices, m.amount, m.mean])).toEqual([
      ['2026-01', 3, 300, 100],
      ['2026-02', 0, 0, null],
      ['2026-03', 1, 101, 101],
      ['2026-04', 0, 0, null],
    ]);
    expect(dto.total).toEqual({ invoices: 4, amount: 401, mean: 100.3 });
  });

  it('lists categories in the world’s industry order with their shares', () => {
    expect(dto.byCategory.map((c) => [c.key, c.name, c.share])).toEqual([
      ['convenience', '便利商店', 74.8],
      ['food', '餐飲業', 25.2],
    ]);
  });

  it('keeps the top merchants by amount and sums the rest', () => {
    expect(dto.byMerchant).toHaveLength(TOP_MERCHANTS);
    expect(dto.byMerchant[0]!.name).toBe('=Shop 11');
    expect(dto.otherMerchants).toEqual({ invoices: 2, amount: 21, mean: 10.5, merchants: 2 });
  });

  it('rounds means and shares to one decimal', () => {
    expect(meanTicket(10, 3)).toBe(3.3);
    expect(meanTicket(10, 0)).toBeNull();
    expect(sharePct(1, 3)).toBe(33.3);
    expect(sharePct(1, 0)).toBe(0);
  });

  it('chooses the county with most invoices, not the largest amount', () => {
    expect(mostInvoicesCounty(sums.byCounty)).toBe('63000');
    expect(mostInvoicesCounty([])).toBeNull();
  });
});

describe('countyAverage', () => {
  const county = { code: '63000', name: '臺北市', nameEn: 'Taipei City', how: 'most-invoices' as const };
  const rows: CountyMonthRow[] = [
    { month: '2025-11', countyCode: '63000', invoices: 10, amount: 1000, suppressed: false },
    { month: '2025-12', countyCode: '63000', invoices: 30, amount: 6000, suppressed: false },
    { month: '2025-12', countyCode: '64000', invoices: 1, amount: 99999, suppressed: false },
    { month: '2025-10', countyCode: '63000', invoices: null, amount: null, suppressed: true },
  ];

  it('uses the range’s own published months, leaving out suppressed ones', () => {
    expect(countyAverage(rows, county, { from: '2025-10', to: '2026-01' })).toEqual({
      county,
      mean: 175,
      months: { from: '2025-11', to: '2025-12' },
      basis: 'same',
    });
  });

  it('falls back to the latest 12 published months when most of the range is not published yet', () => {
    expect(countyAverage(rows, county, { from: '2026-01', to: '2026-11' })).toMatchObject({ mean: 175, basis: 'latest', months: { from: '2025-11', to: '2025-12' } });
    // One published month of twelve is not a fair comparison either.
    expect(countyAverage(rows, county, { from: '2025-12', to: '2026-11' })).toMatchObject({ basis: 'latest' });
  });

  it('says when there is nothing to compare', () => {
    expect(countyAverage([], county, { from: '2026-01', to: '2026-11' })).toMatchObject({ mean: null, basis: 'none' });
  });
});

describe('spendingCsv', () => {
  const labels: SpendingCsvLabels = {
    month: 'Month',
    category: 'Category',
    merchant: 'Shop',
    ban: 'Business ID',
    invoices: 'Invoices',
    amount: 'Amount (NT$)',
    mean: 'Per invoice (NT$)',
    share: 'Share (%)',
    others: '2 other shops',
    total: 'Total',
    categoryName: (c) => c.nameEn,
  };
  const dto = buildSpending({ from: '2026-01', to: '2026-04' }, sums);

  it('writes a BOM, then the header row on line one (no notes above it), then the table, month by month', () => {
    const csv = spendingCsv(dto, 'month', labels);
    expect(csv.startsWith('\uFEFFMonth,Invoices,')).toBe(true);
    const records = parseCsvRecords(csv.slice(1));
    expect(records[0]).toEqual(['Month', 'Invoices', 'Amount (NT$)', 'Per invoice (NT$)']);
    expect(records[2]).toEqual(['2026-02', '0', '0', '']);
    expect(records.at(-1)).toEqual(['Total', '4', '401', '100.3']);
  });

  it('guards merchant names against spreadsheet formulas and adds the others line', () => {
    const records = parseCsvRecords(spendingCsv(dto, 'merchant', labels).slice(1));
    expect(records[0]![0]).toBe('Shop');
    expect(records[1]![0]).toBe("'=Shop 11");
    expect(records.find((r) => r[0] === '2 other shops')).toEqual(['2 other shops', '', '2', '21', '10.5', '5.2']);
  });

  it('names categories in the CSV’s language', () => {
    const records = parseCsvRecords(spendingCsv(dto, 'category', labels).slice(1));
    expect(records[1]).toEqual(['Convenience stores', '3', '300', '100.0', '74.8']);
  });
});

describe('formatMonth', () => {
  it('writes months in the ROC calendar on Chinese pages', async () => {
    const { formatMonth } = await import('@/lib/i18n/format');
    expect(formatMonth('2026-11', 'zh-Hant-TW')).toBe('民國115年11月');
    expect(formatMonth('2026-11', 'zh-Hant-TW', 'short')).toBe('民國115/11');
    expect(formatMonth('2026-01', 'en')).toBe('January 2026');
    expect(formatMonth('2026-01', 'en', 'short')).toBe('Jan 2026');
  });

  it('writes a deadline as a whole date and time in Taiwan', async () => {
    const { formatDeadline } = await import('@/lib/i18n/format');
    expect(formatDeadline(new Date('2026-12-07T04:00:00Z'), 'zh-Hant-TW')).toBe('民國115年12月7日 12:00');
    expect(formatDeadline(new Date('2026-12-07T04:00:00Z'), 'en')).toBe('December 7, 2026, 12:00');
  });
});
