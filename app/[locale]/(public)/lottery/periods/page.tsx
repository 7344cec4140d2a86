import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
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
      <DataTable label={t('allPeriods')} className="max-w-4xl" testId="periods-table">
        <thead>
          <tr>
            <th scope="col">{t('periodColumn')}</th>
            <th scope="col" className="num">
              {t('specialColumn')}
            </th>
            <th scope="col" className="num">
              {t('grandColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.key}>
              <th scope="row" className="nowrap font-semibold">
                <Link href={`/lottery/${p.key}`}>{periodLabel(p.period, locale)}</Link>
              </th>
              <NumberCell value={p.numbers.special} missing={t('unknownNumber')} />
              <NumberCell value={p.numbers.grand} missing={t('unknownNumber')} />
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="mt-4">
        <Link href="/lottery/sources">{t('provenanceRecord')}</Link>
      </p>
    </div>
  );
}

/** A winning number, or the plain words for one this site has not recorded. */
function NumberCell({ value, missing }: { value: string | null; missing: string }) {
  return value ? <td className="num font-mono">{value}</td> : <td className="text-muted">{missing}</td>;
}
