// The EXPLAIN ANALYZE plans of My invoices' list and detail queries for one owner, as JSON on stdout.
// A process of its own: lib/invoices/store.ts is server-only, so it loads only under the
// react-server condition, which the benchmark runner does not use.
// Run: node --conditions react-server --import tsx scripts/bench/me-invoices-plans.ts URL OWNER_ID ROC_YEAR START_MONTH NUMBER
import type { CompiledQuery } from 'kysely';
import { createDbHandle } from '../../lib/db/client';
import { resolveDbConfig } from '../../lib/db/config';
import { detailQuery, listQuery } from '../../lib/invoices/store';
import type { Period } from '../../lib/lottery/period';

const [url, ownerId, rocYear, startMonth, number] = process.argv.slice(2) as [string, string, string, string, string];
const period = { rocYear: Number(rocYear), startMonth: Number(startMonth) } as Period;
const handle = createDbHandle(resolveDbConfig(url), { poolMax: 1 });
try {
  const explain = async (compiled: CompiledQuery) =>
    (await handle.db.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `explain (analyze, buffers, costs off, timing off) ${compiled.sql}` })).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
  const list = await explain(listQuery(handle.db, ownerId, { period, limit: 50 }).compile(handle.db));
  const detail = await explain(detailQuery(handle.db, ownerId, number).compile());
  process.stdout.write(JSON.stringify({ list, detail }));
} finally {
  await handle.close();
}
