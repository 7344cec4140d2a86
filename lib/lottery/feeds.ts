/**
 * RSS 2.0 feed of draws and an iCalendar (RFC 5545) feed of draw dates and claim deadlines.
 * Pure: records and the site's origin in, text out. Times are dates only: the Ministry
 * announces on the draw day, and the feeds do not claim an hour they do not know.
 */
import { icsDate, icsLines, icsText } from '@/lib/ics';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { addDays, weekday } from '@/lib/taiwan';
import { claimWindow, drawDate, nextPeriod, pageKey, periodLabel, type Period } from './period';
import type { PeriodRecord } from './records';

type FeedOptions = { origin: string; locale: Locale };

const TEXT = {
  'zh-Hant-TW': {
    title: 'Tax Cloud 稅務雲：統一發票中獎號碼',
    description: '每期統一發票中獎號碼，附來源。',
    item: (label: string) => `${label}統一發票中獎號碼`,
    special: '特別獎',
    grand: '特獎',
    first: '頭獎',
    sixth: '增開六獎',
    claim: (from: string, to: string) => `領獎期間 ${from} 至 ${to}`,
    calendar: 'Tax Cloud 稅務雲：統一發票開獎與領獎',
    draw: (label: string) => `統一發票開獎（${label}）`,
    deadline: (label: string) => `統一發票領獎截止（${label}）`,
    deadlineNote: (label: string, from: string) => `${label}中獎發票的領獎期限（${from} 起）。遇週六、週日或國定假日，順延至下一個上班日。`,
    unknown: '未公布',
  },
  en: {
    title: 'Tax Cloud: uniform-invoice winning numbers',
    description: 'Winning numbers of every uniform-invoice draw, with sources.',
    item: (label: string) => `Winning numbers for ${label}`,
    special: 'Special prize',
    grand: 'Grand prize',
    first: 'First prize',
    sixth: 'Additional sixth prizes',
    claim: (from: string, to: string) => `Claim from ${from} to ${to}`,
    calendar: 'Tax Cloud: uniform-invoice draws and claim deadlines',
    draw: (label: string) => `Uniform-invoice draw (${label})`,
    deadline: (label: string) => `Last day to claim uniform-invoice prizes (${label})`,
    deadlineNote: (label: string, from: string) => `Last day to claim prizes of ${label} (claims open ${from}). A deadline on a weekend or public holiday moves to the next working day.`,
    unknown: 'not published',
  },
} as const;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RFC 822 date, as RSS wants it, for midnight Taiwan time of an ISO date. */
export function rfc822Date(isoDate: string): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${days[weekday(isoDate)]}, ${String(day).padStart(2, '0')} ${months[m - 1]} ${y} 00:00:00 +0800`;
}

export function rssFeed(records: readonly PeriodRecord[], { origin, locale }: FeedOptions, limit = 24): string {
  const t = TEXT[locale];
  const items = records.slice(0, limit).map((r) => {
    const label = periodLabel(r.period, locale);
    const url = `${origin}${localePath(locale, `/lottery/${r.key}`)}`;
    const claim = claimWindow(r.period);
    const lines = [
      `${t.special}: ${r.numbers.special ?? t.unknown}`,
      `${t.grand}: ${r.numbers.grand ?? t.unknown}`,
      `${t.first}: ${r.numbers.first.join(', ')}`,
      ...(r.numbers.additionalSixth.length ? [`${t.sixth}: ${r.numbers.additionalSixth.join(', ')}`] : []),
      t.claim(claim.from, claim.to),
    ];
    return [
      '    <item>',
      `      <title>${xml(t.item(label))}</title>`,
      `      <link>${xml(url)}</link>`,
      `      <guid isPermaLink="true">${xml(url)}</guid>`,
      `      <pubDate>${rfc822Date(drawDate(r.period))}</pubDate>`,
      `      <description>${xml(lines.join('\n'))}</description>`,
      '    </item>',
    ].join('\n');
  });
  const self = `${origin}${localePath(locale, '/lottery/feed.xml')}`;
  const latest = records[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xml(t.title)}</title>`,
    `    <link>${xml(`${origin}${localePath(locale, '/lottery')}`)}</link>`,
    `    <atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${xml(t.description)}</description>`,
    `    <language>${locale === 'en' ? 'en' : 'zh-TW'}</language>`,
    ...(latest ? [`    <lastBuildDate>${rfc822Date(drawDate(latest.period))}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * Draw days and claim deadlines for the published periods in `records` (newest first) and the
 * next `upcoming` periods, whose dates follow from the rules (draw on the 25th of the odd month
 * after the period; claim until the 5th, three months on).
 */
export function icsCalendar(records: readonly PeriodRecord[], { origin, locale }: FeedOptions, options: { past?: number; upcoming?: number } = {}): string {
  const t = TEXT[locale];
  const host = new URL(origin).host;
  const periods: Period[] = records.slice(0, options.past ?? 6).map((r) => r.period).reverse();
  let next = records[0] ? nextPeriod(records[0].period) : null;
  for (let i = 0; next && i < (options.upcoming ?? 3); i += 1, next = nextPeriod(next)) periods.push(next);

  const events = periods.flatMap((p) => {
    const key = pageKey(p);
    const label = periodLabel(p, locale);
    const url = `${origin}${localePath(locale, `/lottery/${key}`)}`;
    const draw = drawDate(p);
    const claim = claimWindow(p);
    const event = (id: string, date: string, summary: string, description: string) => [
      'BEGIN:VEVENT',
      `UID:${id}-${key}@${host}`,
      // DTSTAMP must be a UTC time; the draw date keeps the feed byte-identical between builds.
      `DTSTAMP:${icsDate(draw)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(date, 1))}`,
      `SUMMARY:${icsText(summary)}`,
      `DESCRIPTION:${icsText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
    return [
      ...event('draw', draw, t.draw(label), `${t.claim(claim.from, claim.to)}\n${url}`),
      ...event('claim-deadline', claim.to, t.deadline(label), t.deadlineNote(label, claim.from)),
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Tax Cloud//Uniform invoice lottery//${locale === 'en' ? 'EN' : 'ZH-TW'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(t.calendar)}`,
    'X-WR-TIMEZONE:Asia/Taipei',
    ...events,
    'END:VCALENDAR',
  ];
  return icsLines(lines);
}
