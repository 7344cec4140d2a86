/**
 * Tax trial calculators: pure functions, no framework imports, the same in the browser, on the
 * edge and on the server. Each returns its result with the steps and their legal basis.
 * Figures live in ./data, one row per figure with its source, valid-from date and confidence.
 */
export { calculateLateFee, type InterestPeriod, type LateFeeRegime, type LateFeeResult, type LateFeeRuleId } from './late-fee';
export { TAX_TYPES, type TaxType } from './late-fee-tax-types';
export { calculateLicenseTax, type LicenseTaxResult } from './license-tax';
export { calculateIncomeTax, isProvisionalIncomeYear, type IncomeTaxComputation, type IncomeTaxMethod, type IncomeTaxResult } from './income-tax';
export * from './schemas';
export { TAX_MESSAGES, isTaxMessageCode, localizedMessage, taxMessage, type TaxMessageCode } from './messages';
export { TaxInputError } from './errors';
export { issueParams, taxFieldErrors } from './issues';
export { SUPPORTED_INCOME_YEARS } from './data/income-tax-years';
export type { Confidence, LegalBasis, LocalizedText, Sourced, Step, TaxLocale, TaxWarning } from './types';
export { needsCaveat } from './types';
