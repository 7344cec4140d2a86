import './globals.css';
import type { Metadata } from 'next';
import { NOT_FOUND_LANGUAGE_SCRIPT, NOT_FOUND_LANGUAGE_STYLE, notFoundTexts } from '@/lib/http/not-found-page';

const LANGUAGES = ['zh-Hant-TW', 'en'] as const;

/**
 * The 404 of every address no page claims (experimental.globalNotFound in next.config.ts).
 *
 * Why not app/[locale]/not-found.tsx behind a catch-all: in Next.js 16.4 a page that calls
 * notFound() while rendering answers 404 with an empty document (`<html id="__next_error__">`,
 * no text, no `lang`, no stylesheet) and the message appears only after the scripts run
 * (vercel/next.js#62228); a blank page on a slow phone or without JavaScript. This page is
 * rendered once at build time and served whole.
 *
 * It cannot know the address's language (it is the same file for every path), so it holds both
 * (Chinese first) and a line of script in the head shows only the one of the address before
 * anything is drawn; without scripts both stay, each marked with its `lang`.
 */
// Next.js adds `robots: noindex` to every 404 itself.
export const metadata: Metadata = {
  title: `${notFoundTexts['zh-Hant-TW'].title} ${notFoundTexts.en.title}｜稅務雲 Tax Cloud`,
};

export default function GlobalNotFound() {
  return (
    // The script sets `lang` (and `data-lang`) before React hydrates: not a mismatch to repair.
    <html lang="zh-Hant-TW" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: NOT_FOUND_LANGUAGE_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: NOT_FOUND_LANGUAGE_STYLE }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <header>
          <div className="container-page py-3">
            {/* The name leads to the home page of the address's language (Chinese without scripts). */}
            {LANGUAGES.map((locale) => (
              <a key={locale} href={notFoundTexts[locale].home} data-not-found-lang={locale} data-brand="" className="flex items-baseline gap-2 text-ink no-underline">
                <span className="text-2xl font-bold text-brand-800" lang="zh-Hant-TW">
                  稅務雲
                </span>
                <span className="text-lg font-semibold text-muted" lang="en">
                  Tax Cloud
                </span>
              </a>
            ))}
          </div>
          {/* The site's sections, so that a wrong address is one step from the right one. */}
          {LANGUAGES.map((locale) => (
            <nav key={locale} lang={locale} data-not-found-lang={locale} aria-label={notFoundTexts[locale].navLabel} className="bg-brand-700">
              <ul className="container-page flex flex-wrap gap-x-1 gap-y-1 pt-1">
                {notFoundTexts[locale].nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} className="inline-flex min-h-11 items-center rounded-t-md px-3 font-semibold text-white no-underline hover:bg-brand-800">
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ))}
        </header>
        <main id="main" className="container-page flex-1 py-8">
          {LANGUAGES.map((locale) => {
            const t = notFoundTexts[locale];
            return (
              <section key={locale} lang={locale} data-not-found-lang={locale} className="max-w-2xl">
                <h1 className="text-3xl font-bold">{t.title}</h1>
                <p className="mt-4">{t.body}</p>
                <p className="mt-6">
                  <a href={t.home} className="btn">
                    {t.backHome}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
