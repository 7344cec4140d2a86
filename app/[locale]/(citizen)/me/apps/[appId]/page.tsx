import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppKeyForms } from '@/components/developers/app-key-forms';
import { DataTable } from '@/components/ui/data-table';
import { requireCitizenPage } from '@/lib/auth/principal';
import { appUsage, getApp } from '@/lib/developer-apps/store';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; appId: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Developers' });
  return { title: t('appsTitle'), robots: { index: false } };
}

export default async function AppPage({ params }: Props) {
  const { locale: raw, appId } = await params;
  const locale = raw as Locale;
  const citizen = await requireCitizenPage(locale, `/me/apps/${appId}`);
  const t = await getTranslations({ locale, namespace: 'Developers' });
  const app = /^EINV\d{10}$/.test(appId) ? await getApp(citizen.id, appId) : null;
  if (!app) notFound();
  const usage = await appUsage(citizen.id, appId);
  return (
    <div>
      <p>
        <Link href="/me/apps">{t('backToApps')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('appHeading', { name: app.name })}</h1>
      <dl className="mt-4 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('colAppId')}</dt>
        <dd className="font-mono">{app.appId}</dd>
        <dt className="font-semibold">{t('colStatus')}</dt>
        <dd>{app.revokedAt ? t('revokedStatus') : t('active')}</dd>
        <dt className="font-semibold">{t('colKey')}</dt>
        <dd>
          <span className="font-mono">{app.keyPrefix}…</span> ({t('keyCreated', { date: formatDate(app.keyCreatedAt, locale) })})
        </dd>
        <dt className="font-semibold">{t('contactLabel')}</dt>
        <dd className="break-all">{app.contact}</dd>
        {app.description ? (
          <>
            <dt className="font-semibold">{t('description')}</dt>
            <dd>{app.description}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="usage-heading" className="mt-10">
        <h2 id="usage-heading" className="text-2xl font-bold">
          {t('usageHeading')}
        </h2>
        {usage.length === 0 ? (
          <p className="mt-3">{t('noUsage')}</p>
        ) : (
          <DataTable label={t('usageHeading')} testId="app-usage">
            <thead>
              <tr>
                <th scope="col">{t('colDay')}</th>
                <th scope="col">action</th>
                <th scope="col">{t('colCalls')}</th>
                <th scope="col">{t('colLimited')}</th>
              </tr>
            </thead>
            <tbody>
              {usage.map((u) => (
                <tr key={`${u.day}-${u.action}`}>
                  <th scope="row">{formatDate(new Date(`${u.day}T12:00:00+08:00`), locale)}</th>
                  <td className="font-mono">{u.action}</td>
                  <td className="tabular-nums">{u.calls}</td>
                  <td className="tabular-nums">{u.limited}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <AppKeyForms
        locale={locale}
        appId={app.appId}
        active={!app.revokedAt}
        labels={{ rotate: t('rotate'), revoke: t('revoke'), keyOnce: t('keyOnce'), appId: t('demoAppId'), apiKey: t('demoApiKey') }}
        texts={{ rotateHeading: t('rotateHeading'), rotateBody: t('rotateBody'), revokeHeading: t('revokeHeading'), revokeBody: t('revokeBody') }}
      />
    </div>
  );
}
