import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, isLocale, localePath, localizedHref, stripLocale } from '@/lib/i18n/routing';

describe('localePath', () => {
  it('leaves Traditional Chinese (the default) unprefixed', () => {
    expect(DEFAULT_LOCALE).toBe('zh-Hant-TW');
    expect(localePath('zh-Hant-TW', '/')).toBe('/');
    expect(localePath('zh-Hant-TW', '/lottery')).toBe('/lottery');
    expect(localePath('zh-Hant-TW', '/help/carrier')).toBe('/help/carrier');
  });

  it('prefixes English with /en, without a trailing slash on the home page', () => {
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('en', '/lottery')).toBe('/en/lottery');
    expect(localePath('en', '/help/carrier')).toBe('/en/help/carrier');
  });
});

describe('isLocale', () => {
  it('accepts exactly the supported locales', () => {
    expect(LOCALES).toEqual(['zh-Hant-TW', 'en']);
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
  });

  it.each(['zh-TW', 'zh-hant-tw', 'EN', 'en-US', 'fr', '', ' en', 'en ', undefined, null, 42, ['en'], { en: true }])('rejects %j', (value) => {
    expect(isLocale(value)).toBe(false);
  });
});

describe('localizedHref (the site Link)', () => {
  it('prefixes site paths on English pages and keeps query and fragment', () => {
    expect(localizedHref('en', '/lottery/check?period=11410#quick')).toBe('/en/lottery/check?period=11410#quick');
    expect(localizedHref('en', '/')).toBe('/en');
    expect(localizedHref('zh-Hant-TW', '/me/invoices?carrier=x')).toBe('/me/invoices?carrier=x');
  });

  it('leaves other addresses alone', () => {
    for (const href of ['https://www.einvoice.nat.gov.tw/', '//cdn.example/x', 'mailto:a@b.tw', '#main', 'relative']) {
      expect(localizedHref('en', href)).toBe(href);
    }
  });
});

describe('stripLocale (the site pathname)', () => {
  it.each([
    ['/en/lottery', '/lottery'],
    ['/en', '/'],
    ['/zh-Hant-TW/stats', '/stats'],
    ['/lottery', '/lottery'],
    ['/english', '/english'],
  ])('%s → %s', (given, expected) => {
    expect(stripLocale(given)).toBe(expected);
  });
});
