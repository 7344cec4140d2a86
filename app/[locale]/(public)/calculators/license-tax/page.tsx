import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { CalculatorPage, calculatorMetadata } from '@/components/calculators/calculator-page';
import { LicenseTaxForm } from '@/components/calculators/license-tax-form';
import { licenseTaxDefaults } from '@/lib/calculators/license-tax-form';
import type { Locale } from '@/lib/i18n/routing';
import { todayInTaipei } from '@/lib/taiwan';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return calculatorMetadata((await params).locale as Locale, 'licenseTax');
}

export default async function LicenseTaxPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  // The page is built once; the default tax year is the build's year, and anyone can change it.
  return (
    <CalculatorPage locale={locale} calculator="licenseTax">
      <LicenseTaxForm defaults={licenseTaxDefaults(todayInTaipei())} />
    </CalculatorPage>
  );
}
