import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CalculatorPage, calculatorMetadata } from '@/components/calculators/calculator-page';
import { IncomeTaxForm } from '@/components/calculators/income-tax-form';
import { incomeTaxDefaults } from '@/lib/calculators/income-tax-form';
import type { Locale } from '@/lib/i18n/routing';
import { isProvisionalIncomeYear, SUPPORTED_INCOME_YEARS } from '@/lib/tax';
import { gregorianYearOf, todayInTaipei } from '@/lib/taiwan';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return calculatorMetadata((await params).locale as Locale, 'incomeTax');
}

export default async function IncomeTaxPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Calculators.incomeTax' });
  const years = [...SUPPORTED_INCOME_YEARS].reverse().map((roc) => {
    const filed = String(gregorianYearOf(roc) + 1);
    return { value: String(roc), rocYear: roc, note: isProvisionalIncomeYear(roc) ? t('provisionalNote') : t('filedNote', { filed, filedRoc: String(roc + 1) }) };
  });
  return (
    <CalculatorPage locale={locale} calculator="incomeTax" after={<p className="mt-8 max-w-3xl text-muted">{t('notModelled')}</p>}>
      <IncomeTaxForm defaults={incomeTaxDefaults(todayInTaipei())} years={years} />
    </CalculatorPage>
  );
}
