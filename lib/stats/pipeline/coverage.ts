/**
 * The invoices the open statistics count: those of the calibrated years (COVERAGE, 2021–2025).
 * The same table also holds newer invoices, e.g. the demo citizens' up to today (issue 12): they
 * are real rows of the store, but the datasets' grids end with the calibration, so every
 * statistics query reads the store through this one filter. Postgres flattens the subquery.
 */
import { sql } from 'kysely';
import { COVERAGE } from '../synthetic/calibration';

/** Use as `from ${coveredInvoices}` in place of `from stat_invoices`. */
export const coveredInvoices = sql.raw(
  `(select * from stat_invoices where issued_at >= timestamp '${COVERAGE.firstYear}-01-01' ` +
    `and issued_at < timestamp '${COVERAGE.lastYear + 1}-01-01') as stat_invoices`,
);
