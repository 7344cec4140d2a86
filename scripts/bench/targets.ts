// What the benchmark suites measure. Later issues append to these lists;
// the suites iterate over them, so adding a target needs no other change.

export interface PublicPage {
  /** Row label in the report. */
  name: string;
  /** Path on the app, starting with '/'. */
  path: string;
}

export interface JsonApi {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** Sent as JSON (content-type: application/json) when present. */
  body?: unknown;
  /** Concurrent connections for autocannon; defaults to 10. */
  connections?: number;
  /**
   * The route runs GET /api/health's one database query: its minimal-Next ceiling runs the same
   * statement on the same driver before answering (scripts/bench/minimal-next.ts).
   */
  dbQuery?: boolean;
}

export const publicPages: PublicPage[] = [
  { name: 'home', path: '/' },
  { name: 'home (en)', path: '/en' },
  { name: 'help', path: '/help' },
  { name: 'help: carrier', path: '/help/carrier' },
  { name: 'lottery', path: '/lottery' },
  { name: 'lottery: check', path: '/lottery/check' },
  { name: 'calculators', path: '/calculators' },
  { name: 'calculators: late fee', path: '/calculators/late-fee' },
  { name: 'calculators: licence tax', path: '/calculators/license-tax' },
  { name: 'calculators: income tax', path: '/calculators/income-tax' },
  { name: 'stats', path: '/stats' },
  { name: 'stats: industry chart', path: '/stats/industry' },
  { name: 'stats: county map', path: '/stats/county' },
];

/**
 * The pages BENCH_PAGES names (comma-separated paths, e.g. `/stats,/stats/county`), or every
 * public page: a change to a few pages is measured on those, beside their ceilings, in minutes.
 */
export function selectedPages(env: string | undefined = process.env.BENCH_PAGES): PublicPage[] {
  const paths = (env ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (paths.length === 0) return publicPages;
  const unknown = paths.filter((p) => !publicPages.some((page) => page.path === p));
  if (unknown.length > 0) throw new Error(`BENCH_PAGES: unknown page(s) ${unknown.join(', ')}; known: ${publicPages.map((p) => p.path).join(', ')}`);
  return publicPages.filter((page) => paths.includes(page.path));
}

export const jsonApis: JsonApi[] = [
  { name: 'health', method: 'GET', path: '/api/health', dbQuery: true },
  { name: 'lottery periods', method: 'GET', path: '/api/v1/lottery/periods' },
  { name: 'lottery check (1 number)', method: 'POST', path: '/api/v1/lottery/check', body: { period: '11507', numbers: ['AB54348835'] } },
  // The late-fee calculator has its suite (late-fee-api, beside a bare server running the same function); the other two here.
  { name: 'licence tax', method: 'POST', path: '/api/v1/calculators/license-tax', body: { taxYear: 2026, vehicleKind: 'private-car', cc: 1798 } },
  {
    name: 'income tax (a household)',
    method: 'POST',
    path: '/api/v1/calculators/income-tax',
    body: { incomeYear: 114, filingStatus: 'married', taxpayer: { salary: 1_200_000 }, spouse: { salary: 600_000 }, dependants: [{}], preschoolChildren: 1 },
  },
];
