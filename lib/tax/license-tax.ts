/**
 * Vehicle licence tax trial calculation (使用牌照稅試算): the annual amount for the vehicle's
 * band, pro rata by days for part of a year, and the electric-vehicle exemption.
 *
 * Rounding: the pro-rated amount is annual × taxable days ÷ days in the year, rounded once to
 * whole NTD by the rule in data/rounding.ts (half up). A full year is the annual amount exactly.
 */
import { EV_EXEMPTION, LICENSE_COLLECTION, LICENSE_PRO_RATA } from './data/license-tax-rates';
import { compareDates, daysBetween, daysInYear, nextOfficeDay, rocYearOf } from '../taiwan';
import { VEHICLE_LICENSE_TAX_ACT, VEHICLE_LICENSE_TAX_ACT_5 } from './laws';
import { ccBand, powerBand, VEHICLE_LABELS, type LicenseBand } from './license-tax-bands';
import { formatNtd, roundRatio } from './money';
import { roundingStep, roundingWarning } from './rounding-step';
import { licenseTaxInputSchema, type LicenseTaxInput, type Propulsion, type VehicleKind } from './schemas/license-tax';
import type { Step, TaxWarning } from './types';
import { caveatFor, uniqueWarnings, warning } from './warnings';

export type LicenseTaxResult = Readonly<{
  taxYear: number;
  vehicleKind: VehicleKind;
  propulsion: Propulsion;
  band: LicenseBand;
  annualAmount: number;
  /** The days the plates were held in the tax year, both ends counted. */
  period: Readonly<{ from: string; to: string; days: number; daysInYear: number }>;
  proRated: boolean;
  exemptDays: number;
  taxableDays: number;
  amount: number;
  /** The annual bill's payment window (April 1–30 of the tax year). */
  collectionWindow: Readonly<{ from: string; to: string }>;
  warnings: readonly TaxWarning[];
  steps: readonly Step[];
}>;

