/**
 * Hour × weekday as a heat map (the standard drawing for this table; seven lines over 24 hours
 * only tangle). Plain SVG in the page's HTML, no chart library. Wide screens: hours across,
 * weekdays down; phones: hours down, so 24 columns never shrink to slivers. Classes and colours
 * as the county map (quantiles, ColorBrewer YlGnBu, hatched = suppressed).
 */
import type { MapScale } from '@/lib/stats/views/map';
import type { TableView } from '@/lib/stats/views/table';
import { textWidth } from './static-chart';

type Props = { id: string; view: TableView; scale: MapScale; format: (v: number | null) => string };

const CELL = 26;
const HATCH = '#4a5560';

function Grid({ id, view, scale, format, across }: Props & { across: 'hours' | 'weekdays' }) {
  const hours = view.rows;
  const days = view.columns;
  const hatchId = `${id}-${across}-hatch`;
  const rowLabels = across === 'hours' ? days.map((d) => d.label) : hours.map((h) => h.label);
  const cell = across === 'hours' ? CELL : 40;
  // Weekday names across a phone's grid: 'Wed' rather than 'Wednesday', 「三」 rather than 「星期三」 when they do not fit.
  const fit = (l: string) => (textWidth(l) <= cell - 4 ? l : /^[\x20-\x7e]+$/.test(l) ? l.slice(0, 3) : l.slice(-1));
  const colLabels = across === 'hours' ? hours.map((h) => h.label) : days.map((d) => fit(d.label));
  const rowH = across === 'hours' ? 30 : 22;
  const left = Math.ceil(Math.max(...rowLabels.map((l) => textWidth(l)), 10)) + 8;
  const top = across === 'hours' ? 18 : 20;
  const width = left + colLabels.length * cell;
  const height = top + rowLabels.length * rowH;
  const every = across === 'hours' ? Math.max(1, Math.ceil((Math.max(...colLabels.map((l) => textWidth(l, 11))) + 4) / cell)) : 1;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="block h-auto w-full" fontSize={across === 'hours' ? 11 : 12} fill="#1b1f23">
      <defs>
        <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="5" stroke={HATCH} strokeWidth="2" />
        </pattern>
      </defs>
      {colLabels.map((l, i) =>
        i % every === 0 ? (
          <text key={l} x={left + cell * (i + 0.5)} y={top - 5} textAnchor="middle">
            {l}
          </text>
        ) : null,
      )}
      {rowLabels.map((l, j) => (
        <text key={l} x={left - 6} y={top + rowH * (j + 0.5)} dy="0.35em" textAnchor="end">
          {l}
        </text>
      ))}
      {hours.map((h, hi) =>
        days.map((d, di) => {
          const v = h.cells[di] ?? null;
          const [col, row] = across === 'hours' ? [hi, di] : [di, hi];
          return (
            <rect
              key={`${h.key}-${d.key}`}
              x={left + col * cell}
              y={top + row * rowH}
              width={cell - 1}
              height={rowH - 1}
              fill={scale.colourOf(v) ?? `url(#${hatchId})`}
              data-cell={`${h.key}-${d.key}`}
            >
              <title>{`${d.label} ${h.label}: ${format(v)}`}</title>
            </rect>
          );
        }),
      )}
    </svg>
  );
}

export function HeatMap({ id, view, scale, format }: Props) {
  return (
    <>
      <div className="md:hidden" data-testid="heat-map">
        <Grid id={id} view={view} scale={scale} format={format} across="weekdays" />
      </div>
      <div className="hidden md:block" data-testid="heat-map-wide">
        <Grid id={id} view={view} scale={scale} format={format} across="hours" />
      </div>
    </>
  );
}
