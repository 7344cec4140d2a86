// The e-invoice app API (/PB2CAPIVAN): QryWinningList, and carrierInvChk for a citizen with
// 2,000 invoices in the month asked, each beside a minimal Next route answering the same bytes
// (scripts/bench/minimal-next.ts). The API's own quotas (600 calls a minute per app, 60 per
// device) make a saturating load measure the refusal, so calls go one at a time, each with a new
// device UUID, and the report gives latency percentiles and calls per second of that loop.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { now } from '../../lib/clock.js';
import { DEMO_APP } from '../../lib/db/seed/developer-apps.js';
import { answerCode, benchTimeStamp, invalidReason, MORE_PAGES, SUCCESS } from './einvoice-answers.js';
import { startMinimalNext, type MinimalRoute } from './minimal-next.js';
import { mdTable } from './report.js';
import { startServer } from './server.js';
import type { MarkdownSection, Suite } from './suite.js';
import { brief, envSeconds, fetchWithTimeout, log, registerCleanup, repoRoot, runCommand } from './util.js';

const CALLS = Math.max(10, Math.round(envSeconds('BENCH_EINVOICE_CALLS', 50)));
/** The month of the 2,000 invoices: within the carrier query's reach from the pinned or real clock. */
function benchMonth(): string {
  const at = now();
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

/** expect: the answers (`HTTP/code`) that are a success of this call; anything else makes the row invalid. */
type Call = { name: string; path: string; expect: string[]; params: () => Record<string, string> };

function calls(month: string): Call[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const slash = (day: number) => `${month.replace('-', '/')}/${String(day).padStart(2, '0')}`;
  return [
    {
      name: 'QryWinningList (115年7–8月)',
      path: '/PB2CAPIVAN/invapp/InvApp',
      expect: [SUCCESS],
      params: () => ({ version: '0.2', action: 'QryWinningList', invTerm: '11508', UUID: randomUUID(), appID: DEMO_APP.appId }),
    },
    {
      name: `carrierInvChk (2,000 more invoices in ${month}; answer 996 with page 1)`,
      path: '/PB2CAPIVAN/invServ/InvServ',
      // 2,000 rows are more than a page: the answer is page 1 with 996 ("more results – page").
      expect: [MORE_PAGES],
      params: () => ({
        version: '0.6',
        action: 'carrierInvChk',
        cardType: '3J0002',
        cardNo: '/TAXC001',
        cardEncrypt: 'Demo-citizen-1!',
        expTimeStamp: '2147483647',
        // The server's clock (TAX_CLOUD_NOW when set), never the real one: see benchTimeStamp.
        timeStamp: benchTimeStamp(),
        startDate: slash(1),
        endDate: slash(last),
        onlyWinningInv: 'N',
        uuid: randomUUID(),
        appID: DEMO_APP.appId,
      }),
    },
  ];
}

const post = (url: string, params: Record<string, string>) =>
  fetchWithTimeout(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString() }, 60_000);

type Loop = { p50: number; p95: number; perSecond: number; bytes: number; codes: string; invalid: string | null };

async function loop(url: string, call: Call): Promise<Loop> {
  const times: number[] = [];
  const codes = new Map<string, number>();
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    const res = await post(url, call.params());
    const text = await res.text();
    times.push(performance.now() - t);
    bytes = text.length;
    const code = answerCode(res.status, text);
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: q(0.5), p95: q(0.95), perSecond: (CALLS * 1000) / wall, bytes, codes: [...codes].map(([c, n]) => `${c}×${n}`).join(' '), invalid: invalidReason(codes, call.expect) };
}

