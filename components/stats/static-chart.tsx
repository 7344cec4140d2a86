/**
 * A TableView drawn as plain SVG, with no chart library: what the server puts in the page for
 * the first paint, and what stays until the reader reaches for the chart (then the interactive
 * Recharts version takes the same box, see chart-frame.tsx). Two drawings, one for phones and
 * one for wider screens, so the text stays about 12 px on both; CSS shows one. Suppressed cells
 * are gaps, never 0. Marks carry data-series, so tests can follow a series through filtering.
 */
import { chartTicks, seriesStyle } from '@/lib/stats/views/series';
import type { TableView } from '@/lib/stats/views/table';

export type DrawKind = 'line' | 'stacked' | 'grouped' | 'bar';

export type ChartInput = {
  view: TableView;
  kind: DrawKind;
  /** Indices of the columns drawn (see drawnColumns). */
  columns: readonly number[];
  /** Every series key of the dataset, in its order: fixes each series' colour and dash. */
  allKeys: readonly string[];
  formatTick: (v: number) => string;
  /** Shares: a stacked chart's axis stays at 0–100. */
  percent?: boolean;
};

/** The two drawings' sizes (CSS pixels); the frame keeps the same aspect ratios. */
export const SIZES = { phone: { width: 360, height: 300 }, wide: { width: 800, height: 360 } } as const;
const FONT = 12;

/** A rough text width: CJK characters are square, Latin digits and letters about 0.6 em. */
export function textWidth(text: string, size = FONT): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.6;
  return w;
}

function Drawing({ view, kind, columns, allKeys, formatTick, percent, width, height }: ChartInput & { width: number; height: number }) {
  const ticks = chartTicks(view, columns, kind, percent);
  const t0 = ticks[0]!;
  const tN = ticks.at(-1)!;
  const left = Math.ceil(Math.max(...ticks.map((t) => textWidth(formatTick(t))))) + 10;
  const top = 10;
  const right = 12;
  const bottom = 26;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const y = (v: number) => top + (1 - (v - t0) / (tN - t0)) * plotH;
  const n = Math.max(1, view.rows.length);
  const band = plotW / n;
  const cx = (i: number) => left + band * (i + 0.5);
  const widest = Math.max(...view.rows.map((r) => textWidth(r.label)), 1);
  const every = Math.max(1, Math.ceil((widest + 8) / band));
  const keys = view.columns.map((c) => c.key);

  let marks: React.ReactNode;
  if (kind === 'line') {
    marks = columns.map((c) => {
      const style = seriesStyle(keys[c]!, allKeys);
      let d = '';
      let pen = false;
      view.rows.forEach((r, i) => {
        const v = r.cells[c] ?? null;
        if (v === null) {
          pen = false;
          return;
        }
        d += `${pen ? 'L' : 'M'}${cx(i).toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      });
      return (
        <g key={keys[c]} data-series={keys[c]}>
          <path d={d} fill="none" stroke={style.colour} strokeDasharray={style.dash || undefined} strokeWidth={2} />
          {view.rows.length <= 24
            ? view.rows.map((r, i) => (r.cells[c] == null ? null : <circle key={i} cx={cx(i)} cy={y(r.cells[c]!)} r={2.5} fill={style.colour} />))
            : null}
        </g>
      );
    });
  } else {
    const inner = band * 0.8;
    const sub = kind === 'grouped' ? inner / Math.max(1, columns.length) : inner;
    marks = columns.map((c, k) => {
      const style = seriesStyle(keys[c]!, allKeys);
      return (
        <g key={keys[c]} data-series={keys[c]} fill={style.colour}>
          {view.rows.map((r, i) => {
            const v = r.cells[c] ?? null;
            if (v === null) return null;
            const base = kind === 'stacked' ? columns.slice(0, k).reduce((s, j) => s + (r.cells[j] ?? 0), 0) : 0;
            const x = left + band * i + band * 0.1 + (kind === 'grouped' ? sub * k : 0);
            const y1 = y(base + v);
            const y0 = y(base);
            return <rect key={i} x={x.toFixed(1)} y={Math.min(y0, y1).toFixed(1)} width={Math.max(1, sub - (kind === 'grouped' ? 1 : 0)).toFixed(1)} height={Math.abs(y0 - y1).toFixed(1)} stroke={kind === 'stacked' ? '#ffffff' : undefined} strokeWidth={kind === 'stacked' ? 1 : undefined} />;
          })}
        </g>
      );
    });
  }

  return (
    <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="block h-full w-full" fontSize={FONT} fill="#1b1f23">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} stroke="#c9d1d9" strokeDasharray="3 3" />
          <text x={left - 6} y={y(t)} dy="0.35em" textAnchor="end">
            {formatTick(t)}
          </text>
        </g>
      ))}
      <line x1={left} x2={width - right} y1={y(Math.max(t0, 0))} y2={y(Math.max(t0, 0))} stroke="#4a5560" />
      {view.rows.map((r, i) =>
        i % every === 0 ? (
          <text key={r.key} x={cx(i)} y={height - bottom + 16} textAnchor="middle">
            {r.label}
          </text>
        ) : null,
      )}
      {marks}
    </svg>
  );
}

/** Both drawings; the frame around them fixes the box (no layout shift when Recharts replaces them). */
export function StaticChart(props: ChartInput) {
  return (
    <>
      <div className="h-full w-full md:hidden" data-testid="static-chart">
        <Drawing {...props} {...SIZES.phone} />
      </div>
      <div className="hidden h-full w-full md:block" data-testid="static-chart-wide">
        <Drawing {...props} {...SIZES.wide} />
      </div>
    </>
  );
}
