import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

export async function Forbidden({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Errors' });
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('forbiddenTitle')}</h1>
      <p className="mt-4">{t('forbiddenBody')}</p>
    </div>
  );
}
