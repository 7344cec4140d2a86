import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/**
 * One calm line on every page: this is a demonstration, not the Ministry's site. The site is
 * not on .gov.tw, so it shows no "official government website" banner; the contact page says
 * the same in more words.
 */
export async function DemoNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Banner' });
  return (
    <aside aria-label={t('about')} className="border-b border-line bg-[#fff4cc] py-2 text-sm">
      <p className="container-page">
        {t('demo')}{' '}
        <Link href="/contact" className="font-semibold text-ink">
          {t('about')}
        </Link>
      </p>
    </aside>
  );
}
