import type { MapScale } from '@/lib/stats/views/map';

type Props = { id: string; scale: MapScale; format: (v: number) => string; label: string; suppressedLabel: string };

/** The classes of a map or heat map: one swatch and the values it holds, then the hatch for suppressed. */
export function ClassLegend({ id, scale, format, label, suppressedLabel }: Props) {
  return (
    <div className="mt-2">
      <p className="font-semibold" id={`${id}-legend`}>
        {label}
      </p>
      <ul aria-labelledby={`${id}-legend`} className="mt-1 flex flex-col gap-1 text-sm" data-testid="class-legend">
        {scale.classes.map((c) => (
          <li key={c.colour} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-6 border border-ink" style={{ background: c.colour }} />
            {c.from === c.to ? format(c.to) : `${format(c.from)} – ${format(c.to)}`}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="24" height="16" className="border border-ink">
            <defs>
              <pattern id={`${id}-legend-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="5" height="5" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="5" stroke="#4a5560" strokeWidth="2" />
              </pattern>
            </defs>
            <rect width="24" height="16" fill={`url(#${id}-legend-hatch)`} />
          </svg>
          {suppressedLabel}
        </li>
      </ul>
    </div>
  );
}
