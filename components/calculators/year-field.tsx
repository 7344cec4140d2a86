/**
 * The one year field of the calculators: a choice of years, each read as ROC year with the
 * Gregorian year beside it (「民國115年（2026年）」 / '2026 (ROC 115)'), whatever year the
 * calculator itself takes. The value sent is the calculator's own (ROC for income tax,
 * Gregorian for the licence tax), so the schemas and the API stay as they are.
 */
import { SelectField } from '@/components/ui/select-field';
import type { Locale } from '@/lib/i18n/routing';
import { gregorianYearOf, rocYearOf } from '@/lib/taiwan/roc';

export type YearOption = Readonly<{ value: string; rocYear: number; note?: string }>;

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  locale: Locale;
  years: readonly YearOption[];
  onChange: React.ChangeEventHandler<HTMLSelectElement>;
  onBlur?: React.FocusEventHandler<HTMLSelectElement>;
};

export function yearLabel(rocYear: number, locale: Locale, note?: string): string {
  const year = gregorianYearOf(rocYear);
  const base = locale === 'en' ? `${year} (ROC ${rocYear})` : `民國${rocYear}年（${year}年）`;
  return note ? `${base}${locale === 'en' ? ', ' : '，'}${note}` : base;
}

/** Gregorian years from `from` to `to` as options whose value is the Gregorian year. */
export function gregorianYearOptions(from: number, to: number): YearOption[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(to - i), rocYear: rocYearOf(to - i) }));
}

export function YearField({ years, locale, value, ...rest }: Props) {
  // A year from a link outside the list is kept as an option, so the field shows what is used.
  const known = years.some((y) => y.value === value) || value.trim() === '';
  const options = [
    ...(known ? [] : [{ value, label: value }]),
    ...years.map((y) => ({ value: y.value, label: yearLabel(y.rocYear, locale, y.note) })),
  ];
  return <SelectField {...rest} value={value} options={options} />;
}
