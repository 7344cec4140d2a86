import { sql, type Kysely } from 'kysely';
import { FORUM_CATEGORIES } from '../../forum/categories';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The community forum (issue 14): categories with their endorsement rules, threads (proposals
 * and questions), comments with one level of replies, endorsements, official answers, follows,
 * reports, notifications and forum suspensions.
 *
 * - `forum_threads.endorsement_count` is kept equal to the thread's endorsement rows by a
 *   trigger on every insert and delete (also the cascade of an account's deletion); the primary
 *   key (thread, citizen) makes an endorsement count once however often it is sent.
 * - `search` is a tsvector of overlapping two-character grams (lib/forum/search.ts builds it),
 *   written as a literal so no text-search parser or locale is involved: the same on PGlite and
 *   Postgres, found through its GIN index.
 * - A proposal's stored status never says 「未達門檻」: a collecting proposal whose deadline has
 *   passed is shown as such when read (lib/forum/rules.ts), so no job has to run at midnight.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table forum_categories (
    slug text primary key check (slug ~ '^[a-z][a-z0-9-]{1,40}$'),
    name text not null,
    name_en text not null,
    description text not null,
    description_en text not null,
    position smallint not null,
    endorsement_threshold integer not null default 5000 check (endorsement_threshold between 1 and 1000000),
    endorsement_days smallint not null default 60 check (endorsement_days between 1 and 365)
  )`.execute(db);
  // Reference data, not demo data: the forum needs its categories with or without SEED_DEMO_DATA.
  for (const [i, c] of FORUM_CATEGORIES.entries()) {
    await sql`insert into forum_categories (slug, name, name_en, description, description_en, position, endorsement_threshold, endorsement_days)
      values (${c.slug}, ${c.name}, ${c.nameEn}, ${c.description}, ${c.descriptionEn}, ${i + 1}, ${c.threshold}, ${c.days})`.execute(db);
  }

  await sql`create table forum_threads (
    id bigserial primary key,
    category text not null references forum_categories(slug) on update cascade,
    kind text not null check (kind in ('proposal', 'question')),
    author_id uuid references users(id) on delete set null,
    title text not null check (char_length(title) between 1 and 200),
    body text not null check (char_length(body) between 1 and 20000),
    body_hash text not null,
    status text not null check (status in ('collecting', 'open', 'awaiting_answer', 'under_review', 'answered', 'adopted', 'partly_adopted', 'declined')),
    endorsement_count integer not null default 0 check (endorsement_count >= 0),
    endorsement_threshold integer,
    endorse_until timestamptz,
    threshold_reached_at timestamptz,
    answer_due timestamptz,
    last_answered_at timestamptz,
    comment_count integer not null default 0 check (comment_count >= 0),
    created_at timestamptz not null default now(),
    edited_at timestamptz,
    hidden_at timestamptz,
    hidden_reason text,
    locked_at timestamptz,
    report_count integer not null default 0,
    synthetic boolean not null default false,
    search tsvector not null,
    check ((kind = 'proposal') = (endorse_until is not null and endorsement_threshold is not null))
  )`.execute(db);
  // One index per list order (lib/forum/store.ts listThreads), each ending in id for the cursor.
  await sql`create index forum_threads_newest_idx on forum_threads (created_at desc, id desc)`.execute(db);
  await sql`create index forum_threads_category_newest_idx on forum_threads (category, created_at desc, id desc)`.execute(db);
  await sql`create index forum_threads_endorsed_idx on forum_threads (endorsement_count desc, id desc) where kind = 'proposal'`.execute(db);
  await sql`create index forum_threads_close_idx on forum_threads ((endorsement_threshold - endorsement_count), id) where status = 'collecting'`.execute(db);
  await sql`create index forum_threads_answered_idx on forum_threads (last_answered_at desc, id desc) where last_answered_at is not null`.execute(db);
  await sql`create index forum_threads_due_idx on forum_threads (answer_due, id) where status in ('awaiting_answer', 'under_review')`.execute(db);
  await sql`create index forum_threads_author_idx on forum_threads (author_id, created_at desc)`.execute(db);
  await sql`create index forum_threads_search_idx on forum_threads using gin (search)`.execute(db);

  await sql`create table forum_comments (
    id bigserial primary key,
    thread_id bigint not null references forum_threads(id) on delete cascade,
    parent_id bigint references forum_comments(id) on delete cascade,
    author_id uuid references users(id) on delete set null,
    body text not null check (char_length(body) between 1 and 10000),
    body_hash text not null,
    created_at timestamptz not null default now(),
    edited_at timestamptz,
    hidden_at timestamptz,
    hidden_reason text,
    report_count integer not null default 0,
    synthetic boolean not null default false
  )`.execute(db);
  await sql`create index forum_comments_thread_idx on forum_comments (thread_id, id)`.execute(db);
  await sql`create index forum_comments_author_idx on forum_comments (author_id, created_at desc)`.execute(db);

  // Earlier versions of an edited thread or comment (the history shown once the edit window closes).
  await sql`create table forum_edits (
    id bigserial primary key,
    thread_id bigint not null references forum_threads(id) on delete cascade,
    comment_id bigint references forum_comments(id) on delete cascade,
    title text,
    body text not null,
    written_at timestamptz not null,
    replaced_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index forum_edits_target_idx on forum_edits (thread_id, comment_id, id)`.execute(db);

  await sql`create table forum_endorsements (
    thread_id bigint not null references forum_threads(id) on delete cascade,
    citizen_id uuid not null references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (thread_id, citizen_id)
  )`.execute(db);
  await sql`create index forum_endorsements_citizen_idx on forum_endorsements (citizen_id)`.execute(db);
  // The count follows the rows whatever removes them: a withdrawal, and also an account's
  // deletion (its endorsements go by cascade). The row lock of the thread orders concurrent ones.
  await sql`create function forum_endorsement_count() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update forum_threads set endorsement_count = endorsement_count + 1 where id = new.thread_id;
      else
        update forum_threads set endorsement_count = endorsement_count - 1 where id = old.thread_id;
      end if;
      return null;
    end
  $$`.execute(db);
  await sql`create trigger forum_endorsements_count after insert or delete on forum_endorsements for each row execute function forum_endorsement_count()`.execute(db);

  await sql`create table forum_answers (
    id bigserial primary key,
    thread_id bigint not null references forum_threads(id) on delete cascade,
    official_id uuid references users(id) on delete set null,
    official_label text not null,
    status text not null check (status in ('under_review', 'answered', 'adopted', 'partly_adopted', 'declined')),
    body text not null check (char_length(body) between 1 and 20000),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index forum_answers_thread_idx on forum_answers (thread_id, id)`.execute(db);

  await sql`create table forum_follows (
    thread_id bigint not null references forum_threads(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (thread_id, user_id)
  )`.execute(db);

  await sql`create table forum_reports (
    id bigserial primary key,
    thread_id bigint not null references forum_threads(id) on delete cascade,
    comment_id bigint references forum_comments(id) on delete cascade,
    reporter_id uuid not null references users(id) on delete cascade,
    reason text not null check (char_length(reason) between 1 and 500),
    created_at timestamptz not null default now(),
    resolved_at timestamptz
  )`.execute(db);
  await sql`create unique index forum_reports_once_idx on forum_reports (thread_id, coalesce(comment_id, 0), reporter_id)`.execute(db);
  await sql`create index forum_reports_open_idx on forum_reports (created_at) where resolved_at is null`.execute(db);

  await sql`create table forum_notifications (
    id bigserial primary key,
    user_id uuid not null references users(id) on delete cascade,
    thread_id bigint not null references forum_threads(id) on delete cascade,
    kind text not null,
    created_at timestamptz not null default now(),
    read_at timestamptz
  )`.execute(db);
  await sql`create index forum_notifications_user_idx on forum_notifications (user_id, id desc)`.execute(db);

  await sql`create table forum_suspensions (
    user_id uuid primary key references users(id) on delete cascade,
    until timestamptz not null,
    reason text not null,
    created_by text not null,
    created_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists forum_endorsements_count on forum_endorsements`.execute(db);
  await sql`drop function if exists forum_endorsement_count()`.execute(db);
  for (const table of ['forum_suspensions', 'forum_notifications', 'forum_reports', 'forum_follows', 'forum_answers', 'forum_endorsements', 'forum_edits', 'forum_comments', 'forum_threads', 'forum_categories']) {
    await sql`drop table if exists ${sql.id(table)}`.execute(db);
  }
}
