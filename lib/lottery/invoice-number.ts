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

/**
 * The checker's one pass over a number (no regular expressions, no intermediate strings): the
 * compact form (AB12345678 or 12345678) when `input` is a valid number written with ASCII or
 * full-width letters and digits, lower or upper case, and the usual separators; the input
 * itself when it is already compact. null means "not that simple": parseInvoiceNumber then
 * decides, with its messages, so the two always agree on what they both accept.
 */
export function quickCompact(input: string): string | null {
  const n = input.length;
  if (n === 10 || n === 8) {
    let i = n === 10 ? 2 : 0;
    if (i === 2) {
      const a = input.charCodeAt(0);
      const b = input.charCodeAt(1);
      if (a < 65 || a > 90 || b < 65 || b > 90) return quickCompactSlow(input);
    }
    for (; i < n; i += 1) {
      const c = input.charCodeAt(i);
      if (c < 48 || c > 57) return quickCompactSlow(input);
    }
    return input;
  }
  return quickCompactSlow(input);
}

// Scratch space for quickCompactSlow's characters: at most 2 letters and 8 digits are kept.
const kept = new Uint16Array(10);

function isSeparator(c: number): boolean {
  // What normaliseInvoiceInput drops after NFKC (full-width forms are folded before this).
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x2d || c === 0x5f || c === 0x2e || (c >= 0x2010 && c <= 0x2015);
}

function quickCompactSlow(input: string): string | null {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < input.length; i += 1) {
    let c = input.charCodeAt(i);
    // NFKC folds the full-width forms U+FF01–FF5E to ASCII one for one.
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 48 && c <= 57) {
      if (digits === 8) return null;
      kept[letters + digits] = c;
      digits += 1;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (digits > 0 || letters === 2) return null;
      kept[letters] = c >= 97 ? c - 32 : c;
      letters += 1;
    } else if (!isSeparator(c)) {
      return null;
    }
  }
  if (digits !== 8 || letters === 1) return null;
  const k = kept;
  return letters === 2
    ? String.fromCharCode(k[0]!, k[1]!, k[2]!, k[3]!, k[4]!, k[5]!, k[6]!, k[7]!, k[8]!, k[9]!)
    : String.fromCharCode(k[0]!, k[1]!, k[2]!, k[3]!, k[4]!, k[5]!, k[6]!, k[7]!);
}
