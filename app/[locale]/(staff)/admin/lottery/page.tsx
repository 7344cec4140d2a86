import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PublishPeriodForm } from '@/components/staff/publish-period-form';
import { requireStaffPage } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/routing';
import { periodLabel, periodOrThrow } from '@/lib/lottery/period';
import { publishingStatus } from '@/lib/lottery/publish';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

const LABEL_KEYS = [
  'period', 'periodHint', 'special', 'grand', 'first1', 'first2', 'first3', 'additionalSixth', 'additionalSixthHint',
  'sources', 'sourcesHint', 'note', 'correction', 'correctionHint', 'submit', 'errorSummary',
  'cloudLegend', 'cloudHint', 'cloud1000000', 'cloud2000', 'cloud800', 'cloud500', 'cloudFile', 'cloudFileHint',
] as const;

export default async function PublishLotteryPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const access = await requireStaffPage('lottery:publish', locale, '/admin/lottery');
  // 403 with app/[locale]/forbidden.tsx, not a 200 page that says no.
  if (access.status === 'forbidden') forbidden();
  const t = await getTranslations({ locale, namespace: 'Publish' });
  const status = await publishingStatus();
  const label = (key: string) => periodLabel(periodOrThrow(key), locale);
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(k)])) as Record<(typeof LABEL_KEYS)[number], string>;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-3xl">{t('lead')}</p>
      <ul className="mt-4 mb-8 list-disc pl-6">
        {status.latest ? <li>{t('latest', { label: label(status.latest), key: status.latest })}</li> : null}
        <li>{t('nextExpected', { label: label(status.next), key: status.next })}</li>
      </ul>
      <PublishPeriodForm locale={locale} nextPeriod={status.next} labels={labels} />
    </div>
  );
}