export function calculateLicenseTax(raw: LicenseTaxInput): LicenseTaxResult {
  const input = licenseTaxInputSchema.parse(raw);
  const year = input.taxYear;
  const kind = input.vehicleKind;
  const electric = input.propulsion === 'electric';
  // An electric motorcycle has no rate table in the sources; the schema admits it only while it is
  // exempt (to 2030), so every day is exempt and its band is the exemption itself.
  const band =
    electric && kind === 'motorcycle'
      ? ELECTRIC_MOTORCYCLE_BAND
      : electric && kind !== 'motorcycle'
        ? powerBand(kind, input.motorPower ?? 0, input.powerUnit)
        : ccBand(kind, input.cc ?? 0);

  const from = input.registeredOn ?? `${year}-01-01`;
  const to = input.deregisteredOn ?? `${year}-12-31`;
  const days = daysBetween(from, to) + 1;
  const yearDays = daysInYear(year);
  const exemptDays = electric ? exemptDaysIn(from, to) : 0;
  const taxableDays = days - exemptDays;
  const amount = roundRatio(BigInt(band.annualAmount) * BigInt(taxableDays), BigInt(yearDays));
  const proRated = days !== yearDays;
  const vehicle = VEHICLE_LABELS[kind];

  const warnings = uniqueWarnings([
    ...caveatFor(band, { 'zh-Hant-TW': `${vehicle['zh-Hant-TW']}稅額表`, en: `the ${vehicle.en.toLowerCase()} rate table` }),
    ...(proRated && taxableDays > 0 ? caveatFor(LICENSE_PRO_RATA, { 'zh-Hant-TW': '按日計算方式（閏年日數、起訖日是否計入）', en: 'the pro-rata day count (leap years, whether both end days count)' }) : []),
    ...(exemptDays > 0 ? [warning('ev_exempt', { until: EV_EXEMPTION.exemptUntil })] : []),
    ...(proRated && taxableDays > 0 ? roundingWarning() : []),
  ]);

  const bandStep: Step =
    band === ELECTRIC_MOTORCYCLE_BAND
      ? {
          id: 'band',
          label: { 'zh-Hant-TW': '電動機車：免徵期間內不需查稅額表', en: 'Electric motorcycle: no rate table needed while exempt' },
          value: band.label,
          amount: 0,
          basis: VEHICLE_LICENSE_TAX_ACT_5,
          confidence: band.confidence,
        }
      : {
          id: 'band',
          label: {
            'zh-Hant-TW': `${vehicle['zh-Hant-TW']}${electric ? '（電動）' : ''} ${band.label}：全年 ${formatNtd(band.annualAmount)} 元`,
            en: `${vehicle.en}${electric ? ' (electric)' : ''}, ${band.label}: ${formatNtd(band.annualAmount)} a year`,
          },
          value: band.label,
          amount: band.annualAmount,
          basis: VEHICLE_LICENSE_TAX_ACT,
          confidence: band.confidence,
        };
  const steps: Step[] = [bandStep];
  if (electric) {
    steps.push({
      id: 'ev-exemption',
      label: {
        'zh-Hant-TW': `電動車免徵至 ${EV_EXEMPTION.exemptUntil}：免稅 ${exemptDays} 日`,
        en: `Electric vehicles exempt until ${EV_EXEMPTION.exemptUntil}: ${exemptDays} exempt days`,
      },
      value: String(exemptDays),
      basis: VEHICLE_LICENSE_TAX_ACT_5,
      confidence: EV_EXEMPTION.confidence,
      note:
        kind === 'motorcycle'
          ? {
              'zh-Hant-TW': '立法院 2025-12-23 三讀延長免稅 5 年，全電動車輛（含電動機車）均適用。免稅期滿後之電動機車稅額，資料來源未記載。',
              en: 'Extended by five years on third reading, 2025-12-23, for all fully electric vehicles, electric motorcycles included. Our sources give no rates for electric motorcycles after the exemption.',
            }
          : {
              'zh-Hant-TW': '立法院 2025-12-23 三讀延長免稅 5 年，全電動車輛均適用。免稅期滿後依馬力級距課徵。',
              en: 'Extended by five years on third reading, 2025-12-23, for all fully electric vehicles. After the exemption, the motor-power table applies.',
            },
    });
  }
  steps.push({
    id: 'period',
    label: proRated
      ? { 'zh-Hant-TW': `使用期間 ${from} – ${to}，共 ${days} 日（全年 ${yearDays} 日），按日計算`, en: `Held ${from} – ${to}: ${days} of ${yearDays} days, pro rata` }
      : { 'zh-Hant-TW': `全年使用（${yearDays} 日）`, en: `Held the whole year (${yearDays} days)` },
    value: `${days}/${yearDays}`,
    amount,
    formula: `${formatNtd(band.annualAmount)} × ${taxableDays} / ${yearDays} = ${formatNtd(amount)}`,
    basis: VEHICLE_LICENSE_TAX_ACT,
    ...(proRated ? { confidence: LICENSE_PRO_RATA.confidence } : {}),
    note: {
      'zh-Hant-TW': '新領牌照或繳銷、報廢者，按實際使用日數計算，起訖日均計入。',
      en: 'New plates or plates returned during the year: taxed by the days held, both end days counted.',
    },
  });
  if (proRated) steps.push(roundingStep());
  // The last day of the collection period moves past a day offices are closed, like any tax
  // deadline (稅捐稽徵法, office calendar of lib/taiwan: 2022-04-30 was a Saturday → 05-02).
  const window = { from: `${year}-${LICENSE_COLLECTION.from}`, to: nextOfficeDay(`${year}-${LICENSE_COLLECTION.to}`).effective };
  const windowMoved = window.to !== `${year}-${LICENSE_COLLECTION.to}`;
  steps.push({
    id: 'total',
    label: { 'zh-Hant-TW': `民國${rocYearOf(year)}年應納使用牌照稅`, en: `Licence tax for ${year}` },
    amount,
    basis: VEHICLE_LICENSE_TAX_ACT,
    note: {
      'zh-Hant-TW': `全年使用者於 ${window.from} 至 ${window.to} 開徵繳納${windowMoved ? `（${year}-${LICENSE_COLLECTION.to} 遇休息日，順延至次一上班日）` : ''}。`,
      en: `Vehicles held all year pay from ${window.from} to ${window.to}${windowMoved ? ` (${year}-${LICENSE_COLLECTION.to} fell on a day off, so the next working day counts)` : ''}.`,
    },
  });

  return {
    taxYear: year,
    vehicleKind: kind,
    propulsion: input.propulsion,
    band,
    annualAmount: band.annualAmount,
    period: { from, to, days, daysInYear: yearDays },
    proRated,
    exemptDays,
    taxableDays,
    amount,
    collectionWindow: window,
    warnings,
    steps,
  };
}

const ELECTRIC_MOTORCYCLE_BAND: LicenseBand = {
  label: 'electric',
  annualAmount: 0,
  confidence: EV_EXEMPTION.confidence,
  source: EV_EXEMPTION.source,
  note: 'Exempt until 2030-12-31; no rate table for electric motorcycles is recorded.',
};

/** Days of [from, to] on or before the end of the EV exemption. */
function exemptDaysIn(from: string, to: string): number {
  if (compareDates(from, EV_EXEMPTION.exemptUntil) > 0) return 0;
  const end = compareDates(to, EV_EXEMPTION.exemptUntil) <= 0 ? to : EV_EXEMPTION.exemptUntil;
  return daysBetween(from, end) + 1;
}
