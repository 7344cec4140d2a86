import { readFileSync } from 'node:fs';
import { pageFile } from '../support/app-routes';
import { describe, expect, it } from 'vitest';
import { latestNews } from '@/lib/content/news';

const entry = (date: string, zh: string) => ({ date, title: { 'zh-Hant-TW': zh, en: `en ${zh}` } });

describe('latestNews', () => {
  it('gives the newest entries first in the page language, keeping file order for the same day', () => {
    const source = { entries: [entry('2026-01-02', '乙'), entry('2026-03-01', '丙'), entry('2026-03-01', '丁'), entry('2025-12-31', '甲')] };
    expect(latestNews('zh-Hant-TW', 3, source).map((e) => e.title)).toEqual(['丙', '丁', '乙']);
    expect(latestNews('en', 1, source)).toEqual([{ date: '2026-03-01', title: 'en 丙' }]);
  });

  it('refuses a malformed file instead of showing a broken entry', () => {
    expect(() => latestNews('en', 3, { entries: [{ date: '30/11/2026', title: { en: 'x' } }] })).toThrow();
  });

  it('the real entries have both languages and link only to pages that work', () => {
    const zh = latestNews('zh-Hant-TW', 100);
    expect(zh.length).toBeGreaterThan(0);
    for (const e of zh.filter((n) => n.href)) {
      const file = pageFile(e.href!);
      expect(file, `${e.href} has a page`).not.toBeNull();
      expect(readFileSync(file!, 'utf8')).not.toContain('sectionPage(');
    }
  });
});
