import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DemoDataNote } from '@/components/citizen/demo-data-note';
import { DonateForm } from '@/components/citizen/donate-form';
import { DataTable } from '@/components/ui/data-table';
import { requireCitizenPage } from '@/lib/auth/principal';
import { isLoveCode } from '@/lib/donations/rules';
import { listDonations, searchOrganisations } from '@/lib/donations/store';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { periodLabel, periodOrThrow } from '@/lib/lottery/period';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; code?: string | string[] }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Donations' });
  return { title: t('title'), robots: { index: false } };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function DonationsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/donations');
  const t = await getTranslations({ locale, namespace: 'Donations' });
  const query = await searchParams;
  const q = first(query.q).slice(0, 40);
  const chosen = first(query.code);
  const [organisations, donations] = await Promise.all([searchOrganisations(q), listDonations(citizen.id)]);
  const name = (o: { name: string; nameEn: string }) => (locale === 'en' ? o.nameEn : o.name);
  const formKeys = ['invoiceNumber', 'invoiceNumberHint', 'loveCode', 'loveCodeHint', 'submit', 'errorSummary'] as const;
  const labels = Object.fromEntries(formKeys.map((k) => [k, t(k)])) as Record<(typeof formKeys)[number], string>;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-3xl">{t('lead')}</p>
      <ul className="mt-3 max-w-3xl list-disc pl-6">
        <li>{t('rules')}</li>
        <li>{t('masking')}</li>
      </ul>

      <section aria-labelledby="donate-heading" className="mt-8">
        <h2 id="donate-heading" className="mb-4 text-2xl font-bold">
          {t('donateHeading')}
        </h2>
        {/* A new key per page view: a resent form is the same donation, a new visit a new one. */}
        <DonateForm locale={locale} idempotencyKey={randomUUID()} loveCode={isLoveCode(chosen) ? chosen : ''} labels={labels} />
      </section>

      <section aria-labelledby="search-heading" className="mt-10">
        <h2 id="search-heading" className="text-2xl font-bold">
          {t('searchHeading')}
        </h2>
        <DemoDataNote text={t('syntheticDirectory')} />
        <form method="get" role="search" aria-labelledby="search-heading" className="mt-4 flex max-w-xl flex-wrap items-end gap-3">
          <div className="flex-1">
            <label htmlFor="q" className="field-label">
              {t('q')}
            </label>
            <input id="q" name="q" type="search" defaultValue={q} className="field-input" autoComplete="off" />
          </div>
          <button type="submit" className="btn-secondary">
            {t('search')}
          </button>
        </form>
        <p className="mt-4" role="status">
          {organisations.length ? t('results', { count: organisations.length }) : t('noResults')}
        </p>
        {organisations.length ? (
          <DataTable label={t('searchHeading')} testId="organisations">
            <thead>
              <tr>
                <th scope="col">{t('colCode')}</th>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colChoose')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.code}>
                  <th scope="row" className="font-mono">
                    {o.code}
                  </th>
                  <td className="cell-prose">{name(o)}</td>
                  <td>
                    <Link href={`/me/donations?code=${o.code}#donate-heading`} aria-label={t('chooseLabel', { name: name(o) })}>
                      {t('choose')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
      </section>

      <section aria-labelledby="mine-heading" className="mt-10">
        <h2 id="mine-heading" className="text-2xl font-bold">
          {t('mineHeading')}
        </h2>
        {donations.length === 0 ? (
          <p className="mt-3">{t('noneYet')}</p>
        ) : (
          <DataTable label={t('mineHeading')} testId="my-donations">
            <thead>
              <tr>
                <th scope="col">{t('colInvoice')}</th>
                <th scope="col">{t('colPeriod')}</th>
                <th scope="col">{t('colOrganisation')}</th>
                <th scope="col">{t('colDate')}</th>
              </tr>
            </thead>
            <tbody>
              {donations.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="font-mono">
                    {d.invoiceNumber}
                  </th>
                  <td>{periodLabel(periodOrThrow(d.periodKey), locale)}</td>
                  <td className="cell-prose">
                    {locale === 'en' ? `${d.organisationEn} (${d.loveCode})` : `${d.organisation}（${d.loveCode}）`}
                  </td>
                  <td>{formatDate(d.donatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
