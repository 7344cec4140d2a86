import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primarySuppressed, roundHalfUp, ROUNDING, suppress, type Contributors, type PartitionFamily } from '@/lib/stats/pipeline/suppression';

type C = Contributors & { g: string; h: string; holder: boolean };
const c = (g: string, invoices: number, sellers: number, buyers: number | null = null, h = 'x'): C => ({
  g,
  h,
  invoices,
  sellers,
  buyers,
  holder: buyers !== null,
});
const byG: PartitionFamily<C> = { key: (x) => x.g, disjointSellers: true, disjointBuyers: true };
const opts = (families: PartitionFamily<C>[] = [byG], k = 10) => ({ k, buyersRelevant: (x: C) => x.holder, families });

describe('primary suppression', () => {
  it('hides cells with fewer than k sellers, and fewer than k buyers where buyers count', () => {
    expect(primarySuppressed({ invoices: 500, sellers: 9, buyers: null }, 10, false)).toBe(true);
    expect(primarySuppressed({ invoices: 500, sellers: 10, buyers: null }, 10, false)).toBe(false);
    expect(primarySuppressed({ invoices: 500, sellers: 50, buyers: 9 }, 10, true)).toBe(true);
    // Buyers are not counted where they do not matter (e.g. paper invoices).
    expect(primarySuppressed({ invoices: 500, sellers: 50, buyers: 0 }, 10, false)).toBe(false);
    expect(primarySuppressed({ invoices: 0, sellers: 0, buyers: 0 }, 10, true)).toBe(true);
  });

  it('rejects a k that is not a positive whole number', () => {
    expect(() => suppress([c('a', 1, 1)], opts([byG], 0))).toThrow(/k must be/);
    expect(() => suppress([c('a', 1, 1)], opts([byG], 2.5))).toThrow(/k must be/);
  });
});

describe('secondary suppression', () => {
  it('never leaves a single suppressed cell in a partition: the smallest other cell goes too', () => {
    const cells = [c('m', 1000, 40), c('m', 50, 3), c('m', 300, 20), c('m', 120, 15)];
    expect(suppress(cells, opts())).toEqual([null, 'primary', null, 'secondary']);
  });

  it('adds cells until the hidden contributors together reach k (disjoint: the sum)', () => {
    const cells = [c('m', 10, 2), c('m', 12, 3), c('m', 13, 4), c('m', 900, 50), c('m', 800, 60)];
    // 2 + 3 + 4 = 9 < 10: one more cell must go, the smaller of the two large ones.
    expect(suppress(cells, opts())).toEqual(['primary', 'primary', 'primary', null, 'secondary']);
  });

  it('uses the largest cell as the bound when contributors can be in several cells', () => {
    const overlapping: PartitionFamily<C> = { key: (x) => x.g, disjointSellers: false, disjointBuyers: false };
    const cells = [c('m', 10, 6), c('m', 12, 7), c('m', 900, 50), c('m', 950, 50)];
    // 6 and 7 sellers may be the same 7 people: not enough, so a published cell joins them.
    expect(suppress(cells, opts([overlapping]))).toEqual(['primary', 'primary', 'secondary', null]);
  });

  it('counts buyers too for cells where buyers matter', () => {
    const cells = [c('m', 100, 30, 4), c('m', 120, 30, 5), c('m', 900, 50, 80), c('m', 400, 40, null)];
    // Two buyer cells hidden with 4 + 5 = 9 buyers < 10: a cell with buyers must join; the
    // smaller cell without buyers (D) would not help.
    expect(suppress(cells, opts())).toEqual(['primary', 'primary', 'secondary', null]);
  });

  it('leaves a partition alone when nothing or everything in it is suppressed', () => {
    expect(suppress([c('a', 5, 1), c('a', 6, 2), c('b', 500, 20), c('b', 600, 30)], opts())).toEqual([
      'primary',
      'primary',
      null,
      null,
    ]);
  });

  it('revisits every family until nothing changes (a cell hidden for one partition can expose another)', () => {
    // Rows g (month) × h (county). Cell (m1, A) is small; hiding (m1, B) for month m1 leaves
    // county B with one hidden cell, so (m2, B) must go, which then exposes month m2.
    const byH: PartitionFamily<C> = { key: (x) => x.h, disjointSellers: true, disjointBuyers: true };
    const cells = [c('m1', 5, 2, null, 'A'), c('m1', 100, 20, null, 'B'), c('m2', 200, 30, null, 'A'), c('m2', 150, 20, null, 'B')];
    const reasons = suppress(cells, opts([byG, byH]));
    expect(reasons).toEqual(['primary', 'secondary', 'secondary', 'secondary']);
  });

  it('is deterministic on ties (the earlier cell goes first)', () => {
    const cells = [c('m', 5, 2), c('m', 50, 20), c('m', 50, 20), c('m', 50, 20)];
    expect(suppress(cells, opts())).toEqual(['primary', 'secondary', null, null]);
  });

  it('property: every primary cell is hidden, and no partition ever has exactly one hidden cell', () => {
    const cell = fc.record({
      g: fc.constantFrom('m1', 'm2', 'm3'),
      h: fc.constantFrom('A', 'B', 'C', 'D'),
      invoices: fc.integer({ min: 0, max: 5000 }),
      sellers: fc.integer({ min: 0, max: 40 }),
      buyers: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), fc.boolean(), (raw, disjoint) => {
        const cells: C[] = raw.map((r) => ({ ...r, holder: r.buyers !== null }));
        const families: PartitionFamily<C>[] = [
          { key: (x) => x.g, disjointSellers: disjoint, disjointBuyers: disjoint },
          { key: (x) => x.h, disjointSellers: false, disjointBuyers: true },
        ];
        const reasons = suppress(cells, opts(families));
        cells.forEach((x, i) => {
          if (primarySuppressed(x, 10, x.holder)) expect(reasons[i]).toBe('primary');
        });
        for (const f of families) {
          const groups = new Map<string, number[]>();
          cells.forEach((x, i) => groups.set(f.key(x), [...(groups.get(f.key(x)) ?? []), i]));
          for (const members of groups.values()) {
            const hidden = members.filter((i) => reasons[i] !== null);
            if (hidden.length > 0 && hidden.length < members.length) {
              expect(hidden.length).toBeGreaterThanOrEqual(2);
              const sellers = hidden.map((i) => cells[i]!.sellers);
              const bound = f.disjointSellers ? sellers.reduce((a, b) => a + b, 0) : Math.max(...sellers);
              expect(bound).toBeGreaterThanOrEqual(10);
              const buyers = hidden.filter((i) => cells[i]!.holder).map((i) => cells[i]!.buyers ?? 0);
              const holdersLeft = members.some((i) => reasons[i] === null && cells[i]!.holder);
              if (buyers.length > 0 && holdersLeft) {
                expect(f.disjointBuyers ? buyers.reduce((a, b) => a + b, 0) : Math.max(...buyers)).toBeGreaterThanOrEqual(10);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rounding', () => {
  it('rounds means to 1 decimal and shares to 2, half up', () => {
    expect(ROUNDING.meanTicket(1001, 4)).toBe(250.3);
    expect(ROUNDING.meanTicket(1, 20)).toBe(0.1); // 0.05 → 0.1
    expect(ROUNDING.meanTicket(5, 0)).toBeNull();
    expect(ROUNDING.sharePct(1, 3)).toBe(33.33);
    expect(ROUNDING.sharePct(2, 3)).toBe(66.67);
    expect(ROUNDING.sharePct(1, 0)).toBeNull();
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.5, 0)).toBe(3);
  });
});
