/**
 * A calculator form as plain text fields: what the citizen typed, what a form post sends and
 * what the URL carries are the same `name → text` map, so a shared link, a no-JavaScript post
 * and the live form all go through one mapping to the calculator's input. Pure: runs in the
 * browser, on the server and in tests.
 */
import { gregorianYearOf } from '@/lib/taiwan/roc';

/** Every field as typed ('' when blank); checkboxes are 'on' or ''. */
export type FormValues = Readonly<Record<string, string>>;

/** Longer text is no date, amount or list of dates; it is cut rather than carried around. */
export const MAX_FIELD_LENGTH = 300;

/** Known fields only, each cut to MAX_FIELD_LENGTH: a URL or a post cannot smuggle in others. */
function pick(entries: Iterable<[string, unknown]>, accepts: (name: string) => boolean): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (typeof value === 'string' && accepts(name) && !(name in values)) values[name] = value.slice(0, MAX_FIELD_LENGTH);
  }
  return values;
}

/** The fields of a form post (FormData entries; files are ignored). */
export function valuesFromForm(entries: Iterable<[string, unknown]>, accepts: (name: string) => boolean): Record<string, string> {
  return pick(entries, accepts);
}

/** The fields in a query string ('?amount=100000&…' or without the '?'). */
export function valuesFromQuery(search: string, accepts: (name: string) => boolean): Record<string, string> {
  return pick(new URLSearchParams(search), accepts);
}

/** The non-blank fields as a query string, in the order of `values`: the shareable state. */
export function queryFromValues(values: FormValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    const text = value.trim();
    if (text !== '') params.append(name, text);
  }
  return params.toString();
}

/** The element id of a field ('taxpayer.salary' → 'calc-taxpayer-salary'); 'form' is the form. */
export function fieldId(name: string): string {
  return `calc-${name.replace(/\./g, '-')}`;
}

/** undefined for a blank field, so the schema says "required" or applies its default. */
export function textOrUndefined(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  return text === '' ? undefined : text;
}

export function isChecked(value: string | undefined): boolean {
  return value === 'on' || value === 'true' || value === '1';
}

const DATE_PARTS = /^(?:民國)?\s*(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Dates as people type them → ISO 'YYYY-MM-DD'. Tax bills print ROC dates (114/05/31), so a
 * year of two or three digits is a Minguo year (+1911); '2025/5/31', '2025.05.31', '20250531'
 * and full-width digits are accepted too. Anything else is returned trimmed, for the schema to
 * refuse with its own message. The APIs take ISO dates only; this is for forms and links.
 */
export function normaliseDate(text: string): string {
  const value = text.normalize('NFKC').trim();
  const match = DATE_PARTS.exec(value) ?? COMPACT_DATE.exec(value);
  if (!match) return value;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = y.length <= 3 ? gregorianYearOf(Number(y)) : Number(y);
  if (y.length === 4 && y.startsWith('0')) return value;
  return `${String(year).padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A list typed into one field ('2025-06-02, 2025-06-03' or one per line) → its items. */
export function splitList(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s,;、]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
