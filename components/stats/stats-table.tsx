import { DataTable } from '@/components/ui/data-table';
import type { MeasureKey } from '@/lib/stats/views/topics';
import { formatValue, type ViewRow } from '@/lib/stats/views/table';

type Props = {
  id: string;
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly ViewRow[];
  measure: MeasureKey;
  locale: string;
  suppressedLabel: string;
};

/**
 * The numbers of a chart as a table: what screen readers, keyboard users and readers without
 * JavaScript get, rendered in the page's HTML. A suppressed cell reads "Suppressed", shows "—"
 * and is never 0. The shared DataTable scrolls sideways on a phone, first column held.
 */
export function StatsTable({ id, caption, rowHeader, columns, rows, measure, locale, suppressedLabel }: Props) {
  return (
    <DataTable id={id} label={caption} caption={caption} testId="stats-table">
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="nowrap font-semibold">
              {row.label}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i} className="num">
                {cell === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{suppressedLabel}</span>
                  </>
                ) : (
                  formatValue(cell, measure, locale)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
