/**
 * The forum's categories (always brought back to lib/forum/categories.ts) and a few synthetic
 * threads by the demo citizens, marked synthetic so the pages say so. Written once: when any
 * synthetic thread exists the threads are left alone (people may have answered them since).
 *
 * Endorsement counts follow their rows (the table's trigger counts them). The demo has three citizens, so the two
 * proposals that show a reached threshold carry a demonstration threshold of 3 (the page shows
 * the threshold with the count).
 */
import { sql, type Kysely } from 'kysely';
import { FORUM_CATEGORIES } from '../../forum/categories';
import { answerDueDate, endorsementDeadline } from '../../forum/rules';
import { searchVector } from '../../forum/search';
import type { Database } from '../schema';
import { DEMO_CITIZENS } from './citizens';
import type { Random } from './random';

type SeedThread = {
  category: string;
  kind: 'proposal' | 'question';
  title: string;
  body: string;
  /** Days after BASE. */
  day: number;
  /** Demo citizens (by index) who endorse; with a threshold of 3 all three reach it. */
  endorsers?: number[];
  demoThreshold?: number;
  answer?: { status: 'under_review' | 'answered' | 'adopted' | 'partly_adopted' | 'declined'; body: string; day: number };
  comments?: string[];
};

const BASE = Date.parse('2026-09-01T02:00:00Z');

const THREADS: SeedThread[] = [
  {
    category: 'carriers-prizes',
    kind: 'question',
    title: '手機條碼載具歸戶後，多久可以看到發票？',
    body: '我昨天把悠遊卡歸戶到手機條碼載具，今天還看不到消費的發票，請問一般需要幾天？',
    day: 5,
    answer: { status: 'answered', body: '載具歸戶後，新開立的發票通常在 48 小時內上傳；歸戶前的發票依開立時間陸續出現。', day: 7 },
    comments: ['我的經驗是隔天就有了。', '便利商店的通常比較快。'],
  },
  {
    category: 'e-invoice',
    kind: 'proposal',
    title: '建議電子發票明細提供 CSV 下載',
    body: '希望「我的發票」可以一次下載整期的**消費明細**，方便記帳軟體匯入。\n\n- 欄位：日期、店家、金額、品項\n- 格式：CSV（UTF-8）',
    day: 10,
    endorsers: [0, 1, 2],
    demoThreshold: 3,
    answer: { status: 'adopted', body: '感謝建議。「我的資料」已提供 CSV 與 JSON 下載，明細欄位將於下一版加入。', day: 40 },
  },
  {
    category: 'carriers-prizes',
    kind: 'proposal',
    title: '中獎通知請同時寄送電子郵件',
    body: '雲端發票中獎時，除了 App 推播，也請寄電子郵件通知，避免錯過領獎期限。',
    day: 12,
    endorsers: [0, 1, 2],
    demoThreshold: 3,
  },
  {
    category: 'tax-calculators',
    kind: 'question',
    title: '綜合所得稅試算可以加入長照扣除額嗎？',
    body: '試算頁面目前沒有長期照顧特別扣除額的欄位，請問之後會加入嗎？',
    day: 20,
    comments: ['同問，家裡有長輩在用長照服務。'],
  },
  {
    category: 'open-data',
    kind: 'proposal',
    title: '開放資料請提供各縣市每月發票張數',
    body: '統計頁已經有縣市地圖，希望資料集也能下載每月、每縣市的發票張數與金額。',
    day: 25,
    endorsers: [1],
  },
  {
    category: 'this-site',
    kind: 'question',
    title: '網站有深色模式嗎？',
    body: '晚上使用覺得畫面有點亮，請問有深色模式或可以調整嗎？',
    day: 30,
  },
  {
    category: 'e-invoice',
    kind: 'question',
    title: '紙本發票遺失還能對獎嗎？',
    body: '買東西拿到紙本電子發票證明聯，但是不見了，中獎的話還能領獎嗎？',
    day: 33,
    answer: { status: 'answered', body: '紙本證明聯是領獎憑證，遺失就無法領獎；建議使用載具，中獎會自動通知並可匯入帳戶。', day: 34 },
  },
  {
    category: 'carriers-prizes',
    kind: 'proposal',
    title: '建議在載具頁面顯示每一張發票的捐贈狀態',
    body: '捐贈發票後，希望在我的發票列表上直接看到已捐贈的標記，不用另外查詢。',
    day: 50,
    endorsers: [2],
  },
];

