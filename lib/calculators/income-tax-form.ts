/**
 * The income tax calculator's form. Each person is a group of fields ('taxpayer.salary',
 * 'spouse.age70Plus', 'dependants.2.tuition'); the household counts the calculator needs
 * (preschool children, people in long-term care, tuition per student) are ticked per person,
 * which is how a filer knows them. A dependant row counts once its relationship is chosen or
 * anything is typed in it; blank rows are ignored, so a form without JavaScript can offer a
 * fixed number of rows.
 */
import {
  calculateIncomeTax,
  DEDUCTION_METHODS,
  FILING_STATUSES,
  SUPPORTED_INCOME_YEARS,
  type IncomeTaxInput,
  type IncomeTaxResult,
  type TaxLocale,
} from '@/lib/tax';
import { isChecked, textOrUndefined, type FormValues } from './form-values';
import { runCalculator, type Mapped, type Outcome } from './outcome';
import { rocYearOf } from '@/lib/taiwan';

// The fields and dependant rows alone (no calculator) are what the browser loads with the page.
export * from './income-tax-fields';
import { appliesTo, countedDependantRows, dependantField, PERSON_FIELDS, type DependantField } from './income-tax-fields';

export function defaultIncomeYear(today: string): number {
  const latestFiled = rocYearOf(Number(today.slice(0, 4)) - 1);
  const due = SUPPORTED_INCOME_YEARS.filter((year) => year <= latestFiled);
  return due.at(-1) ?? SUPPORTED_INCOME_YEARS[0] ?? latestFiled;
}

export function incomeTaxDefaults(today: string): FormValues {
  return {
    incomeYear: String(defaultIncomeYear(today)),
    filingStatus: FILING_STATUSES[0],
    ...Object.fromEntries(PERSON_FIELDS.map((field) => [`taxpayer.${field}`, ''])),
    deduction: DEDUCTION_METHODS[0],
    itemisedDeductions: '',
    rentPaid: '',
    withheld: '',
    prepaid: '',
  };
}

export function incomeTaxInput(values: FormValues): Mapped<IncomeTaxInput> {
  const amount = (name: string) => textOrUndefined(values[name]);
  const person = (prefix: string, relation?: string) => ({
    salary: amount(`${prefix}.salary`),
    interest: amount(`${prefix}.interest`),
    dividends: amount(`${prefix}.dividends`),
    otherIncome: amount(`${prefix}.otherIncome`),
    age70Plus: isChecked(values[`${prefix}.age70Plus`]) && appliesTo(relation, 'age70Plus'),
    disabled: isChecked(values[`${prefix}.disabled`]),
  });
  const married = values.filingStatus === 'married';
  const rows = countedDependantRows(values);
  const relationOf = (row: number) => values[dependantField(row, 'relation')];
  // A tick or an amount that does not fit the relationship (tuition for a parent) does not count.
  const applies = (row: number, field: DependantField) => appliesTo(relationOf(row), field);
  const students = rows.filter((row) => applies(row, 'tuition') && amount(dependantField(row, 'tuition')) !== undefined);
  const ticked = (name: string) => isChecked(values[name]);
  const careFields = [
    'taxpayer.longTermCare',
    ...(married ? ['spouse.longTermCare'] : []),
    ...rows.map((row) => dependantField(row, 'longTermCare')),
  ].filter(ticked);
  const preschoolFields = rows.filter((row) => applies(row, 'preschool')).map((row) => dependantField(row, 'preschool')).filter(ticked);

  const input = {
    incomeYear: textOrUndefined(values.incomeYear),
    filingStatus: textOrUndefined(values.filingStatus),
    taxpayer: person('taxpayer'),
    ...(married ? { spouse: person('spouse') } : {}),
    dependants: rows.map((row) => person(`dependants.${row}`, relationOf(row))),
    deduction: textOrUndefined(values.deduction),
    itemisedDeductions: amount('itemisedDeductions'),
    tuitionPerStudent: students.map((row) => amount(dependantField(row, 'tuition'))),
    preschoolChildren: preschoolFields.length,
    longTermCarePersons: careFields.length,
    rentPaid: amount('rentPaid'),
    withheld: amount('withheld'),
    prepaid: amount('prepaid'),
  } as IncomeTaxInput;

  const fieldFor = (path: readonly PropertyKey[]): string => {
    const [head, index, field] = path.map(String);
    if (head === 'dependants' && index !== undefined) {
      const row = rows[Number(index)];
      return row === undefined ? 'form' : field ? dependantField(row, field as DependantField) : dependantField(row, 'salary');
    }
    if (head === 'taxpayer' || head === 'spouse') return `${head}.${field ?? index ?? 'salary'}`;
    if (head === 'tuitionPerStudent') {
      const row = students[Number(index ?? 0)] ?? students[0];
      return row === undefined ? 'form' : dependantField(row, 'tuition');
    }
    if (head === 'preschoolChildren') return preschoolFields[0] ?? 'form';
    if (head === 'longTermCarePersons') return careFields[0] ?? 'form';
    return head ?? 'form';
  };
  return { input, fieldFor };
}

export function runIncomeTax(values: FormValues, locale: TaxLocale): Outcome<IncomeTaxResult> {
  return runCalculator(values, locale, incomeTaxInput, calculateIncomeTax);
}
