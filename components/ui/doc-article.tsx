import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Doc } from '@/lib/content/markdown';

/** A rendered Markdown page. The HTML comes from our own content files, never from users. */
export async function DocArticle({ doc, locale }: { doc: Doc; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Help' });
  return (
    <article>
      <h1 className="text-3xl font-bold">{doc.meta.title}</h1>
      <p className="mt-2 text-muted">
        {t('updated', { date: formatDate(doc.meta.updated, locale) })}
      </p>
      <div className="prose mt-6" dangerouslySetInnerHTML={{ __html: doc.html }} />
    </article>
  );
}
