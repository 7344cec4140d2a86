/**
 * Reliability load test of the forum (issue 14): many citizens post threads, comments and
 * endorsements at once through the public API of a running server on PostgreSQL, then the
 * database is checked against every answer the clients got.
 *
 *   LOAD_BASE_URL=http://127.0.0.1:3560 DATABASE_URL=postgres://postgres@127.0.0.1:5432/h6 \
 *     npx tsx scripts/load/forum-load.ts [posters=200] [seconds=60]
 *
 * The server must use the same DATABASE_URL. Nothing in the server is switched off: the forum's
 * rate limits are per account (lib/rate-limit/policies.ts: 5 threads an hour, 30 comments an
 * hour, 60 endorsements in 10 minutes; stricter for accounts younger than a day), so the test
 * does what a crowd does — each poster is its own citizen account (made here, confirmed, three
 * days old) signed in through the real sign-in. A poster that meets a 429 for one kind of write
 * goes on with the others; 429s are counted, never a failure. Only the per-address limits of
 * registration and failed sign-ins are per IP, and this test registers nobody and never fails
 * a sign-in.
 *
 * Passes when: no 5xx and no network error; every acknowledged (201) thread and comment is in
 * the database exactly once, and nothing the test wrote is there twice; every thread's
 * endorsement_count equals its rows; each poster's last acknowledged endorsement state of each
 * thread is the database's; the same endorsement sent 20 times at once counts once.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../lib/auth/password';

const BASE = (process.env.LOAD_BASE_URL ?? 'http://127.0.0.1:3560').replace(/\/+$/, '');
const DATABASE_URL = process.env.DATABASE_URL;
const POSTERS = Number(process.argv[2] ?? 200);
const SECONDS = Number(process.argv[3] ?? 60);
const CODE = 'Load-test-2026!';
const RUN = randomBytes(3).toString('hex');
if (!DATABASE_URL?.startsWith('postgres')) throw new Error('Set DATABASE_URL to the server’s PostgreSQL database.');

const db = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });

type Kind = 'thread' | 'comment' | 'endorse';
const stats = { requests: 0, byStatus: new Map<string, number>(), networkErrors: 0, latencies: [] as number[] };
const tally = (key: string) => stats.byStatus.set(key, (stats.byStatus.get(key) ?? 0) + 1);

async function makeAccounts(): Promise<string[]> {
  const hash = await hashPassword(CODE);
  const barcodes: string[] = [];
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
  for (let i = 0; i < POSTERS; i += 1) {
    // '/' + 7 of 0-9 A-Z . + -: 'L' + the run (3 of base 36) + the poster (3 of base 36).
    const barcode = `/L${(parseInt(RUN, 16) % 46656).toString(36).toUpperCase().padStart(3, '0')}${i.toString(36).toUpperCase().padStart(3, '0')}`;
    barcodes.push(barcode);
    await db.query(
      `insert into users (email, display_name, kind, password_hash, mobile_barcode, email_verified_at, created_at)
       values ($1, $2, 'citizen', $3, $4, now(), $5)`,
      [`load-${RUN}-${i}@citizens.test`, barcode, hash, barcode, threeDaysAgo],
    );
  }
  return barcodes;
}

/** Signs in through Auth.js's own endpoints, as the sign-in form does; returns the cookie header. */
async function signIn(barcode: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${BASE}/api/auth/callback/citizen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(), origin: BASE },
    body: new URLSearchParams({ csrfToken, barcode, code: CODE }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in of ${barcode} failed: ${res.status}`);
  return cookie();
}

async function call(method: string, path: string, cookie: string, body?: unknown): Promise<{ status: number; json: Answer } | null> {
  const started = performance.now();
  stats.requests += 1;
  try {
    const res = await fetch(`${BASE}${path}`, {
      method,
      headers: { cookie, origin: BASE, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    stats.latencies.push(performance.now() - started);
    tally(`${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')} ${res.status}`);
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Answer };
  } catch (error) {
    stats.networkErrors += 1;
    tally(`${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')} network: ${(error as Error).message}`);
    return null;
  }
}

/** The parts of the API's answers the test reads. */
type Answer = { thread: { id: number }; comment: { id: number }; endorsement: { endorsed: boolean; changed: boolean } };

