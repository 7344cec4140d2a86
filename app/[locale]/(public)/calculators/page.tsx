import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CALCULATOR_PATHS, type CalculatorKey } from '@/components/calculators/calculator-page';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

const CALCULATORS: readonly CalculatorKey[] = ['lateFee', 'licenseTax', 'incomeTax'];

const API_EXAMPLE = `POST /api/v1/calculators/late-fee
Content-Type: application/json

{ "amount": 100000, "deadline": "2025-05-31", "paidOn": "2025-07-31" }

→ { "daysLate": 59, "surcharge": 10000, "interest": 137, "total": 110137, "steps": [ … ], … }`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Calculators' });
  return pageMetadata({ locale, path: '/calculators', title: t('title'), description: t('lead') });
}

export default async function CalculatorsPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Calculators' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <p className="mt-3 max-w-3xl border-l-4 border-brand-700 pl-3">{t('trialNote')}</p>
      <h2 className="sr-only">{t('listHeading')}</h2>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {CALCULATORS.map((key) => (
          <li key={key} className="rounded-lg border-2 border-line p-5">
            <h3 className="text-xl font-bold">
              <Link href={CALCULATOR_PATHS[key]}>{t(`${key}.title`)}</Link>
            </h3>
            <p className="mt-2">{t(`${key}.description`)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="calculators-api" className="mt-12 max-w-3xl border-t-2 border-line pt-6">
        <h2 id="calculators-api" className="text-2xl font-bold">
          {t('apiHeading')}
        </h2>
        <p className="mt-2">{t('apiBody')}</p>
        <ul className="mt-3 list-disc pl-6">
          {Object.values(CALCULATOR_PATHS).map((path) => (
            <li key={path}>
              <code className="rounded bg-brand-50 px-1">POST /api/v1{path}</code>
            </li>
          ))}
        </ul>
        <h3 className="mt-4 font-semibold">{t('apiExample')}</h3>
        {/* Wrapped rather than scrolled: a 320 px screen shows it all, and no scroll region needs focus. */}
        <pre className="mt-2 rounded-md bg-brand-50 p-4 text-sm whitespace-pre-wrap [overflow-wrap:anywhere]" lang="en">
          <code>{API_EXAMPLE}</code>
        </pre>
      </section>
    </div>
  );
}
