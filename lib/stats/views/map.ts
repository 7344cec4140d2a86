/**
 * The county map's colours and legend, and the check that every county of the data has a shape
 * on the map (and the reverse). Pure: the geometry is computed on the server (map-geometry.ts).
 */

/**
 * ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe and readable in greyscale. Light
 * to dark = low to high; suppressed counties are hatched instead (never a colour of the scale).
 */
export const MAP_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

export type MapClass = { colour: string; from: number; to: number };
export type MapScale = { classes: MapClass[]; colourOf(value: number | null): string | null };

/**
 * Quantile classes of the published values (at most five, fewer when values repeat), so each
 * colour holds about as many counties. null (suppressed) has no colour.
 */
export function mapScale(values: readonly (number | null)[]): MapScale {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const classes: MapClass[] = [];
  if (sorted.length > 0) {
    const n = Math.min(MAP_COLOURS.length, sorted.length);
    const edges = Array.from({ length: n + 1 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.round((i * (sorted.length - 1)) / n))]!);
    for (let i = 0; i < n; i += 1) {
      // A value on a boundary belongs to the lower class; a class that would be empty is dropped.
      if (i > 0 && edges[i + 1]! <= edges[i]!) continue;
      classes.push({ colour: '', from: edges[i]!, to: edges[i + 1]! });
    }
    // The legend names the values each class holds (its smallest and largest member), so two
    // ranges never share an end: 368–730 and 745–800, never 368–730 and 730–800.
    classes.forEach((c, i) => {
      const lower = i === 0 ? -Infinity : classes[i - 1]!.to;
      const members = sorted.filter((v) => v > lower && v <= c.to);
      c.from = members[0] ?? c.from;
    });
    // Spread the palette over the classes kept, so two classes never look alike.
    classes.forEach((c, i) => {
      c.colour = MAP_COLOURS[classes.length === 1 ? MAP_COLOURS.length - 1 : Math.round((i * (MAP_COLOURS.length - 1)) / (classes.length - 1))]!;
    });
  }
  return {
    classes,
    colourOf(value) {
      if (value === null || classes.length === 0) return null;
      const found = classes.find((c) => value <= c.to) ?? classes.at(-1)!;
      return found.colour;
    },
  };
}

export type JoinReport = { missingOnMap: string[]; missingInData: string[] };

/** Codes of the data without a shape, and shapes without data: both must be empty. */
export function joinCounties(mapCodes: readonly string[], dataCodes: readonly string[]): JoinReport {
  const map = new Set(mapCodes);
  const data = new Set(dataCodes);
  return {
    missingOnMap: [...data].filter((c) => !map.has(c)).sort(),
    missingInData: [...map].filter((c) => !data.has(c)).sort(),
  };
}
