/**
 * iCalendar (RFC 5545) text for the feeds people subscribe to (the lottery's draw days and claim
 * deadlines, a citizen's tax due dates). Shared so escaping and line folding are written once.
 * No imports and no Node APIs: it runs wherever the feeds are built.
 */

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** An ISO date as a DATE value: '2026-03-05' → '20260305'. */
export function icsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const max = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > max) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Lines joined with CRLF, each folded, ending with CRLF: the whole calendar object. */
export function icsLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
