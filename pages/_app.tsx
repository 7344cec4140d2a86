// The Pages Router's app shell, needed only by pages/_error.tsx (Next's last-resort error page).
import type { AppProps } from 'next/app';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
