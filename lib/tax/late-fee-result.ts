/** The late-payment calculator's result shape, shared by both regimes. */
import type { InterestPeriod } from './late-fee-interest';
import type { TaxKind } from './schemas/late-fee';
import type { TaxType } from './late-fee-tax-types';
import type { Step, TaxWarning } from './types';

export type LateFeeRegime = 'tax-collection-act' | 'customs';
export type LateFeeRuleId = 'art20-2022' | 'art20-old' | 'customs-daily';

export type LateFeeResult = Readonly<{
  regime: LateFeeRegime;
  ruleId: LateFeeRuleId;
  /** The tax the bill is for ('general' when not given): decides the statute cited. */
  taxType: TaxType;
  taxKind: TaxKind;
  amount: number;
  deadline: string;
  /** The deadline after moving past weekends, holidays in the table and given closed days. */
  deadlineAdjusted: string;
  paidOn: string;
  daysLate: number;
  /** Surcharge as a fraction of the tax (0.03 = 3%). */
  surchargeRate: number;
  /** The cap as a fraction (customs: 0.015, single-source). */
  surchargeCap: number;
  surcharge: number;
  surchargePeriod: Readonly<{ from: string; to: string }>;
  /** First interest day (the day after the surcharge period); null for customs. */
  interestFrom: string | null;
  interestDays: number;
  interest: number;
  interestPeriods: readonly InterestPeriod[];
  /** Tax + surcharge + interest. */
  total: number;
  /** Referred for compulsory enforcement once the 30-day period has passed unpaid. */
  referral: Readonly<{ referred: boolean; date: string }>;
  warnings: readonly TaxWarning[];
  steps: readonly Step[];
}>;
