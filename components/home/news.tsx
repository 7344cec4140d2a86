import { getTranslations } from 'next-intl/server';
import { latestNews } from '@/lib/content/news';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/** Short dated notes from content/news/news.json, newest first. */
export async function HomeNews({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <section aria-labelledby="news-heading">
      <h2 id="news-heading" className="text-2xl font-bold">
        {t('newsHeading')}
      </h2>
      <ul className="mt-3">
        {latestNews(locale, 3).map((entry) => (
          <li key={`${entry.date}-${entry.title}`} className="border-b border-line py-2">
            <time dateTime={entry.date} className="block text-sm text-muted">
              {formatDate(entry.date, locale)}
            </time>
            {entry.href ? <Link href={entry.href}>{entry.title}</Link> : entry.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
