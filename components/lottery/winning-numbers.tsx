import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { PRIZE_TIERS, prizeName, type PrizeKey } from '@/lib/lottery/prizes';
import type { PeriodRecord } from '@/lib/lottery/records';
import { formatNumber } from '@/lib/i18n/format';

const nt = (n: number, locale: Locale) => formatNumber(n, locale);

/** The numbers of one period, as a table (the same data screen readers and print use). */
export async function WinningNumbers({ record, locale, headingLevel = 2 }: { record: PeriodRecord; locale: Locale; headingLevel?: 2 | 3 }) {
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
      <table className="mt-3 w-full max-w-2xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{t('prize')}</th>
            <th scope="col" className="p-2">{t('number')}</th>
            <th scope="col" className="p-2 text-right">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-semibold">{name(row.key)}</th>
              <td className="p-2">
                <ul>
                  {row.values.map((value, i) => (
                    <li key={`${row.key}-${i}`} className="font-mono text-2xl tracking-wider">
                      {value ?? <span className="font-sans text-base text-danger">{t('unknownNumber')}</span>}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="p-2 text-right">{nt(PRIZE_TIERS[row.key].amount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {numbers.special === null ? <p className="mt-2 text-danger">{t('unknownNote', { prize: name('special') })}</p> : null}
      {numbers.grand === null ? <p className="mt-2 text-danger">{t('unknownNote', { prize: name('grand') })}</p> : null}
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
      <table className="mt-3 w-full max-w-3xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{t('prize')}</th>
            <th scope="col" className="p-2 text-right">{t('amount')}</th>
            <th scope="col" className="p-2">{t('rule')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} className="border-b border-line">
              <th scope="row" className="p-2 font-semibold">{prizeName(key, locale)}</th>
              <td className="p-2 text-right">{nt(PRIZE_TIERS[key].amount, locale)}</td>
              <td className="p-2">{t(`rule_${key}` as 'rule_special')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2">{t('onePrize')}</p>
    </section>
  );
}
