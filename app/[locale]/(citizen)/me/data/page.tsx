import { getTranslations } from 'next-intl/server';
import { DeletionCancelForm, DeletionRequestForm } from '@/components/my-data/deletion-forms';
import { DataTable } from '@/components/ui/data-table';
import { requireCitizenPage } from '@/lib/auth/principal';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { formatDateTime, formatDeadline } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { actionKey } from '@/lib/my-data/access-entry';
import { ACCESS_LOG_PAGE, listAccessLog } from '@/lib/my-data/access-log';
import { GRACE_DAYS } from '@/lib/my-data/deletion-rules';
import { deletionStatus } from '@/lib/my-data/deletion';
import { EXPORT_SECTIONS } from '@/lib/my-data/dto';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> };

export const generateMetadata = citizenMetadata('dataTitle', '/me/data');

export default async function MyDataPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/data');
  const { notice } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'MyData' });
  const tc = await getTranslations({ locale, namespace: 'Citizen' });
  const [log, deletion] = await Promise.all([listAccessLog(citizen.id, { limit: ACCESS_LOG_PAGE }), deletionStatus(citizen.id)]);
  const known = new Set(log.map((e) => e.action.replaceAll('.', '_')).filter((k) => t.has(`actions.${k}`)));

  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/me">{tc('backToMe')}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('lead')}</p>
      {notice === 'cancelled' && !deletion ? (
        <p role="status" className="mt-4 border-l-8 border-success bg-[#eef7f0] px-4 py-2 font-semibold">
          {t('cancelled')}
        </p>
      ) : null}

      <section aria-labelledby="download-heading" className="mt-8">
        <h2 id="download-heading" className="text-2xl font-bold">
          {t('downloadHeading')}
        </h2>
        <p className="mt-2">{t('downloadLead')}</p>
        <p className="mt-4">
          <a href="/api/v1/me/data" download className="btn no-underline" data-testid="download-json">
            {t('downloadJson')}
          </a>
        </p>
        <h3 className="mt-6 text-xl font-bold">{t('csvHeading')}</h3>
        <p className="mt-1 text-muted">{t('csvNote')}</p>
        <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
          {EXPORT_SECTIONS.map((s) => (
            <li key={s} className="py-1">
              <a href={`/api/v1/me/data/${s}.csv`} download>
                {t(`sections.${s}`)} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="access-heading" className="mt-10">
        <h2 id="access-heading" className="text-2xl font-bold">
          {t('accessHeading')}
        </h2>
        <p className="mt-2">{t('accessLead', { count: ACCESS_LOG_PAGE })}</p>
        {log.length === 0 ? (
          <p className="mt-4">{t('noEntries')}</p>
        ) : (
          <DataTable label={t('accessCaption')} caption={t('accessCaption')} testId="access-log">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('where')}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="nowrap font-normal">
                    {formatDateTime(e.at, locale)}
                  </th>
                  <td className="cell-prose">
                    {t(`actions.${actionKey(e.action, known)}`, { action: e.action })}
                    {e.reason ? <span className="block text-sm">{t('accessReason', { reason: e.reason })}</span> : null}
                  </td>
                  <td className="nowrap">{t(`actors.${e.actor}`)}</td>
                  <td className="nowrap">{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 border-t-2 border-line pt-6">
        <h2 id="delete-heading" className="text-2xl font-bold">
          {t('deleteHeading')}
        </h2>
        {deletion ? (
          <div className="mt-3" data-testid="deletion-pending">
            <p className="font-semibold">{t('deletePending', { date: formatDeadline(deletion.purgeAfter, locale) })}</p>
            <p className="mt-2">{t('deletePendingKeep')}</p>
            <DeletionCancelForm locale={locale} label={t('cancelSubmit')} errorSummary={t('errorSummary')} />
          </div>
        ) : (
          <>
            <p className="mt-3">{t('deleteLead', { days: GRACE_DAYS })}</p>
            <p className="mt-2">{t('deleteKeep')}</p>
            <DeletionRequestForm
              locale={locale}
              labels={{ code: t('deleteCode'), codeHint: t('deleteCodeHint'), submit: t('deleteSubmit'), errorSummary: t('errorSummary') }}
            />
          </>
        )}
      </section>
    </div>
  );
}
