import { getTranslations } from 'next-intl/server';
import { SignOutForm } from '@/components/ui/sign-out-form';
import { citizenSignOutAction } from '@/lib/citizens/actions';
import { requireCitizenPage } from '@/lib/auth/principal';
import { ME_SECTIONS } from '@/lib/citizens/me-sections';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = citizenMetadata('meTitle', '/me');

export default async function MyAccountPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me');
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('meTitle')}</h1>
      <p className="mt-4 text-lg">{t('greeting', { barcode: citizen.name })}</p>
      <p className="mt-2">{t('meLead')}</p>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t('accountBarcode')}</dt>
        <dd className="font-mono">{citizen.name}</dd>
        <dt className="font-semibold">{t('accountEmail')}</dt>
        <dd className="break-all">{citizen.email}</dd>
      </dl>
      <h2 className="mt-8 text-2xl font-bold">{t('sectionsTitle')}</h2>
      <ul className="mt-4 space-y-4">
        {ME_SECTIONS.map((section) => (
          <li key={section.key}>
            <Link href={section.href} className="text-lg font-semibold">
              {t(`${section.key}Title`)}
            </Link>
            <p className="text-muted">{t(`${section.key}Body`)}</p>
          </li>
        ))}
      </ul>
      <div className="mt-10">
        <SignOutForm signOut={citizenSignOutAction} locale={locale} label={t('signOut')} note={t('signOutNote')} />
      </div>
    </div>
  );
}
