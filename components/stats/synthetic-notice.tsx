import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/** Said at the top of every statistics and catalog page: none of these numbers are real. */
export async function SyntheticNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Stats' });
  return (
    <div role="note" aria-labelledby="synthetic-heading" className="mt-4 max-w-3xl border-l-8 border-danger bg-[#fdf3f2] px-4 py-3">
      <p id="synthetic-heading" className="font-bold text-danger">
        {t('syntheticHeading')}
      </p>
      <p className="mt-1">{t('syntheticBody')}</p>
    </div>
  );
}
