/**
 * The privacy audit of built datasets against the store they came from. It recounts every cell
 * with its own SQL (plain count(distinct …) over the invoice columns, not the aggregation code's
 * two-step passes or its seller table) and reports:
 * - a published cell with fewer than k distinct sellers, or fewer than k distinct buyers where
 *   buyers are counted, or whose numbers differ from the recount;
 * - a suppressed cell that still shows a number;
 * - a partition whose total can be known with exactly one suppressed cell;
 * - a field or a value that could identify a seller or a buyer (an identifying field name, a
 *   value outside the field's known domain, a BAN, a seller name, a carrier ID).
 * An empty list means the datasets pass. Used by the privacy test and by `data:build --audit`.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { HOLDER_CARRIERS } from '../codes';
import { coveredInvoices } from './coverage';
import { DATASETS, IDENTIFYING_FIELDS, cellKey, fieldsOf, type Cell, type CellDims, type DatasetId } from '../datasets';
import type { BuiltDataset } from './publish';

type Recount = { invoices: number; amount: number; sellers: number; buyers: number };

const num = (v: unknown) => Number(v ?? 0);

async function recount(db: Kysely<Database>, id: DatasetId): Promise<Map<string, Recount>> {
  type R = Record<string, unknown>;
  const measures = sql`count(*) as invoices, sum(amount)::int8 as amount, count(distinct seller_id) as sellers, count(distinct buyer_id) as buyers`;
  const month = sql`to_char(issued_at, 'YYYY-MM')`;
  const year = sql`extract(year from issued_at)::int`;
  let rows: R[];
  let dims: (r: R) => CellDims;
  switch (id) {
    case 'einvoice-industry-monthly':
      rows = (await sql<R>`select ${month} as month, industry_code as k, ${measures} from ${coveredInvoices} group by 1, 2`.execute(db)).rows;
      dims = (r) => ({ month: String(r.month), industry: num(r.k) });
      break;
    case 'einvoice-county-monthly':
      rows = (await sql<R>`select ${month} as month, county_code as k, ${measures} from ${coveredInvoices} group by 1, 2`.execute(db)).rows;
      dims = (r) => ({ month: String(r.month), county: num(r.k) });
      break;
    case 'einvoice-township-annual':
      rows = (await sql<R>`select ${year} as year, township_code as k, ${measures} from ${coveredInvoices} group by 1, 2`.execute(db)).rows;
      dims = (r) => ({ year: num(r.year), township: num(r.k) });
      break;
    case 'einvoice-carrier-monthly':
      rows = (await sql<R>`select ${month} as month, carrier_type as k, ${measures} from ${coveredInvoices} group by 1, 2`.execute(db)).rows;
      dims = (r) => ({ month: String(r.month), carrier: num(r.k) });
      break;
    case 'einvoice-age-gender-monthly':
      rows = (
        await sql<R>`select ${month} as month, age_band as a, gender as g, ${measures}
          from ${coveredInvoices} where carrier_type in (1, 2, 3) group by 1, 2, 3`.execute(db)
      ).rows;
      dims = (r) => ({ month: String(r.month), age: num(r.a), gender: num(r.g) });
      break;
    case 'einvoice-hour-weekday-annual':
      rows = (
        await sql<R>`select ${year} as year, extract(isodow from issued_at)::int as d, extract(hour from issued_at)::int as h, ${measures}
          from ${coveredInvoices} group by 1, 2, 3`.execute(db)
      ).rows;
      dims = (r) => ({ year: num(r.year), weekday: num(r.d), hour: num(r.h) });
      break;
    case 'einvoice-donations-monthly':
      rows = (await sql<R>`select ${month} as month, ${measures} from ${coveredInvoices} where carrier_type = 4 group by 1`.execute(db)).rows;
      dims = (r) => ({ month: String(r.month) });
      break;
  }
  return new Map(
    rows.map((r) => [cellKey(dims(r)), { invoices: num(r.invoices), amount: num(r.amount), sellers: num(r.sellers), buyers: num(r.buyers) }]),
  );
}

export type AuditOptions = { k: number };

export async function auditDatasets(db: Kysely<Database>, datasets: readonly BuiltDataset[], options: AuditOptions): Promise<string[]> {
  const { k } = options;
  const problems: string[] = [];
  const bans = new Set((await db.selectFrom('stat_sellers').select(['ban', 'name']).execute()).flatMap((s) => [s.ban, s.name]));
  const carrierNumbers = new Set((await db.selectFrom('carriers').select('number').execute()).map((c) => c.number));

  for (const d of datasets) {
    const def = DATASETS[d.id];
    const grid = def.grid();
    const fields = fieldsOf(def);
    const say = (msg: string) => problems.push(`${d.id}: ${msg}`);
    if (grid.length !== d.rows.length) say(`${d.rows.length} rows for a grid of ${grid.length}`);
    for (const f of fields) if (IDENTIFYING_FIELDS.includes(f.name)) say(`identifying field ${f.name}`);
    if (!d.metadata.synthetic || !/合成|synthetic/i.test(JSON.stringify(d.metadata.title))) say('not marked synthetic');

    // The only strings a row may hold are those its grid's labels produce.
    const allowed = new Map<string, Set<string>>();
    for (const dims of grid) {
      for (const [name, value] of Object.entries(def.label(dims))) {
        if (typeof value === 'string') (allowed.get(name) ?? allowed.set(name, new Set()).get(name)!).add(value);
      }
    }
    const counts = await recount(db, d.id);
    const holderCell = (dims: CellDims): boolean =>
      d.id === 'einvoice-age-gender-monthly' || (d.id === 'einvoice-carrier-monthly' && HOLDER_CARRIERS.includes(Number(dims.carrier)));

    d.rows.forEach((row, i) => {
      const dims = grid[i]!;
      const where = JSON.stringify(def.label(dims));
      for (const [name, value] of Object.entries(row)) {
        if (!fields.some((f) => f.name === name)) say(`${where}: unexpected field ${name}`);
        if (typeof value === 'string') {
          if (!allowed.get(name)?.has(value)) say(`${where}: value "${value}" of ${name} is outside the field's domain`);
          if (carrierNumbers.has(value) || /^\/[0-9A-Z.+-]{7}$/.test(value)) say(`${where}: a carrier number in ${name}`);
          if (/[A-Z]{2}-?\d{8}/.test(value)) say(`${where}: an invoice number in ${name}`);
          if (!name.endsWith('_code') && bans.has(value)) say(`${where}: a seller's BAN or name in ${name}`);
        }
      }
      const measures = ['invoice_count', 'amount_ntd', 'mean_ticket_ntd', 'share_pct'].filter((m) => m in row);
      const real = counts.get(cellKey(dims)) ?? { invoices: 0, amount: 0, sellers: 0, buyers: 0 };
      if (row.suppressed === true) {
        for (const m of measures) if (row[m] !== null) say(`${where}: suppressed but ${m} = ${row[m]}`);
        return;
      }
      if (row.suppressed !== false) say(`${where}: suppressed is ${row.suppressed}`);
      if (real.sellers < k) say(`${where}: published from ${real.sellers} distinct seller(s) (k = ${k})`);
      if (holderCell(dims) && real.buyers < k) say(`${where}: published from ${real.buyers} distinct buyer(s) (k = ${k})`);
      if (row.invoice_count !== real.invoices) say(`${where}: invoice_count ${row.invoice_count} ≠ recount ${real.invoices}`);
      if (row.amount_ntd !== real.amount) say(`${where}: amount_ntd ${row.amount_ntd} ≠ recount ${real.amount}`);
    });

    // A known total minus the published cells must never give back one suppressed cell.
    for (const family of def.families) {
      const groups = new Map<string, boolean[]>();
      grid.forEach((dims, i) => {
        const key = family.key({ dims } as Cell);
        (groups.get(key) ?? groups.set(key, []).get(key)!).push(d.rows[i]!.suppressed === true);
      });
      for (const [key, flags] of groups) {
        const hidden = flags.filter(Boolean).length;
        if (hidden === 1 && flags.length > 1) say(`partition ${key}: exactly one suppressed cell (recoverable from the total)`);
      }
    }

    const parsed = JSON.parse(d.files.json) as { rows: unknown[]; synthetic: boolean };
    if (!parsed.synthetic || JSON.stringify(parsed.rows) !== JSON.stringify(d.rows)) say('JSON file differs from the rows');
    const csvLines = d.files.csv.split('\r\n').filter(Boolean).length;
    if (csvLines !== d.rows.length + 1) say(`CSV has ${csvLines} lines for ${d.rows.length} rows`);
  }
  return problems;
}
