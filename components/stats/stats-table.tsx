import type { MeasureKey } from '@/lib/stats/view-topics';
import { formatValue, type ViewRow } from '@/lib/stats/view-table';

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
 * and is never 0. The scroll container is focusable so a wide table scrolls by keyboard.
 */
export function StatsTable({ id, caption, rowHeader, columns, rows, measure, locale, suppressedLabel }: Props) {
  return (
    // Focusable so a table wider than the screen can be scrolled by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="relative mt-4 max-w-full overflow-x-auto">
      <table id={id} className="w-full border-collapse text-left tabular-nums" data-testid="stats-table">
        <caption id={`${id}-caption`} className="mb-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="p-2 text-right">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              <th scope="row" className="p-2 font-semibold whitespace-nowrap">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="p-2 text-right whitespace-nowrap">
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
      </table>
    </div>
  );
}
