/**
 * A thread as its page shows it: the record every reader sees, and the forms of the reader who
 * is signed in (endorse, comment, follow, report; an official's answer; a moderator's actions).
 * Rendered per request for a signed-in reader (app/[locale]/(public)/forum/[id]) and, with no
 * principal, as the cached page anonymous readers get (app/[locale]/(public)/forum-read/[id]).
 */
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forum/action-form';
import { EndorsementProgress, StatusBadge } from '@/components/forum/thread-bits';
import { can } from '@/lib/auth/permissions';
import { citizenSignInPath, isCitizen, isStaff, type Principal } from '@/lib/auth/principal';
import { answerAction, commentAction, editThreadAction, endorseAction, followAction, moderateAction, reportAction } from '@/lib/forum/actions';
import { renderForumMarkdown } from '@/lib/forum/markdown';
import { ANSWER_STATUSES, CATEGORY_SLUGS } from '@/lib/forum/rules';
import { cachedCategories } from '@/lib/forum/cached';
import type { CommentDto, ThreadDto } from '@/lib/forum/store';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

function Markdown({ source }: { source: string }) {
  // Safe by construction: lib/forum/markdown.ts lets no markup of the author's through.
  return <div className="prose-forum mt-3 max-w-3xl [&_a]:underline [&_li]:ml-6 [&_ol]:list-decimal [&_p]:mt-2 [&_ul]:list-disc" dangerouslySetInnerHTML={{ __html: renderForumMarkdown(source) }} />;
}

