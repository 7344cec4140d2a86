/** Finds the rate band for a vehicle in the licence tax tables. */
import {
  COMMERCIAL_CAR_BANDS,
  ELECTRIC_COMMERCIAL_CAR_BANDS,
  ELECTRIC_PRIVATE_CAR_BANDS,
  MOTORCYCLE_BANDS,
  PRIVATE_CAR_BANDS,
  type CcBand,
  type PowerBand,
} from './data/license-tax-rates';
import type { PowerUnit, VehicleKind } from './schemas/license-tax';
import type { Confidence, LocalizedText } from './types';

export type LicenseBand = Readonly<{ label: string; annualAmount: number; confidence: Confidence; source: string; note?: string }>;

const CC_TABLES: Readonly<Record<VehicleKind, readonly CcBand[]>> = {
  'private-car': PRIVATE_CAR_BANDS,
  'commercial-car': COMMERCIAL_CAR_BANDS,
  motorcycle: MOTORCYCLE_BANDS,
};

export const VEHICLE_LABELS: Readonly<Record<VehicleKind, LocalizedText>> = {
  'private-car': { 'zh-Hant-TW': '自用小客車（9 人座以下）', en: 'Private passenger car (up to 9 seats)' },
  'commercial-car': { 'zh-Hant-TW': '營業小客車（9 人座以下）', en: 'Commercial passenger car (up to 9 seats)' },
  motorcycle: { 'zh-Hant-TW': '機車', en: 'Motorcycle' },
};

/** Displacement is whole cc and the bands are contiguous (…–500, 501–600 …). */
export function ccBand(kind: VehicleKind, cc: number): LicenseBand {
  const band = CC_TABLES[kind].find((row) => cc >= row.ccMin && (row.ccMax === null || cc <= row.ccMax));
  if (!band) throw new RangeError(`No band for ${cc} cc`);
  const label = band.ccMax === null ? `${band.ccMin} cc+` : `${band.ccMin}–${band.ccMax} cc`;
  return { label, annualAmount: band.amount, confidence: band.confidence, source: band.source, ...(band.note ? { note: band.note } : {}) };
}

/**
 * Motor-power bands give a maximum per band (the next starts 0.1 above it): a power between two
 * printed figures (38.05 HP) is over the lower band's maximum, so it falls in the next band.
 */
export function powerBand(kind: Exclude<VehicleKind, 'motorcycle'>, power: number, unit: PowerUnit): LicenseBand {
  const table: readonly PowerBand[] = kind === 'private-car' ? ELECTRIC_PRIVATE_CAR_BANDS : ELECTRIC_COMMERCIAL_CAR_BANDS;
  const index = table.findIndex((row) => {
    const max = unit === 'hp' ? row.hpMax : row.psMax;
    return max === null || power <= max;
  });
  const band = table[index];
  if (!band) throw new RangeError(`No band for ${power} ${unit}`);
  const previous = table[index - 1];
  const max = unit === 'hp' ? band.hpMax : band.psMax;
  const min = previous ? (unit === 'hp' ? previous.hpMax : previous.psMax) : null;
  const name = unit.toUpperCase();
  const label = min === null ? `≤ ${max} ${name}` : max === null ? `> ${min} ${name}` : `> ${min} – ${max} ${name}`;
  return { label, annualAmount: band.amount, confidence: band.confidence, source: band.source, ...(band.note ? { note: band.note } : {}) };
}
