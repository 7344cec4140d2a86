/**
 * Carrier types a citizen can link (歸戶) to the mobile barcode, with their platform type codes
 * and the shape of their numbers (../shared/domain README §3). Pure: forms, actions, APIs and the
 * store check numbers with the same rules.
 *
 * Sourced formats [V2]: the mobile barcode ('/' + 7 of 0-9 A-Z . + -) and the citizen digital
 * certificate (2 upper-case letters + 14 digits). The domain notes give NO format for EasyCard,
 * iPASS, icash or member cards: for those we accept a reasonable pattern that is the same as the
 * synthetic world's (lib/stats/synthetic/carrier-numbers.ts on the world branch): 16 digits for the three
 * stored-value cards, 4–20 letters or digits for member cards (each retailer has its own).
 * Credit-card numbers are 12–19 digits with the Luhn check digit (ISO/IEC 7812), which every
 * card number carries; the 16-digit synthetic numbers fall within that.
 */

export const CARRIER_TYPES = [
  { code: '3J0002', key: 'mobileBarcode', linkable: false },
  { code: 'CQ0001', key: 'citizenCertificate', linkable: true },
  { code: '1K0001', key: 'easyCard', linkable: true },
  { code: '1H0001', key: 'iPass', linkable: true },
  { code: '2G0001', key: 'icash', linkable: true },
  { code: 'EK0002', key: 'creditCard', linkable: true },
  { code: 'EG0002', key: 'memberCard', linkable: true },
] as const;

export type CarrierTypeCode = (typeof CARRIER_TYPES)[number]['code'];
export type CarrierTypeKey = (typeof CARRIER_TYPES)[number]['key'];

/** The mobile barcode is the account itself: it is never linked or unlinked by hand. */
export const MOBILE_BARCODE_TYPE: CarrierTypeCode = '3J0002';

/** Types offered in the link form (every type but the mobile barcode). */
export const LINKABLE_TYPES = CARRIER_TYPES.filter((t) => t.linkable);

export function isCarrierTypeCode(value: unknown): value is CarrierTypeCode {
  return typeof value === 'string' && CARRIER_TYPES.some((t) => t.code === value);
}

export function carrierTypeKey(code: string): CarrierTypeKey | 'other' {
  return CARRIER_TYPES.find((t) => t.code === code)?.key ?? 'other';
}

export type CarrierNumberError = 'empty' | 'format' | 'checkDigit';

const PATTERNS: Record<CarrierTypeCode, RegExp> = {
  '3J0002': /^\/[0-9A-Z.+-]{7}$/,
  CQ0001: /^[A-Z]{2}\d{14}$/,
  '1K0001': /^\d{16}$/,
  '1H0001': /^\d{16}$/,
  '2G0001': /^\d{16}$/,
  EK0002: /^\d{12,19}$/,
  EG0002: /^[0-9A-Z]{4,20}$/,
};

/**
 * What people type: full-width characters, lower case, spaces and hyphens between groups of
 * digits. The mobile barcode keeps its '-', '+' and '.' (they are part of it).
 */
export function normaliseCarrierNumber(typeCode: CarrierTypeCode, input: string): string {
  const text = input.normalize('NFKC').trim().toUpperCase();
  if (typeCode === MOBILE_BARCODE_TYPE) return text.replace(/\s+/g, '');
  return text.replace(/[\s\-‐‑‒–—―_]/g, '');
}

/** True when the digits end in a valid Luhn check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function validateCarrierNumber(
  typeCode: CarrierTypeCode,
  input: string,
): { ok: true; number: string } | { ok: false; error: CarrierNumberError } {
  const number = normaliseCarrierNumber(typeCode, input);
  if (!number) return { ok: false, error: 'empty' };
  if (!PATTERNS[typeCode].test(number)) return { ok: false, error: 'format' };
  if (typeCode === 'EK0002' && !luhnValid(number)) return { ok: false, error: 'checkDigit' };
  return { ok: true, number };
}

/**
 * How a carrier's number is shown in lists and APIs: the mobile barcode in full (the citizen
 * shows it to cashiers anyway), every card and certificate with only its last 4 characters, so
 * a shoulder-surfed screen or a leaked response does not give a usable card number.
 */
export function maskCarrierNumber(typeCode: string, number: string): string {
  if (typeCode === MOBILE_BARCODE_TYPE) return number;
  // Four dots whatever the length: short enough for a phone's table, and the length stays private too.
  return `••••${number.slice(-4)}`;
}
