/** How the passbook names a bill: the ROC year on Chinese pages, the Gregorian year in English. */
import type { Locale } from '@/lib/i18n/routing';
import { rocYearOf } from '@/lib/taiwan';
import type { TaxBillDto } from '@/lib/tax-bills/dto';

type T = (key: string, values?: Record<string, string | number>) => string;

export function billTitle(bill: Pick<TaxBillDto, 'taxType' | 'taxYear'>, t: T, locale: Locale): string {
  const values = { tax: t(`taxNames.${bill.taxType}`), year: yearValue(bill.taxYear, locale) };
  return t(bill.taxType === 'income' ? 'incomeBillHeading' : 'billHeading', values);
}

export const yearText = (year: number, locale: Locale) => (locale === 'en' ? String(year) : `${rocYearOf(year)}年`);

/** The year a message's {year} shows: the ROC year on Chinese pages, the Gregorian year in English. */
export const yearValue = (year: number, locale: Locale) => (locale === 'en' ? year : rocYearOf(year));
