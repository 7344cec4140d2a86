/**
 * Invoice numbers: two track letters and eight digits (AB12345678), printed as AB-12345678.
 * People type them every way: lower case, full-width characters (ＡＢ１２…), spaces, hyphens.
 * The eight digits alone are enough for the regular prizes; the cloud prizes need the track.
 */
export type InvoiceNumber = { track: string | null; digits: string };

export type InvoiceNumberErrorCode = 'empty' | 'characters' | 'track' | 'length';

export type InvoiceNumberError = { code: InvoiceNumberErrorCode; message: string };

/** Full-width → half-width (NFKC), drop spaces and hyphens-like separators, upper-case. */
export function normaliseInvoiceInput(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\-‐‑‒–—―－_.]/g, '')
    .toUpperCase();
}

const COMPACT = /^([A-Z]{2})(\d{8})$/;

export function parseInvoiceNumber(input: string): { ok: true; value: InvoiceNumber } | { ok: false; error: InvoiceNumberError } {
  // Most numbers from files and apps are already compact: skip normalising them.
  const compact = COMPACT.exec(input);
  if (compact) return { ok: true, value: { track: compact[1]!, digits: compact[2]! } };
  const text = normaliseInvoiceInput(input);
  if (!text) return fail('empty', 'Enter an invoice number, like AB-12345678.');
  if (/[^A-Z0-9]/.test(text)) return fail('characters', 'An invoice number has only letters and digits, like AB-12345678.');
  const match = /^([A-Z]*)(\d*)$/.exec(text);
  if (!match) return fail('characters', 'Letters come first (2 of them), then 8 digits, like AB-12345678.');
  const [, letters = '', digits = ''] = match;
  if (letters.length !== 0 && letters.length !== 2) {
    return fail('track', `An invoice number starts with 2 letters; this has ${letters.length}.`);
  }
  if (digits.length !== 8) {
    return fail('length', `An invoice number has 8 digits after the letters; this has ${digits.length}.`);
  }
  return { ok: true, value: { track: letters || null, digits } };
}

export function formatInvoiceNumber(n: InvoiceNumber): string {
  return n.track ? `${n.track}-${n.digits}` : n.digits;
}

/** AB12345678 (no hyphen), the form the API and CSV use. */
export function compactInvoiceNumber(n: InvoiceNumber): string {
  return `${n.track ?? ''}${n.digits}`;
}

function fail(code: InvoiceNumberErrorCode, message: string): { ok: false; error: InvoiceNumberError } {
  return { ok: false, error: { code, message } };
}
