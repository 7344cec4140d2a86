// `npm run bench`: runs the selected benchmark suites and prepends a run to docs/benchmarks.md.
import { apiSuite } from './autocannon.js';
import { lateFeeApiSuite } from './calculators.js';
import { einvoiceApiSuite } from './einvoice-api.js';
import { lighthouseSuite } from './lighthouse.js';
import { lotteryBulkApiSuite, lotteryChecksSuite } from './lottery.js';
import { meInvoicesSuite } from './me-invoices.js';
import { collectRunInfo, renderHeader, renderRun, writeReport } from './report.js';
import { startApiServer, startServer, type BenchServer } from './server.js';
import { statsGeneratorSuite } from './stats.js';
import type { MarkdownSection, Suite, SuiteContext } from './suite.js';
import { brief, log, runCleanups } from './util.js';

/** Every suite, in run order. New benchmarks register here. */
export const suites: Suite[] = [lighthouseSuite, apiSuite, lotteryChecksSuite, lotteryBulkApiSuite, statsGeneratorSuite, meInvoicesSuite, lateFeeApiSuite, einvoiceApiSuite];

function namesFromEnv(name: string): string[] {
  const names = (process.env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !suites.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(`${name}: unknown suite(s) ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);
  }
  return names;
}

function selectSuites(): Suite[] {
  const only = namesFromEnv('BENCH_ONLY');
  const skip = namesFromEnv('BENCH_SKIP');
  const selected = suites.filter((s) => (only.length === 0 || only.includes(s.name)) && !skip.includes(s.name));
  if (selected.length === 0) throw new Error('BENCH_ONLY / BENCH_SKIP leave no suite to run');
  return selected;
}

type ServerKind = 'default' | 'api';

/** "`next start` …, Postgres …": one server's description, or each with the suites it served. */
async function describeTargets(targets: Map<Promise<BenchServer>, string[]>): Promise<string> {
  const all = await Promise.all(
    [...targets].map(async ([s, names]) => ({ description: (await s.catch(() => undefined))?.description ?? 'server failed to start', names })),
  );
  if (all.length === 0) return 'no server needed';
  if (all.length === 1) return all[0]!.description;
  return all.map((t) => `${t.description} for ${t.names.join(', ')}`).join('; ');
}

async function main(): Promise<number> {
  const selected = selectSuites();
  log(`suites: ${selected.map((s) => s.name).join(', ')}`);
  for (const s of selected) await s.preflight?.();

  // Started on first use and shared by the suites that ask for the same kind; stopped in finally
  // whatever happens. One portal runs at a time: an idle one's jobs and memory would weigh on the
  // other's measurement, so asking for the other kind stops it first.
  const servers = new Map<ServerKind, Promise<BenchServer>>();
  /** Each server's description and the suites it served, for the report's Target line. */
  const targets = new Map<Promise<BenchServer>, string[]>();
  let running = '';
  const serverFor = async (kind: ServerKind): Promise<BenchServer> => {
    for (const [other, s] of servers) {
      if (other === kind) continue;
      servers.delete(other);
      await s.then((x) => x.stop()).catch(() => undefined);
    }
    let server = servers.get(kind);
    if (!server) {
      server = kind === 'api' ? startApiServer() : startServer();
      servers.set(kind, server);
      targets.set(server, []);
    }
    const names = targets.get(server)!;
    if (!names.includes(running)) names.push(running);
    return server;
  };
  const ctx: SuiteContext = {
    baseUrl: async () => (await serverFor('default')).baseUrl,
    apiServer: async () => {
      const s = await serverFor('api');
      return { baseUrl: s.baseUrl, databaseUrl: s.databaseUrl };
    },
  };
  const sections: MarkdownSection[] = [];
  const problems: string[] = [];
  let completed = 0;
  try {
    for (const suite of selected) {
      const started = Date.now();
      running = suite.name;
      log(`suite ${suite.name}: start`);
      try {
        const section = await suite.run(ctx);
        sections.push(section);
        problems.push(...(section.problems ?? []));
        completed++;
      } catch (err) {
        const message = (err as Error).message;
        log(`suite ${suite.name} failed: ${message}`);
        problems.push(`${suite.name}: ${message}`);
        sections.push({ title: suite.name, body: `Failed: ${brief(message)}` });
      }
      log(`suite ${suite.name}: done in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    for (const s of servers.values()) await s.then((x) => x.stop()).catch(() => undefined);
    await runCleanups();
  }

  // A run where nothing could be measured is not worth a place in the history.
  if (completed > 0) {
    const target = await describeTargets(targets);
    const path = writeReport(renderHeader(suites), renderRun(collectRunInfo(target), sections));
    log(`wrote ${path}`);
  } else {
    log('every suite failed: docs/benchmarks.md left unchanged');
  }
  for (const p of problems) log(`problem: ${p}`);
  return problems.length === 0 ? 0 : 1;
}

// The app server, baselines and Chrome live in their own process groups: stop them on Ctrl-C too.
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    log(`${sig}: stopping`);
    void runCleanups().finally(() => process.exit(130));
  });
}

main().then(
  // Exit explicitly: Lighthouse and autocannon can leave handles that keep Node alive.
  (code) => process.exit(code),
  async (err: unknown) => {
    await runCleanups();
    log(`error: ${(err as Error).message}`);
    process.exit(1);
  },
);
