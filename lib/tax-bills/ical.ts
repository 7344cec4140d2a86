/**
 * My due dates as an iCalendar feed (RFC 5545): one all-day event per unpaid bill, with an alarm
 * three days before. Pure: the feed route and the tests build the same text.
 */
import { icsDate, icsLines, icsText } from '@/lib/ics';
import { addDays } from '@/lib/taiwan';

export type CalendarBill = { id: string; title: string; dueDate: string; amount: number; url: string };

export function dueDatesCalendar(bills: readonly CalendarBill[], stamp: Date, name: string): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tax Cloud//Tax passbook//ZH-TW', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(name)}`];
  for (const b of bills) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${b.id}@taxcloud`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(b.dueDate)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(b.dueDate, 1))}`,
      `SUMMARY:${icsText(b.title)}`,
      `DESCRIPTION:${icsText(`NT$ ${b.amount.toLocaleString('en-US')} — ${b.url}`)}`,
      `URL:${b.url}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      `DESCRIPTION:${icsText(b.title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icsLines(lines);
}
