'use client';

/**
 * The interactive drawing of a TableView (tooltips on hover and touch): Recharts, loaded only
 * when the reader reaches for the chart or scrolls it into view (chart-frame.tsx). It fills the
 * box the server-drawn chart held, with the same ticks, colours and dashes, so nothing moves and
 * no series changes its look. The table carries the same numbers for screen readers, so the
 * chart is one labelled image (no keyboard layer of its own). Suppressed cells are gaps, never 0.
 */
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartTicks, seriesStyle } from '@/lib/stats/views/series';
import { textWidth, type ChartInput } from '@/lib/stats/views/chart-drawing';

type Props = ChartInput & {
  /** Column names as the table shows them (tooltips). */
  names: readonly string[];
  format: (v: number) => string;
};

export default function StatsChart({ view, kind, columns, allKeys, names, format, formatTick, percent }: Props) {
  const data = view.rows.map((r) => ({ label: r.label, cells: r.cells }));
  const ticks = chartTicks(view, columns, kind, percent);
  const width = Math.ceil(Math.max(...ticks.map((t) => textWidth(formatTick(t))))) + 10;
  const common = { data, responsive: true, accessibilityLayer: false, style: { width: '100%', height: '100%' }, margin: { top: 10, right: 12, bottom: 0, left: 0 } };
  const axes = [
    <CartesianGrid key="grid" stroke="#c9d1d9" strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey="label" tick={{ fill: '#1b1f23', fontSize: 12 }} minTickGap={8} />,
    <YAxis key="y" tickFormatter={formatTick} tick={{ fill: '#1b1f23', fontSize: 12 }} width={width} domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} allowDataOverflow />,
    <Tooltip key="tooltip" formatter={(v) => (typeof v === 'number' ? format(v) : String(v ?? ''))} />,
  ];
  const value = (i: number) => (d: { cells: (number | null)[] }) => d.cells[i] ?? null;
  const key = (i: number) => view.columns[i]!.key;

  if (kind === 'line') {
    return (
      <LineChart {...common}>
        {axes}
        {columns.map((i) => {
          const style = seriesStyle(key(i), allKeys);
          return (
            <Line
              key={key(i)}
              type="linear"
              dataKey={value(i)}
              name={names[i]}
              stroke={style.colour}
              strokeDasharray={style.dash}
              strokeWidth={2}
              dot={view.rows.length <= 24 ? { r: 2.5, fill: style.colour } : false}
              connectNulls={false}
              isAnimationActive={false}
              className={`series-${key(i)}`}
            />
          );
        })}
      </LineChart>
    );
  }
  return (
    <BarChart {...common}>
      {axes}
      {columns.map((i) => (
        <Bar
          key={key(i)}
          dataKey={value(i)}
          name={names[i]}
          fill={seriesStyle(key(i), allKeys).colour}
          stroke="#ffffff"
          strokeWidth={kind === 'stacked' ? 1 : 0}
          stackId={kind === 'stacked' ? 'stack' : undefined}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