export const einvoiceApiSuite: Suite = {
  name: 'einvoice-api',
  description:
    'The e-invoice app API: QryWinningList and carrierInvChk for a citizen with 2,000 invoices in the month asked, one call at a time (the API’s quotas forbid a flood), beside a minimal Next route answering the same bytes (scripts/bench/minimal-next.ts); its own server on a prepared embedded database.',
  async run(): Promise<MarkdownSection> {
    const month = benchMonth();
    // One secret for the preparation (the seed seals the demo app's key with it) and the server.
    process.env.AUTH_SECRET ??= randomBytes(33).toString('base64');
    const dir = await mkdtemp(join(tmpdir(), 'tax-cloud-bench-einvoice-'));
    const unregister = registerCleanup(() => rm(dir, { recursive: true, force: true }));
    const problems: string[] = [];
    const rows: (string | number)[][] = [];
    let app: Awaited<ReturnType<typeof startServer>> | null = null;
    let minimal: { baseUrl: string; stop(): Promise<void> } | null = null;
    try {
      log(`einvoice-api: preparing the database (2,000 invoices of /TAXC001 in ${month})`);
      await runCommand(process.execPath, ['--conditions', 'react-server', '--import', 'tsx', join(repoRoot, 'scripts/bench/einvoice-world.ts'), dir, month], { ...process.env, PGLITE_DIR: dir }, 10 * 60_000);
      app = await startServer({ pgliteDir: dir });
      const list = calls(month);
      // Capture each answer once: the minimal route sends these very bytes.
      const routes: MinimalRoute[] = [];
      for (const call of list) {
        const res = await post(`${app.baseUrl}${call.path}`, call.params());
        const contentType = res.headers.get('content-type') ?? 'application/json';
        routes.push({ method: 'POST', path: call.path, status: res.status, headers: { 'content-type': contentType }, body: await res.text() });
      }
      minimal = await startMinimalNext(routes);
      for (const [i, call] of list.entries()) {
        log(`einvoice-api: ${call.name}, ${CALLS} calls`);
        const a = await loop(`${app.baseUrl}${call.path}`, call);
        const b = await loop(`${minimal.baseUrl}${call.path}`, call);
        // The twin's answer is the app's first one: a refusal there makes both rows measure the refusal.
        const captured = answerCode(routes[i]!.status, routes[i]!.body);
        const invalid = !call.expect.includes(captured) ? `the captured answer was ${captured}, expected ${call.expect.join(' or ')}` : a.invalid;
        if (invalid) {
          problems.push(`einvoice-api ${call.name}: invalid row, ${invalid}`);
          rows.push([call.name, `${(a.bytes / 1024).toFixed(1)}`, a.codes, `**invalid**: ${invalid}; not a measurement of the action`, '–', '–', '–', '–', '–', '–']);
          continue;
        }
        rows.push([call.name, `${(a.bytes / 1024).toFixed(1)}`, a.codes, a.p50.toFixed(1), a.p95.toFixed(1), b.p50.toFixed(1), b.p95.toFixed(1), a.perSecond.toFixed(1), b.perSecond.toFixed(1), `**${(a.perSecond / b.perSecond).toFixed(3)}**`]);
      }
    } catch (err) {
      problems.push(`einvoice-api: ${brief((err as Error).message)}`);
    } finally {
      await minimal?.stop();
      await app?.stop();
      unregister();
      await rm(dir, { recursive: true, force: true });
    }
    const intro =
      `${CALLS} calls one after another per server, each with a new device UUID (the app's quota is 600 calls a minute, a device's 60). ` +
      'Latency in ms; calls/s of the sequential loop; app ÷ minimal is what our code costs against a Next route sending the same bytes (higher is better). Codes = HTTP status / the API’s code, × count; a row with any answer other than the call’s success (200/200; 200/996 for carrierInvChk, whose 2,000 rows are more than one page: page 1 with “more results – page”) is marked invalid (it would measure a refusal) and gives no numbers.';
    const header = ['Call', 'Answer (KiB)', 'App codes', 'App p50', 'App p95', 'Minimal p50', 'Minimal p95', 'App calls/s', 'Minimal calls/s', 'App ÷ minimal'];
    return { title: 'E-invoice app API vs minimal Next (sequential)', body: `${intro}\n\n${rows.length ? mdTable(header, rows) : 'Not measured.'}`, problems };
  },
};
