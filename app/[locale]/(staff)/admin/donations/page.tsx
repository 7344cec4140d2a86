import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DemoDataNote } from '@/components/citizen/demo-data-note';
import { DataTable } from '@/components/ui/data-table';
import { requireStaffPage } from '@/lib/auth/session';
import { donationsByOrganisation } from '@/lib/donations/store';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** What each love-code organisation received: counts and amounts, never donors. */
export default async function AdminDonationsPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('donations:read', locale, '/admin/donations');
  if (access.status === 'forbidden') forbidden();
  const t = await getTranslations({ locale, namespace: 'AdminDonations' });
  const totals = await donationsByOrganisation();
  const sum = totals.reduce((acc, o) => ({ invoices: acc.invoices + o.invoices, amount: acc.amount + o.amount }), { invoices: 0, amount: 0 });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-3xl">{t('lead')}</p>
      <DemoDataNote text={t('synthetic')} />
      <DataTable label={t('tableLabel')} testId="donations-by-organisation">
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colCode')}</th>
            <th scope="col" className="num">
              {t('colInvoices')}
            </th>
            <th scope="col" className="num">
              {t('colAmount')}
            </th>
            <th scope="col">{t('colLast')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((o) => (
            <tr key={o.code}>
              <th scope="row" className="cell-prose">
                {locale === 'en' ? o.nameEn : o.name}
              </th>
              <td className="font-mono">{o.code}</td>
              <td className="num">{formatNumber(o.invoices, locale)}</td>
              <td className="num">{formatNumber(o.amount, locale)}</td>
              <td>{o.lastDonatedAt ? formatDate(o.lastDonatedAt, locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td />
            <td className="num">{formatNumber(sum.invoices, locale)}</td>
            <td className="num">{formatNumber(sum.amount, locale)}</td>
            <td />
          </tr>
        </tfoot>
      </DataTable>
    </div>
  );
}
