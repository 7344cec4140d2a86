/** The vehicle licence tax calculator's form: fields, defaults, and the mapping to `calculateLicenseTax`. */
import { calculateLicenseTax, POWER_UNITS, PROPULSIONS, VEHICLE_KINDS, type LicenseTaxInput, type LicenseTaxResult, type TaxLocale } from '@/lib/tax';
import { normaliseDate, textOrUndefined, type FormValues } from './form-values';
import { runCalculator, type Mapped, type Outcome } from './outcome';

// The fields alone (no calculator) are what the browser loads with the page.
export { LICENSE_TAX_FIELDS, acceptsLicenseTaxField } from './license-tax-fields';

/** `today` (ISO) sets the tax year: the page is built once, so the caller decides what today is. */
export function licenseTaxDefaults(today: string): FormValues {
  return {
    taxYear: today.slice(0, 4),
    vehicleKind: VEHICLE_KINDS[0],
    propulsion: PROPULSIONS[0],
    cc: '',
    motorPower: '',
    powerUnit: POWER_UNITS[0],
    registeredOn: '',
    deregisteredOn: '',
  };
}

export function licenseTaxInput(values: FormValues): Mapped<LicenseTaxInput> {
  const date = (name: string) => {
    const text = textOrUndefined(values[name]);
    return text === undefined ? undefined : normaliseDate(text);
  };
  const propulsion = textOrUndefined(values.propulsion);
  // The form shows both the engine and the motor field (it must work without JavaScript);
  // only the one that fits the chosen propulsion is used.
  const electric = propulsion === 'electric';
  const input = {
    taxYear: textOrUndefined(values.taxYear),
    vehicleKind: textOrUndefined(values.vehicleKind),
    propulsion,
    cc: electric ? undefined : textOrUndefined(values.cc),
    motorPower: electric ? textOrUndefined(values.motorPower) : undefined,
    powerUnit: textOrUndefined(values.powerUnit),
    registeredOn: date('registeredOn'),
    deregisteredOn: date('deregisteredOn'),
  } as LicenseTaxInput;
  return { input, fieldFor: (path) => String(path[0]) };
}

export function runLicenseTax(values: FormValues, locale: TaxLocale): Outcome<LicenseTaxResult> {
  return runCalculator(values, locale, licenseTaxInput, calculateLicenseTax);
}
