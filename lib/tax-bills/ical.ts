/**
 * My due dates as an iCalendar feed (RFC 5545): one all-day event per unpaid bill, with an alarm
 * three days before. Pure: the feed route and the tests build the same text.
 */
import { addDays } from '@/lib/taiwan';

export type CalendarBill = { id: string; title: string; dueDate: string; amount: number; url: string };

/** Escapes TEXT values (RFC 5545 §3.3.11). */
const text = (v: string) => v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const day = (iso: string) => iso.replaceAll('-', '');

/** Lines longer than 75 octets are folded (§3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function dueDatesCalendar(bills: readonly CalendarBill[], stamp: Date, name: string): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tax Cloud//Tax passbook//ZH-TW', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${text(name)}`];
  for (const b of bills) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${b.id}@taxcloud`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${day(b.dueDate)}`,
      `DTEND;VALUE=DATE:${day(addDays(b.dueDate, 1))}`,
      `SUMMARY:${text(b.title)}`,
      `DESCRIPTION:${text(`NT$ ${b.amount.toLocaleString('en-US')} — ${b.url}`)}`,
      `URL:${b.url}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      `DESCRIPTION:${text(b.title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
