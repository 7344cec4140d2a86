/**
 * The one drawing of a dashboard chart (line, stacked, grouped or plain bars): a TableView as a
 * tree of SVG elements, with no chart library and no React. The page renders the tree as React
 * elements (components/stats/static-chart.tsx, the server's first paint); the PNG and SVG
 * downloads serialise the same tree into a standalone document (chart-document.ts). Suppressed
 * cells are gaps, never 0. Marks carry data-series, so tests can follow a series through
 * filtering. Attribute names are SVG's own (stroke-dasharray, text-anchor), so the markup is
 * valid SVG as it stands. Pure.
 */
import { chartTicks, seriesStyle } from './series';
import type { ChartInput } from './chart-input';

export { chartInputFor, drawKind, drawsChart, type ChartInput, type DrawKind } from './chart-input';

export type SvgAttrs = Record<string, string | number | undefined>;
export type SvgNode = { tag: string; attrs: SvgAttrs; children: (SvgNode | string)[] };

export const el = (tag: string, attrs: SvgAttrs, children: (SvgNode | string | null)[] = []): SvgNode => ({
  tag,
  attrs,
  children: children.filter((c): c is SvgNode | string => c !== null),
});

/** The two drawings' sizes (CSS pixels); the frame keeps the same aspect ratios. */
export const SIZES = { phone: { width: 360, height: 300 }, wide: { width: 800, height: 360 } } as const;
export const FONT = 12;

/** A rough text width: CJK characters are square, Latin digits and letters about 0.6 em. */
export function textWidth(text: string, size = FONT): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.6;
  return w;
}

/** The drawing at one size: the root <svg> (viewBox, the page's classes) and its marks. */
export function chartDrawing({ view, kind, columns, allKeys, formatTick, percent }: ChartInput, { width, height }: { width: number; height: number }): SvgNode {
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

  let marks: SvgNode[];
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
      return el('g', { 'data-series': keys[c] }, [
        el('path', { d, fill: 'none', stroke: style.colour, 'stroke-dasharray': style.dash || undefined, 'stroke-width': 2 }),
        ...(view.rows.length <= 24 ? view.rows.map((r, i) => (r.cells[c] == null ? null : el('circle', { cx: cx(i), cy: y(r.cells[c]!), r: 2.5, fill: style.colour }))) : []),
      ]);
    });
  } else {
    const inner = band * 0.8;
    const sub = kind === 'grouped' ? inner / Math.max(1, columns.length) : inner;
    marks = columns.map((c, k) => {
      const style = seriesStyle(keys[c]!, allKeys);
      return el(
        'g',
        { 'data-series': keys[c], fill: style.colour },
        view.rows.map((r, i) => {
          const v = r.cells[c] ?? null;
          if (v === null) return null;
          const base = kind === 'stacked' ? columns.slice(0, k).reduce((s, j) => s + (r.cells[j] ?? 0), 0) : 0;
          const x = left + band * i + band * 0.1 + (kind === 'grouped' ? sub * k : 0);
          const y1 = y(base + v);
          const y0 = y(base);
          return el('rect', {
            x: x.toFixed(1),
            y: Math.min(y0, y1).toFixed(1),
            width: Math.max(1, sub - (kind === 'grouped' ? 1 : 0)).toFixed(1),
            height: Math.abs(y0 - y1).toFixed(1),
            stroke: kind === 'stacked' ? '#ffffff' : undefined,
            'stroke-width': kind === 'stacked' ? 1 : undefined,
          });
        }),
      );
    });
  }

  return el('svg', { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false', class: 'block h-full w-full', 'font-size': FONT, fill: '#1b1f23' }, [
    ...ticks.map((t) =>
      el('g', {}, [
        el('line', { x1: left, x2: width - right, y1: y(t), y2: y(t), stroke: '#c9d1d9', 'stroke-dasharray': '3 3' }),
        el('text', { x: left - 6, y: y(t), dy: '0.35em', 'text-anchor': 'end' }, [formatTick(t)]),
      ]),
    ),
    el('line', { x1: left, x2: width - right, y1: y(Math.max(t0, 0)), y2: y(Math.max(t0, 0)), stroke: '#4a5560' }),
    ...view.rows.map((r, i) => (i % every === 0 ? el('text', { x: cx(i), y: height - bottom + 16, 'text-anchor': 'middle' }, [r.label]) : null)).filter((x): x is SvgNode => x !== null),
    ...marks,
  ]);
}

/** Text and attribute values escaped as React's server renderer escapes them. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!);
}

/** The tree as SVG markup: every element closed explicitly, as React's server renderer writes it. */
export function svgMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(svgMarkup).join('')}</${node.tag}>`;
}
