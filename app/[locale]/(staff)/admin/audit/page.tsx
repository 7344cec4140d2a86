import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
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
        <div className="mt-6">
          <DataTable label={t('auditTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('auditWhen')}</th>
                <th scope="col">{t('auditWho')}</th>
                <th scope="col">{t('auditWhat')}</th>
                <th scope="col">{t('auditTarget')}</th>
                <th scope="col">{t('auditFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap tabular-nums">
                    <time dateTime={entry.occurredAt.toISOString()}>{formatDateTime(entry.occurredAt, locale)}</time>
                  </td>
                  <td>{entry.actorLabel}</td>
                  <td className="nowrap">
                    <code>{entry.action}</code>
                  </td>
                  <td className="nowrap">{entry.target ?? '—'}</td>
                  <td className="nowrap tabular-nums">{entry.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
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
