/**
 * Everything that draws a dashboard view in the browser, in one chunk of its own: the chart's two
 * SVG drawings, the county map, the hour × weekday heat map, and buildView (a view from the
 * topic's cells). The server draws the first view into the page's HTML and the browser keeps
 * it as written (components/ui/server-markup.tsx), so the page's first load needs none of this:
 * it loads with the first view change, beside the cells (topic-explorer.tsx), or when a
 * client-side navigation mounts a dashboard (drawings-loader.ts). Imported only through
 * drawings-loader.ts (a lint rule keeps the rest of components/stats off these modules).
 */
import type { ReactNode } from 'react';
import { mapScale } from '@/lib/stats/views/map';
import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import type { TableView } from '@/lib/stats/views/table';
import { ClassLegend } from './class-legend';
import { CountyMap } from './county-map';
import { HeatMap } from './heat-map';
import { StaticChart, type ChartInput } from './static-chart';

export { buildView } from '@/lib/stats/views/table';

export type MapPicture = {
  id: string;
  geometry: MapGeometry;
  view: TableView;
  format: (v: number) => string;
  label: string;
  legendLabel: string;
  suppressedLabel: string;
  insetNote: string;
};

/** The county map of a view: one value per county (the view's first column). */
export function mapPicture({ view, ...props }: MapPicture): ReactNode {
  return <CountyMap {...props} values={new Map(view.rows.map((r) => [r.key, r.cells[0] ?? null]))} names={new Map(view.rows.map((r) => [r.key, r.label]))} />;
}

export type HeatPicture = { id: string; view: TableView; format: (v: number) => string; suppressedLabel: string; legendLabel: string };

/** The heat map and its classes. */
export function heatPicture({ id, view, format, suppressedLabel, legendLabel }: HeatPicture): ReactNode {
  const scale = mapScale(view.rows.flatMap((r) => r.cells));
  return (
    <>
      <HeatMap id={id} view={view} scale={scale} format={(v) => (v === null ? suppressedLabel : format(v))} />
      <ClassLegend id={id} scale={scale} format={format} label={legendLabel} suppressedLabel={suppressedLabel} />
    </>
  );
}

/** The chart's two drawings (phone and wide). */
export function chartPicture(props: ChartInput): ReactNode {
  return <StaticChart {...props} />;
}
