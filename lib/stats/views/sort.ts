/**
 * Sorting a dashboard's table by any column, and the sort in the URL (`sort=<column>&dir=desc`).
 * `label` is the first column (periods or categories: their own order is the natural one); a
 * series key is a value column. Suppressed cells sort last in either direction, so they never
 * pass for the smallest values. Stable: ties keep the table's order. Pure.
 */
import type { ViewRow } from './table';

export type SortDir = 'asc' | 'desc';
export type TableSort = { column: string; dir: SortDir } | null;

export const LABEL_COLUMN = 'label';

/** The sort a query asks for, if its column exists (`columns`: the value columns' keys). */
export function parseSort(search: string, columns: readonly string[]): TableSort {
  const query = new URLSearchParams(search);
  const column = query.get('sort');
  if (column === null || (column !== LABEL_COLUMN && !columns.includes(column))) return null;
  return { column, dir: query.get('dir') === 'desc' ? 'desc' : 'asc' };
}

/** The query part for a sort ('' for the table's own order). */
export function sortQuery(sort: TableSort): string {
  if (!sort || (sort.column === LABEL_COLUMN && sort.dir === 'asc')) return '';
  return `sort=${encodeURIComponent(sort.column)}&dir=${sort.dir}`;
}

/** What a click on a column's header does: a new column starts high to low (labels: in order), the same column flips. */
export function nextSort(current: TableSort, column: string): TableSort {
  if (current?.column === column) return { column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { column, dir: column === LABEL_COLUMN ? 'asc' : 'desc' };
}

export function sortRows(rows: readonly ViewRow[], columns: readonly string[], sort: TableSort): ViewRow[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  if (!sort) return rows.slice();
  const sign = sort.dir === 'asc' ? 1 : -1;
  if (sort.column === LABEL_COLUMN) return indexed.sort((a, b) => sign * (a.i - b.i)).map((x) => x.row);
  const c = columns.indexOf(sort.column);
  if (c < 0) return rows.slice();
  return indexed
    .sort((a, b) => {
      const x = a.row.cells[c] ?? null;
      const y = b.row.cells[c] ?? null;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      return sign * (x - y) || a.i - b.i;
    })
    .map((x) => x.row);
}
