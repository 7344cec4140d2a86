/**
 * From the income records (所得資料) to the income-tax calculator's input: salary (format 50) as
 * salary, interest (5A) as interest, everything else as other income, and the tax withheld. The
 * seeder files the demo returns with it and /me/tax/data prefills the calculator with it, so the
 * two always agree. Relative imports: the seeder runs outside Next.
 */
import type { IncomeTaxInput } from '../tax';

export type IncomeRecordLike = { code: string; amount: number; withheld: number };

export function incomeTaxInputFromRecords(records: readonly IncomeRecordLike[], incomeYearRoc: number) {
  const sum = (pred: (r: IncomeRecordLike) => boolean) => records.filter(pred).reduce((acc, r) => acc + r.amount, 0);
  return {
    incomeYear: incomeYearRoc,
    filingStatus: 'single' as const,
    taxpayer: { salary: sum((r) => r.code === '50'), interest: sum((r) => r.code === '5A'), otherIncome: sum((r) => r.code !== '50' && r.code !== '5A') },
    withheld: records.reduce((acc, r) => acc + r.withheld, 0),
  } satisfies IncomeTaxInput;
}

/** The same figures as the income-tax calculator form's URL fields (lib/calculators/income-tax-form.ts). */
export function incomeTaxFormValues(records: readonly IncomeRecordLike[], incomeYearRoc: number): Record<string, string> {
  const input = incomeTaxInputFromRecords(records, incomeYearRoc);
  return {
    incomeYear: String(input.incomeYear),
    filingStatus: input.filingStatus,
    'taxpayer.salary': String(input.taxpayer.salary),
    'taxpayer.interest': String(input.taxpayer.interest),
    'taxpayer.otherIncome': String(input.taxpayer.otherIncome),
    withheld: String(input.withheld),
  };
}
