/**
 * What the site-wide 404 page (app/global-not-found.tsx) says, in both languages, and how it
 * shows only the address's language: the texts are the Errors messages every other not-found
 * page uses, so the wording stays one.
 */
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { NAV_ITEMS } from '@/components/layout/nav-items';

function textsOf(messages: typeof en, prefix: '' | '/en') {
  return {
    title: messages.Errors.notFoundTitle,
    body: messages.Errors.notFoundBody,
    backHome: messages.Errors.backHome,
    home: prefix || '/',
    navLabel: messages.Nav.label,
    nav: NAV_ITEMS.map((item) => ({ href: `${prefix}${item.href}`, label: messages.Nav[item.key] })),
  };
}

export const notFoundTexts = { 'zh-Hant-TW': textsOf(zh, ''), en: textsOf(en, '/en') } as const;

/** English addresses are `/en` and below; every other address is Chinese (no prefix). */
export function notFoundLanguage(pathname: string): 'zh-Hant-TW' | 'en' {
  return /^\/en(?:\/|$)/.test(pathname) ? 'en' : 'zh-Hant-TW';
}

/**
 * Runs in the head before the body is drawn: the same test as notFoundLanguage (kept in step by
 * tests/unit/not-found-page.test.ts), then `lang` and `data-lang` of that language. (The title
 * holds both: Next.js sets it again from the metadata when the page hydrates.)
 */
export const NOT_FOUND_LANGUAGE_SCRIPT = `(function(){var l=/^\\/en(?:\\/|$)/.test(location.pathname)?'en':'zh-Hant-TW';var d=document.documentElement;d.lang=l;d.setAttribute('data-lang',l)})();`;

/** With the language known, the other section is not shown (nor read out); without scripts both stay. */
export const NOT_FOUND_LANGUAGE_STYLE = `html[data-lang="en"] [data-not-found-lang="zh-Hant-TW"],html[data-lang="zh-Hant-TW"] [data-not-found-lang="en"]{display:none}html:not([data-lang]) [data-brand][data-not-found-lang="en"]{display:none}html:not([data-lang]) section[lang="en"]{margin-top:3rem}`;
