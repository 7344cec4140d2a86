import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainData } from '../support/domain';
import { calculateLicenseTax, licenseTaxInputSchema } from '@/lib/tax';

type CarRow = { ccMin: number; ccMax: number | null; private: number; commercial: number };
type MotoRow = { ccMin: number; ccMax: number | null; tax: number };
type EvRow = { hpMin?: number; hpMax?: number; psMin?: number; psMax?: number; private: number; commercial: number };
const domain = domainData<{
  passengerCar_upTo9Seats: CarRow[];
  motorcycle: MotoRow[];
  electricPassengerCar_byMotorPower: { rows: EvRow[] };
}>('vehicle-license-tax.json');

const annual = (input: Parameters<typeof calculateLicenseTax>[0]) => calculateLicenseTax(input).amount;

describe('licence tax: every band of data/domain/data/vehicle-license-tax.json', () => {
  it('private and commercial passenger cars, at both ends of each band', () => {
    for (const row of domain.passengerCar_upTo9Seats) {
      for (const cc of [Math.max(1, row.ccMin), row.ccMax ?? row.ccMin + 5000]) {
        expect(annual({ taxYear: 2025, vehicleKind: 'private-car', cc })).toBe(row.private);
        expect(annual({ taxYear: 2025, vehicleKind: 'commercial-car', cc })).toBe(row.commercial);
      }
    }
  });

  it('motorcycles, with the 150/151 cc threshold (udn 9180398)', () => {
    for (const row of domain.motorcycle) {
      for (const cc of [Math.max(1, row.ccMin), row.ccMax ?? row.ccMin + 1000]) {
        expect(annual({ taxYear: 2025, vehicleKind: 'motorcycle', cc })).toBe(row.tax);
      }
    }
    expect(annual({ taxYear: 2025, vehicleKind: 'motorcycle', cc: 150 })).toBe(0);
    expect(annual({ taxYear: 2025, vehicleKind: 'motorcycle', cc: 151 })).toBe(800);
  });

  it('electric cars after the exemption, by HP and by PS', () => {
    for (const row of domain.electricPassengerCar_byMotorPower.rows) {
      for (const hp of [row.hpMin ?? 1, row.hpMax ?? 600]) {
        expect(annual({ taxYear: 2031, vehicleKind: 'private-car', propulsion: 'electric', motorPower: hp })).toBe(row.private);
        expect(annual({ taxYear: 2031, vehicleKind: 'commercial-car', propulsion: 'electric', motorPower: hp })).toBe(row.commercial);
      }
      for (const ps of [row.psMin ?? 1, row.psMax ?? 600]) {
        expect(annual({ taxYear: 2031, vehicleKind: 'private-car', propulsion: 'electric', motorPower: ps, powerUnit: 'ps' })).toBe(row.private);
      }
    }
    // Between two printed figures (38 and 38.1): over the first band's maximum.
    expect(annual({ taxYear: 2031, vehicleKind: 'private-car', propulsion: 'electric', motorPower: 38.05 })).toBe(2160);
  });
});

