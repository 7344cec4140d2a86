import type * as Catalog from '@/lib/lottery/catalog';

/**
 * lib/lottery/catalog as a test needs it: every period read (pages', the per-request memo's)
 * answered from the test's database, uncached. Use inside vi.mock's factory:
 *   vi.mock('@/lib/lottery/catalog', async (original) =>
 *     (await import('./support/catalog-mock')).catalogOn(await original(), () => state.db));
 */
export function catalogOn(actual: typeof Catalog, db: () => unknown): typeof Catalog {
  const getPeriods = () => actual.listPeriods(db() as never);
  const getPeriod = async (key: string) => (await getPeriods()).find((r) => r.key === key) ?? null;
  return { ...actual, getPeriods, getPeriod, getPeriodForRequest: getPeriod, peekPeriodForRequest: () => undefined, getPeriodsForRequest: getPeriods } as typeof Catalog;
}
