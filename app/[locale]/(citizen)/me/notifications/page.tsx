import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forum/action-form';
import { requireCitizenPage } from '@/lib/auth/principal';
import { markReadAction } from '@/lib/forum/notification-actions';
import { listNotifications } from '@/lib/forum/store';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Forum' });
  return { title: t('notificationsTitle'), robots: { index: false } };
}

export default async function NotificationsPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/notifications');
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const notifications = await listNotifications(citizen.id);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('notificationsTitle')}</h1>
      <p className="mt-4 max-w-3xl">{t('notificationsLead')}</p>
      {notifications.length === 0 ? (
        <p className="mt-6">{t('noNotifications')}</p>
      ) : (
        <>
          <ul className="mt-6 grid max-w-3xl gap-3" data-testid="notifications">
            {notifications.map((n) => (
              <li key={n.id} className={`rounded-lg border p-4 ${n.read ? 'border-line' : 'border-brand-700 bg-brand-50'}`}>
                <p className="text-sm text-muted">
                  {n.read ? '' : `${t('unread')} · `}
                  {formatDateTime(n.createdAt, locale)}
                </p>
                <p className="mt-1">
                  <Link href={`/forum/${n.threadId}`}>{t(`notificationKinds.${n.kind}`, { title: n.threadTitle || t('hiddenTitle') })}</Link>
                </p>
              </li>
            ))}
          </ul>
          {unread ? <ActionForm action={markReadAction} locale={locale} errorSummary={t('errorSummary')} submitLabel={t('markRead')} buttonClassName="btn-secondary" className="mt-6" /> : null}
        </>
      )}
    </div>
  );
}
