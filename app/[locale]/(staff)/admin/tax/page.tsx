import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StaffLookupForm } from '@/components/tax-bills/staff-lookup-form';
import { requireStaffPage } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/routing';
import { BILL_STATUSES, BILL_TAX_TYPES } from '@/lib/tax-bills/rules';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** A tax official looks up a citizen's bills, only with a reason (audited; the citizen sees it). */
export default async function StaffTaxLookupPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('tax:lookup', locale, '/admin/tax');
  if (access.status === 'forbidden') forbidden();
  const t = await getTranslations({ locale, namespace: 'TaxBills' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('staff.title')}</h1>
      <p className="mt-4 max-w-3xl">{t('staff.lead')}</p>
      <p className="mt-2 max-w-3xl text-muted">{t('synthetic')}</p>
      <StaffLookupForm
        locale={locale}
        labels={{
          barcode: t('staff.barcode'),
          barcodeHint: t('staff.barcodeHint'),
          reason: t('staff.reason'),
          reasonHint: t('staff.reasonHint'),
          submit: t('staff.submit'),
          errorSummary: t('errorSummary'),
          results: t.raw('staff.results') as string,
          tableLabel: t('staff.title'),
          columns: { tax: t('tax'), year: t('year'), office: t('office'), amount: t('principal'), due: t('dueDate'), dueToday: t('amountDueToday'), status: t('status') },
          taxNames: Object.fromEntries(BILL_TAX_TYPES.map((v) => [v, t(`taxNames.${v}`)])),
          statuses: Object.fromEntries(BILL_STATUSES.map((v) => [v, t(`statuses.${v}`)])),
        }}
      />
    </div>
  );
}
