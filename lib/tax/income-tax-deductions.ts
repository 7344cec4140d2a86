/**
 * Exemptions and deductions of one return (所得稅法 §17) and the basic-living-expense difference
 * (納稅者權利保護法 §4), each from the year's data row. Nothing here borrows another year's figure:
 * the schema refuses inputs that need a figure the year lacks.
 */
import type { BasicLivingItem, IncomeTaxYear } from './data/income-tax-years';
import type { HouseholdMember, IncomeTaxParsedInput } from './schemas/income-tax';

export type SpecialDeductions = Readonly<{
  /** Per member, in the order taxpayer, spouse, dependants: min(salary, salary deduction). */
  salaryPerMember: readonly number[];
  salary: number;
  disability: number;
  savings: number;
  tuition: number;
  preschool: number;
  longTermCare: number;
  rent: number;
  total: number;
}>;

export type BasicLiving = Readonly<{ perPerson: number; persons: number; total: number; compared: number; difference: number }>;

/**
 * Long-term care and rent deductions claimed but not allowed: 所得稅法 §17 excludes them when the
 * tax, after deducting them, is at the 20% rate or above (data/domain addenda §E, [1S] + statute).
 */
export type ExcludedDeductions = Readonly<{ longTermCare: number; rent: number }>;

export type HouseholdDeductions = Readonly<{
  members: readonly HouseholdMember[];
  totalIncome: number;
  salaryIncome: number;
  interestIncome: number;
  dividendIncome: number;
  /** Everything else: the members' other income (which may include older-API savings interest). */
  otherIncome: number;
  excluded: ExcludedDeductions | null;
  /** Per member, same order as `members`. */
  exemptionPerMember: readonly number[];
  exemptions: number;
  agedCount: number;
  /** `choice` is what the filer asked for; `method` what was used. */
  general: Readonly<{ choice: 'auto' | 'standard' | 'itemised'; method: 'standard' | 'itemised'; amount: number; standard: number; itemised: number }>;
  special: SpecialDeductions;
  /** Null when the year's basic living expense is not announced (the result is then provisional). */
  basicLiving: BasicLiving | null;
}>;

export function householdMembers(input: IncomeTaxParsedInput): HouseholdMember[] {
  return [input.taxpayer, ...(input.spouse ? [input.spouse] : []), ...input.dependants];
}

export function householdDeductions(year: IncomeTaxYear, input: IncomeTaxParsedInput, excludeRateTested = false): HouseholdDeductions {
  const members = householdMembers(input);
  const salaryIncome = members.reduce((sum, m) => sum + m.salary, 0);
  const interestIncome = members.reduce((sum, m) => sum + m.interest, 0);
  const dividendIncome = members.reduce((sum, m) => sum + m.dividends, 0);
  const otherIncome = members.reduce((sum, m) => sum + m.otherIncome, 0);
  const exemptionPerMember = members.map((m) => (m.age70Plus ? year.exemption70Plus.value : year.exemption.value));
  const exemptions = exemptionPerMember.reduce((a, b) => a + b, 0);

  const standard = input.filingStatus === 'married' ? year.standardDeduction.value.married : year.standardDeduction.value.single;
  const itemised = input.itemisedDeductions;
  const useItemised = input.deduction === 'itemised' || (input.deduction === 'auto' && itemised > standard);
  const general = { choice: input.deduction, method: useItemised ? ('itemised' as const) : ('standard' as const), amount: useItemised ? itemised : standard, standard, itemised };

  const claimed = specialDeductions(year, input, members, interestIncome);
  const excluded = excludeRateTested && claimed.longTermCare + claimed.rent > 0 ? { longTermCare: claimed.longTermCare, rent: claimed.rent } : null;
  const special = excluded
    ? { ...claimed, longTermCare: 0, rent: 0, total: claimed.total - claimed.longTermCare - claimed.rent }
    : claimed;
  const items: Record<BasicLivingItem, number> = {
    exemptions,
    general: general.amount,
    savings: special.savings,
    disability: special.disability,
    tuition: special.tuition,
    preschool: special.preschool,
    longTermCare: special.longTermCare,
    rent: special.rent,
  };
  const basicLiving = year.basicLivingExpense
    ? basicLivingDifference(year.basicLivingExpense.value, members.length, year.basicLivingComparison.value.reduce((sum, item) => sum + items[item], 0))
    : null;

  return {
    members,
    totalIncome: salaryIncome + interestIncome + dividendIncome + otherIncome,
    salaryIncome,
    interestIncome,
    dividendIncome,
    otherIncome,
    excluded,
    exemptionPerMember,
    exemptions,
    agedCount: members.filter((m) => m.age70Plus).length,
    general,
    special,
    basicLiving,
  };
}

function specialDeductions(year: IncomeTaxYear, input: IncomeTaxParsedInput, members: readonly HouseholdMember[], interest: number): SpecialDeductions {
  const salaryPerMember = members.map((m) => Math.min(m.salary, year.salaryDeduction.value));
  const salary = salaryPerMember.reduce((a, b) => a + b, 0);
  const disability = members.filter((m) => m.disabled).length * (year.disabilityDeduction?.value ?? 0);
  // Derived from the interest typed once per person (plus the older API field), never typed again.
  const savings = Math.min(interest + input.savingsInterest, year.savingsDeduction?.value ?? 0);
  const perStudent = year.tuitionDeductionPerStudent?.value ?? 0;
  const tuition = input.tuitionPerStudent.reduce((sum, paid) => sum + Math.min(paid, perStudent), 0);
  const preschoolRow = year.preschoolDeduction?.value;
  // No income limit from income year 113 (MOF; data/domain addenda §E, V2): a filer at 40% deducts it too.
  const preschool = preschoolRow && input.preschoolChildren > 0 ? preschoolRow.first + (input.preschoolChildren - 1) * preschoolRow.secondAndLater : 0;
  const longTermCare = input.longTermCarePersons * (year.longTermCareDeduction?.value ?? 0);
  const rent = Math.min(input.rentPaid, year.rentDeduction?.value ?? 0);
  const total = salary + disability + savings + tuition + preschool + longTermCare + rent;
  return { salaryPerMember, salary, disability, savings, tuition, preschool, longTermCare, rent, total };
}

/** Basic living expense × persons, less the items it is compared with; never negative. */
export function basicLivingDifference(perPerson: number, persons: number, compared: number): BasicLiving {
  const total = perPerson * persons;
  return { perPerson, persons, total, compared, difference: Math.max(0, total - compared) };
}
