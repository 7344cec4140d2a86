import { getTranslations } from 'next-intl/server';
import { formatMessage } from '@/lib/i18n/message-format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

const FOOTER_LINKS = [
  { key: 'privacy', href: '/privacy' },
  { key: 'accessibility', href: '/accessibility' },
  { key: 'openData', href: '/open-data-licence' },
  { key: 'contact', href: '/contact' },
  { key: 'staff', href: '/staff/sign-in' },
] as const;

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="mt-16 border-t-4 border-brand-700 bg-brand-50 py-8 text-sm">
      <div className="container-page">
        <nav aria-label={t('label')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center">
                  {t(link.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 text-muted">{t('copyright')}</p>
        {/* Filled by the small formatter: next-intl's `t` with a value builds an intl-messageformat
            per request, a measurable share of a page rendered per request (docs/benchmarks.md, issue 14). */}
        <p className="text-muted">{formatMessage(t.raw('version') as string, { version: process.env.TAX_CLOUD_VERSION ?? 'dev' }, locale)}</p>
      </div>
    </footer>
  );
}