export async function ThreadView({ locale, thread, principal }: { locale: Locale; thread: ThreadDto; principal: Principal | null }) {
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const categories = await cachedCategories();
  const categoryName = (slug: string) => {
    const c = categories.find((x) => x.slug === slug);
    return c ? (locale === 'en' ? c.nameEn : c.name) : slug;
  };
  const citizen = isCitizen(principal) ? principal : null;
  const staff = isStaff(principal) ? principal : null;
  const official = staff && can(staff.roles, 'forum:reply-officially');
  const moderator = staff && can(staff.roles, 'forum:moderate');
  const signIn = citizenSignInPath(locale, `/forum/${thread.id}`);
  const reason = (r: string) => (r === 'reports' ? t('hiddenReasons.reports') : r);
  const common = { locale, errorSummary: t('errorSummary') };
  const top = thread.commentList.filter((c) => c.parentId === null);
  const replies = (parent: number) => thread.commentList.filter((c) => c.parentId === parent);

  const comment = (c: CommentDto, depth: 0 | 1) => (
    <li key={c.id} id={`comment-${c.id}`} className={depth ? 'mt-3 border-l-4 border-line pl-4' : 'rounded-lg border border-line p-4'}>
      <p className="text-sm text-muted">
        {t('postedBy', { author: c.author, date: formatDateTime(c.createdAt, locale) })}
        {c.editedAt ? ` · ${t('edited')}` : ''}
        {c.synthetic ? ` · ${t('synthetic')}` : ''}
      </p>
      {c.hidden ? <p className="mt-2 font-semibold">{t('hiddenNotice', { reason: reason(c.hidden.reason) })}</p> : <Markdown source={c.body} />}
      {c.history.length ? (
        <details className="mt-2">
          <summary>{t('historyHeading')}</summary>
          {c.history.map((h, i) => (
            <div key={i} className="mt-2 border-l-4 border-line pl-3">
              <p className="text-sm text-muted">{t('historyItem', { date: formatDateTime(h.writtenAt, locale) })}</p>
              <Markdown source={h.body} />
            </div>
          ))}
        </details>
      ) : null}
      {depth === 0 && citizen && !thread.locked && !thread.hidden ? (
        <details className="mt-2">
          <summary>{t('replyTo', { author: c.author })}</summary>
          <ActionForm action={commentAction} {...common} hidden={{ threadId: thread.id, parentId: c.id }} submitLabel={t('replySubmit')} className="mt-2 max-w-2xl">
            <label htmlFor={`reply-${c.id}`} className="field-label">
              {t('replyLabel')}
            </label>
            <textarea id={`reply-${c.id}`} name="body" rows={3} className="field-input" />
          </ActionForm>
        </details>
      ) : null}
      {citizen && !c.hidden && !c.mine ? (
        <details className="mt-2">
          <summary>{t('report')}</summary>
          <ActionForm action={reportAction} {...common} firstField={`report-${c.id}`} hidden={{ threadId: thread.id, commentId: c.id }} submitLabel={t('reportSubmit')} buttonClassName="btn-secondary" className="mt-2 max-w-xl">
            <label htmlFor={`report-${c.id}`} className="field-label">
              {t('reportLabel')}
            </label>
            <input id={`report-${c.id}`} name="reason" className="field-input" maxLength={500} />
          </ActionForm>
        </details>
      ) : null}
      {moderator ? (
        <ActionForm action={moderateAction} {...common} hidden={{ threadId: thread.id, commentId: c.id, action: c.hidden ? 'restore' : 'hide' }} submitLabel={c.hidden ? t('restore') : t('hide')} buttonClassName="btn-secondary" className="mt-2 max-w-xl">
          {c.hidden ? null : (
            <>
              <label htmlFor={`mod-${c.id}`} className="field-label">
                {t('moderationReason')}
              </label>
              <input id={`mod-${c.id}`} name="reason" className="field-input" maxLength={500} />
            </>
          )}
        </ActionForm>
      ) : null}
      {depth === 0 && replies(c.id).length ? <ul className="mt-2">{replies(c.id).map((r) => comment(r, 1))}</ul> : null}
    </li>
  );

  return (
    <article>
      <p className="text-sm">
        <Link href="/forum">{t('title')}</Link> · {t(`kinds.${thread.kind}`)} · {categoryName(thread.category)}
        {thread.synthetic ? ` · ${t('synthetic')}` : ''}
      </p>
      <h1 className="mt-2 text-3xl font-bold">{thread.hidden ? t('hiddenTitle') : thread.title}</h1>
      <div className="mt-3">
        <StatusBadge status={thread.status} label={t(`statuses.${thread.status}`)} overdue={thread.overdue} overdueLabel={t('overdueBadge')} />
      </div>
      <p className="mt-2 text-sm text-muted">
        {t('postedBy', { author: thread.author, date: formatDate(thread.createdAt, locale) })}
        {thread.editedAt ? ` · ${t('edited')}` : ''}
      </p>

      {thread.kind === 'proposal' && thread.threshold ? (
        <section aria-labelledby="progress-heading" className="mt-6 rounded-lg border border-line p-4">
          <h2 id="progress-heading" className="text-xl font-bold">
            {t('progressLabel')}
          </h2>
          <EndorsementProgress
            count={thread.endorsements}
            threshold={thread.threshold}
            label={t('progressLabel')}
            text={t('progress', { count: formatNumber(thread.endorsements, locale), threshold: formatNumber(thread.threshold, locale) })}
          />
          {thread.endorseUntil ? <p className="mt-2">{t('deadline', { date: formatDate(thread.endorseUntil, locale) })}</p> : null}
          {thread.thresholdReachedAt && thread.answerDue ? (
            <p className="mt-2 font-semibold">{t('thresholdReached', { date: formatDate(thread.thresholdReachedAt, locale), due: formatDate(thread.answerDue, locale) })}</p>
          ) : null}
          {thread.status === 'not_reached' ? <p className="mt-2 font-semibold">{t('notReachedNotice')}</p> : null}
          {citizen && thread.viewer?.canEndorse ? (
            <div className="mt-3">
              {thread.viewer.endorsed ? <p className="mb-2">{t('endorsedYou')}</p> : null}
              <ActionForm
                action={endorseAction}
                {...common}
                hidden={{ threadId: thread.id, endorse: thread.viewer.endorsed ? 'no' : 'yes' }}
                submitLabel={thread.viewer.endorsed ? t('withdraw') : t('endorse')}
                buttonClassName={thread.viewer.endorsed ? 'btn-secondary' : 'btn'}
              />
            </div>
          ) : !principal && thread.status === 'collecting' ? (
            <p className="mt-3">
              <a href={signIn}>{t('signInToEndorse')}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {thread.hidden ? (
        <p className="mt-6 rounded-lg border-l-8 border-danger bg-[#fdf3f2] p-4 font-semibold">{t('hiddenNotice', { reason: reason(thread.hidden.reason) })}</p>
      ) : (
        <Markdown source={thread.body} />
      )}
      {thread.editable ? (
        <details className="mt-4 max-w-3xl">
          <summary>{t('edit')}</summary>
          <ActionForm action={editThreadAction} {...common} firstField="edit-title" hidden={{ threadId: thread.id }} submitLabel={t('editSubmit')} className="mt-2">
            <label htmlFor="edit-title" className="field-label">
              {t('titleLabel')}
            </label>
            <input id="edit-title" name="title" defaultValue={thread.title} className="field-input" maxLength={200} />
            <label htmlFor="edit-body" className="field-label mt-3">
              {t('bodyLabel')}
            </label>
            <textarea id="edit-body" name="body" defaultValue={thread.body} rows={8} className="field-input" />
          </ActionForm>
        </details>
      ) : null}
      {thread.history.length ? (
        <details className="mt-4 max-w-3xl">
          <summary>{t('historyHeading')}</summary>
          {thread.history.map((h, i) => (
            <div key={i} className="mt-2 border-l-4 border-line pl-3">
              <p className="text-sm text-muted">{t('historyItem', { date: formatDateTime(h.writtenAt, locale) })}</p>
              {h.title ? <p className="font-semibold">{h.title}</p> : null}
              <Markdown source={h.body} />
            </div>
          ))}
        </details>
      ) : null}

      {citizen ? (
        <div className="mt-4 flex flex-wrap gap-4">
          <ActionForm action={followAction} {...common} hidden={{ threadId: thread.id, follow: thread.viewer?.following ? 'no' : 'yes' }} submitLabel={thread.viewer?.following ? t('unfollow') : t('follow')} buttonClassName="btn-secondary" />
          {!thread.hidden && !thread.viewer?.mine ? (
            <details>
              <summary>{t('report')}</summary>
              <ActionForm action={reportAction} {...common} firstField="report-thread" hidden={{ threadId: thread.id }} submitLabel={t('reportSubmit')} buttonClassName="btn-secondary" className="mt-2 max-w-xl">
                <label htmlFor="report-thread" className="field-label">
                  {t('reportLabel')}
                </label>
                <input id="report-thread" name="reason" className="field-input" maxLength={500} />
              </ActionForm>
            </details>
          ) : null}
        </div>
      ) : null}

      {moderator ? (
        <section aria-labelledby="moderate-heading" className="mt-6 rounded-lg border border-line p-4">
          <h2 id="moderate-heading" className="text-xl font-bold">
            {t('queueTitle')}
          </h2>
          <div className="mt-2 grid gap-4 md:grid-cols-3">
            <ActionForm action={moderateAction} {...common} firstField="mod-thread" hidden={{ threadId: thread.id, action: thread.hidden ? 'restore' : 'hide' }} submitLabel={thread.hidden ? t('restore') : t('hide')} buttonClassName="btn-secondary">
              {thread.hidden ? null : (
                <>
                  <label htmlFor="mod-thread" className="field-label">
                    {t('moderationReason')}
                  </label>
                  <input id="mod-thread" name="reason" className="field-input" maxLength={500} />
                </>
              )}
            </ActionForm>
            <ActionForm action={moderateAction} {...common} firstField="lock-reason" hidden={{ threadId: thread.id, action: thread.locked ? 'unlock' : 'lock' }} submitLabel={thread.locked ? t('unlock') : t('lock')} buttonClassName="btn-secondary">
              {thread.locked ? null : (
                <>
                  <label htmlFor="lock-reason" className="field-label">
                    {t('moderationReason')}
                  </label>
                  <input id="lock-reason" name="reason" className="field-input" maxLength={500} />
                </>
              )}
            </ActionForm>
            <ActionForm action={moderateAction} {...common} firstField="move-category" hidden={{ threadId: thread.id, action: 'move' }} submitLabel={t('move')} buttonClassName="btn-secondary">
              <label htmlFor="move-category" className="field-label">
                {t('categoryLabel')}
              </label>
              <select id="move-category" name="category" defaultValue={thread.category} className="field-input">
                {CATEGORY_SLUGS.map((slug) => (
                  <option key={slug} value={slug}>
                    {categoryName(slug)}
                  </option>
                ))}
              </select>
            </ActionForm>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="answers-heading" className="mt-8">
        <h2 id="answers-heading" className="text-2xl font-bold">
          {t('officialHeading')}
        </h2>
        {thread.answers.length === 0 ? <p className="mt-2">{t('noAnswer')}</p> : null}
        <ol className="mt-3 grid gap-4">
          {thread.answers.map((a) => (
            <li key={a.id} className="rounded-lg border-l-8 border-brand-700 bg-brand-50 p-4" data-testid="official-answer">
              <p className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-brand-700 px-2 py-0.5 text-sm font-bold text-white">{t('officialBadge')}</span>
                <span className="font-semibold">{a.official}</span>
                <span className="text-sm">{formatDateTime(a.createdAt, locale)}</span>
                <StatusBadge status={a.status} label={t(`statuses.${a.status}`)} />
              </p>
              <Markdown source={a.body} />
            </li>
          ))}
        </ol>
        {official ? (
          <ActionForm action={answerAction} {...common} firstField="answer-status" hidden={{ threadId: thread.id }} submitLabel={t('answerSubmit')} className="mt-6 max-w-3xl">
            <h3 className="text-xl font-bold">{t('answerHeading')}</h3>
            <label htmlFor="answer-status" className="field-label mt-3">
              {t('answerStatusLabel')}
            </label>
            <select id="answer-status" name="status" className="field-input" defaultValue="answered">
              {ANSWER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
            <label htmlFor="answer-body" className="field-label mt-3">
              {t('answerBodyLabel')}
            </label>
            <textarea id="answer-body" name="body" rows={6} className="field-input" />
          </ActionForm>
        ) : null}
      </section>

      <section aria-labelledby="comments-heading" className="mt-8">
        <h2 id="comments-heading" className="text-2xl font-bold">
          {t('commentsHeading')}
        </h2>
        {top.length === 0 ? <p className="mt-2">{t('noComments')}</p> : <ul className="mt-3 grid gap-4">{top.map((c) => comment(c, 0))}</ul>}
        {thread.locked ? <p className="mt-4 font-semibold">{t('lockedNotice')}</p> : null}
        {citizen && !thread.locked && !thread.hidden ? (
          <ActionForm action={commentAction} {...common} hidden={{ threadId: thread.id }} submitLabel={t('commentSubmit')} className="mt-6 max-w-3xl">
            <label htmlFor="body" className="field-label">
              {t('commentLabel')}
            </label>
            <p id="body-hint" className="field-hint">
              {t('bodyHint')}
            </p>
            <textarea id="body" name="body" rows={5} className="field-input" aria-describedby="body-hint" />
          </ActionForm>
        ) : !principal && !thread.locked ? (
          <p className="mt-4">
            <a href={signIn}>{t('signInToComment')}</a>
          </p>
        ) : null}
      </section>
    </article>
  );
}
