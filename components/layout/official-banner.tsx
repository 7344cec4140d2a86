import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/** The government-site banner; the explanation opens without JavaScript (<details>). */
export async function OfficialBanner({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Banner' });
  return (
    <div className="bg-brand-50 text-sm">
      <details className="container-page py-1">
        <summary className="cursor-pointer py-1">
          <span>{t('official')}</span> <span className="font-semibold text-brand-700 underline">{t('howToTell')}</span>
        </summary>
        <div className="grid gap-4 py-3 sm:grid-cols-2">
          <p>
            <strong className="block">{t('domainTitle')}</strong>
            {t('domainBody')}
          </p>
          <p>
            <strong className="block">{t('httpsTitle')}</strong>
            {t('httpsBody')}
          </p>
        </div>
      </details>
      <p className="border-t border-line bg-[#fff4cc] py-1">
        <span className="container-page block">{t('demo')}</span>
      </p>
    </div>
  );
}
