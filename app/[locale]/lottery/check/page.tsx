import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { BulkChecker } from '@/components/lottery/bulk-checker';
import { FastChecker } from '@/components/lottery/fast-checker';
import { NumberCheckForm } from '@/components/lottery/number-check-form';
import { QrChecker } from '@/components/lottery/qr-checker';
import type { Locale } from '@/lib/i18n/routing';
import { MAX_CHECK_NUMBERS } from '@/lib/lottery/check-service';
import { getPeriods } from '@/lib/lottery/catalog';
import { periodLabel } from '@/lib/lottery/period';
import { winningEndings } from '@/lib/lottery/prizes';
import { pageMetadata } from '@/lib/seo/metadata';

// Static, regenerated with the other lottery pages (see app/[locale]/lottery/page.tsx).
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

/** The Check messages the QR and bulk checkers use in the browser (not the whole namespace). */
const CLIENT_KEYS = ['qr', 'bulk', 'won', 'lost', 'net', 'netAccount', 'stampRounding', 'claim', 'uncheckedNote', 'resultHeading', 'number_empty', 'number_characters', 'number_track', 'number_length'];

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
  // QR and bulk checks run in the browser with the same pure lib as the API: each period's
  // numbers are a few dozen bytes, so all of them go with the page and it stays static.
  const checkable = periods.map((p) => ({ key: p.key, period: p.period, numbers: p.numbers, label: periodLabel(p.period, locale) }));
  const check = ((await getMessages()) as { Check: Record<string, unknown> }).Check;
  const clientMessages = { Check: Object.fromEntries(CLIENT_KEYS.map((key) => [key, check[key]])) };
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
      <NextIntlClientProvider messages={clientMessages}>
        <section aria-labelledby="qr-heading" className="mt-12 border-t-2 border-line pt-8">
          <h2 id="qr-heading" className="text-2xl font-bold">
            {t('qr.heading')}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl">{t('qr.lead')}</p>
          <noscript>
            <p className="mb-4 font-semibold text-danger">{t('scriptNeeded')}</p>
          </noscript>
          <QrChecker periods={checkable} />
        </section>
        <section aria-labelledby="bulk-heading" className="mt-12 border-t-2 border-line pt-8">
          <h2 id="bulk-heading" className="text-2xl font-bold">
            {t('bulk.heading')}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl">{t('bulk.lead', { max: MAX_CHECK_NUMBERS })}</p>
          <noscript>
            <p className="mb-4 font-semibold text-danger">{t('scriptNeeded')}</p>
          </noscript>
          <BulkChecker periods={checkable} />
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
