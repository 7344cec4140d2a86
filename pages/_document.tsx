// The Pages Router's document, needed only by pages/_error.tsx (Next's last-resort error page),
// in the language of the address that failed.
import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const locale = (__NEXT_DATA__.props as { pageProps?: { locale?: string } } | undefined)?.pageProps?.locale === 'en' ? 'en' : 'zh-Hant-TW';
  return (
    <Html lang={locale}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
