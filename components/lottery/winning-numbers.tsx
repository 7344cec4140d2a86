import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { PRIZE_TIERS, prizeName, type PrizeKey } from '@/lib/lottery/prizes';
import type { PeriodRecord } from '@/lib/lottery/records';
import { formatNumber } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/data-table';
import { ProvenanceLine } from './provenance-line';

const nt = (n: number, locale: Locale) => formatNumber(n, locale);

/** The numbers of one period, as a table (the same data screen readers and print use). */
export async function WinningNumbers({
  record,
  locale,
  headingLevel = 2,
  withProvenance = true,
}: {
  record: PeriodRecord;
  locale: Locale;
  headingLevel?: 2 | 3;
  /** The source line under the numbers; every page that shows a period's numbers keeps it. */
  withProvenance?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const { numbers } = record;
  const name = (key: PrizeKey) => prizeName(key, locale);
  const rows: { key: keyof typeof PRIZE_TIERS; values: (string | null)[] }[] = [
    { key: 'special', values: [numbers.special] },
    { key: 'grand', values: [numbers.grand] },
    { key: 'first', values: [...numbers.first] },
    ...(numbers.additionalSixth.length ? [{ key: 'additionalSixth' as const, values: [...numbers.additionalSixth] }] : []),
  ];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`numbers-${record.key}`}>
      <Heading id={`numbers-${record.key}`} className="text-2xl font-bold">
        {t('numbersHeading')}
      </Heading>
      <DataTable label={t('numbersHeading')} className="max-w-2xl">
        <thead>
          <tr>
            <th scope="col">{t('prize')}</th>
            <th scope="col">{t('number')}</th>
            <th scope="col" className="num">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="nowrap font-semibold">{name(row.key)}</th>
              <td>
                <ul>
                  {row.values.map((value, i) => (
                    <li key={`${row.key}-${i}`} className={value ? 'font-mono text-2xl tracking-wider tabular-nums' : 'text-muted'}>
                      {value ?? t('unknownNumber')}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num">{nt(PRIZE_TIERS[row.key].amount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {numbers.special === null ? <p className="mt-2">{t('unknownNote', { prize: name('special') })}</p> : null}
      {numbers.grand === null ? <p className="mt-2">{t('unknownNote', { prize: name('grand') })}</p> : null}
      {withProvenance ? <ProvenanceLine record={record} locale={locale} /> : null}
    </section>
  );
}

/** Every tier with its amount and matching rule. */
export async function PrizeTable({ locale, withAdditionalSixth = false }: { locale: Locale; withAdditionalSixth?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const keys: PrizeKey[] = ['special', 'grand', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', ...(withAdditionalSixth ? (['additionalSixth'] as const) : [])];
  return (
    <section aria-labelledby="prize-table">
      <h2 id="prize-table" className="text-2xl font-bold">
        {t('prizeTableHeading')}
      </h2>
      <DataTable label={t('prizeTableHeading')} className="max-w-3xl">
        <thead>
          <tr>
            <th scope="col">{t('prize')}</th>
            <th scope="col" className="num">{t('amount')}</th>
            <th scope="col">{t('rule')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row" className="nowrap font-semibold">{prizeName(key, locale)}</th>
              <td className="num">{nt(PRIZE_TIERS[key].amount, locale)}</td>
              <td className="cell-prose">{t(`rule_${key}` as 'rule_special')}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="mt-2">{t('onePrize')}</p>
    </section>
  );
}
