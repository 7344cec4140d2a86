/** Input of the vehicle licence tax calculator (使用牌照稅試算). */
import { z } from 'zod';
import { yearOf } from '../../taiwan';
import { EV_EXEMPTION } from '../data/license-tax-rates';
import { integerIn, isoDate, positiveNumber, requiredOr } from './common';

/** The kinds the domain data has rates for; trucks, buses and others are not in the sources. */
export const VEHICLE_KINDS = ['private-car', 'commercial-car', 'motorcycle'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

export const PROPULSIONS = ['engine', 'electric'] as const;
export type Propulsion = (typeof PROPULSIONS)[number];

/** Electric motors are banded in horsepower (HP) or metric horsepower (PS). */
export const POWER_UNITS = ['hp', 'ps'] as const;
export type PowerUnit = (typeof POWER_UNITS)[number];

export const licenseTaxInputSchema = z
  .object({
    taxYear: integerIn('tax_year_not_supported', 2000, 2100),
    vehicleKind: z.enum(VEHICLE_KINDS, requiredOr('vehicle_kind_unknown')),
    propulsion: z.enum(PROPULSIONS, requiredOr('propulsion_unknown')).default('engine'),
    /** Engine displacement in cc (engine vehicles). */
    cc: integerIn('cc_invalid', 1, 100_000).optional(),
    /** Motor power (electric vehicles), in `powerUnit`. */
    motorPower: positiveNumber('motor_power_invalid').optional(),
    powerUnit: z.enum(POWER_UNITS, requiredOr('power_unit_unknown')).default('hp'),
    /** Plates issued during the tax year: tax runs from this day. */
    registeredOn: isoDate.optional(),
    /** Plates returned or the vehicle scrapped during the tax year: tax runs to this day. */
    deregisteredOn: isoDate.optional(),
  }, requiredOr('field_invalid'))
  .superRefine((input, ctx) => {
    if (input.propulsion === 'engine' && input.cc === undefined) {
      ctx.addIssue({ code: 'custom', path: ['cc'], message: 'cc_required' });
    }
    if (input.propulsion === 'electric') {
      // Electric motorcycles are exempt until 2030-12-31 (使用牌照稅法 §5); the sources give no
      // table for them after that, so a later year is refused rather than guessed.
      if (input.vehicleKind === 'motorcycle') {
        if (input.taxYear > Number(EV_EXEMPTION.exemptUntil.slice(0, 4))) {
          ctx.addIssue({ code: 'custom', path: ['taxYear'], message: 'electric_motorcycle_after_exemption' });
        }
      } else if (input.motorPower === undefined) {
        ctx.addIssue({ code: 'custom', path: ['motorPower'], message: 'motor_power_required' });
      }
    }
    for (const field of ['registeredOn', 'deregisteredOn'] as const) {
      const date = input[field];
      if (date !== undefined && yearOf(date) !== input.taxYear) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'date_outside_tax_year' });
      }
    }
    if (input.registeredOn && input.deregisteredOn && input.deregisteredOn < input.registeredOn) {
      ctx.addIssue({ code: 'custom', path: ['deregisteredOn'], message: 'deregistered_before_registered' });
    }
  });

export type LicenseTaxInput = z.input<typeof licenseTaxInputSchema>;
export type LicenseTaxParsedInput = z.output<typeof licenseTaxInputSchema>;
