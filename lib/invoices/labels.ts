import { maskCarrierNumber } from '@/lib/carriers/types';

/** Names of carrier types for the pages (the platform's codes, README §3). Pure. */
const CARRIER_TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  '3J0002': { zh: '手機條碼', en: 'Mobile barcode' },
  CQ0001: { zh: '自然人憑證', en: 'Citizen digital certificate' },
  '1K0001': { zh: '悠遊卡', en: 'EasyCard' },
  '1H0001': { zh: '一卡通', en: 'iPASS' },
  '2G0001': { zh: 'icash', en: 'icash' },
  EK0002: { zh: '信用卡', en: 'Credit card' },
  EG0002: { zh: '會員卡', en: 'Member card' },
};

export function carrierTypeName(typeCode: string, locale: string): string {
  const names = CARRIER_TYPE_NAMES[typeCode];
  if (!names) return typeCode;
  return locale === 'en' ? names.en : names.zh;
}

/** A card number shown by its last 4 digits; a mobile barcode in full (it is printed for the cashier). */
export function carrierLabel(c: { typeCode: string; number: string }, locale: string): string {
  return `${carrierTypeName(c.typeCode, locale)} ${maskCarrierNumber(c.typeCode, c.number)}`;
}

/** AB12345678 → AB-12345678, as printed on the proof. */
export function printedNumber(number: string): string {
  return `${number.slice(0, 2)}-${number.slice(2)}`;
}
