import { countyMapDrawing } from '@/lib/stats/views/class-drawing';
import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import { mapScale } from '@/lib/stats/views/map';
import { ClassLegend } from './class-legend';
import { svgElement } from './static-chart';

type Props = {
  id: string;
  geometry: MapGeometry;
  /** Value per county code; null = suppressed. */
  values: ReadonlyMap<string, number | null>;
  names: ReadonlyMap<string, string>;
  format: (v: number) => string;
  label: string;
  legendLabel: string;
  suppressedLabel: string;
  insetNote: string;
};

/**
 * A choropleth of the counties as plain SVG (paths computed on the server), so it is in the
 * page's HTML and needs no map library. Colour-blind-safe sequential classes with a legend;
 * suppressed counties are hatched, not coloured, so they cannot be read as low values. The
 * drawing is lib/stats/views/class-drawing.ts, the same tree the PNG and SVG downloads hold.
 */
export function CountyMap({ id, geometry, values, names, format, label, legendLabel, suppressedLabel, insetNote }: Props) {
  const scale = mapScale([...values.values()]);
  const drawing = countyMapDrawing({ id, geometry, values, names, scale, format, suppressedLabel });
  return (
    <div>
      <svg
        viewBox={String(drawing.attrs.viewBox)}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full max-w-[26rem]"
        style={{ aspectRatio: `${geometry.width} / ${geometry.height}` }}
        data-testid="county-map"
      >
        <title id={`${id}-title`}>{label}</title>
        {drawing.children.map((c, i) => svgElement(c, i))}
      </svg>
      <p className="mt-1 text-sm text-muted">{insetNote}</p>
      <ClassLegend id={id} scale={scale} format={format} label={legendLabel} suppressedLabel={suppressedLabel} />
    </div>
  );
}
