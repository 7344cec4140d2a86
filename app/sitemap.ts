import type { MetadataRoute } from 'next';
import { listDocs } from '@/lib/content/markdown';
import { env } from '@/lib/env';
import { LOCALES, localePath } from '@/lib/i18n/routing';

const STATIC_PATHS = ['/', '/lottery', '/stats', '/calculators', '/calculators/late-fee', '/calculators/license-tax', '/calculators/income-tax', '/lottery/periods', '/lottery/check', '/forum', '/account', '/developers', '/help', '/privacy', '/accessibility', '/open-data-licence', '/contact'];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const help = (await listDocs('help', 'zh-Hant-TW')).map((d) => `/help/${d.slug}`);
  return [...STATIC_PATHS, ...help].map((path) => ({
    url: new URL(localePath('zh-Hant-TW', path), base).toString(),
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, new URL(localePath(l, path), base).toString()])) },
  }));
}
