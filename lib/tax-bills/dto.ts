/** What pages and the JSON API get for a bill: never a row. */
import type { BillStatus, BillTaxType } from './rules';

export type BillEventDto = { kind: 'payment' | 'refund'; at: string; amount: number; channel: string; reference: string };

export type LateFeeDto = {
  /** The day the figures are for (today, or the day the citizen picked). */
  paidOn: string;
  /** The due date moved past closed office days. */
  deadlineAdjusted: string;
  daysLate: number;
  surchargePercent: number;
  surcharge: number;
  interest: number;
  interestDays: number;
  total: number;
  surchargePeriodTo: string;
  referred: boolean;
  referralDate: string;
};

export type TaxBillDto = {
  id: string;
  taxType: BillTaxType;
  direction: 'payable' | 'refund';
  /** Gregorian year; pages show the ROC year on Chinese pages. */
  taxYear: number;
  office: { code: string; name: string; nameEn: string };
  principal: number;
  dueDate: string;
  subject: string;
  subjectEn: string;
  vehicle: { kind: string; cc: number } | null;
  returnId: string | null;
  status: BillStatus;
  /** Today's late fee (overdue or in enforcement), else null. */
  lateFee: LateFeeDto | null;
  /** What paying today costs: principal + today's late fee; 0 when paid or a refund. */
  amountDue: number;
  events: BillEventDto[];
  synthetic: boolean;
};

/** The shape h5's payment order works from (store.getPayableBill). */
export type PayableBill = { id: string; ownerId: string; amountDue: number; description: string; dueDate: string };
