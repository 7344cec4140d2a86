import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignOutForm } from '@/components/ui/sign-out-form';
import { signOutAction } from '@/lib/auth/actions';
import { can } from '@/lib/auth/permissions';
import { requireStaffPage } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function StaffDashboard({ params }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('staff:access', locale, '/admin');
  // 403 with app/[locale]/forbidden.tsx, not a 200 page that says no.
  if (access.status === 'forbidden') forbidden();
  const { staff } = access;
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tp = await getTranslations({ locale, namespace: 'Publish' });
  const td = await getTranslations({ locale, namespace: 'AdminDonations' });
  const tt = await getTranslations({ locale, namespace: 'TaxBills.staff' });
  const tf = await getTranslations({ locale, namespace: 'Forum' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('dashboardTitle')}</h1>
      <p className="mt-4">{t('signedInAs', { name: staff.name })}</p>
      <h2 className="mt-6 text-xl font-bold">{t('roles')}</h2>
      <ul className="mt-2 list-disc pl-6">
        {staff.roles.map((role) => (
          <li key={role}>{t(`role_${role}`)}</li>
        ))}
      </ul>
      {can(staff.roles, 'lottery:publish') ? (
        <p className="mt-6">
          <Link href="/admin/lottery">{tp('link')}</Link>
        </p>
      ) : null}
      {can(staff.roles, 'audit:read') ? (
        <p className="mt-6">
          <Link href="/admin/audit">{t('auditLink')}</Link>
        </p>
      ) : null}
      {can(staff.roles, 'tax:lookup') ? (
        <p className="mt-6">
          <Link href="/admin/tax">{tt('title')}</Link>
        </p>
      ) : null}
      {can(staff.roles, 'forum:moderate') ? (
        <p className="mt-6">
          <Link href="/admin/forum">{tf('staffLink')}</Link>
        </p>
      ) : null}
      {can(staff.roles, 'forum:configure') ? (
        <p className="mt-6">
          <Link href="/admin/forum/categories">{tf('rulesLink')}</Link>
        </p>
      ) : null}
      {can(staff.roles, 'donations:read') ? (
        <p className="mt-6">
          <Link href="/admin/donations">{td('title')}</Link>
        </p>
      ) : null}
      <p className="mt-4 text-muted">{t('sessionNote')}</p>
      <div className="mt-6">
        <SignOutForm signOut={signOutAction} locale={locale} label={t('signOut')} note={t('signOutNote')} />
      </div>
    </div>
  );
}
