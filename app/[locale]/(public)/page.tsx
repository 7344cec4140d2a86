import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HomeLatestNumbers } from '@/components/home/latest-numbers';
import { HomeNews } from '@/components/home/news';
import { HomeStatsHighlight } from '@/components/home/stats-highlight';
import { AwaitingNotice } from '@/components/lottery/awaiting-notice';
import { Link } from '@/lib/i18n/navigation';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { getLotteryNow } from '@/lib/lottery/catalog';
import { pageMetadata } from '@/lib/seo/metadata';

// Like /lottery: static, refreshed in the background and when an official publishes new numbers.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

const CALCULATORS = [
  { key: 'calcLateFee', href: '/calculators/late-fee' },
  { key: 'calcLicenseTax', href: '/calculators/license-tax' },
  { key: 'calcIncomeTax', href: '/calculators/income-tax' },
] as const;

const MORE = [
  { key: 'statsTitle', href: '/stats' },
  { key: 'helpTitle', href: '/help' },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return { ...pageMetadata({ locale, path: '/', title: t('siteNameFull'), description: t('description') }), title: { absolute: t('siteNameFull') } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const lottery = await getLotteryNow();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-2 text-lg">{t('lead')}</p>
      {/* After a draw whose numbers are not here yet, say so first: the numbers below are the period before. */}
      <AwaitingNotice awaiting={lottery.awaiting} locale={locale} className="mt-6" />
      {lottery.latest ? (
        <HomeLatestNumbers latest={lottery.latest} nextDraw={lottery.nextDraw} awaiting={lottery.awaiting !== null} locale={locale} />
      ) : null}

      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="calculators-heading">
          <h2 id="calculators-heading" className="text-2xl font-bold">
            {t('calculatorsHeading')}
          </h2>
          <ul className="mt-3 grid gap-3">
            {CALCULATORS.map((c) => (
              <li key={c.key}>
                <Link href={c.href} className="btn-secondary w-full justify-start text-lg">
                  {t(c.key)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <HomeStatsHighlight locale={locale} />
      </div>

      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <HomeNews locale={locale} />
        <section aria-labelledby="more-heading">
          <h2 id="more-heading" className="text-2xl font-bold">
            {t('moreHeading')}
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {MORE.map((m) => (
              <li key={m.key} className="mt-1">
                <Link href={m.href}>{t(m.key)}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