const acked = { threads: new Map<string, number>(), comments: new Map<string, number>() };
/** (poster, thread) → the endorsement state of the poster's last acknowledged PUT/DELETE. */
const endorsementState = new Map<string, boolean>();

async function poster(index: number, cookie: string, targets: number[], until: number): Promise<void> {
  const exhausted = new Set<Kind>();
  let seq = 0;
  const rand = (n: number) => Math.floor(Math.random() * n);
  while (Date.now() < until && exhausted.size < 3) {
    const roll = Math.random();
    const kind: Kind = roll < 0.1 ? 'thread' : roll < 0.5 ? 'comment' : 'endorse';
    if (exhausted.has(kind)) continue;
    seq += 1;
    const marker = `load-${RUN}-${index}-${seq}`;
    if (kind === 'thread') {
      const res = await call('POST', '/api/v1/forum/threads', cookie, { category: 'this-site', kind: 'proposal', title: `負載測試提案 ${marker}`, body: `載具與發票的建議 ${marker}` });
      if (res?.status === 201) {
        acked.threads.set(marker, res.json.thread.id);
        targets.push(res.json.thread.id);
      } else if (res?.status === 429) exhausted.add('thread');
    } else if (kind === 'comment') {
      const thread = targets[rand(targets.length)]!;
      const res = await call('POST', `/api/v1/forum/threads/${thread}/comments`, cookie, { body: `負載測試留言 ${marker}` });
      if (res?.status === 201) acked.comments.set(marker, res.json.comment.id);
      else if (res?.status === 429) exhausted.add('comment');
    } else {
      const thread = targets[rand(Math.min(targets.length, 40))]!; // a few hot threads: contention on purpose
      const key = `${index}:${thread}`;
      const endorse = !endorsementState.get(key) || Math.random() < 0.3;
      const res = await call(endorse ? 'PUT' : 'DELETE', `/api/v1/forum/threads/${thread}/endorsement`, cookie);
      if (res?.status === 200) endorsementState.set(key, res.json.endorsement.endorsed);
      else if (res?.status === 429) exhausted.add('endorse');
    }
  }
}

