import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/** A section whose service is not built yet: says so plainly and points to help. */
export async function ComingSoon({ locale, title, body }: { locale: Locale; title: string; body: string }) {
  const t = await getTranslations({ locale, namespace: 'Section' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg">{body}</p>
      <div className="mt-6 rounded-lg border-l-8 border-brand-700 bg-brand-50 p-5">
        <h2 className="text-xl font-bold">{t('comingSoon')}</h2>
        <p className="mt-2">{t('comingSoonBody')}</p>
        <p className="mt-4">
          <Link href="/help" className="btn">
            {t('readHelp')}
          </Link>
        </p>
      </div>
    </div>
  );
}
