/**
 * The income tax form's fields and dependant rows, without the calculator: what the form in the
 * browser needs before anyone types (income-tax-form.ts adds the defaults and the mapping to
 * `calculateIncomeTax`, loaded lazily).
 */
import { isChecked, type FormValues } from './form-values';

/** The schema's limit. */
export const MAX_DEPENDANTS = 20;
/** Dependant rows a form without JavaScript offers (blank ones are ignored). */
export const NO_SCRIPT_DEPENDANT_ROWS = 4;

export const HOUSEHOLD_FIELDS = ['incomeYear', 'filingStatus', 'deduction', 'itemisedDeductions', 'rentPaid', 'withheld', 'prepaid'] as const;
/** Fields of the taxpayer and the spouse. */
export const PERSON_FIELDS = ['salary', 'interest', 'dividends', 'otherIncome', 'age70Plus', 'disabled', 'longTermCare'] as const;
/** Fields of a dependant: the relationship, a person's fields, and the two only children have. */
export const DEPENDANT_FIELDS = ['relation', ...PERSON_FIELDS, 'preschool', 'tuition'] as const;
export type DependantField = (typeof DEPENDANT_FIELDS)[number];
/**
 * Not sent to the calculator: it says which ticks apply (70+ to lineal ascendants, preschool
 * and tuition to children) and makes a row with no income a dependant.
 */
export const RELATIONS = ['child', 'ascendant', 'sibling', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
export const CHECKBOX_FIELDS: ReadonlySet<string> = new Set(['age70Plus', 'disabled', 'longTermCare', 'preschool']);

const DEPENDANT_NAME = /^dependants\.(\d{1,2})\.([A-Za-z0-9]+)$/;

export function acceptsIncomeTaxField(name: string): boolean {
  if ((HOUSEHOLD_FIELDS as readonly string[]).includes(name)) return true;
  const [role, field] = name.split('.');
  if ((role === 'taxpayer' || role === 'spouse') && (PERSON_FIELDS as readonly string[]).includes(field ?? '') && name.split('.').length === 2) return true;
  const match = DEPENDANT_NAME.exec(name);
  return match !== null && Number(match[1]) < MAX_DEPENDANTS && (DEPENDANT_FIELDS as readonly string[]).includes(match[2] ?? '');
}

export const dependantField = (row: number, field: DependantField) => `dependants.${row}.${field}`;

/** The rows the values hold (a row exists once any of its fields is present, even blank), ascending. */
export function dependantRows(values: FormValues): number[] {
  const rows = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = DEPENDANT_NAME.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/** The rows that are dependants: blank rows (nothing chosen, typed or ticked) are not. */
export function countedDependantRows(values: FormValues): number[] {
  return dependantRows(values).filter((row) => !isBlankRow(values, row));
}

function isBlankRow(values: FormValues, row: number): boolean {
  return DEPENDANT_FIELDS.every((field) => (values[dependantField(row, field)] ?? '').trim() === '' || (CHECKBOX_FIELDS.has(field) && !isChecked(values[dependantField(row, field)])));
}

/** Values with a new dependant row (the lowest free row number; a child), or unchanged when full. */
export function addDependantRow(values: FormValues): FormValues {
  const used = new Set(dependantRows(values));
  if (used.size >= MAX_DEPENDANTS) return values;
  let row = 0;
  while (used.has(row)) row += 1;
  const blank = Object.fromEntries(DEPENDANT_FIELDS.map((field) => [dependantField(row, field), field === 'relation' ? 'child' : '']));
  return { ...values, ...blank };
}

/**
 * Whether a dependant's tick or field applies to the relationship: 70+ to lineal ascendants,
 * preschool and tuition to children (所得稅法 §17); everything when none is chosen.
 */
export function appliesTo(relation: string | undefined, field: DependantField): boolean {
  const chosen = (relation ?? '').trim();
  if (field === 'age70Plus') return chosen === '' || chosen === 'ascendant';
  if (field === 'preschool' || field === 'tuition') return chosen === '' || chosen === 'child';
  return true;
}

/** A new relationship for a row, clearing the ticks and fields that no longer apply. */
export function setRelation(values: FormValues, row: number, relation: string): FormValues {
  const next: Record<string, string> = { ...values, [dependantField(row, 'relation')]: relation };
  for (const field of DEPENDANT_FIELDS) {
    if (!appliesTo(relation, field)) next[dependantField(row, field)] = '';
  }
  return next;
}

export function removeDependantRow(values: FormValues, row: number): FormValues {
  const prefix = `dependants.${row}.`;
  return Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith(prefix)));
}
