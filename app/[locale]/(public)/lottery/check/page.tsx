import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { AwaitingNotice } from '@/components/lottery/awaiting-notice';
import { CheckStringsProvider, type CheckMessages } from '@/components/lottery/check-strings';
import { DeferredBulkChecker, DeferredQrChecker } from '@/components/lottery/deferred-checkers';
import { FastChecker } from '@/components/lottery/fast-checker';
import { NumberCheckForm } from '@/components/lottery/number-check-form';
import type { Locale } from '@/lib/i18n/routing';
import { MAX_CHECK_NUMBERS } from '@/lib/lottery/check-service';
import { getLotteryNow, getPeriods } from '@/lib/lottery/catalog';
import { pageKey, periodLabel, periodMonths } from '@/lib/lottery/period';
import { pageMetadata } from '@/lib/seo/metadata';

// Static, regenerated with the other lottery pages (see app/[locale]/lottery/page.tsx); the open
// periods and the one awaiting its numbers are those at the time of rendering.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

/** The Check messages the QR and bulk checkers use in the browser (not the whole namespace), as props: no next-intl client. */
const CLIENT_KEYS = [
  'qr',
  'bulk',
  'won',
  'lost',
  'net',
  'netAccount',
  'stampRounding',
  'claim',
  'uncheckedNote',
  'resultHeading',
  'number_empty',
  'number_characters',
  'number_track',
  'number_length',
  'unavailable_awaiting',
  'unavailable_not_drawn',
  'unavailable_no_numbers',
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return pageMetadata({ locale, path: '/lottery/check', title: t('title'), description: t('lead') });
}

export default async function CheckPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Check' });
  const [periods, lottery] = await Promise.all([getPeriods(), getLotteryNow()]);
  const byKey = new Map(periods.map((p) => [p.key, p]));
  // The quick check answers for every open period (two for a while after each draw), with or
  // without numbers; without any open period (a gap in the data), the latest one.
  const open = lottery.claimable.length ? lottery.claimable : lottery.latest ? [lottery.latest.period] : [];
  const quick = open.map((p) => ({ key: pageKey(p), months: periodMonths(p, locale), label: periodLabel(p, locale), numbers: byKey.get(pageKey(p))?.numbers ?? null }));
  // QR and bulk checks run in the browser with the same pure lib as the API: each period's
  // numbers are a few dozen bytes, so all of them go with the page and it stays static.
  const checkable = periods.map((p) => ({ key: p.key, period: p.period, numbers: p.numbers, label: periodLabel(p.period, locale) }));
  // A period drawn but without numbers here can be chosen too: its answer is "not yet available".
  const awaiting = lottery.awaiting ? [{ key: pageKey(lottery.awaiting), period: lottery.awaiting, numbers: null, label: t('periodAwaiting', { label: periodLabel(lottery.awaiting, locale) }) }] : [];
  const formPeriods = [
    ...(open.length > 1 ? [{ key: 'open', label: t('openPeriods', { periods: open.map((p) => periodMonths(p, locale)).join(locale === 'en' ? ', ' : '、') }) }] : []),
    ...[...awaiting, ...checkable].map((p) => ({ key: p.key, label: p.label })),
  ];
  const check = ((await getMessages()) as { Check: CheckMessages }).Check;
  const clientMessages: CheckMessages = Object.fromEntries(CLIENT_KEYS.map((key) => [key, check[key]!]));
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <AwaitingNotice awaiting={lottery.awaiting} locale={locale} className="mt-6 max-w-3xl" />
      <div className="mt-8 grid gap-10 xl:grid-cols-2">
        <section aria-labelledby="fast-heading">
          <h2 id="fast-heading" className="text-2xl font-bold">
            {t('fastHeading')}
          </h2>
          <p className="mt-2 mb-4">{t('fastLead')}</p>
          {/* The keypad gets only its own messages. */}
          <CheckStringsProvider locale={locale} messages={{ quick: check.quick!, fastInput: check.fastInput!, clear: check.clear!, backspace: check.backspace! }}>
            <FastChecker periods={quick} />
          </CheckStringsProvider>
        </section>
        <section aria-labelledby="full-heading">
          <h2 id="full-heading" className="text-2xl font-bold">
            {t('fullHeading')}
          </h2>
          <p className="mt-2 mb-4 text-muted">{t('cloudNote')}</p>
          <NumberCheckForm
            locale={locale}
            periods={formPeriods}
            labels={{ period: t('period'), number: t('number'), numberHint: t('numberHint'), submit: t('submit'), resultHeading: t('resultHeading') }}
          />
        </section>
      </div>
      <CheckStringsProvider locale={locale} messages={clientMessages}>
        <section aria-labelledby="qr-heading" className="mt-12 border-t-2 border-line pt-8">
          <h2 id="qr-heading" className="text-2xl font-bold">
            {t('qr.heading')}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl">{t('qr.lead')}</p>
          <noscript>
            <p className="mb-4 font-semibold text-danger">{t('scriptNeeded')}</p>
          </noscript>
          <DeferredQrChecker periods={checkable} />
        </section>
        <section aria-labelledby="bulk-heading" className="mt-12 border-t-2 border-line pt-8">
          <h2 id="bulk-heading" className="text-2xl font-bold">
            {t('bulk.heading')}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl">{t('bulk.lead', { max: MAX_CHECK_NUMBERS })}</p>
          <noscript>
            <p className="mb-4 font-semibold text-danger">{t('scriptNeeded')}</p>
          </noscript>
          <DeferredBulkChecker periods={[...awaiting, ...checkable]} />
        </section>
      </CheckStringsProvider>
    </div>
  );
}
