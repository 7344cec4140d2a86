/**
 * The calculators' input schemas, shared by the forms, the server actions and the APIs. Issue
 * messages are codes from messages.ts (e.g. 'amount_negative'); some carry params ({ year }).
 */
export { isoDate, MAX_AMOUNT, ntdAmount, wholeCount } from './schemas/common';
export { lateFeeInputSchema, TAX_KINDS, type LateFeeInput, type LateFeeParsedInput, type TaxKind } from './schemas/late-fee';
export {
  licenseTaxInputSchema,
  POWER_UNITS,
  PROPULSIONS,
  VEHICLE_KINDS,
  type LicenseTaxInput,
  type LicenseTaxParsedInput,
  type PowerUnit,
  type Propulsion,
  type VehicleKind,
} from './schemas/license-tax';
export {
  DEDUCTION_METHODS,
  FILING_STATUSES,
  householdMemberSchema,
  incomeTaxInputSchema,
  type DeductionMethod,
  type FilingStatus,
  type HouseholdMember,
  type IncomeTaxInput,
  type IncomeTaxParsedInput,
} from './schemas/income-tax';
