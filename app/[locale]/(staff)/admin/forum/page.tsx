import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forum/action-form';
import { requireStaffPage } from '@/lib/auth/session';
import { moderateAction, suspendAction } from '@/lib/forum/actions';
import { moderationQueue } from '@/lib/forum/store';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = 'force-dynamic';

/** The moderator queue: reported posts, oldest first, with the actions (each audited). */
export default async function ForumQueuePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('forum:moderate', locale, '/admin/forum');
  if (access.status === 'forbidden') forbidden();
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const queue = await moderationQueue();
  const reason = (r: string) => (r === 'reports' ? t('hiddenReasons.reports') : r);
  const common = { locale, errorSummary: t('errorSummary') };
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('queueTitle')}</h1>
      <p className="mt-4 max-w-3xl">{t('queueLead')}</p>
      {queue.length === 0 ? (
        <p className="mt-6">{t('queueEmpty')}</p>
      ) : (
        <ol className="mt-6 grid gap-6" data-testid="forum-queue">
          {queue.map((item) => {
            const key = `${item.threadId}-${item.commentId ?? 0}`;
            return (
              <li key={key} className="rounded-lg border border-line p-4">
                <h2 className="text-xl font-bold">
                  <Link href={`/forum/${item.threadId}${item.commentId ? `#comment-${item.commentId}` : ''}`}>{item.title}</Link>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  {t('reportsCount', { count: item.reports })} · {formatDateTime(item.firstReportedAt, locale)} · {item.author}
                </p>
                {item.hidden ? <p className="mt-2 font-semibold">{t('hiddenNotice', { reason: reason(item.hidden.reason) })}</p> : null}
                <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-line pl-3">{item.excerpt}</blockquote>
                <h3 className="mt-3 font-semibold">{t('reasons')}</h3>
                <ul className="list-disc pl-6">
                  {item.reasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
                <div className="mt-4 grid gap-4 md:grid-cols-3">
                  <ActionForm action={moderateAction} {...common} hidden={{ threadId: item.threadId, commentId: item.commentId ?? '', action: 'restore' }} submitLabel={t('restore')} buttonClassName="btn-secondary" />
                  <ActionForm action={moderateAction} {...common} firstField={`hide-${key}`} hidden={{ threadId: item.threadId, commentId: item.commentId ?? '', action: 'hide' }} submitLabel={t('hide')} buttonClassName="btn-secondary">
                    <label htmlFor={`hide-${key}`} className="field-label">
                      {t('moderationReason')}
                    </label>
                    <input id={`hide-${key}`} name="reason" className="field-input" maxLength={500} />
                  </ActionForm>
                  {item.authorId ? (
                    <ActionForm action={suspendAction} {...common} firstField={`suspend-${key}`} hidden={{ userId: item.authorId }} submitLabel={t('suspend')} buttonClassName="btn-secondary">
                      <label htmlFor={`days-${key}`} className="field-label">
                        {t('suspendDays')}
                      </label>
                      <input id={`days-${key}`} name="days" type="number" min={1} max={365} defaultValue={7} className="field-input w-24" />
                      <label htmlFor={`suspend-${key}`} className="field-label">
                        {t('suspendReason')}
                      </label>
                      <input id={`suspend-${key}`} name="reason" className="field-input" maxLength={500} />
                    </ActionForm>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
