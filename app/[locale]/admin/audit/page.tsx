import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listAuditLog } from '@/lib/audit';
import { requireStaffPage } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ before?: string }> };

export const metadata: Metadata = { robots: { index: false } };

const PAGE_SIZE = 50;

export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('audit:read', locale, '/admin/audit');
  // 403 with app/[locale]/forbidden.tsx, not a 200 page that says no.
  if (access.status === 'forbidden') forbidden();
  const before = Number((await searchParams).before);
  const entries = await listAuditLog({ limit: PAGE_SIZE, beforeId: Number.isSafeInteger(before) && before > 0 ? before : undefined });
  const t = await getTranslations({ locale, namespace: 'Staff' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('auditTitle')}</h1>
      <p className="mt-4">{t('auditLead')}</p>
      {entries.length === 0 ? (
        <p className="mt-6">{t('auditEmpty')}</p>
      ) : (
        // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="mt-6 overflow-x-auto" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption id="audit-caption" className="sr-only">
              {t('auditTitle')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">{t('auditWhen')}</th>
                <th scope="col" className="p-2">{t('auditWho')}</th>
                <th scope="col" className="p-2">{t('auditWhat')}</th>
                <th scope="col" className="p-2">{t('auditTarget')}</th>
                <th scope="col" className="p-2">{t('auditFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={entry.occurredAt.toISOString()}>{formatDateTime(entry.occurredAt, locale)}</time>
                  </td>
                  <td className="p-2">{entry.actorLabel}</td>
                  <td className="p-2">
                    <code>{entry.action}</code>
                  </td>
                  <td className="p-2">{entry.target ?? '—'}</td>
                  <td className="p-2">{entry.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries.length === PAGE_SIZE ? (
        <p className="mt-4">
          <Link href={`/admin/audit?before=${entries.at(-1)!.id}`}>{t('olderEntries')}</Link>
        </p>
      ) : null}
    </div>
  );
}
