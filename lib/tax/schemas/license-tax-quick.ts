/**
 * The licence-tax input as licenseTaxInputSchema parses it, without zod, for the common body: an
 * engine vehicle with JSON numbers for the year and the displacement, taxed for the whole year.
 * Anything else (electric, registration dates, text numbers, a missing or wrong field) is left to
 * the schema, which decides and words the errors (undefined). A property test holds this to the
 * schema (tests/unit/tax-license-quick-input.test.ts); issue 17.
 */
import {
  POWER_UNITS,
  VEHICLE_KINDS,
  type LicenseTaxParsedInput,
  type PowerUnit,
  type VehicleKind,
} from './license-tax';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const wholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** What licenseTaxInputSchema.parse(json) returns, or undefined to let the schema decide. */
export function quickLicenseTaxInput(json: unknown): LicenseTaxParsedInput | undefined {
  if (!isPlainObject(json)) return undefined;
  const { taxYear, vehicleKind, propulsion, cc, motorPower, powerUnit, registeredOn, deregisteredOn } = json;
  if (!wholeIn(taxYear, 2000, 2100) || !VEHICLE_KINDS.includes(vehicleKind as VehicleKind)) return undefined;
  if ((propulsion !== undefined && propulsion !== 'engine') || !wholeIn(cc, 1, 100_000)) return undefined;
  if (motorPower !== undefined || registeredOn !== undefined || deregisteredOn !== undefined) return undefined;
  if (powerUnit !== undefined && !POWER_UNITS.includes(powerUnit as PowerUnit)) return undefined;
  // The schema's key order, defaults filled.
  return { taxYear, vehicleKind: vehicleKind as VehicleKind, propulsion: 'engine', cc, powerUnit: (powerUnit as PowerUnit | undefined) ?? 'hp' };
}
