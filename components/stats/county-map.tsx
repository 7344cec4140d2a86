import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import { mapScale } from '@/lib/stats/views/map';
import { ClassLegend } from './class-legend';

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

const HATCH = '#4a5560';

/**
 * A choropleth of the counties as plain SVG (paths computed on the server), so it is in the
 * page's HTML and needs no map library. Colour-blind-safe sequential classes with a legend;
 * suppressed counties are hatched, not coloured, so they cannot be read as low values.
 */
export function CountyMap({ id, geometry, values, names, format, label, legendLabel, suppressedLabel, insetNote }: Props) {
  const scale = mapScale([...values.values()]);
  const hatchId = `${id}-hatch`;
  return (
    <div>
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full max-w-[26rem]"
        style={{ aspectRatio: `${geometry.width} / ${geometry.height}` }}
      >
        <title id={`${id}-title`}>{label}</title>
        <defs>
          <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke={HATCH} strokeWidth="2" />
          </pattern>
        </defs>
        {geometry.counties.map((c) => {
          const value = values.get(c.code) ?? null;
          const fill = scale.colourOf(value) ?? `url(#${hatchId})`;
          return (
            <path key={c.code} d={c.d} fill={fill} stroke="#1b1f23" strokeWidth={0.5} strokeLinejoin="round" data-county={c.code}>
              <title>{`${names.get(c.code) ?? c.code}: ${value === null ? suppressedLabel : format(value)}`}</title>
            </path>
          );
        })}
        <path d={geometry.insetBorders} fill="none" stroke="#4a5560" strokeWidth={1} strokeDasharray="3 3" />
      </svg>
      <p className="mt-1 text-sm text-muted">{insetNote}</p>
      <ClassLegend id={id} scale={scale} format={format} label={legendLabel} suppressedLabel={suppressedLabel} />
    </div>
  );
}
