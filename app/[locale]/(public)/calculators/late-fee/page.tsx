import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { CalculatorPage, calculatorMetadata } from '@/components/calculators/calculator-page';
import { LateFeeForm } from '@/components/calculators/late-fee-form';
import { lateFeeDefaults } from '@/lib/calculators/late-fee-form';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return calculatorMetadata((await params).locale as Locale, 'lateFee');
}

export default async function LateFeePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return (
    <CalculatorPage locale={locale} calculator="lateFee">
      <LateFeeForm defaults={lateFeeDefaults()} />
    </CalculatorPage>
  );
}
