import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FastChecker } from '@/components/lottery/fast-checker';
import { NumberCheckForm } from '@/components/lottery/number-check-form';
import type { Locale } from '@/lib/i18n/routing';
import { getPeriods } from '@/lib/lottery/catalog';
import { periodLabel } from '@/lib/lottery/period';
import { winningEndings } from '@/lib/lottery/prizes';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return pageMetadata({ locale, path: '/lottery/check', title: t('title'), description: t('lead') });
}

export default async function CheckPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Check' });
  const periods = await getPeriods();
  const latest = periods[0];
  const endings = latest ? winningEndings(latest.numbers) : [];
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="fast-heading">
          <h2 id="fast-heading" className="text-2xl font-bold">
            {t('fastHeading')}
            {latest ? <span className="block text-lg font-semibold text-muted">{periodLabel(latest.period, locale)}</span> : null}
          </h2>
          <p className="mt-2 mb-4">{t('fastLead')}</p>
          <FastChecker
            endings={endings}
            labels={{ input: t('fastInput'), none: t('fastNone', { digits: '{digits}' }), possible: t('fastPossible', { digits: '{digits}' }), clear: t('clear'), backspace: t('backspace') }}
          />
          {latest?.numbers.special === null ? <p className="mt-3 text-danger">{t('fastUnknown')}</p> : null}
        </section>
        <section aria-labelledby="full-heading">
          <h2 id="full-heading" className="text-2xl font-bold">
            {t('fullHeading')}
          </h2>
          <p className="mt-2 mb-4 text-muted">{t('cloudNote')}</p>
          <NumberCheckForm
            locale={locale}
            periods={periods.map((p) => ({ key: p.key, label: periodLabel(p.period, locale) }))}
            labels={{ period: t('period'), number: t('number'), numberHint: t('numberHint'), submit: t('submit'), resultHeading: t('resultHeading') }}
          />
        </section>
      </div>
    </div>
  );
}
