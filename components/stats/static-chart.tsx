/**
 * A TableView drawn as plain SVG, with no chart library: what the server puts in the page for
 * the first paint, and what stays until the reader reaches for the chart (then the interactive
 * Recharts version takes the same box, see chart-frame.tsx). Two drawings, one for phones and
 * one for wider screens, so the text stays about 12 px on both; CSS shows one. The drawing
 * itself is lib/stats/views/chart-drawing.ts, the same tree the PNG and SVG downloads serialise.
 */
import { createElement, type ReactNode } from 'react';
import { SIZES, chartDrawing, type ChartInput, type SvgNode } from '@/lib/stats/views/chart-drawing';

export { SIZES, textWidth, type ChartInput, type DrawKind } from '@/lib/stats/views/chart-drawing';

/** SVG's attribute names as React spells them: stroke-width → strokeWidth, class → className. */
function reactName(name: string): string {
  if (name === 'class') return 'className';
  if (name.startsWith('data-') || name.startsWith('aria-')) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The drawing's tree as React elements (the same markup on the server as svgMarkup writes). */
export function svgElement(node: SvgNode | string, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined) props[reactName(name)] = value;
  return createElement(node.tag, props, ...node.children.map((c, i) => svgElement(c, i)));
}

/** Both drawings; the frame around them fixes the box (no layout shift when Recharts replaces them). */
export function StaticChart(props: ChartInput) {
  return (
    <>
      <div className="h-full w-full md:hidden" data-testid="static-chart">
        {svgElement(chartDrawing(props, SIZES.phone))}
      </div>
      <div className="hidden h-full w-full md:block" data-testid="static-chart-wide">
        {svgElement(chartDrawing(props, SIZES.wide))}
      </div>
    </>
  );
}
