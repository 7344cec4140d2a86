/**
 * A view's values as the dashboard's table and its "as shown" CSV write them: the part of the
 * table that the page needs from its first load (the cells' text, the download of the first
 * view). Building a view from the cells is table.ts. Pure.
 */
import { csvLine } from '../../csv';
import { formatNumber } from '@/lib/i18n/format';
import type { ViewCell, ViewRow } from './table';
import type { MeasureKey } from './topics';

const DECIMALS: Readonly<Record<MeasureKey, number>> = { count: 0, amount: 0, mean: 1, share: 2 };

/** A value as the table shows it (grouped digits, fixed decimals). */
export function formatValue(v: number, measure: MeasureKey, locale: string): string {
  const d = DECIMALS[measure];
  return formatNumber(v, locale, { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** A value as the CSV holds it: the table's figure without digit grouping. */
export function csvValue(v: ViewCell, measure: MeasureKey): string {
  return v === null ? '' : v.toFixed(DECIMALS[measure]);
}

export type CsvTable = {
  rowHeader: string;
  columns: readonly string[];
  rows: readonly ViewRow[];
  measure: MeasureKey;
};

/**
 * The CSV of the table as shown: a UTF-8 BOM (so spreadsheets read Chinese correctly), then the
 * header row on line 1 and the rows; nothing above the header, so imports read it as it is (the
 * notes are in the dataset's metadata file). Suppressed cells are empty. Every cell goes through
 * csvCell, so a label that begins with = + - @ cannot run as a formula. Periods are written as their
 * ISO keys in every language, as in the published files.
 */
export function tableCsv(table: CsvTable): string {
  const lines = [
    csvLine([table.rowHeader, ...table.columns]),
    ...table.rows.map((r) => csvLine([r.period ? r.key : r.label, ...r.cells.map((c) => csvValue(c, table.measure))])),
  ];
  return `\uFEFF${lines.join('')}`;
}
