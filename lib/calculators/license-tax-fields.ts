/**
 * The vehicle licence tax form's fields, without the calculator: what the form in the browser
 * needs before anyone types (license-tax-form.ts adds the mapping to `calculateLicenseTax`).
 */

export const LICENSE_TAX_FIELDS = ['taxYear', 'vehicleKind', 'propulsion', 'cc', 'motorPower', 'powerUnit', 'registeredOn', 'deregisteredOn'] as const;

export function acceptsLicenseTaxField(name: string): boolean {
  return (LICENSE_TAX_FIELDS as readonly string[]).includes(name);
}
