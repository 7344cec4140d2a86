/**
 * The ways 所得稅法 §15 ¶2 lets a couple compute the tax, as far as this calculator models them:
 *  1. everything combined (各類所得合併計算);
 *  2. the taxpayer's or the spouse's salary computed separately (薪資所得分開計算): that part may
 *     deduct only that person's exemption and salary deduction; every other exemption and
 *     deduction, and the basic-living-expense difference, go against the rest of the income.
 * The filer may choose; the calculator shows each and takes the lowest. The third option
 * (each kind of income separately, 各類所得分開計算) needs per-person savings and property-loss
 * figures and is not modelled.
 */
import type { Bracket } from './data/income-tax-years';
import { bracketTax, type BracketTax } from './income-tax-brackets';
import type { HouseholdDeductions } from './income-tax-deductions';

export type IncomeTaxMethod = 'combined' | 'salary-separate-taxpayer' | 'salary-separate-spouse';

export type IncomeTaxPart = BracketTax & Readonly<{ id: 'all' | 'separate-salary' | 'rest' }>;

export type IncomeTaxComputation = Readonly<{ method: IncomeTaxMethod; parts: readonly IncomeTaxPart[]; tax: number }>;

/** Net taxable income when everything is combined. */
export function combinedNet(d: HouseholdDeductions): number {
  return d.totalIncome - d.exemptions - d.general.amount - d.special.total - (d.basicLiving?.difference ?? 0);
}

export function combinedComputation(d: HouseholdDeductions, brackets: readonly Bracket[]): IncomeTaxComputation {
  const all = { id: 'all' as const, ...bracketTax(brackets, combinedNet(d)) };
  return { method: 'combined', parts: [all], tax: all.tax };
}

/** Member 0 is the taxpayer, member 1 the spouse. */
export function salarySeparateComputation(d: HouseholdDeductions, brackets: readonly Bracket[], member: 0 | 1): IncomeTaxComputation {
  const person = d.members[member];
  const ownExemption = d.exemptionPerMember[member] ?? 0;
  const ownSalaryDeduction = d.special.salaryPerMember[member] ?? 0;
  if (!person) throw new RangeError('No such household member');
  const separate = { id: 'separate-salary' as const, ...bracketTax(brackets, person.salary - ownExemption - ownSalaryDeduction) };
  const restNet =
    d.totalIncome -
    person.salary -
    (d.exemptions - ownExemption) -
    d.general.amount -
    (d.special.total - ownSalaryDeduction) -
    (d.basicLiving?.difference ?? 0);
  const rest = { id: 'rest' as const, ...bracketTax(brackets, restNet) };
  return {
    method: member === 0 ? 'salary-separate-taxpayer' : 'salary-separate-spouse',
    parts: [separate, rest],
    tax: separate.tax + rest.tax,
  };
}

/** Every computation the return allows: combined, plus a salary-separate one per earning spouse. */
export function allComputations(d: HouseholdDeductions, brackets: readonly Bracket[], married: boolean): IncomeTaxComputation[] {
  const list = [combinedComputation(d, brackets)];
  if (married) {
    for (const member of [0, 1] as const) {
      if ((d.members[member]?.salary ?? 0) > 0) list.push(salarySeparateComputation(d, brackets, member));
    }
  }
  return list;
}

/** The lowest tax; on a tie the simpler computation (listed first) wins. */
export function lowest(computations: readonly IncomeTaxComputation[]): IncomeTaxComputation {
  return computations.reduce((best, c) => (c.tax < best.tax ? c : best));
}
