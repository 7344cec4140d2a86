/**
 * The forum's thread list as its page shows it, for a parsed query. Rendered per request when the
 * URL has filters (app/[locale]/(public)/forum) and as a cached page for the plain list
 * (app/[locale]/(public)/forum-index/[view]); its rows come from the forum's tagged cache.
 */
import { getTranslations } from 'next-intl/server';
import { nextPageParams } from '@/lib/forum/list-pages';
import { progressPercent, SORTS, STATUS_FILTERS } from '@/lib/forum/rules';
import type { ListQuery } from '@/lib/forum/schemas';
import { cachedCategories, cachedThreadPage } from '@/lib/forum/cached';
import type { ThreadPage, ThreadSummaryDto } from '@/lib/forum/store';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { formatMessage, type MessageValues } from '@/lib/i18n/message-format';
import { Link } from '@/lib/i18n/navigation';
import { localizedHref, type Locale } from '@/lib/i18n/routing';

export async function ThreadListView({ locale, query }: { locale: Locale; query: ListQuery }) {
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const [categories, page] = await Promise.all([
    cachedCategories(),
    cachedThreadPage(query).catch((): ThreadPage => ({ threads: [], nextCursor: null })), // an unreadable cursor: an empty page with a way back
  ]);
  const categoryName = new Map(categories.map((c) => [c.slug, locale === 'en' ? c.nameEn : c.name]));
  const label = threadLabels(t, locale);
  const next = nextPageParams(query, page.nextCursor);
  const href = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: query.q, category: query.category, status: query.status, sort: query.sort === 'newest' ? undefined : query.sort, ...extra })) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `/forum?${s}` : '/forum';
  };
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-3xl">{t('lead')}</p>
      <p className="mt-2 max-w-3xl text-muted">{t('rulesNote')}</p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <Link href="/forum/new" className="btn">
          {t('newThread')}
        </Link>
        <a href={`/api/v1/forum/feed?${new URLSearchParams({ ...(query.category ? { category: query.category } : {}), ...(locale === 'en' ? { lang: 'en' } : {}) })}`}>{t('rss')}</a>
      </p>

      <section aria-labelledby="filter-heading" className="mt-8">
        <h2 id="filter-heading" className="text-2xl font-bold">
          {t('searchHeading')}
        </h2>
        <form method="get" role="search" aria-labelledby="filter-heading" className="mt-4 grid max-w-4xl gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <div className="lg:col-span-2">
            <label htmlFor="q" className="field-label">
              {t('q')}
            </label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ''} className="field-input" autoComplete="off" maxLength={200} />
          </div>
          <div>
            <label htmlFor="category" className="field-label">
              {t('category')}
            </label>
            <select id="category" name="category" defaultValue={query.category ?? ''} className="field-input">
              <option value="">{t('allCategories')}</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {categoryName.get(c.slug)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="status" className="field-label">
              {t('status')}
            </label>
            <select id="status" name="status" defaultValue={query.status ?? ''} className="field-input">
              <option value="">{t('allStatuses')}</option>
              {STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sort" className="field-label">
              {t('sort')}
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className="field-input">
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="btn-secondary">
              {t('apply')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="list-heading" className="mt-10">
        <h2 id="list-heading" className="text-2xl font-bold">
          {formatMessage(t.raw('results') as string, { sort: t(`sorts.${query.sort}`) }, locale)}
        </h2>
        {page.threads.some((th) => th.synthetic) ? <p className="mt-2 text-muted">{t('syntheticNote')}</p> : null}
        {page.threads.length === 0 ? (
          <p className="mt-4" role="status">
            {t('noThreads')}
          </p>
        ) : (
          <ol className="forum-list" data-testid="forum-threads">
            {page.threads.map((th) => (
              // Plain elements styled by the list's one class (app/globals.css, .forum-list): the
              // payload inlined for hydration repeats every element and attribute of each thread.
              <li key={th.id}>
                <p>
                  <b>{label.kind(th.kind)}</b>
                  <span aria-hidden="true">·</span>
                  {categoryName.get(th.category)}
                  {th.synthetic ? <small>{label.synthetic}</small> : null}
                </p>
                <h3>
                  {/* A plain link (the same address as the site's Link): no client component per thread. */}
                  <a href={localizedHref(locale, `/forum/${th.id}`)}>{th.hidden ? label.hiddenTitle : th.title}</a>
                </h3>
                <p>
                  <span data-status={th.status}>{label.status(th.status)}</span>
                  {th.overdue ? <span data-status="overdue">{label.overdue}</span> : null}
                </p>
                {th.kind === 'proposal' && th.threshold ? (
                  <div>
                    <progress max={100} value={progressPercent(th.endorsements, th.threshold)} aria-label={label.progressLabel} />
                    <p>{label.progress(th.endorsements, th.threshold)}</p>
                  </div>
                ) : null}
                <p>{label.posted(th)}</p>
              </li>
            ))}
          </ol>
        )}
        <nav aria-label={t('listHeading')} className="mt-6 flex gap-4">
          {query.cursor || query.page ? <Link href={href({})}>{t('firstPage')}</Link> : null}
          {next ? (
            <Link href={href(next)} rel="next">
              {t('nextPage')}
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<'Forum'>>>;

/** Keeps each distinct value's text: a page formats the same few labels, dates and counts many times. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/**
 * The list's per-thread texts, each label, count and date formatted once per page. The sentences
 * with a value in them are filled in from their templates by the small formatter (their values
 * are already formatted text): next-intl's `t` with values went through intl-messageformat for
 * each of them, a fifth of the list's render time (docs/benchmarks.md, issue 14).
 */
function threadLabels(t: Translator, locale: Locale) {
  const fill = (key: 'postedBy' | 'commentCount' | 'deadline' | 'answerDue' | 'progress') => {
    const template = t.raw(key) as string;
    return (values: MessageValues) => formatMessage(template, values, locale);
  };
  const [postedBy, commentCount, deadline, answerDue, progress] = [fill('postedBy'), fill('commentCount'), fill('deadline'), fill('answerDue'), fill('progress')];
  const number = memo((n: number) => formatNumber(n, locale));
  const day = memo((ms: number) => formatDate(new Date(ms), locale));
  const date = (value: Date) => day(value.getTime());
  const comments = memo((count: number) => commentCount({ count })); // as next-intl writes a plain {count}: 1234
  return {
    kind: memo((k: ThreadSummaryDto['kind']) => t(`kinds.${k}`)),
    status: memo((s: ThreadSummaryDto['status']) => t(`statuses.${s}`)),
    synthetic: t('synthetic'),
    hiddenTitle: t('hiddenTitle'),
    overdue: t('overdueBadge'),
    progressLabel: t('progressLabel'),
    progress: (count: number, threshold: number) => progress({ count: number(count), threshold: number(threshold) }),
    /** Author and date · comments · the deadline that applies, as one text. */
    posted(th: ThreadSummaryDto): string {
      let text = `${postedBy({ author: th.author, date: date(th.createdAt) })} · ${comments(th.comments)}`;
      if (th.status === 'collecting' && th.endorseUntil) text += ` · ${deadline({ date: date(th.endorseUntil) })}`;
      if (th.answerDue && (th.status === 'awaiting_answer' || th.status === 'under_review')) text += ` · ${answerDue({ date: date(th.answerDue) })}`;
      return text;
    },
  };
}
