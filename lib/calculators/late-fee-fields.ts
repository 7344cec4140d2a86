/**
 * The late-payment form's fields, without the calculator: what the form in the browser needs
 * before anyone types (late-fee-form.ts adds the mapping to `calculateLateFee`, loaded lazily).
 */
import type { LateFeeResult } from '@/lib/tax/late-fee-result';
import { textOrUndefined, type FormValues } from './form-values';

/** 'taxKind' is the older field (national / local / customs); links that carry it still work. */
export const LATE_FEE_FIELDS = ['taxType', 'taxKind', 'amount', 'deadline', 'paidOn', 'closedDays'] as const;

export function acceptsLateFeeField(name: string): boolean {
  return (LATE_FEE_FIELDS as readonly string[]).includes(name);
}

export function lateFeeDefaults(): FormValues {
  return { taxType: 'general', amount: '', deadline: '', paidOn: '', closedDays: '' };
}

/** The values a shared link carries: a blank payment date becomes the date it was worked out for. */
export function lateFeeShareValues(values: FormValues, result: LateFeeResult): FormValues {
  return textOrUndefined(values.paidOn) === undefined ? { ...values, paidOn: result.paidOn } : values;
}
