/**
 * The forum at scale (issue 14's benchmark): 100,000 threads and 1,000,000 comments on PostgreSQL,
 * the thread list and a thread page at 10 concurrent requests, p95 against 20 ms, beside a minimal
 * Next app answering the same bytes (scripts/bench/minimal-next.ts: the framework's ceiling with
 * the portal's headers, redirects and rewrites) and a bare node:http server answering them (what
 * the client and loopback cost), in the same run; and the query plans of both pages.
 *
 *   npx tsx scripts/bench/forum-scale.ts generate   # DATABASE_URL: a migrated, seeded database
 *   npx tsx scripts/bench/forum-scale.ts explain    # DATABASE_URL: EXPLAIN (ANALYZE, BUFFERS) of the pages' queries
 *   BENCH_BASE_URL=http://127.0.0.1:3560 npx tsx scripts/bench/forum-scale.ts measure [seconds=20]
 *   (FORUM_SCALE_IDENTITY=1: ask for uncompressed answers, see REQUEST)
 *
 * `generate` adds synthetic threads (forum_threads.synthetic) until there are 100,000, and
 * comments until 1,000,000, in set-based inserts; authors are 1,000 synthetic citizens.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { createRandom } from '../../lib/db/seed/random.js';
import { searchQuery, searchVector } from '../../lib/forum/search.js';
import { startCeilings } from './minimal-next.js';

const THREADS = Number(process.env.FORUM_SCALE_THREADS ?? 100_000);
const COMMENTS = Number(process.env.FORUM_SCALE_COMMENTS ?? 1_000_000);
const CONCURRENCY = 10;
/** Distinct synthetic texts the threads cycle through: topic words are rare, as in real posts. */
const TEXTS = 1_000;
const WORDS = ['電子發票', '載具', '手機條碼', '歸戶', '中獎', '領獎', '統一編號', '營業稅', '綜合所得稅', '開放資料', '網站', '無障礙', '捐贈', '愛心碼', '雲端', '明細', '查詢', '建議', '希望', '改善', '速度', '下載'];
const FILLER = '的一是在有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家';

/**
 * Titles, bodies and their search vectors (lib/forum/search.ts, as the app writes them): a topic
 * word is 2 % of a sentence's words, so 載具 is in a few per cent of threads and 電子發票 in
 * about as many — the search plans then show the GIN index picking few rows out of many, not
 * a query every thread matches.
 */
function texts(): { titles: string[]; bodies: string[]; vectors: string[] } {
  const random = createRandom(14);
  const sentence = () => Array.from({ length: random.int(4, 10) }, () => (random.next() < 0.02 ? random.pick(WORDS) : FILLER[random.int(0, FILLER.length - 1)])).join('');
  const titles: string[] = [];
  const bodies: string[] = [];
  const vectors: string[] = [];
  for (let i = 0; i < TEXTS; i++) {
    const title = `規模測試：${sentence()}`;
    const body = Array.from({ length: 4 }, sentence).join('。');
    titles.push(title);
    bodies.push(body);
    vectors.push(searchVector(title, body));
  }
  return { titles, bodies, vectors };
}

