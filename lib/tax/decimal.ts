/**
 * One strict reading of a number typed into a form or sent as text to an API. JavaScript's
 * Number() also reads "0x10" (16), "0b11" (3), "0o7", "1e3" and "Infinity", which no citizen
 * means; here only plain decimals count. Pure: runs in the browser, on the edge and on the server.
 *
 * Accepted: optional sign, digits, optional decimal part ("12", "-3", "12.5", "+7"); thousands
 * separated by commas only in groups of three ("1,234,567.5"); full-width digits, comma and
 * period ("１２，０００") as typed with a Chinese input method; spaces around the number.
 * Refused: hex, binary, octal, exponents, Infinity, NaN, ".5", "5.", "1,00", inner spaces.
 */

const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The number `text` states, or null when it is not a plain decimal. */
export function parseDecimal(text: string): number | null {
  // NFKC maps full-width digits, '，' and '．' to ASCII.
  const value = text.normalize('NFKC').trim();
  if (!PLAIN.test(value) && !GROUPED.test(value)) return null;
  const parsed = Number(value.replaceAll(',', ''));
  return Number.isFinite(parsed) ? parsed : null;
}
