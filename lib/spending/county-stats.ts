/**
 * The published county dataset (data/datasets, the same file /data/einvoice-county-monthly.json
 * serves) in the shape the comparison takes. Read once per process.
 */
import 'server-only';
import { datasetRows } from '@/lib/stats/read-datasets';
import type { CountyMonthRow } from './compare';

let rows: CountyMonthRow[] | null = null;

export function readCountyMonths(): CountyMonthRow[] {
  rows ??= datasetRows('einvoice-county-monthly').map((r) => ({
    month: String(r.month),
    countyCode: String(r.county_code),
    invoices: typeof r.invoice_count === 'number' ? r.invoice_count : null,
    amount: typeof r.amount_ntd === 'number' ? r.amount_ntd : null,
    suppressed: r.suppressed === true,
  }));
  return rows;
}
