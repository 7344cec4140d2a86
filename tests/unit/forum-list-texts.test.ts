/**
 * The thread list fills its per-thread sentences from their templates with the small formatter
 * (components/forum/thread-list-view.tsx: values formatted once per page, no intl-messageformat
 * per thread). They must read exactly as next-intl wrote them, in both languages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/i18n/format';
import { formatMessage } from '@/lib/i18n/message-format';

const load = (locale: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../content/messages/${locale}.json`, import.meta.url)), 'utf8'));

describe('the thread list’s sentences', () => {
  for (const locale of ['zh-Hant-TW', 'en'] as const) {
    it(`read as next-intl writes them (${locale})`, () => {
      const messages = load(locale);
      const t = createTranslator({ locale, messages, namespace: 'Forum' });
      const raw = (key: string) => messages.Forum[key] as string;
      for (const count of [0, 1, 12, 1_234, 5_000]) {
        expect(formatMessage(raw('commentCount'), { count }, locale)).toBe(t('commentCount', { count }));
        const values = { count: formatNumber(count, locale), threshold: formatNumber(5_000, locale) };
        expect(formatMessage(raw('progress'), values, locale)).toBe(t('progress', values));
      }
      const date = '民國115年12月1日';
      expect(formatMessage(raw('postedBy'), { author: '#9EA020 {x} \'q\'', date }, locale)).toBe(t('postedBy', { author: '#9EA020 {x} \'q\'', date }));
      expect(formatMessage(raw('deadline'), { date }, locale)).toBe(t('deadline', { date }));
      expect(formatMessage(raw('answerDue'), { date }, locale)).toBe(t('answerDue', { date }));
      for (const sort of Object.values(messages.Forum.sorts as Record<string, string>)) expect(formatMessage(raw('results'), { sort }, locale)).toBe(t('results', { sort }));
    });
  }
});
