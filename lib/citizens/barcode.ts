/**
 * The mobile barcode (手機條碼) the platform issues: `/` and 7 characters of 0-9, A-Z, `.`, `+`
 * and `-` (data/domain/README.md §3). Pure: shared by forms, the sign-in and the issuer.
 */
export const MOBILE_BARCODE = /^\/[0-9A-Z.+-]{7}$/;
export const BARCODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.+-';

/** What a person types: spaces dropped and letters upper-cased (cashiers' scanners read upper case). */
export function normalizeBarcode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isMobileBarcode(value: string): boolean {
  return MOBILE_BARCODE.test(value);
}

/**
 * A new barcode from random bytes. Rejection sampling keeps every character equally likely
 * (39 does not divide 256). `randomByte` is injected so tests can drive it.
 */
export function generateBarcode(randomByte: () => number): string {
  const limit = 256 - (256 % BARCODE_ALPHABET.length);
  let out = '/';
  while (out.length < 8) {
    const byte = randomByte();
    if (byte < limit) out += BARCODE_ALPHABET[byte % BARCODE_ALPHABET.length];
  }
  return out;
}
