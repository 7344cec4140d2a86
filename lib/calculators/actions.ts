'use server';
/**
 * The calculator forms without JavaScript: a plain form post runs the same mapping and the same
 * calculator as the live form in the browser, and the page shows the outcome. Calculators read
 * and store nothing, so there is no session or permission to check; this is why they do not go
 * through validatedAction, whose messages come from next-intl while the calculators' messages
 * (with their {year} and {figure} params) come from lib/tax in both languages.
 */
import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/routing';
import type { IncomeTaxResult, LateFeeResult, LicenseTaxResult } from '@/lib/tax';
import { valuesFromForm, type FormValues } from './form-values';
import { acceptsIncomeTaxField, runIncomeTax } from './income-tax-form';
import { acceptsLateFeeField, runLateFee } from './late-fee-form';
import { acceptsLicenseTaxField, runLicenseTax } from './license-tax-form';
import type { Outcome } from './outcome';

async function run<R>(
  formData: FormData,
  accepts: (name: string) => boolean,
  calculate: (values: FormValues, locale: Locale) => Outcome<R>,
): Promise<Outcome<R>> {
  const rawLocale = formData.get('locale');
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const values = valuesFromForm(formData.entries(), accepts);
  try {
    return calculate(values, locale);
  } catch (error) {
    console.error('[calculators] action failed:', (error as Error)?.name, (error as Error)?.message);
    const t = await getTranslations({ locale, namespace: 'Errors' });
    return { values, message: t('errorBody') };
  }
}

export async function lateFeeAction(_previous: Outcome<LateFeeResult>, formData: FormData): Promise<Outcome<LateFeeResult>> {
  return run(formData, acceptsLateFeeField, runLateFee);
}

export async function licenseTaxAction(_previous: Outcome<LicenseTaxResult>, formData: FormData): Promise<Outcome<LicenseTaxResult>> {
  return run(formData, acceptsLicenseTaxField, runLicenseTax);
}

export async function incomeTaxAction(_previous: Outcome<IncomeTaxResult>, formData: FormData): Promise<Outcome<IncomeTaxResult>> {
  return run(formData, acceptsIncomeTaxField, runIncomeTax);
}
