import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { AccountLink } from '@/components/citizens/account-link';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';
import { NavLinks } from './nav-links';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const meta = await getTranslations({ locale, namespace: 'Meta' });
  const other: Locale = locale === 'en' ? 'zh-Hant-TW' : 'en';
  return (
    <header>
      <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span className="text-2xl font-bold text-brand-800">稅務雲</span>
          <span className="text-lg font-semibold text-muted" lang="en">
            Tax Cloud
          </span>
          <span className="sr-only">{meta('tagline')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {/* A client island: the header is part of static pages and never reads the session. */}
          <AccountLink
            signIn={t('signIn')}
            myAccount={t('myAccount')}
            staffArea={t('staffArea')}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-3 font-semibold text-white no-underline hover:bg-brand-800"
          />
          <LanguageSwitch target={other} label={t('language')} title={t('languageLabel')} />
        </div>
      </div>
      <nav aria-label={t('label')} className="bg-brand-700">
        <div className="container-page pt-1">
          <NavLinks items={NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.key) }))} />
        </div>
      </nav>
    </header>
  );
}
