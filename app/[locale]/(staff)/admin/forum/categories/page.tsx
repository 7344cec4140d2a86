import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CategoryRulesForm } from '@/components/forum/category-rules-form';
import { DataTable } from '@/components/ui/data-table';
import { requireStaffPage } from '@/lib/auth/session';
import { categoryRulesAction } from '@/lib/forum/admin-actions';
import { listCategories } from '@/lib/forum/store';
import { formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = 'force-dynamic';

/** Admins set each category's endorsement threshold and deadline (every change audited). */
export default async function ForumCategoryRulesPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('forum:configure', locale, '/admin/forum/categories');
  if (access.status === 'forbidden') forbidden();
  const t = await getTranslations({ locale, namespace: 'Forum' });
  // Read fresh, not from the pages' cache: the form must show what is stored.
  const categories = await listCategories();
  const wanted = (await searchParams).category;
  const selected = categories.find((c) => c.slug === wanted) ?? categories[0]!;
  const name = (c: (typeof categories)[number]) => (locale === 'en' ? c.nameEn : c.name);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('rulesTitle')}</h1>
      <p className="mt-4 max-w-3xl">{t('rulesLead')}</p>
      <div className="mt-6">
        <DataTable label={t('rulesTitle')} testId="forum-category-rules">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              <th scope="col" className="num">
                {t('rulesThreshold')}
              </th>
              <th scope="col" className="num">
                {t('rulesDays')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.slug}>
                <th scope="row">{name(c)}</th>
                <td className="num">{formatNumber(c.threshold, locale)}</td>
                <td className="num">{formatNumber(c.days, locale)}</td>
                <td>
                  <Link href={`/admin/forum/categories?category=${c.slug}`} aria-current={c.slug === selected.slug ? 'true' : undefined}>
                    {`${t('edit')}：${name(c)}`}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>

      <section aria-labelledby="rules-form-heading" className="mt-8 max-w-xl">
        <h2 id="rules-form-heading" className="text-2xl font-bold">
          {name(selected)}
        </h2>
        <p className="mt-1 text-muted">{t('rulesCurrent', { threshold: formatNumber(selected.threshold, locale), days: selected.days })}</p>
        <CategoryRulesForm
          key={selected.slug}
          action={categoryRulesAction}
          locale={locale}
          category={selected.slug}
          threshold={selected.threshold}
          days={selected.days}
          labels={{ threshold: t('rulesThreshold'), days: t('rulesDays'), submit: t('rulesSave', { name: name(selected) }), errorSummary: t('errorSummary') }}
        />
      </section>
      <p className="mt-8">
        <Link href="/admin/forum">{t('staffLink')}</Link>
      </p>
    </div>
  );
}