async function generate(): Promise<void> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const t0 = Date.now();
  await db.query(`insert into users (email, display_name, kind)
    select 'forum-scale-' || g || '@citizens.test', 'Forum scale ' || g, 'citizen' from generate_series(1, 1000) g
    on conflict do nothing`);
  const authors = (await db.query<{ id: string }>(`select id from users where email like 'forum-scale-%@citizens.test' order by email`)).rows.map((r) => r.id);
  const have = Number((await db.query(`select count(*) from forum_threads`)).rows[0].count);
  const add = Math.max(0, THREADS - have);
  const synthetic = texts();
  // Spread over the last 400 days; a third are proposals, some past their deadline, some answered.
  await db.query(
    `insert into forum_threads (category, kind, author_id, title, body, body_hash, status, endorsement_count, endorsement_threshold, endorse_until, answer_due, last_answered_at, comment_count, created_at, synthetic, search)
     select (array['e-invoice','carriers-prizes','tax-calculators','open-data','this-site'])[1 + g % 5],
            case when g % 3 = 0 then 'proposal' else 'question' end,
            ($1::uuid[])[1 + g % 1000],
            ($4::text[])[1 + g % ${TEXTS}],
            ($5::text[])[1 + g % ${TEXTS}],
            md5(g::text),
            case when g % 3 = 0 then (case when g % 97 = 0 then 'awaiting_answer' when g % 89 = 0 then 'answered' else 'collecting' end) else 'open' end,
            case when g % 3 = 0 then (g * 7919) % 5000 else 0 end,
            case when g % 3 = 0 then 5000 end,
            case when g % 3 = 0 then now() - (g % 400) * interval '1 day' + interval '60 days' end,
            case when g % 3 = 0 and g % 97 = 0 then now() - (g % 400) * interval '1 day' + interval '120 days' end,
            case when g % 3 = 0 and g % 89 = 0 then now() - (g % 400) * interval '1 day' + interval '30 days' end,
            0,
            now() - (g % 400) * interval '1 day' - (g % 86400) * interval '1 second',
            true,
            ($6::text[])[1 + g % ${TEXTS}]::tsvector
     from generate_series($2::int + 1, $2::int + $3::int) g`,
    [authors, have, add, synthetic.titles, synthetic.bodies, synthetic.vectors],
  );
  const threadIds = await db.query(`select min(id) as lo, max(id) as hi from forum_threads`);
  const { lo, hi } = threadIds.rows[0];
  const haveComments = Number((await db.query(`select count(*) from forum_comments`)).rows[0].count);
  const addComments = Math.max(0, COMMENTS - haveComments);
  // Ten a thread on average; thread ids drawn so some threads have many (a few hundred).
  for (let done = 0; done < addComments; done += 200_000) {
    const n = Math.min(200_000, addComments - done);
    await db.query(
      `insert into forum_comments (thread_id, author_id, body, body_hash, created_at, synthetic)
       select t.id, ($1::uuid[])[1 + g % 1000], '規模測試留言 ' || g || '：我也遇到一樣的問題。', md5('c' || g), t.created_at + (g % 1000) * interval '1 minute', true
       from generate_series($2::int + 1, $2::int + $3::int) g
       join lateral (select id, created_at from forum_threads where id = $4::bigint + ((g::bigint * 2654435761) % ($5::bigint - $4::bigint + 1)) ) t on true`,
      [authors, haveComments + done, n, lo, hi],
    );
  }
  await db.query(`update forum_threads t set comment_count = c.n from (select thread_id, count(*)::int n from forum_comments group by thread_id) c where c.thread_id = t.id and t.comment_count <> c.n`);
  await db.query('analyze forum_threads; analyze forum_comments');
  const counts = await db.query(`select (select count(*) from forum_threads) t, (select count(*) from forum_comments) c`);
  console.log(`forum: ${counts.rows[0].t} threads, ${counts.rows[0].c} comments (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  await db.end();
}

/** The median thread by comment count, and the busiest: the pages measured. */
async function sampleThreads(db: pg.Client): Promise<{ typical: number; busiest: number }> {
  const typical = await db.query(`select id from forum_threads where comment_count between 9 and 11 and hidden_at is null order by id desc limit 1`);
  const busiest = await db.query(`select id from forum_threads order by comment_count desc limit 1`);
  return { typical: Number(typical.rows[0].id), busiest: Number(busiest.rows[0].id) };
}

async function explain(): Promise<void> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { typical } = await sampleThreads(db);
  const cols = `id, category, kind, author_id, title, status, endorsement_count, endorsement_threshold, endorse_until, answer_due, last_answered_at, comment_count, created_at, hidden_at, hidden_reason, locked_at, synthetic`;
  const queries: [string, string, unknown[]][] = [
    ['List, newest (first page)', `select ${cols} from forum_threads order by created_at desc, id desc limit 21`, []],
    ['List, most endorsed', `select ${cols} from forum_threads where kind = 'proposal' order by endorsement_count desc, id desc limit 21`, []],
    ['List, one category, newest', `select ${cols} from forum_threads where category = 'open-data' order by created_at desc, id desc limit 21`, []],
    [`Thread page: the thread (id ${typical})`, `select ${cols}, body, edited_at, threshold_reached_at from forum_threads where id = $1`, [typical]],
    ['Thread page: its comments', `select id, parent_id, author_id, body, created_at, edited_at, hidden_at, hidden_reason, synthetic from forum_comments where thread_id = $1 order by id limit 2000`, [typical]],
    // The tsquery as lib/forum/store.ts builds it (searchQuery), newest first, as /forum?q= asks.
    ['Search q=載具 (2 characters)', `select ${cols} from forum_threads where search @@ $1::tsquery and hidden_at is null order by created_at desc, id desc limit 21`, [searchQuery('載具')]],
    ['Search q=電子發票 (4 characters)', `select ${cols} from forum_threads where search @@ $1::tsquery and hidden_at is null order by created_at desc, id desc limit 21`, [searchQuery('電子發票')]],
    ['Search q=載具, count of matches', `select count(*) from forum_threads where search @@ $1::tsquery and hidden_at is null`, [searchQuery('載具')]],
    ['Search q=電子發票, count of matches', `select count(*) from forum_threads where search @@ $1::tsquery and hidden_at is null`, [searchQuery('電子發票')]],
  ];
  for (const [title, sql, params] of queries) {
    const plan = await db.query(`explain (analyze, buffers) ${sql}`, params);
    console.log(`#### ${title}\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`);
  }
  await db.end();
}

