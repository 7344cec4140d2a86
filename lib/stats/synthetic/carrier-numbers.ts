/**
 * Carriers of the synthetic world: the platform's carrier type codes (README §3) and numbers in
 * each type's format. Pure: the generator and the demo seeder use the same formats.
 *
 * Formats: the mobile barcode ('/' + 7 of 0-9 A-Z . + -) and the citizen certificate (2 letters
 * + 14 digits) are sourced [V2]. The card formats are assumptions, since the domain notes give
 * none: EasyCard, iPASS and icash as 16 digits, credit cards as 16 digits passing the Luhn check,
 * member cards as 13 digits.
 */
import type { Random } from '../../db/seed/random';
import { CARRIER } from '../codes';

export const CARRIER_TYPE_CODES = {
  mobileBarcode: '3J0002',
  citizenCertificate: 'CQ0001',
  easyCard: '1K0001',
  iPass: '1H0001',
  icash: '2G0001',
  creditCard: 'EK0002',
  memberCard: 'EG0002',
} as const;
export type CarrierTypeCode = (typeof CARRIER_TYPE_CODES)[keyof typeof CARRIER_TYPE_CODES];

export const CARRIER_NUMBER_PATTERNS: Record<CarrierTypeCode, RegExp> = {
  '3J0002': /^\/[0-9A-Z.+-]{7}$/,
  CQ0001: /^[A-Z]{2}\d{14}$/,
  '1K0001': /^\d{16}$/,
  '1H0001': /^\d{16}$/,
  '2G0001': /^\d{16}$/,
  EK0002: /^\d{16}$/,
  EG0002: /^\d{13}$/,
};

/** The statistics' carrier class of each type (lib/stats/codes.ts CARRIER). */
export const STAT_CARRIER_OF_TYPE: Record<CarrierTypeCode, number> = {
  '3J0002': CARRIER.mobile,
  // A common carrier the statistics have no class of its own for; counted with the other carriers.
  CQ0001: CARRIER.member,
  '1K0001': CARRIER.storedValue,
  '1H0001': CARRIER.storedValue,
  '2G0001': CARRIER.storedValue,
  EK0002: CARRIER.member,
  EG0002: CARRIER.member,
};

/**
 * How the holders of a statistics class split into carrier types (assumptions: the domain notes
 * give no split). Cumulative shares, the last one 1.
 */
const TYPE_MIX: Record<number, ReadonlyArray<[CarrierTypeCode, number]>> = {
  [CARRIER.mobile]: [['3J0002', 1]],
  [CARRIER.member]: [
    ['EG0002', 0.7],
    ['EK0002', 1],
  ],
  [CARRIER.storedValue]: [
    ['1K0001', 0.6],
    ['1H0001', 0.85],
    ['2G0001', 1],
  ],
};

export function carrierTypeFor(statCarrier: number, u: number): CarrierTypeCode {
  const mix = TYPE_MIX[statCarrier];
  if (!mix) throw new Error(`carrier class ${statCarrier} has no holders`);
  return mix.find(([, cum]) => u < cum)?.[0] ?? mix.at(-1)![0];
}

const BARCODE_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.+-';

function digits(random: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(random.int(0, 9));
  return s;
}

/** The Luhn check digit for a number without it. */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A number in the type's format. Uniqueness is the caller's (it keeps a set per type). */
export function carrierNumber(type: CarrierTypeCode, random: Random): string {
  switch (type) {
    case '3J0002': {
      let s = '/';
      for (let i = 0; i < 7; i++) s += BARCODE_CHARS[random.int(0, BARCODE_CHARS.length - 1)];
      return s;
    }
    case 'CQ0001':
      return String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25)) + digits(random, 14);
    case 'EK0002': {
      // Synthetic card numbers start with 9 (no card network issues those), then pass Luhn.
      const body = `9${digits(random, 14)}`;
      return body + luhnDigit(body);
    }
    case 'EG0002':
      return digits(random, 13);
    default:
      return digits(random, 16);
  }
}
