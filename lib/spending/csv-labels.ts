/** The spending CSV's words in one language, from the messages (Spending namespace). */
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { SpendingCsvLabels } from './csv';
import type { MonthRange } from './dto';
import type { SpendingView } from './schemas';

export async function spendingCsvLabels(locale: Locale, others: number): Promise<SpendingCsvLabels> {
  const t = await getTranslations({ locale, namespace: 'Spending' });
  return {
    month: t('month'),
    category: t('category'),
    merchant: t('merchant'),
    ban: t('ban'),
    invoices: t('invoices'),
    amount: t('amount'),
    mean: t('mean'),
    share: t('share'),
    others: t('others', { count: others }),
    total: t('total'),
    categoryName: (c) => (locale === 'en' ? c.nameEn : c.name),
  };
}

export function spendingCsvFileName(view: SpendingView, range: MonthRange): string {
  return `tax-cloud-my-spending-${view}-${range.from}-${range.to}-synthetic.csv`;
}
