import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getPeriods } from '@/lib/lottery/catalog';
import { periodLabel } from '@/lib/lottery/period';
import { pageMetadata } from '@/lib/seo/metadata';

// Static, regenerated in the background at most every 5 minutes: periods published into the
// database may be missing from the build's HTML. Publishing also revalidates the 'lottery' tag at once.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  return pageMetadata({ locale, path: '/lottery/periods', title: t('allPeriods'), description: t('allPeriodsLead') });
}

export default async function PeriodsIndex({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const periods = await getPeriods();
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('allPeriods')}</h1>
      <p className="mt-3 max-w-3xl">{t('allPeriodsLead')}</p>
      <table className="mt-6 w-full max-w-4xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{t('periodColumn')}</th>
            <th scope="col" className="p-2">{t('specialColumn')}</th>
            <th scope="col" className="p-2">{t('grandColumn')}</th>
            <th scope="col" className="hidden p-2 sm:table-cell">{t('confidenceColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.key} className="border-b border-line">
              <th scope="row" className="p-2 font-semibold">
                <Link href={`/lottery/${p.key}`}>{periodLabel(p.period, locale)}</Link>
              </th>
              <td className="p-2 font-mono">{p.numbers.special ?? t('unknownNumber')}</td>
              <td className="p-2 font-mono">{p.numbers.grand ?? t('unknownNumber')}</td>
              <td className="hidden p-2 sm:table-cell">
                {t.has(`confidence_${p.confidence}`) ? t(`confidence_${p.confidence}` as 'confidence_mixed') : p.confidence}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
