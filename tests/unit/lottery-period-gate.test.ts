import { readdirSync, readFileSync } from 'node:fs';
import { routeDir } from '../support/app-routes';
import { describe, expect, it } from 'vitest';
import contentPeriods from '@/content/lottery/periods.json';
import { LOTTERY_PAGES, isPeriodSegment, mayBePeriod } from '@/lib/lottery/period-gate';

const TODAY = '2026-11-30'; // in period 11511
const sourced = contentPeriods.periods.map((p) => p.key);

describe('mayBePeriod', () => {
  it('lets through every sourced period, in both key forms', () => {
    for (const key of sourced) {
      expect(mayBePeriod(key, TODAY), key).toBe(true);
      const term = String(Number(key) + 1);
      expect(mayBePeriod(term, TODAY), term).toBe(true);
    }
  });

  it('lets through periods after the last sourced one up to today’s, which officials may publish', () => {
    expect(sourced).toContain('11507');
    expect(mayBePeriod('11509', TODAY)).toBe(true);
    expect(mayBePeriod('11511', TODAY)).toBe(true);
    expect(mayBePeriod('11601', TODAY)).toBe(false);
    expect(mayBePeriod('11601', '2027-01-01')).toBe(true);
  });

  it('refuses gaps in the sources, malformed keys and anything else', () => {
    const gap = ['10009', '10011'].find((k) => !sourced.includes(k))!;
    for (const segment of [gap, '11413', '11400', '9910', '011409', '1140９', '114-09', 'abc', '', '%00', 'x'.repeat(5000), '11409.html']) {
      expect(mayBePeriod(segment, TODAY), segment.slice(0, 20)).toBe(false);
    }
  });
});

describe('isPeriodSegment', () => {
  it('leaves the static lottery pages alone', () => {
    for (const page of ['check', 'periods', 'sources', 'feed.xml', 'calendar.ics', 'opengraph-image']) expect(isPeriodSegment(page)).toBe(false);
    expect(isPeriodSegment('11409')).toBe(true);
    expect(isPeriodSegment('anything')).toBe(true);
  });
});

describe('the static pages beside the period page', () => {
  // A page added under app/[locale]/(public)/lottery must be named in both lists, or the proxy answers it 404.
  const lotteryDir = routeDir('/lottery')!;
  const siblings = readdirSync(lotteryDir)
    .filter((name) => !name.startsWith('[') && name !== 'page.tsx')
    .map((name) => name.replace(/\.tsx?$/, ''));
  const matcher = readFileSync(new URL('../../proxy.ts', import.meta.url), 'utf8');

  it('are every folder and file there, in the gate', () => {
    expect([...LOTTERY_PAGES].sort()).toEqual(siblings.sort());
  });

  it.each(siblings)('%s is left out of the proxy matcher', (name) => {
    // proxy.ts writes each as an alternative of a negative look-ahead, escaped inside a string: |feed\\.xml$
    const alternative = `${name.replaceAll('.', '\\\\.')}$`;
    const times = ['(?!', '|'].reduce((n, before) => n + matcher.split(before + alternative).length - 1, 0);
    // One path rule covers /lottery and /en/lottery; tests/integration/proxy-matcher.test.ts runs it.
    expect(times, 'in the matcher of /lottery and /en/lottery').toBe(1);
  });
});
