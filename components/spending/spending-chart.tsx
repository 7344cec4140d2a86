'use client';

/**
 * The bar chart of one spending table: the statistics pages' Recharts drawing (StatsChart),
 * loaded after hydration, in a box of reserved height so nothing moves when it appears. The
 * table below it carries the same numbers for screen readers, keyboards and readers without
 * JavaScript, so the chart is one labelled image.
 */
import dynamic from 'next/dynamic';
import { useHydrated } from '@/components/ui/use-hydrated';
import { numberFormat } from '@/lib/i18n/format';
import type { TableView } from '@/lib/stats/views/table';

const StatsChart = dynamic(() => import('@/components/stats/stats-chart'), { ssr: false });

const HEIGHT = 300;

type Props = {
  locale: string;
  /** The chart's accessible name (what it shows; the table has the numbers). */
  label: string;
  seriesName: string;
  rows: { key: string; label: string; value: number }[];
  testId: string;
};

export function SpendingChart({ locale, label, seriesName, rows, testId }: Props) {
  const hydrated = useHydrated();
  const view: TableView = { columns: [{ key: 'amount', label: seriesName }], rows: rows.map((r) => ({ key: r.key, label: r.label, cells: [r.value] })), anySuppressed: false };
  const whole = numberFormat(locale, { maximumFractionDigits: 0 });
  const compact = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <div role="img" aria-label={label} style={{ height: HEIGHT }} className="mt-4 w-full" data-testid={testId}>
      {hydrated ? (
        <StatsChart view={view} kind="bar" columns={[0]} allKeys={['amount']} names={[seriesName]} format={(v) => whole.format(v)} formatTick={(v) => compact.format(v)} />
      ) : null}
    </div>
  );
}
