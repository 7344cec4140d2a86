/**
 * The frame of a calculator page: title, lead, the trial-calculation notice, and the messages
 * its form needs in the browser (the common ones and its own, not the whole namespace), as props
 * through a small context rather than next-intl's client runtime (components/i18n/client-strings.tsx).
 * The page stays static: it reads no query and no request; the form reads a shared link's query itself.
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getMessages, getTranslations } from 'next-intl/server';
import { ClientStringsProvider, type ClientMessages } from '@/components/i18n/client-strings';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

export type CalculatorKey = 'lateFee' | 'licenseTax' | 'incomeTax';

export const CALCULATOR_PATHS: Readonly<Record<CalculatorKey, string>> = {
  lateFee: '/calculators/late-fee',
  licenseTax: '/calculators/license-tax',
  incomeTax: '/calculators/income-tax',
};

export async function calculatorMetadata(locale: Locale, key: CalculatorKey): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Calculators' });
  return pageMetadata({ locale, path: CALCULATOR_PATHS[key], title: t(`${key}.title`), description: t(`${key}.description`) });
}

export async function CalculatorPage({ locale, calculator, children, after }: { locale: Locale; calculator: CalculatorKey; children: ReactNode; after?: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Calculators' });
  const all = ((await getMessages()) as { Calculators: Record<string, ClientMessages> }).Calculators;
  const messages: ClientMessages = { Calculators: { common: all.common!, [calculator]: all[calculator]! } };
  return (
    // data-calculator: the print stylesheet keeps only the page's own content (app/globals.css).
    <div data-calculator="">
      <p className="mb-2 print:hidden">
        <Link href="/calculators">{t('title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t(`${calculator}.title`)}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t(`${calculator}.lead`)}</p>
      <p className="mt-3 mb-8 max-w-3xl border-l-4 border-brand-700 pl-3 print:hidden">{t('trialNote')}</p>
      <ClientStringsProvider locale={locale} messages={messages}>
        {children}
      </ClientStringsProvider>
      {after}
    </div>
  );
}