async function check(posterIds: Map<string, number>, sameEndorsement: { before: number; after: number; changed: number }): Promise<string[]> {
  const problems: string[] = [];
  const threads = await db.query<{ id: string; title: string }>(`select id, title from forum_threads where title like $1`, [`%load-${RUN}-%`]);
  const comments = await db.query<{ id: string; body: string }>(`select id, body from forum_comments where body like $1`, [`%load-${RUN}-%`]);
  const count = (rows: { m: string }[]) => rows.reduce((m, r) => m.set(r.m, (m.get(r.m) ?? 0) + 1), new Map<string, number>());
  const threadRows = count(threads.rows.map((r) => ({ m: r.title.split(' ').at(-1)! })));
  const commentRows = count(comments.rows.map((r) => ({ m: r.body.split(' ').at(-1)! })));
  for (const [label, ackedMap, rows] of [['thread', acked.threads, threadRows], ['comment', acked.comments, commentRows]] as const) {
    for (const marker of ackedMap.keys()) if (!rows.has(marker)) problems.push(`lost ${label} ${marker}`);
    for (const [marker, n] of rows) if (n > 1) problems.push(`duplicated ${label} ${marker} ×${n}`);
    const unacked = [...rows.keys()].filter((m) => !ackedMap.has(m));
    if (unacked.length) problems.push(`${unacked.length} ${label}s written without a 201 (client saw an error): ${unacked.slice(0, 3).join(', ')}`);
  }
  const mismatched = await db.query(`select t.id, t.endorsement_count, (select count(*) from forum_endorsements e where e.thread_id = t.id)::int as rows
    from forum_threads t where t.endorsement_count <> (select count(*) from forum_endorsements e where e.thread_id = t.id)`);
  for (const r of mismatched.rows) problems.push(`thread ${r.id}: endorsement_count ${r.endorsement_count} but ${r.rows} rows`);
  const rows = await db.query<{ thread_id: string; citizen_id: string }>(`select thread_id, citizen_id from forum_endorsements where citizen_id = any($1::uuid[])`, [[...posterIds.keys()]]);
  const present = new Set(rows.rows.map((r) => `${posterIds.get(r.citizen_id)}:${r.thread_id}`));
  let wrong = 0;
  for (const [key, endorsed] of endorsementState) if (present.has(key) !== endorsed) wrong += 1;
  if (wrong) problems.push(`${wrong} endorsements differ from the last answer their poster got`);
  if (sameEndorsement.after - sameEndorsement.before !== 1 || sameEndorsement.changed !== 1) problems.push(`20 identical endorsements: count +${sameEndorsement.after - sameEndorsement.before}, changed ${sameEndorsement.changed}`);
  const fiveXX = [...stats.byStatus].filter(([k]) => / 5\d\d$/.test(k));
  for (const [k, n] of fiveXX) problems.push(`${n}× ${k}`);
  if (stats.networkErrors) problems.push(`${stats.networkErrors} network errors`);
  return problems;
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main() {
  console.log(`forum load test ${RUN}: ${POSTERS} posters for ${SECONDS} s against ${BASE}`);
  const barcodes = await makeAccounts();
  const ids = await db.query<{ id: string; mobile_barcode: string }>(`select id, mobile_barcode from users where mobile_barcode = any($1)`, [barcodes]);
  const posterIds = new Map(ids.rows.map((r) => [r.id, barcodes.indexOf(r.mobile_barcode)]));
  const cookies: string[] = new Array(POSTERS);
  const t0 = Date.now();
  for (let i = 0; i < POSTERS; i += 8) await Promise.all(barcodes.slice(i, i + 8).map(async (b, j) => (cookies[i + j] = await signIn(b))));
  console.log(`signed in ${POSTERS} citizens in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Open proposals to comment on and endorse, and a new one per run.
  const open = await db.query<{ id: string }>(
    `select id from forum_threads where kind = 'proposal' and status in ('collecting', 'awaiting_answer') and endorse_until > now() and hidden_at is null and locked_at is null order by id desc limit 40`,
  );
  const targets = open.rows.map((r) => Number(r.id));
  if (targets.length === 0) throw new Error('No open proposal to endorse: seed the database first (npm run db:seed).');

  const until = Date.now() + SECONDS * 1000;
  const started = Date.now();
  await Promise.all(cookies.map((c, i) => poster(i, c, targets, until)));
  const elapsed = (Date.now() - started) / 1000;

  // The same endorsement, 20 times at once, from a poster who has not endorsed this thread.
  const thread = targets[targets.length - 1]!;
  await call('DELETE', `/api/v1/forum/threads/${thread}/endorsement`, cookies[0]!);
  const before = Number((await db.query(`select endorsement_count from forum_threads where id = $1`, [thread])).rows[0].endorsement_count);
  const same = await Promise.all(Array.from({ length: 20 }, () => call('PUT', `/api/v1/forum/threads/${thread}/endorsement`, cookies[0]!)));
  const after = Number((await db.query(`select endorsement_count from forum_threads where id = $1`, [thread])).rows[0].endorsement_count);
  const changed = same.filter((r) => r?.status === 200 && r.json.endorsement.changed).length;
  endorsementState.set(`0:${thread}`, true);

  const problems = await check(posterIds, { before, after, changed });
  console.log(`\n${stats.requests} requests in ${elapsed.toFixed(1)} s (${(stats.requests / elapsed).toFixed(0)}/s); latency p50 ${pct(stats.latencies, 50).toFixed(0)} ms, p95 ${pct(stats.latencies, 95).toFixed(0)} ms, p99 ${pct(stats.latencies, 99).toFixed(0)} ms`);
  console.log(`acknowledged: ${acked.threads.size} threads, ${acked.comments.size} comments, ${endorsementState.size} (poster, thread) endorsement states`);
  for (const [k, n] of [...stats.byStatus].sort()) console.log(`  ${String(n).padStart(6)}  ${k}`);
  console.log(`20 identical endorsements at once: count ${before} → ${after}, ${changed} answered "changed"`);
  console.log(problems.length ? `\nFAIL\n${problems.map((p) => `  - ${p}`).join('\n')}` : '\nPASS: no 5xx, no lost or duplicated post, every endorsement count equals its rows');
  await db.end();
  process.exitCode = problems.length ? 1 : 0;
}

await main();
