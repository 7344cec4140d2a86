import { describe, expect, it } from 'vitest';
import { foldLine, icsLines, icsText } from '@/lib/ics';
import { icsCalendar, rfc822Date, rssFeed } from '@/lib/lottery/feeds';
import { sourcedPeriods } from '@/lib/lottery/records';

const records = sourcedPeriods();
const origin = 'https://taxcloud.example';

describe('RSS feed of draws', () => {
  const rss = rssFeed(records, { origin, locale: 'zh-Hant-TW' });

  it('lists the newest periods first, linking each period page', () => {
    const first = records[0]!;
    expect(rss).toContain('<rss version="2.0"');
    expect(rss.indexOf(`${origin}/lottery/${first.key}`)).toBeLessThan(rss.indexOf(`${origin}/lottery/${records[1]!.key}`));
    expect(rss).toContain(`<guid isPermaLink="true">${origin}/lottery/${first.key}</guid>`);
    expect(rss).toContain(first.numbers.first[0]);
  });

  it('caps the items and links itself', () => {
    expect(rss.match(/<item>/g)).toHaveLength(24);
    expect(rss).toContain(`<atom:link href="${origin}/lottery/feed.xml" rel="self"`);
  });

  it('has an English version under /en', () => {
    const en = rssFeed(records, { origin, locale: 'en' });
    expect(en).toContain('<language>en</language>');
    expect(en).toContain(`${origin}/en/lottery/${records[0]!.key}`);
  });

  it('escapes markup', () => {
    const tampered = [{ ...records[0]!, numbers: { ...records[0]!.numbers, special: '<b>&</b>' } }];
    expect(rssFeed(tampered, { origin, locale: 'en' })).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('dates items by draw day in Taiwan time (RFC 822)', () => {
    expect(rfc822Date('2025-11-25')).toBe('Tue, 25 Nov 2025 00:00:00 +0800');
    expect(rfc822Date('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0800');
  });
});

describe('iCalendar feed', () => {
  const ics = icsCalendar(records, { origin, locale: 'zh-Hant-TW' });

  it('is a VCALENDAR with CRLF line ends', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('has a draw and a claim deadline for recent and upcoming periods', () => {
    // 6 past + 3 upcoming periods, two events each.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(18);
    // 114年9–10月: drawn 2025-11-25; claims from 2025-12-06 to 2026-03-05 (a Thursday).
    expect(ics).toContain('UID:draw-11409@taxcloud.example');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251125');
    expect(ics).toContain('UID:claim-deadline-11409@taxcloud.example\r\nDTSTAMP:20251125T000000Z\r\nDTSTART;VALUE=DATE:20260305');
  });

  it('is the same text on every run (no clock in it)', () => {
    expect(icsCalendar(records, { origin, locale: 'zh-Hant-TW' })).toBe(ics);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'統一發票'.repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('escapes TEXT values the one way both feeds use (lib/ics)', () => {
    expect(icsText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(icsLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('says a claim deadline moves past holidays too, as the office calendar does', () => {
    expect(ics).toContain('國定假日');
    expect(icsCalendar(records, { origin, locale: 'en' })).toContain('public holiday');
  });
});
