import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/staff/sign-in-form';
import { SIGN_IN_UNAVAILABLE_CODE } from '@/lib/auth/unavailable-code';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; code?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Staff' });
  return { ...pageMetadata({ locale, path: '/staff/sign-in', title: t('signInTitle'), description: t('signInLead') }), robots: { index: false } };
}

export default async function StaffSignInPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { next, code } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Staff' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('signInTitle')}</h1>
      <p className="mt-4 mb-8 max-w-2xl">{t('signInLead')}</p>
      <SignInForm
        locale={locale}
        next={typeof next === 'string' ? next : undefined}
        // A sign-in posted straight to Auth.js while the database is down comes back here with this code.
        notice={code === SIGN_IN_UNAVAILABLE_CODE ? t('signInUnavailable') : undefined}
        labels={{
          email: t('email'),
          password: t('password'),
          submit: t('submit'),
          errorSummary: t('errorSummary'),
          sessionNote: t('sessionNote'),
        }}
      />
    </div>
  );
}
