/**
 * The one drawing of the two class charts, the county map and the hour × weekday heat map: trees
 * of SVG elements, as chart-drawing.ts is for the line and bar charts. The page renders them as
 * React elements (components/stats/county-map.tsx, heat-map.tsx); the PNG and SVG downloads put
 * the same tree in their 1200×630 document (chart-document.ts). Colours are the quantile classes
 * of map.ts; a suppressed cell or county is hatched, never coloured. Each shape carries its value
 * as a <title> (the tooltip on the page, and readable in the file). Pure: the geometry is
 * computed on the server (map-geometry.ts) and passed in.
 */
import { el, textWidth, type SvgNode } from './chart-drawing';
import type { MapScale } from './map';
import type { MapGeometry } from './map-geometry';
import type { TableView, ViewCell } from './table';

const HATCH = '#4a5560';

/** The diagonal hatching of suppressed values (its id must be unique in the page or file). */
export function hatchPattern(id: string): SvgNode {
  return el('defs', {}, [
    el('pattern', { id, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', { width: 5, height: 5, fill: '#ffffff' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: HATCH, 'stroke-width': 2 }),
    ]),
  ]);
}

export type CountyMapInput = {
  /** Prefix of the ids inside the drawing (the hatch pattern). */
  id: string;
  geometry: MapGeometry;
  /** Value per county code; null = suppressed. */
  values: ReadonlyMap<string, number | null>;
  names: ReadonlyMap<string, string>;
  scale: MapScale;
  format: (v: number) => string;
  suppressedLabel: string;
};

/** The choropleth: one path per county, filled by class or hatched, and the insets' frame. */
export function countyMapDrawing({ id, geometry, values, names, scale, format, suppressedLabel }: CountyMapInput): SvgNode {
  const hatchId = `${id}-hatch`;
  return el('svg', { viewBox: `0 0 ${geometry.width} ${geometry.height}` }, [
    hatchPattern(hatchId),
    ...geometry.counties.map((c) => {
      const value = values.get(c.code) ?? null;
      return el('path', { d: c.d, fill: scale.colourOf(value) ?? `url(#${hatchId})`, stroke: '#1b1f23', 'stroke-width': 0.5, 'stroke-linejoin': 'round', 'data-county': c.code }, [
        el('title', {}, [`${names.get(c.code) ?? c.code}: ${value === null ? suppressedLabel : format(value)}`]),
      ]);
    }),
    el('path', { d: geometry.insetBorders, fill: 'none', stroke: HATCH, 'stroke-width': 1, 'stroke-dasharray': '3 3' }),
  ]);
}

export type HeatMapInput = {
  id: string;
  view: TableView;
  scale: MapScale;
  /** A cell's value as the tooltip says it (suppressed included). */
  format: (v: ViewCell) => string;
};

const CELL = 26;

/**
 * The heat map's grid. 'hours' across (wide screens and the files): 24 columns, weekdays down;
 * 'weekdays' across (phones): hours down, so 24 columns never shrink to slivers.
 */
export function heatMapDrawing({ id, view, scale, format }: HeatMapInput, across: 'hours' | 'weekdays'): SvgNode {
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
  return el('svg', { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false', class: 'block h-auto w-full', 'font-size': across === 'hours' ? 11 : 12, fill: '#1b1f23' }, [
    hatchPattern(hatchId),
    ...colLabels.map((l, i) => (i % every === 0 ? el('text', { x: left + cell * (i + 0.5), y: top - 5, 'text-anchor': 'middle' }, [l]) : null)).filter((n): n is SvgNode => n !== null),
    ...rowLabels.map((l, j) => el('text', { x: left - 6, y: top + rowH * (j + 0.5), dy: '0.35em', 'text-anchor': 'end' }, [l])),
    ...hours.flatMap((h, hi) =>
      days.map((d, di) => {
        const v = h.cells[di] ?? null;
        const [col, row] = across === 'hours' ? [hi, di] : [di, hi];
        return el('rect', { x: left + col * cell, y: top + row * rowH, width: cell - 1, height: rowH - 1, fill: scale.colourOf(v) ?? `url(#${hatchId})`, 'data-cell': `${h.key}-${d.key}` }, [
          el('title', {}, [`${d.label} ${h.label}: ${format(v)}`]),
        ]);
      }),
    ),
  ]);
}
