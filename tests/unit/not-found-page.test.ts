import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { NAV_ITEMS } from '@/components/layout/nav-items';
import { NOT_FOUND_LANGUAGE_SCRIPT, NOT_FOUND_LANGUAGE_STYLE, notFoundLanguage, notFoundTexts } from '@/lib/http/not-found-page';

/** What the head script does to <html> on an address. */
function runScript(pathname: string) {
  const attributes: Record<string, string> = {};
  const documentElement = { lang: 'zh-Hant-TW', setAttribute: (name: string, value: string) => (attributes[name] = value) };
  runInNewContext(NOT_FOUND_LANGUAGE_SCRIPT, { location: { pathname }, document: { documentElement } });
  return { lang: documentElement.lang, dataLang: attributes['data-lang'] };
}

const PATHS = ['/', '/no-such-page', '/lottery/zzz', '/en', '/en/', '/en/no-such-page', '/en/lottery/99999', '/english', '/enx/y', '/zh-Hant-TW/en', '/fr/x'];

describe('the site-wide 404 page', () => {
  it.each(PATHS)('the head script picks the language the server-side rule picks: %s', (pathname) => {
    const expected = notFoundLanguage(pathname);
    expect(runScript(pathname)).toEqual({ lang: expected, dataLang: expected });
  });

  it('English is /en and below only', () => {
    expect(PATHS.filter((p) => notFoundLanguage(p) === 'en')).toEqual(['/en', '/en/', '/en/no-such-page', '/en/lottery/99999']);
  });

  it('says what every other not-found page says, in both languages, with the way home in each', () => {
    expect(notFoundTexts['zh-Hant-TW']).toMatchObject({ title: zh.Errors.notFoundTitle, body: zh.Errors.notFoundBody, backHome: zh.Errors.backHome, home: '/' });
    expect(notFoundTexts.en).toMatchObject({ title: en.Errors.notFoundTitle, body: en.Errors.notFoundBody, backHome: en.Errors.backHome, home: '/en' });
  });

  it('lists the main menu of each language with its addresses', () => {
    expect(notFoundTexts['zh-Hant-TW'].nav.map((i) => i.href)).toEqual(NAV_ITEMS.map((i) => i.href));
    expect(notFoundTexts.en.nav.map((i) => i.href)).toEqual(NAV_ITEMS.map((i) => `/en${i.href}`));
    expect(notFoundTexts.en.nav.map((i) => i.label)).toEqual(NAV_ITEMS.map((i) => en.Nav[i.key]));
  });

  it('hides the other language only once the script has named one', () => {
    expect(NOT_FOUND_LANGUAGE_STYLE).toContain('html[data-lang="en"] [data-not-found-lang="zh-Hant-TW"]');
    expect(NOT_FOUND_LANGUAGE_STYLE).toContain('html[data-lang="zh-Hant-TW"] [data-not-found-lang="en"]');
  });
});
