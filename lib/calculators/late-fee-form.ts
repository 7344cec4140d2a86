/** The late-payment calculator's form: fields, defaults, and the mapping to `calculateLateFee`. */
import { calculateLateFee, type LateFeeInput, type LateFeeResult, type TaxLocale } from '@/lib/tax';
import { normaliseDate, splitList, textOrUndefined, type FormValues } from './form-values';
import { runCalculator, type Mapped, type Outcome } from './outcome';

// The fields alone (no calculator) are what the browser loads with the page.
export { LATE_FEE_FIELDS, acceptsLateFeeField, lateFeeDefaults, lateFeeShareValues } from './late-fee-fields';

export function lateFeeInput(values: FormValues): Mapped<LateFeeInput> {
  const date = (name: string) => {
    const text = textOrUndefined(values[name]);
    return text === undefined ? undefined : normaliseDate(text);
  };
  const input = {
    // An older link's taxKind wins over the blank form's 'general': it was the user's choice.
    taxType: textOrUndefined(values.taxKind) && textOrUndefined(values.taxType) === 'general' ? undefined : textOrUndefined(values.taxType),
    taxKind: textOrUndefined(values.taxKind),
    amount: textOrUndefined(values.amount),
    deadline: date('deadline'),
    // Blank means today in Taiwan (the schema's default).
    paidOn: date('paidOn'),
    closedDays: splitList(values.closedDays ?? '').map(normaliseDate),
  } as LateFeeInput;
  // 'closedDays.2' → the one closed-days field.
  return { input, fieldFor: (path) => String(path[0]) };
}

export function runLateFee(values: FormValues, locale: TaxLocale): Outcome<LateFeeResult> {
  return runCalculator(values, locale, lateFeeInput, calculateLateFee);
}
