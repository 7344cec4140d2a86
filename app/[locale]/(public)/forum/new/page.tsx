import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewThreadForm } from '@/components/forum/new-thread-form';
import { requireCitizenPage } from '@/lib/auth/principal';
import { THREAD_KINDS } from '@/lib/forum/rules';
import { cachedCategories } from '@/lib/forum/cached';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Forum' });
  return { title: t('newTitle'), robots: { index: false } };
}

/** Posting needs a signed-in citizen: others are sent to sign in and come back here. */
export default async function NewThreadPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireCitizenPage(locale, '/forum/new');
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const categories = await cachedCategories();
  const first = categories[0];
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('newTitle')}</h1>
      <p className="mt-4 max-w-3xl">{t('newLead')}</p>
      <div className="mt-6">
        <NewThreadForm
          locale={locale}
          kinds={THREAD_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          categories={categories.map((c) => ({ value: c.slug, label: locale === 'en' ? c.nameEn : c.name }))}
          labels={{
            kind: t('kindLabel'),
            kindHint: t('kindProposalHint', { threshold: formatNumber(first?.threshold ?? 5000, locale), days: first?.days ?? 60 }),
            category: t('categoryLabel'),
            title: t('titleLabel'),
            titleHint: t('titleHint'),
            body: t('bodyLabel'),
            bodyHint: t('bodyHint'),
            submit: t('submit'),
            errorSummary: t('errorSummary'),
          }}
        />
      </div>
    </div>
  );
}
