/**
 * The "download SVG" (and, drawn from it, the PNG and a filtered link's share image) of a
 * dashboard chart: a 1200×630 document around the page's own wide drawing (chart-drawing.ts,
 * the same marks, colours, dashes, ticks and labels, scaled up) with what a chart needs once it
 * leaves the page: title, caption with measure and unit, the axis note, the legend of the drawn
 * series, the synthetic-data badge, the source line and the page's address. The county map and
 * the heat map (class-drawing.ts) get the same frame with their class legend (classDocument). Pure.
 */
import { SIZES, chartDrawing, escapeXml, svgMarkup, textWidth, type ChartInput, type SvgNode } from './chart-drawing';
import { hatchPattern } from './class-drawing';
import type { MapScale } from './map';
import { seriesStyle } from './series';

export const DOCUMENT_SIZE = { width: 1200, height: 630 } as const;

export type ChartWords = {
  site: string;
  title: string;
  /** Measure, unit and period (the table's caption). */
  caption: string;
  /** What the value axis counts, in which unit. */
  axisNote: string;
  badge: string;
  /** The source line: dataset and its date. */
  credit: string;
  /** The page the chart comes from (an absolute address). */
  link: string;
  /** Column names as the table shows them, by column index. */
  names: readonly string[];
  /** When some selected series are left out of the drawing. */
  capped?: string;
};

/** Where the page's wide drawing sits in the document, and how much larger it is drawn. */
export const CHART_BOX = { x: 40, y: 150, scale: 1.1 } as const;
const LEGEND_X = 940;
const LEGEND_W = 1200 - 40 - LEGEND_X;
const FAMILY = "'Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif";

const text = (x: number, y: number, size: number, body: string, extra: Record<string, string | number> = {}): SvgNode => ({
  tag: 'text',
  attrs: { x, y, 'font-size': size, ...extra },
  children: [body],
});