/**
 * Node's fetch asks for gzip, as a browser does, and Next gzips pages but not route handlers: the
 * minimal twin (a route handler) then sends 69 KB raw while the portal spends ~0.4 ms a request on
 * zlib. FORUM_SCALE_IDENTITY=1 asks both for the raw bytes, so the two answer the same bytes on the
 * wire and the difference is the framework's page path alone.
 */
const REQUEST: RequestInit = process.env.FORUM_SCALE_IDENTITY === '1' ? { headers: { 'accept-encoding': 'identity' } } : {};

type Result = { name: string; bytes: number; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Closed loop: CONCURRENCY clients, each sends its next request when the last answer is read. */
async function load(name: string, url: string, seconds: number, bytes: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        try {
          const res = await fetch(url, REQUEST);
          await res.arrayBuffer();
          if (res.status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  return { name, bytes, requests: sorted.length, rps: sorted.length / seconds, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99), errors };
}

/** A bare node:http server answering exactly these bytes: the floor of client, loopback and HTTP. */
async function sameBytes(body: Buffer, contentType: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

async function measure(seconds: number): Promise<void> {
  const base = (process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3560').replace(/\/+$/, '');
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { typical, busiest } = await sampleThreads(db);
  const busiestComments = Number((await db.query(`select comment_count from forum_threads where id = $1`, [busiest])).rows[0].comment_count);
  await db.end();
  const targets = [
    ['Thread list /forum', '/forum'],
    ['Thread list, 2nd page /forum?page=2 (cached, as the list links it)', '/forum?page=2'],
    ['Thread list, 6th page /forum?cursor=… (after the numbered pages)', ''],
    [`Thread page /forum/${typical} (10 comments)`, `/forum/${typical}`],
    [`Thread page /forum/${busiest} (${busiestComments} comments)`, `/forum/${busiest}`],
    ['API list /api/v1/forum/threads (uncached)', '/api/v1/forum/threads'],
  ];
  // The cursor after the 100 newest threads: where page 5's "next" link goes.
  const first = await (await fetch(`${base}/api/v1/forum/threads?limit=100`)).json();
  targets[2]![1] = `/forum?cursor=${first.nextCursor}`;
  const rows: string[] = [];
  // Warm-up first: it fills each page's tagged cache, so the bytes captured are the steady ones.
  for (const [name, path] of targets) await load(name!, `${base}${path}`, 3, 0);
  const ceilings = await startCeilings(base, targets.map(([, path]) => ({ method: 'GET' as const, path: path! })));
  try {
    for (const [i, [name, path]] of targets.entries()) {
      const url = `${base}${path}`;
      const captured = ceilings.captured(i);
      const bytes = Buffer.byteLength(captured.body);
      const app = await load(name!, url, seconds, bytes);
      const minimal = await load('minimal Next', ceilings.urlFor(i), seconds, bytes);
      const floor = await sameBytes(Buffer.from(captured.body), captured.headers['content-type'] ?? 'text/html');
      const bare = await load('same bytes', floor.url, Math.min(seconds, 10), bytes);
      floor.close();
      const fmt = (r: Result) => `${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.errors}`;
      rows.push(`| ${name} | ${(bytes / 1024).toFixed(1)} KiB | ${fmt(app)} | ${minimal.p50.toFixed(1)} | ${minimal.p95.toFixed(1)} | ${bare.p95.toFixed(1)} | ${app.p95 <= 20 ? 'yes' : 'no'} |`);
      console.error(rows.at(-1));
    }
  } finally {
    await ceilings.stop();
  }
  console.log(`| page | bytes | p50 ms | p95 ms | p99 ms | req/s | errors | minimal Next, same bytes: p50 ms | p95 ms | node:http, same bytes: p95 ms | p95 ≤ 20 ms |\n|---|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}`);
}

const [command, arg] = process.argv.slice(2);
if (command === 'generate') await generate();
else if (command === 'explain') await explain();
else if (command === 'measure') await measure(Number(arg ?? 20));
else throw new Error('usage: forum-scale.ts generate | explain | measure [seconds]');
