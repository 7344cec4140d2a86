import { describe, expect, it } from 'vitest';
import { datasetRows } from '@/lib/stats/read-datasets';
import { MAP_COLOURS, joinCounties, mapScale } from '@/lib/stats/views/map';
import { countyMapGeometry, simplifyLine } from '@/lib/stats/views/map-geometry';

describe('county map', () => {
  it('joins every county of the data to a shape, and every shape to the data', () => {
    const geometry = countyMapGeometry();
    const dataCodes = [...new Set(datasetRows('einvoice-county-monthly').map((r) => String(r.county_code)))];
    expect(dataCodes).toHaveLength(22);
    expect(joinCounties(geometry.counties.map((c) => c.code), dataCodes)).toEqual({ missingOnMap: [], missingInData: [] });
    expect(geometry.counties.every((c) => c.d.startsWith('M'))).toBe(true);
  });

  it('reports what does not join', () => {
    expect(joinCounties(['63000', '64000'], ['63000', '09007'])).toEqual({ missingOnMap: ['09007'], missingInData: ['64000'] });
  });

  it('is small enough to ship in the page (simplified to the map’s pixels)', () => {
    const geometry = countyMapGeometry();
    const bytes = geometry.counties.reduce((n, c) => n + c.d.length, 0) + geometry.insetBorders.length;
    expect(bytes).toBeLessThan(45_000);
    expect(geometry.height).toBeGreaterThan(geometry.width);
  });

  it('simplifies a line but keeps its ends and its corners', () => {
    expect(simplifyLine([[0, 0], [1, 0.1], [2, 0], [2, 5]], 0.5)).toEqual([[0, 0], [2, 0], [2, 5]]);
  });

  it('colours by quantile classes, light to dark, and never colours a suppressed county', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];
    const scale = mapScale(values);
    expect(scale.classes.map((c) => c.colour)).toEqual([...MAP_COLOURS]);
    expect(scale.colourOf(null)).toBeNull();
    expect(scale.colourOf(1)).toBe(MAP_COLOURS[0]);
    expect(scale.colourOf(10)).toBe(MAP_COLOURS.at(-1));
    const order = values.filter((v): v is number => v !== null).map((v) => MAP_COLOURS.indexOf(scale.colourOf(v) as (typeof MAP_COLOURS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(scale.classes[0]!.from).toBe(1);
    expect(scale.classes.at(-1)!.to).toBe(10);
  });

  it('merges classes when values repeat, keeping the ends of the palette', () => {
    const scale = mapScale([5, 5, 5, 5, 9]);
    expect(scale.classes.length).toBeLessThan(5);
    expect(scale.classes[0]!.colour).toBe(MAP_COLOURS[0]);
    expect(scale.classes.at(-1)!.colour).toBe(MAP_COLOURS.at(-1));
    expect(mapScale([null, null]).classes).toEqual([]);
  });
});
