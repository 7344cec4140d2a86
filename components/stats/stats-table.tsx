import { memo } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { ServerMarkup } from '@/components/ui/server-markup';
import type { MeasureKey } from '@/lib/stats/views/topics';
import type { ViewRow } from '@/lib/stats/views/table';
import { formatValue } from '@/lib/stats/views/table-format';
import { LABEL_COLUMN, type TableSort } from '@/lib/stats/views/sort';

type Props = {
  id: string;
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  /** The value columns' keys (series), for the sort. */
  columnKeys: readonly string[];
  /** Already in the order `sort` says. */
  rows: readonly ViewRow[];
  measure: MeasureKey;
  locale: string;
  suppressedLabel: string;
  sort: TableSort;
  /** Absent: headers are plain text (no sorting). */
  onSort?: (column: string) => void;
  sortHint: (name: string) => string;
};

/**
 * The numbers of a chart as a table: what screen readers, keyboard users and readers without
 * JavaScript get, rendered in the page's HTML. A suppressed cell reads "Suppressed", shows "—"
 * and is never 0. The shared DataTable scrolls sideways on a phone, first column held. Each
 * header is a button that sorts by its column (Enter or Space; again to reverse); the sorted
 * column says so with aria-sort, which screen readers announce.
 */
export function StatsTable({ id, caption, rowHeader, columns, columnKeys, rows, measure, locale, suppressedLabel, sort, onSort, sortHint }: Props) {
  const header = (key: string, name: string, num: boolean) => {
    const active = sort?.column === key ? sort.dir : null;
    return (
      <th key={key} scope="col" className={num ? 'num' : undefined} aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined}>
        {onSort ? (
          <button type="button" className="sort-button" onClick={() => onSort(key)} title={sortHint(name)} data-sort-column={key}>
            {name}
            <span aria-hidden="true" className="sort-mark">
              {active === 'asc' ? '▲' : active === 'desc' ? '▼' : '⇅'}
            </span>
          </button>
        ) : (
          name
        )}
      </th>
    );
  };
  return (
    <DataTable id={id} label={caption} caption={caption} testId="stats-table">
      <thead>
        <tr>
          {header(LABEL_COLUMN, rowHeader, false)}
          {columns.map((c, i) => header(columnKeys[i]!, c, true))}
        </tr>
      </thead>
      <StatsTableBody rows={rows} measure={measure} locale={locale} suppressedLabel={suppressedLabel} />
    </DataTable>
  );
}

type BodyProps = Pick<Props, 'rows' | 'measure' | 'locale' | 'suppressedLabel'>;

/**
 * The rows: most of the table's markup. Kept as the server wrote them until the rows change (a
 * filter, a sort, a shared link's view): hydrating every cell was most of the dashboard's work
 * on the page's load (components/ui/server-markup.tsx). Memoised, so the dashboard's re-render
 * when its script has hydrated does not reach it: only new rows do.
 */
const StatsTableBody = memo(function StatsTableBody(props: BodyProps) {
  return (
    <ServerMarkup as="tbody" version={props.rows}>
      <StatsTableRows {...props} />
    </ServerMarkup>
  );
});

function StatsTableRows({ rows, measure, locale, suppressedLabel }: BodyProps) {
  return rows.map((row) => (
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
  ));
}
