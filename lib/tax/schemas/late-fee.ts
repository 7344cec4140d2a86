/** Input of the late-payment calculator (and of POST /api/v1/calculators/late-fee). */
import { z } from 'zod';
import { todayInTaipei } from '../../taiwan';
import { lateFeeTimeline, missingInterestYears } from '../late-fee-timeline';
import { isoDate, ntdAmount, requiredOr } from './common';
import { TAX_TYPES } from '../late-fee-tax-types';

/** National and local taxes both fall under 稅捐稽徵法 §20; customs duty has its own regime. */
export const TAX_KINDS = ['national-tax', 'local-tax', 'customs-duty'] as const;
export type TaxKind = (typeof TAX_KINDS)[number];

export const lateFeeInputSchema = z
  .object({
    /**
     * Which tax (income, business, house …): picks the statute the steps cite and, for customs,
     * the regime. Optional: without it the general rule of 稅捐稽徵法 applies (or `taxKind`'s).
     */
    taxType: z.enum(TAX_TYPES, requiredOr('tax_type_unknown')).optional(),
    taxKind: z.enum(TAX_KINDS, requiredOr('tax_kind_unknown')).optional(),
    amount: ntdAmount,
    /** The deadline printed on the bill; the calculator moves it past weekends and closed days. */
    deadline: isoDate,
    /** Defaults to today in Taiwan. */
    paidOn: isoDate.default(() => todayInTaipei()),
    /** Extra non-working days to skip (a typhoon closure, a holiday the table lacks). */
    closedDays: z.array(isoDate, requiredOr('closed_days_invalid')).max(60, 'closed_days_invalid').default([]),
  }, requiredOr('field_invalid'))
  .superRefine((input, ctx) => {
    if (input.taxType === 'customs' || (input.taxType === undefined && input.taxKind === 'customs-duty')) return;
    const [year] = missingInterestYears(lateFeeTimeline(input.deadline, input.paidOn, input.closedDays));
    if (year !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['paidOn'], message: 'interest_rate_year_not_supported', params: { year } });
    }
  });

/** What callers send (amount may be text, defaults may be left out). */
export type LateFeeInput = z.input<typeof lateFeeInputSchema>;
/** What the calculator works on, defaults filled in. */
export type LateFeeParsedInput = z.output<typeof lateFeeInputSchema>;
