'use client';

/**
 * The Recharts drawing of a TableView. Loaded on demand after hydration (Recharts 3 draws
 * nothing on the server); the island reserves its height so nothing moves when it appears. The
 * table beside it carries the same numbers for screen readers, so the chart is one labelled
 * image (no keyboard layer of its own). Suppressed cells are left out (gaps), never drawn as 0.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TableView } from '@/lib/stats/views/table';

export type DrawKind = 'line' | 'stacked' | 'grouped' | 'bar';

/** Okabe–Ito, darkest first; lines also differ by dash so colour is never the only cue. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#1b1f23', '#E69F00', '#56B4E9', '#7a5195', '#8c6d31', '#666666'];
const DASHES = ['', '6 3', '2 3', '10 3 2 3'];

type Props = {
  view: TableView;
  kind: DrawKind;
  /** Column names as the table shows them. */
  names: readonly string[];
  height: number;
  format: (v: number) => string;
  formatTick: (v: number) => string;
  /** Stacked shares add up to 100: keep the axis at 100 rather than a rounder 120. */
  percent?: boolean;
};

export default function StatsChart({ view, kind, names, height, format, formatTick, percent = false }: Props) {
  const data = view.rows.map((r) => ({ label: r.label, cells: r.cells }));
  const common = { data, responsive: true, accessibilityLayer: false, style: { width: '100%', height }, margin: { top: 8, right: 16, bottom: 8, left: 8 } };
  const axes = [
    <CartesianGrid key="grid" stroke="#c9d1d9" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="label" tick={{ fill: '#1b1f23', fontSize: 12 }} minTickGap={8} />,
    <YAxis
      key="y"
      tickFormatter={formatTick}
      tick={{ fill: '#1b1f23', fontSize: 12 }}
      width={64}
      domain={percent && kind === 'stacked' ? [0, (max: number) => Math.max(100, Math.ceil(max))] : undefined}
      ticks={percent && kind === 'stacked' ? [0, 25, 50, 75, 100] : undefined}
    />,
    <Tooltip key="tooltip" formatter={(v) => (typeof v === 'number' ? format(v) : String(v ?? ''))} />,
    <Legend key="legend" wrapperStyle={{ fontSize: 13 }} itemSorter={null} />,
  ];
  const value = (i: number) => (d: { cells: (number | null)[] }) => d.cells[i] ?? null;

  if (kind === 'line') {
    return (
      <LineChart {...common}>
        {axes}
        {view.columns.map((c, i) => (
          <Line
            key={c.key}
            type="linear"
            dataKey={value(i)}
            name={names[i]}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeDasharray={DASHES[i % DASHES.length]}
            strokeWidth={2}
            dot={view.rows.length <= 24}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  }
  return (
    <BarChart {...common}>
      {axes}
      {view.columns.map((c, i) => (
        <Bar
          key={c.key}
          dataKey={value(i)}
          name={names[i]}
          fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
          stroke="#ffffff"
          strokeWidth={kind === 'stacked' ? 1 : 0}
          stackId={kind === 'stacked' ? 'stack' : undefined}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