describe('licence tax: annual amount, pro rata and the EV exemption', () => {
  it('the collection period ends on a working day (office calendar): 2022-04-30, a Saturday, moves to Monday 05-02', () => {
    const r = calculateLicenseTax({ taxYear: 2022, vehicleKind: 'private-car', cc: 1798 });
    expect(r.collectionWindow).toEqual({ from: '2022-04-01', to: '2022-05-02' });
    expect(r.steps.at(-1)?.note?.['zh-Hant-TW']).toBe('全年使用者於 2022-04-01 至 2022-05-02 開徵繳納（2022-04-30 遇休息日，順延至次一上班日）。');
    // 2027-04-30 is the substitute day for Labour Day (5/1, a Saturday): Friday to Sunday closed.
    expect(calculateLicenseTax({ taxYear: 2027, vehicleKind: 'private-car', cc: 1798 }).collectionWindow.to).toBe('2027-05-03');
    expect(calculateLicenseTax({ taxYear: 2026, vehicleKind: 'private-car', cc: 1798 }).collectionWindow.to).toBe('2026-04-30');
  });

  it('a 1,798 cc private car held all year pays 7,120', () => {
    const r = calculateLicenseTax({ taxYear: 2025, vehicleKind: 'private-car', cc: 1798 });
    expect(r).toMatchObject({ annualAmount: 7_120, amount: 7_120, proRated: false, period: { days: 365, daysInYear: 365 } });
    expect(r.collectionWindow).toEqual({ from: '2025-04-01', to: '2025-04-30' });
    expect(r.band.confidence).toBe('verified');
    expect(r.warnings).toEqual([]);
  });

  it('plates issued 10-31 pay for the remaining days, both ends counted (leap year divides by 366)', () => {
    const leap = calculateLicenseTax({ taxYear: 2024, vehicleKind: 'private-car', cc: 1798, registeredOn: '2024-10-31' });
    expect(leap.period).toEqual({ from: '2024-10-31', to: '2024-12-31', days: 62, daysInYear: 366 });
    expect(leap.amount).toBe(1_206); // 7,120 × 62 / 366 = 1,206.12
    const common = calculateLicenseTax({ taxYear: 2025, vehicleKind: 'private-car', cc: 1798, registeredOn: '2025-10-31' });
    expect(common.amount).toBe(1_209); // 7,120 × 62 / 365 = 1,209.42
    expect(common.steps.map((s) => s.id)).toEqual(['band', 'period', 'rounding', 'total']);
    expect(common.warnings.map((w) => w.code)).toEqual(['figure_uncertain', 'rounding_uncertain']);
  });

  it('deregistration ends the tax; a whole leap year is the annual amount', () => {
    expect(annual({ taxYear: 2025, vehicleKind: 'private-car', cc: 2000, deregisteredOn: '2025-01-01' })).toBe(31); // 11,230 / 365 = 30.77
    expect(annual({ taxYear: 2025, vehicleKind: 'private-car', cc: 2000, registeredOn: '2025-03-01', deregisteredOn: '2025-03-31' })).toBe(954); // 11,230 × 31 / 365 = 953.8
    expect(annual({ taxYear: 2024, vehicleKind: 'private-car', cc: 2000 })).toBe(11_230);
  });

  it('rounds half up: 900 × 73 / 365 = 180 exactly; 1,620 × 1 / 365 = 4.44 → 4', () => {
    expect(annual({ taxYear: 2025, vehicleKind: 'commercial-car', cc: 400, registeredOn: '2025-10-20' })).toBe(180);
    expect(annual({ taxYear: 2025, vehicleKind: 'private-car', cc: 400, registeredOn: '2025-12-31' })).toBe(4);
  });

  it('electric cars are exempt through 2030-12-31', () => {
    const exempt = calculateLicenseTax({ taxYear: 2030, vehicleKind: 'private-car', propulsion: 'electric', motorPower: 200 });
    expect(exempt).toMatchObject({ annualAmount: 11_230, exemptDays: 365, taxableDays: 0, amount: 0 });
    expect(exempt.warnings.map((w) => w.code)).toContain('ev_exempt');
    expect(exempt.steps.find((s) => s.id === 'ev-exemption')?.basis.citation['zh-Hant-TW']).toBe('使用牌照稅法第5條');
    expect(calculateLicenseTax({ taxYear: 2031, vehicleKind: 'private-car', propulsion: 'electric', motorPower: 200 })).toMatchObject({ exemptDays: 0, amount: 11_230 });
    expect(annual({ taxYear: 2026, vehicleKind: 'commercial-car', propulsion: 'electric', motorPower: 600 })).toBe(0);
  });

  it('electric motorcycles are exempt through 2030-12-31 too (使用牌照稅法 §5, addenda §E, V2), and refused after (no rates recorded)', () => {
    const exempt = calculateLicenseTax({ taxYear: 2026, vehicleKind: 'motorcycle', propulsion: 'electric' });
    expect(exempt).toMatchObject({ amount: 0, exemptDays: 365, taxableDays: 0 });
    expect(exempt.warnings.map((w) => w.code)).toContain('ev_exempt');
    expect(exempt.steps.map((s) => s.id)).toEqual(['band', 'ev-exemption', 'period', 'total']);
    const part = calculateLicenseTax({ taxYear: 2030, vehicleKind: 'motorcycle', propulsion: 'electric', registeredOn: '2030-07-01' });
    expect(part).toMatchObject({ amount: 0, exemptDays: 184 });
    expect(() => calculateLicenseTax({ taxYear: 2031, vehicleKind: 'motorcycle', propulsion: 'electric' })).toThrow(/electric_motorcycle_after_exemption/);
  });

  it('flags single-source tables', () => {
    expect(calculateLicenseTax({ taxYear: 2025, vehicleKind: 'motorcycle', cc: 125 }).warnings[0]?.message.en).toContain('motorcycle rate table');
    expect(calculateLicenseTax({ taxYear: 2025, vehicleKind: 'commercial-car', cc: 1500 }).band.confidence).toBe('single-source');
  });

  it('pro-rated tax never exceeds the annual amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 }), (cc, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)].map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)) as [string, string];
        const r = calculateLicenseTax({ taxYear: 2024, vehicleKind: 'private-car', cc, registeredOn: from, deregisteredOn: to });
        expect(r.amount).toBeLessThanOrEqual(r.annualAmount);
        expect(r.amount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('licence tax: input validation', () => {
  const issues = (input: unknown) => licenseTaxInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('names what is wrong', () => {
    expect(issues({ taxYear: 2025, vehicleKind: 'truck', cc: 2000 })).toEqual([['vehicleKind', 'vehicle_kind_unknown']]);
    expect(issues({ taxYear: 2025, vehicleKind: 'private-car' })).toEqual([['cc', 'cc_required']]);
    expect(issues({ taxYear: 2025, vehicleKind: 'private-car', cc: 0 })).toEqual([['cc', 'cc_invalid']]);
    expect(issues({ taxYear: 2025, vehicleKind: 'private-car', propulsion: 'electric' })).toEqual([['motorPower', 'motor_power_required']]);
    expect(issues({ taxYear: 2025, vehicleKind: 'motorcycle', propulsion: 'electric', motorPower: 5 })).toEqual([]);
    expect(issues({ taxYear: 2031, vehicleKind: 'motorcycle', propulsion: 'electric' })).toEqual([['taxYear', 'electric_motorcycle_after_exemption']]);
    expect(issues({ taxYear: 1999, vehicleKind: 'private-car', cc: 1000 })).toEqual([['taxYear', 'tax_year_not_supported']]);
    expect(issues({ taxYear: 2025, vehicleKind: 'private-car', cc: 1000, registeredOn: '2024-12-31' })).toEqual([['registeredOn', 'date_outside_tax_year']]);
    expect(issues({ taxYear: 2025, vehicleKind: 'private-car', cc: 1000, registeredOn: '2025-06-01', deregisteredOn: '2025-05-01' })).toEqual([
      ['deregisteredOn', 'deregistered_before_registered'],
    ]);
    expect(issues({ taxYear: 2025, vehicleKind: 'private-car', cc: 1000, registeredOn: '2025-02-29' })).toEqual([['registeredOn', 'date_invalid']]);
  });
});
