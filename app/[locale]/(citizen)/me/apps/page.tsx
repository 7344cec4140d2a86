import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateAppForm } from '@/components/developers/create-app-form';
import { DataTable } from '@/components/ui/data-table';
import { requireCitizenPage } from '@/lib/auth/principal';
import { listApps } from '@/lib/developer-apps/store';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Developers' });
  return { title: t('appsTitle'), robots: { index: false } };
}

export default async function AppsPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/apps');
  const t = await getTranslations({ locale, namespace: 'Developers' });
  const apps = await listApps(citizen.id);
  const keys = ['name', 'nameHint', 'description', 'descriptionHint', 'contact', 'contactHint', 'create', 'errorSummary', 'keyOnce'] as const;
  const labels = { ...(Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>), appId: t('demoAppId'), apiKey: t('demoApiKey') };
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('appsTitle')}</h1>
      <p className="mt-4 max-w-3xl">{t('appsLead')}</p>
      <p className="mt-2">
        <Link href="/developers">{t('title')}</Link>
      </p>

      <section aria-labelledby="create-heading" className="mt-8">
        <h2 id="create-heading" className="mb-4 text-2xl font-bold">
          {t('createHeading')}
        </h2>
        <CreateAppForm locale={locale} labels={labels} />
      </section>

      <section aria-labelledby="mine-heading" className="mt-10">
        <h2 id="mine-heading" className="text-2xl font-bold">
          {t('mineHeading')}
        </h2>
        {apps.length === 0 ? (
          <p className="mt-3">{t('noneYet')}</p>
        ) : (
          <DataTable label={t('mineHeading')} testId="my-apps">
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colAppId')}</th>
                <th scope="col">{t('colKey')}</th>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {apps.map((a) => (
                <tr key={a.appId}>
                  <th scope="row" className="cell-prose">
                    <Link href={`/me/apps/${a.appId}`} aria-label={t('open', { name: a.name })}>
                      {a.name}
                    </Link>
                    {a.demo ? ` (${t('demoApp')})` : null}
                  </th>
                  <td className="font-mono">{a.appId}</td>
                  <td className="font-mono">{a.keyPrefix}…</td>
                  <td>{formatDate(a.createdAt, locale)}</td>
                  <td>{a.revokedAt ? t('revokedStatus') : t('active')}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