/** `s` cut with an ellipsis to fit `width` at `size`. */
function fit(s: string, width: number, size: number): string {
  if (textWidth(s, size) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** The words every document has, around whatever it draws. */
type FrameWords = Pick<ChartWords, 'site' | 'title' | 'caption' | 'badge' | 'credit' | 'link'> & { axisNote?: string; desc: string };

/** A drawing's root as a nested <svg> at (x, y), `scale` times its own size: its marks, unchanged. */
function placed(drawing: SvgNode, x: number, y: number, scale: number): SvgNode {
  const [, , w, h] = String(drawing.attrs.viewBox).split(' ').map(Number);
  return {
    tag: 'svg',
    attrs: { x, y, width: Number((w! * scale).toFixed(2)), height: Number((h! * scale).toFixed(2)), viewBox: drawing.attrs.viewBox, 'font-size': drawing.attrs['font-size'], fill: drawing.attrs.fill, 'data-chart': '' },
    children: drawing.children,
  };
}

/** The 1200×630 page around a placed drawing and its legend: title, caption, note, badge, source, link. */
function frame(words: FrameWords, body: SvgNode[]): SvgNode {
  const { width: W, height: H } = DOCUMENT_SIZE;
  return {
    tag: 'svg',
    attrs: { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' },
    children: [
      { tag: 'title', attrs: { id: 'chart-title' }, children: [words.title] },
      { tag: 'desc', attrs: { id: 'chart-desc' }, children: [words.desc] },
      { tag: 'rect', attrs: { width: W, height: H, fill: '#ffffff' }, children: [] },
      {
        tag: 'g',
        attrs: { 'font-family': FAMILY, fill: '#1b1f23' },
        children: [
          text(40, 40, 20, words.site, { fill: '#0f5e63' }),
          text(W - 40, 40, 18, words.badge, { fill: '#b3261e', 'text-anchor': 'end', 'font-weight': 700 }),
          text(40, 84, 32, fit(words.title, W - 80, 32), { 'font-weight': 700 }),
          text(40, 114, 18, fit(words.caption, W - 80, 18), { fill: '#4a5560' }),
          ...(words.axisNote ? [text(40, 140, 16, fit(words.axisNote, W - 80, 16), { fill: '#4a5560' })] : []),
          ...body,
          text(40, H - 24, 16, fit(words.credit, 760, 16), { fill: '#4a5560' }),
          text(W - 40, H - 24, 16, fit(words.link, 340, 16), { fill: '#0f5e63', 'text-anchor': 'end' }),
        ],
      },
    ],
  };
}

/** `s` on one line, or on two broken at the last space or bracket that fits (the second cut to fit). */
function wrap(s: string, width: number, size: number): string[] {
  if (textWidth(s, size) <= width) return [s];
  let cut = -1;
  for (let i = 1; i < s.length; i += 1) {
    if (textWidth(s.slice(0, i), size) > width) break;
    if (s[i] === ' ' || s[i] === '(' || s[i] === '（') cut = i;
  }
  if (cut < 0) return [fit(s, width, size)];
  return [s.slice(0, cut).trimEnd(), fit(s.slice(cut).trimStart(), width, size)];
}

export function chartDocument(chart: ChartInput, words: ChartWords): SvgNode {
  const drawing = chartDrawing(chart, SIZES.wide);
  const keys = chart.view.columns.map((c) => c.key);
  const bars = chart.kind !== 'line';
  const legend: SvgNode[] = chart.columns.map((c, i) => {
    const style = seriesStyle(keys[c]!, chart.allKeys);
    const y = CHART_BOX.y + 16 + i * 30;
    const sample: SvgNode = bars
      ? { tag: 'rect', attrs: { x: LEGEND_X, y: y - 8, width: 24, height: 16, fill: style.colour }, children: [] }
      : { tag: 'line', attrs: { x1: LEGEND_X, x2: LEGEND_X + 30, y1: y, y2: y, stroke: style.colour, 'stroke-width': 3, 'stroke-dasharray': style.dash || undefined }, children: [] };
    return { tag: 'g', attrs: { 'data-series': keys[c] }, children: [sample, text(LEGEND_X + 38, y, 16, fit(words.names[c] ?? keys[c]!, LEGEND_W - 38, 16), { dy: '0.35em' })] };
  });
  return frame({ ...words, desc: [words.caption, words.capped, words.credit].filter(Boolean).join(' ') }, [
    // The page's wide drawing, as it is, scaled: its marks, ticks and labels.
    placed(drawing, CHART_BOX.x, CHART_BOX.y, CHART_BOX.scale),
    { tag: 'g', attrs: { 'data-legend': '' }, children: legend },
  ]);
}

export type ClassWords = Omit<ChartWords, 'names' | 'capped' | 'axisNote'> & {
  /** A note under the caption (the map's insets), if any. */
  axisNote?: string;
  /** What the colours count, in which unit. */
  legendTitle: string;
  suppressed: string;
};

/** Where a class drawing may sit: left of the legend, above the source line. */
const CLASS_BOX = { x: 40, y: 156, width: 860, height: 420 } as const;

/**
 * The document of a class drawing (class-drawing.ts: the county map or the heat map, the tree
 * the page draws), as large as fits, with the class legend beside it: one swatch per class and
 * the values it holds (as the page's legend says them), then the hatching of suppressed values.
 */
export function classDocument(drawing: SvgNode, scale: MapScale, format: (v: number) => string, words: ClassWords): SvgNode {
  const [, , w, h] = String(drawing.attrs.viewBox).split(' ').map(Number);
  const k = Math.min(CLASS_BOX.width / w!, CLASS_BOX.height / h!);
  const x = CLASS_BOX.x;
  // Beside the drawing: the tall map leaves room; the wide heat map reaches the series legend's column.
  const legendX = Math.min(LEGEND_X, Math.ceil(x + w! * k + 60));
  const legendW = 1200 - 40 - legendX;
  // A long legend title takes two lines (broken at a space or before a bracket) rather than an ellipsis.
  const titleLines = wrap(words.legendTitle, legendW, 16);
  const row = (i: number) => CLASS_BOX.y + 22 + titleLines.length * 22 + i * 30;
  const swatch = (i: number, fill: string, body: string): SvgNode => ({
    tag: 'g',
    attrs: {},
    children: [
      { tag: 'rect', attrs: { x: legendX, y: row(i) - 8, width: 24, height: 16, fill, stroke: '#1b1f23' }, children: [] },
      text(legendX + 34, row(i), 16, fit(body, legendW - 34, 16), { dy: '0.35em' }),
    ],
  });
  const legend: SvgNode[] = [
    hatchPattern('legend-hatch'),
    ...titleLines.map((line, i) => text(legendX, CLASS_BOX.y + 12 + i * 22, 16, line, { 'font-weight': 700, dy: '0.35em' })),
    ...scale.classes.map((c, i) => swatch(i, c.colour, c.from === c.to ? format(c.to) : `${format(c.from)} – ${format(c.to)}`)),
    swatch(scale.classes.length, 'url(#legend-hatch)', words.suppressed),
  ];
  return frame({ ...words, desc: [words.caption, words.axisNote, words.credit].filter(Boolean).join(' ') }, [
    placed(drawing, x, CLASS_BOX.y, k),
    { tag: 'g', attrs: { 'data-legend': '' }, children: legend },
  ]);
}

/** The standalone SVG file. */
export function chartSvgFile(doc: SvgNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(doc)}\n`;
}

/** The markup of a drawing's marks and labels (its root's children): what page and file share. */
export function drawingInnerMarkup(drawing: SvgNode): string {
  return drawing.children.map(svgMarkup).join('');
}

export type TextRun = { x: number; y: number; size: number; anchor: 'start' | 'middle' | 'end'; dy: number; fill: string; weight: number; body: string };

/**
 * The document split for the PNG renderer (next/og, which draws text only with its own font):
 * the shapes as SVG markup with no text, and every text with its place in document pixels.
 */
export function splitText(doc: SvgNode): { shapes: string; texts: TextRun[] } {
  const texts: TextRun[] = [];
  type Ctx = { ox: number; oy: number; k: number; size: number; fill: string; weight: number };
  const walk = (node: SvgNode, ctx: Ctx, root: boolean): SvgNode => {
    const a = node.attrs;
    const next: Ctx = { ...ctx };
    if (a['font-size'] !== undefined) next.size = Number(a['font-size']);
    if (a.fill !== undefined && node.tag !== 'rect' && node.tag !== 'circle' && node.tag !== 'path') next.fill = String(a.fill);
    if (a['font-weight'] !== undefined) next.weight = Number(a['font-weight']);
    if (node.tag === 'svg' && !root) {
      const [, , vbW] = String(a.viewBox).split(' ').map(Number);
      next.k = ctx.k * (Number(a.width) / vbW!);
      next.ox = ctx.ox + Number(a.x) * ctx.k;
      next.oy = ctx.oy + Number(a.y) * ctx.k;
    }
    const children: SvgNode[] = [];
    for (const c of node.children) {
      if (typeof c === 'string' || c.tag === 'title' || c.tag === 'desc') continue;
      if (c.tag === 'text') {
        const b = c.attrs;
        const size = b['font-size'] !== undefined ? Number(b['font-size']) : next.size;
        const dy = typeof b.dy === 'string' && b.dy.endsWith('em') ? parseFloat(b.dy) : 0;
        texts.push({
          x: next.ox + Number(b.x) * next.k,
          y: next.oy + Number(b.y) * next.k,
          size: size * next.k,
          anchor: (b['text-anchor'] as TextRun['anchor'] | undefined) ?? 'start',
          dy,
          fill: b.fill !== undefined ? String(b.fill) : next.fill,
          weight: b['font-weight'] !== undefined ? Number(b['font-weight']) : next.weight,
          body: c.children.filter((t): t is string => typeof t === 'string').join(''),
        });
        continue;
      }
      children.push(walk(c, next, false));
    }
    return { ...node, children };
  };
  const shapes = walk(doc, { ox: 0, oy: 0, k: 1, size: 16, fill: '#1b1f23', weight: 400 }, true);
  return { shapes: svgMarkup(shapes), texts };
}

export { escapeXml };
