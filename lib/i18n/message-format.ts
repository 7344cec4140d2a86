/**
 * A small ICU message formatter for client islands that get their sentences as props: `{name}`,
 * `{n, number}` and `{n, plural, =0 {…} one {# …} other {# …}}` (with `#`), and `''` for an
 * apostrophe. That is every form our messages use (tests/unit/message-format.test.ts checks the
 * Check namespace against next-intl's own formatter), and it spares a page next-intl's client
 * runtime and its ICU parser. No framework imports: it runs the same in the browser and in tests.
 */

export type MessageValues = Readonly<Record<string, string | number>>;

type Part = string | { arg: string; kind: 'simple' } | { arg: string; kind: 'number' } | { arg: string; kind: 'plural'; cases: Record<string, Part[]> };

const cache = new Map<string, Part[]>();

/** Index of the `}` closing the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function parse(text: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" && text[i + 1] === "'") {
      literal += "'";
      i++;
    } else if (ch === '{') {
      const end = closing(text, i);
      const inner = text.slice(i + 1, end);
      if (literal) parts.push(literal);
      literal = '';
      parts.push(argument(inner));
      i = end;
    } else literal += ch;
  }
  if (literal) parts.push(literal);
  return parts;
}

function argument(inner: string): Part {
  const [name = '', kind = '', ...rest] = inner.split(',');
  const arg = name.trim();
  const type = kind.trim();
  if (!type) return { arg, kind: 'simple' };
  if (type === 'number') return { arg, kind: 'number' };
  if (type !== 'plural') throw new Error(`Unsupported message argument: {${inner}}`);
  const body = rest.join(',');
  const cases: Record<string, Part[]> = {};
  for (let i = 0; i < body.length; ) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    const end = closing(body, open);
    cases[selector] = parse(body.slice(open + 1, end));
    i = end + 1;
  }
  return { arg, kind: 'plural', cases };
}

function render(parts: readonly Part[], values: MessageValues, locale: string, count?: number): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += count === undefined ? part : part.replaceAll('#', new Intl.NumberFormat(locale).format(count));
      continue;
    }
    const value = values[part.arg];
    if (value === undefined) throw new Error(`Missing value for {${part.arg}}`);
    if (part.kind === 'simple') out += String(value);
    else if (part.kind === 'number') out += typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
    else {
      const n = Number(value);
      const chosen = part.cases[`=${n}`] ?? part.cases[new Intl.PluralRules(locale).select(n)] ?? part.cases.other ?? [];
      out += render(chosen, values, locale, n);
    }
  }
  return out;
}

/** `template` with `values` filled in, numbers in `locale`'s digits. */
export function formatMessage(template: string, values: MessageValues = {}, locale = 'en'): string {
  let parts = cache.get(template);
  if (!parts) {
    parts = parse(template);
    cache.set(template, parts);
  }
  return render(parts, values, locale);
}
