// My invoices on the 10-million-invoice store (left by `BENCH_STATS_KEEP=1` stats-generator run):
// a citizen linked to the holder with about 2,000 invoices; listInvoices and getInvoice in process
// at 10 concurrent calls, beside a one-row primary-key query on the same pool; and the list's plan.
// Run: node --conditions react-server --import tsx scripts/bench/me-invoices-store.ts
import { sql, type CompiledQuery } from 'kysely';
import { createDbHandle } from '../../lib/db/client';
import { resolveDbConfig } from '../../lib/db/config';
import { detailQuery, getInvoice, listInvoices, listQuery } from '../../lib/invoices/store';
import { periodOfDate } from '../../lib/lottery/period';
import { invoiceNumberText } from '../../lib/stats/synthetic/invoice-numbers';

const url = process.env.BENCH_STATS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/taxcloud_stats_bench';
const handle = createDbHandle(resolveDbConfig(url), { poolMax: 10 });
const { db } = handle;

async function timed(n: number, concurrency: number, call: () => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < n) {
        const t = performance.now();
        await call();
        times.push(performance.now() - t);
      }
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: q(0.5), p95: q(0.95), perSecond: (n * 1000) / wall };
}

try {
  const total = await sql<{ n: number }>`select count(*) as n from stat_invoices`.execute(db);
  const holder = await sql<{ buyer_id: number; n: number }>`
    select buyer_id, count(*)::int8 as n from stat_invoices where buyer_id is not null group by 1 order by abs(count(*) - 2000) limit 1`.execute(db);
  const { buyer_id: buyerId, n } = holder.rows[0]!;
  const user = await db
    .insertInto('users')
    .values({ email: 'bench-citizen@taxcloud.example', display_name: 'Bench citizen', kind: 'citizen', is_demo: true })
    .onConflict((oc) => oc.column('email').doUpdateSet({ display_name: 'Bench citizen' }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('carriers').set({ owner_id: null }).where('owner_id', '=', user.id).execute();
  await db.updateTable('carriers').set({ owner_id: user.id, linked_at: new Date() }).where('buyer_id', '=', buyerId).execute();
  await sql`analyze carriers`.execute(db);
  const last = await sql<{ d: string; track: number; number: number }>`
    select to_char(issued_at, 'YYYY-MM-DD') as d, track, number from stat_invoices where buyer_id = ${buyerId} order by issued_at desc limit 1`.execute(db);
  const period = periodOfDate(last.rows[0]!.d);
  const number = invoiceNumberText(last.rows[0]!.track, last.rows[0]!.number);
  const page = await listInvoices(user.id, { period, limit: 50 }, { db });
  const bytes = Buffer.byteLength(JSON.stringify(page));

  for (let i = 0; i < 20; i++) await listInvoices(user.id, { period, limit: 50 }, { db });
  const list = await timed(400, 10, () => listInvoices(user.id, { period, limit: 50 }, { db }));
  const detail = await timed(400, 10, () => getInvoice(user.id, number, { db }));
  const floor = await timed(400, 10, () => db.selectFrom('users').select('id').where('id', '=', user.id).execute());

  const explain = async (compiled: CompiledQuery) =>
    (await handle.db.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `explain (analyze, buffers, costs off, timing off) ${compiled.sql}` })).rows;
  const plan = { rows: await explain(listQuery(db, user.id, { period, limit: 50 }).compile(db)) };
  const detailPlan = await explain(detailQuery(db, user.id, number).compile());
  const ms = (x: number) => x.toFixed(1);
  console.log(`Store: ${Number(total.rows[0]!.n).toLocaleString('en-US')} invoices; the citizen holds carrier buyer ${buyerId} with ${n} invoices; period ${period.rocYear}/${period.startMonth}–${period.startMonth + 1}: ${page.invoices.length} invoices on the first page (${bytes} bytes of JSON).\n`);
  console.log('| Call (10 at a time, 400 calls) | p50 (ms) | p95 (ms) | calls/s |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| listInvoices (one period, 50 a page, prizes flagged) | ${ms(list.p50)} | ${ms(list.p95)} | ${Math.round(list.perSecond)} |`);
  console.log(`| getInvoice (detail with items) | ${ms(detail.p50)} | ${ms(detail.p95)} | ${Math.round(detail.perSecond)} |`);
  console.log(`| baseline: users row by primary key | ${ms(floor.p50)} | ${ms(floor.p95)} | ${Math.round(floor.perSecond)} |`);
  console.log('\nPlan of the list query (EXPLAIN ANALYZE, BUFFERS):\n\n```');
  for (const row of plan.rows) console.log(row['QUERY PLAN']);
  console.log('```\n\nPlan of the detail query (one invoice by number):\n\n```');
  for (const row of detailPlan) console.log(row['QUERY PLAN']);
  console.log('```');
} finally {
  await handle.close();
}
