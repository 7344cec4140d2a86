/**
 * Hour × weekday as a heat map (the standard drawing for this table; seven lines over 24 hours
 * only tangle). Plain SVG in the page's HTML, no chart library. Wide screens: hours across,
 * weekdays down; phones: hours down, so 24 columns never shrink to slivers. Classes and colours
 * as the county map (quantiles, ColorBrewer YlGnBu, hatched = suppressed). The drawing is
 * lib/stats/views/class-drawing.ts; the downloads hold the wide one.
 */
import { heatMapDrawing, type HeatMapInput } from '@/lib/stats/views/class-drawing';
import { svgElement } from './static-chart';

export function HeatMap(props: HeatMapInput) {
  return (
    <>
      <div className="md:hidden" data-testid="heat-map">
        {svgElement(heatMapDrawing(props, 'weekdays'))}
      </div>
      <div className="hidden md:block" data-testid="heat-map-wide">
        {svgElement(heatMapDrawing(props, 'hours'))}
      </div>
    </>
  );
}