export async function seedForum(db: Kysely<Database>, random: Random): Promise<number> {
  await db
    .insertInto('forum_categories')
    .values(
      FORUM_CATEGORIES.map((c, i) => ({
        slug: c.slug,
        name: c.name,
        name_en: c.nameEn,
        description: c.description,
        description_en: c.descriptionEn,
        position: i + 1,
        endorsement_threshold: c.threshold,
        endorsement_days: c.days,
      })),
    )
    .onConflict((oc) =>
      // Thresholds and days are the admins' to change: only names and order come back.
      oc.column('slug').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), name_en: eb.ref('excluded.name_en'), description: eb.ref('excluded.description'), description_en: eb.ref('excluded.description_en'), position: eb.ref('excluded.position') })),
    )
    .execute();

  const existing = await db.selectFrom('forum_threads').select('id').where('synthetic', '=', true).limit(1).executeTakeFirst();
  if (existing) return FORUM_CATEGORIES.length;
  const citizens = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', DEMO_CITIZENS.map((c) => c.email)).execute();
  const citizenId = (i: number) => citizens.find((c) => c.email === DEMO_CITIZENS[i]!.email)?.id ?? null;
  const official = await db.selectFrom('users').select(['id', 'display_name']).where('email', '=', 'official@taxcloud.example').executeTakeFirst();
  const at = (day: number, minutes = 0) => new Date(BASE + day * 86_400_000 + minutes * 60_000);

  for (const [index, t] of THREADS.entries()) {
    const createdAt = at(t.day, random.int(0, 600));
    const authorId = citizenId(index % 3);
    const endorsers = (t.endorsers ?? []).map(citizenId).filter((id): id is string => id !== null);
    const threshold = t.kind === 'proposal' ? (t.demoThreshold ?? FORUM_CATEGORIES.find((c) => c.slug === t.category)!.threshold) : null;
    const reached = threshold !== null && endorsers.length >= threshold;
    const reachedAt = reached ? at(t.day + 3) : null;
    const status = t.answer ? t.answer.status : t.kind === 'question' ? 'open' : reached ? 'awaiting_answer' : 'collecting';
    const thread = await db
      .insertInto('forum_threads')
      .values({
        category: t.category,
        kind: t.kind,
        author_id: authorId,
        title: t.title,
        body: t.body,
        body_hash: `seed-${index}`,
        status,
        endorsement_threshold: threshold,
        endorse_until: t.kind === 'proposal' ? endorsementDeadline(createdAt, 60) : null,
        threshold_reached_at: reachedAt,
        answer_due: reachedAt ? answerDueDate(reachedAt) : null,
        last_answered_at: t.answer ? at(t.answer.day) : null,
        comment_count: t.comments?.length ?? 0,
        created_at: createdAt,
        synthetic: true,
        search: sql<string>`${searchVector(t.title, t.body)}::tsvector`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const threadId = Number(thread.id);
    if (endorsers.length) {
      await db.insertInto('forum_endorsements').values(endorsers.map((id, i) => ({ thread_id: threadId, citizen_id: id, created_at: at(t.day + 1 + i) }))).execute();
    }
    const followers = [...new Set([authorId, ...endorsers].filter((id): id is string => id !== null))];
    if (followers.length) await db.insertInto('forum_follows').values(followers.map((id) => ({ thread_id: threadId, user_id: id }))).execute();
    for (const [i, body] of (t.comments ?? []).entries()) {
      await db
        .insertInto('forum_comments')
        .values({ thread_id: threadId, author_id: citizenId((index + i + 1) % 3), body, body_hash: `seed-${index}-${i}`, created_at: at(t.day + 1, i * 30), synthetic: true })
        .execute();
    }
    if (t.answer) {
      await db
        .insertInto('forum_answers')
        .values({ thread_id: threadId, official_id: official?.id ?? null, official_label: official?.display_name ?? '財政部', status: t.answer.status, body: t.answer.body, created_at: at(t.answer.day) })
        .execute();
    }
  }
  return FORUM_CATEGORIES.length + THREADS.length;
}
