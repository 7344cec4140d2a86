/**
 * Prints the query plans of the forum's Chinese search for a 2- and a 4-character query on a
 * table of synthetic threads, on PGlite (in memory) and, with DATABASE_URL, on Postgres (in a
 * schema of its own, dropped afterwards). docs/forum-search.md records its output.
 *
 *   npx tsx scripts/forum-search-explain.ts [threads=20000]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx scripts/forum-search-explain.ts
 */
import { randomBytes } from 'node:crypto';
import { Kysely, sql } from 'kysely';
import { createDbHandle } from '../lib/db/client';
import { resolveDbConfig } from '../lib/db/config';
import { migrateToLatest } from '../lib/db/migrate';
import { PGliteDialect } from '../lib/db/pglite-dialect';
import type { Database } from '../lib/db/schema';
import { createRandom } from '../lib/db/seed/random';
import { searchQuery, searchVector } from '../lib/forum/search';

const COUNT = Number(process.argv[2] ?? 20_000);
/** Share of the words of a sentence that are topic words (the rest are common characters). */
const WORD_SHARE = Number(process.argv[3] ?? 0.003);
const WORDS = ['電子發票', '載具', '手機條碼', '歸戶', '中獎', '領獎', '統一編號', '營業稅', '綜合所得稅', '開放資料', '網站', '無障礙', '捐贈', '愛心碼', '雲端', '明細', '查詢', '建議', '希望', '改善', '速度', '下載'];
const FILLER = '的一是在有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家';

async function fill(db: Kysely<Database>) {
  const random = createRandom(14);
  const sentence = () => Array.from({ length: random.int(4, 10) }, () => (random.next() < WORD_SHARE ? random.pick(WORDS) : FILLER[random.int(0, FILLER.length - 1)])).join('');
  for (let start = 0; start < COUNT; start += 500) {
    const rows = Array.from({ length: Math.min(500, COUNT - start) }, () => {
      const title = sentence();
      const body = Array.from({ length: 4 }, sentence).join('。');
      return { category: 'e-invoice', kind: 'question' as const, title, body, body_hash: 'x', status: 'open', search: sql<string>`${searchVector(title, body)}::tsvector` };
    });
    await db.insertInto('forum_threads').values(rows).execute();
  }
  await sql`analyze forum_threads`.execute(db);
}

async function explain(db: Kysely<Database>, label: string) {
  console.log(`\n## ${label}: ${COUNT.toLocaleString('en')} threads, topic words ${WORD_SHARE * 100} % of words`);
  // A word in about one thread in a hundred, like a real topic; the index is used for it. A word in
  // most threads would be found faster by reading the newest rows until 21 match, and the planner knows.
  for (const q of ['載具', '電子發票', '的一']) {
    const tsquery = searchQuery(q)!;
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain analyze select id, title from forum_threads where search @@ ${tsquery}::tsquery order by created_at desc, id desc limit 21`.execute(db);
    const { rows: count } = await sql<{ 'QUERY PLAN': string }>`explain analyze select count(*) from forum_threads where search @@ ${tsquery}::tsquery`.execute(db);
    console.log(`\n### q=${q} → tsquery ${tsquery}\n\nThe list (newest first, 21 rows):\n\n\`\`\`\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n\nAll matches (count):\n\n\`\`\`\n${count.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``);
  }
}

const url = process.env.DATABASE_URL;
if (url) {
  const config = resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER);
  const schema = `explain_${randomBytes(4).toString('hex')}`;
  const admin = createDbHandle(config, { poolMax: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const handle = createDbHandle(config, { poolMax: 1, searchPath: schema });
  try {
    await migrateToLatest(handle.db, { schema });
    await fill(handle.db);
    await explain(handle.db, `Postgres (${config.label})`);
  } finally {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
    await handle.close();
    await admin.close();
  }
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(async () => client) });
  await migrateToLatest(db);
  await fill(db);
  await explain(db, 'PGlite');
  await db.destroy();
}
