import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountEntry } from '@/components/citizens/account-link';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata({ locale, path: '/account', title: t('accountTitle'), description: t('accountBody') });
}

/** Static like every public page: whether someone is signed in is the client island's business. */
export default async function AccountPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const home = await getTranslations({ locale, namespace: 'Home' });
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{home('accountTitle')}</h1>
      <p className="mt-4 text-lg">{home('accountBody')}</p>
      <p className="mt-4 mb-6">{t('accountLead')}</p>
      <AccountEntry signIn={t('accountSignIn')} register={t('accountRegister')} goToMe={t('accountGoToMe')} signedIn={t('accountSignedIn')} />
    </div>
  );
}
